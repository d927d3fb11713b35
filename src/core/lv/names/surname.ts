import type { Gender } from "./gender";
import { SECOND_DECLENSION_S_NOUNS, SIXTH_DECLENSION_NOUNS } from "./surnameData";
import { countSyllables, nameKey } from "./text";

/**
 * The genitive singular of a surname, for "Kalniņas kundze" / "Bērziņa kungs".
 *
 * Latvian surnames decline like common nouns of the same ending:
 *   masculine -s, -š       1st declension   Ozols → Ozola, Bērziņš → Bērziņa, Kalējs → Kalēja
 *   masculine -is          2nd declension   genitive -a with consonant alternation:
 *                                           Balodis → Baloža, Eglītis → Eglīša, Lācis → Lāča,
 *                                           Zvirbulis → Zvirbuļa, Freimanis → Freimaņa,
 *                                           b m p v f take j: Gulbis → Gulbja;
 *                                           no alternation after -sk-/-ck- (Jasinskis → Jasinska)
 *                                           nor after ķ, ģ, r, j (Zaķis → Zaķa, Ūdris → Ūdra)
 *   2nd-declension -s nouns                  Rudens → Rudens (akmens, ūdens, mēness, …)
 *   6th-declension nouns   (men and women)  Klints → Klints
 *   masculine -us          3rd declension   Mikus → Mikus (women: Markus → Markus, like lietus)
 *   masculine -aus         1st declension   Blaus → Blaua, feminine Blaua → Blauas (VVC
 *                                           consultation "Kā lokāms vīrieša uzvārds Blaus?")
 *   -a                     4th declension   Liepa → Liepas (men and women)
 *   -e                     5th declension   Roze → Rozes (men and women)
 *   -o, -u                 indeclinable     Ševčenko, Landau
 * Sources: the alternation table and its exceptions as the LU MII grammar pages give them
 * (valoda.ailab.lv "Līdzskaņu mija": no alternation in -astis, -jis, -ķis, -ģis, -ris, -skatis,
 * -skis, -ckis, and in two-syllable personal names in -tis, -dis: Gatis → Gata).
 *
 * A genitive is only called certain when the rules leave no doubt. Doubtful cases return
 * `genitive: null` with a reason, so the greeting falls back to "Labdien!":
 *   - two-syllable -tis/-dis surnames (Briedis: the noun says Brieža, the given-name tradition
 *     says Brieda),
 *   - -lnis, -llis, -stis, -zdis (usage varies), a -kis/-gis or vowel stem,
 *   - -i (could be a plural: Bērziņi), other vowels, and consonant endings without -s (Smith),
 *   - spellings Latvian does not use (Lee, Williams, Müller): not Latvianised, so not declined,
 *   - a form that belongs to the other sex (a woman "Bērziņš", a man "Kalniņa").
 */

export type SurnameClass =
  | "1st" // -s, -š
  | "2nd-alternation" // -is with consonant alternation
  | "2nd-plain" // -is without alternation (-skis, -ckis, ķ, ģ, r, j, soft consonant)
  | "2nd-s" // akmens, rudens, …
  | "6th" // klints, pils, …
  | "3rd" // -us
  | "4th" // -a
  | "5th" // -e
  | "indeclinable" // -o, -u
  | "double" // double-barrelled: each part declines
  | "unknown";

export type SurnameDoubt =
  | "two-syllable-tis-dis"
  | "alternation-varies"
  | "unusual-stem"
  | "possible-plural"
  | "foreign-ending"
  | "foreign-spelling"
  | "masculine-form-for-woman"
  | "feminine-form-for-man"
  | "not-a-surname";

export interface SurnameGenitive {
  surname: string;
  genitive: string | null;
  certain: boolean;
  declension: SurnameClass;
  doubt?: SurnameDoubt;
  /** For doubtful cases with two plausible forms (Briedis: Brieža / Brieda). */
  alternatives?: string[];
}

/** Two-letter clusters that change together (valoda.ailab.lv): vilnis → viļņa, atkusnis → atkušņa. */
const CLUSTER_ALTERNATIONS: ReadonlyArray<readonly [string, string]> = [
  ["sn", "šņ"],
  ["zn", "žņ"],
  ["sl", "šļ"],
  ["zl", "žļ"],
  ["dz", "dž"],
];

/** Clusters whose alternation in surnames is not settled in usage: fall back to neutral. */
const DOUBTFUL_CLUSTERS = ["ln", "ll", "st", "zd"];

const SINGLE_ALTERNATIONS: Readonly<Record<string, string>> = {
  b: "bj",
  m: "mj",
  p: "pj",
  v: "vj",
  f: "fj",
  t: "š",
  d: "ž",
  c: "č",
  s: "š",
  z: "ž",
  n: "ņ",
  l: "ļ",
};

/** Stem endings that keep their consonant: ķ ģ r j never alternate; ņ ļ č š ž are already soft. */
const UNCHANGED_FINALS = new Set(["ķ", "ģ", "r", "j", "ņ", "ļ", "č", "š", "ž"]);

const VOWELS = new Set(["a", "e", "i", "o", "u", "ā", "ē", "ī", "ō", "ū", "y"]);

/** Spellings Latvian orthography does not use: the surname has not been Latvianised (Lee, Williams). */
const FOREIGN_SPELLING = /[qwxyäöüåøæçñéèêàß]|th|ph|sch|sh|ch|oo|ee|aa/iu;

const SECOND_S = new Set(SECOND_DECLENSION_S_NOUNS);
const SIXTH = new Set(SIXTH_DECLENSION_NOUNS);

/**
 * Endings only the feminine form of a surname has: -iņa (of -iņš), -ova/-eva (of -ovs/-evs),
 * -ska/-cka (of -skis/-ckis), -one (of -ons). A man "Kalniņa" is a slip, not a name to decline.
 * (-īte is not here: Kaudzīte is a man's surname as well.)
 */
const FEMININE_FORM = /(?:iņa|[oe]va|[sc]ka|one)$/u;

function result(surname: string, declension: SurnameClass, genitive: string | null, doubt?: SurnameDoubt, alternatives?: string[]): SurnameGenitive {
  return genitive === null
    ? { surname, genitive: null, certain: false, declension, doubt, ...(alternatives ? { alternatives } : {}) }
    : { surname, genitive, certain: true, declension };
}

function secondDeclension(surname: string): SurnameGenitive {
  const stem = surname.slice(0, -2);
  const lower = stem.toLowerCase();
  const last = lower.slice(-1);
  if (!last || VOWELS.has(last)) return result(surname, "unknown", null, "unusual-stem");

  // -skis, -ckis (Jasinskis, Visockis), -astis, -skatis: no alternation.
  if (/(?:sk|ck|ast|skat)$/u.test(lower) || UNCHANGED_FINALS.has(last)) return result(surname, "2nd-plain", stem + "a");

  const alternated = (() => {
    for (const [from, to] of CLUSTER_ALTERNATIONS) if (lower.endsWith(from)) return stem.slice(0, -2) + to + "a";
    const single = SINGLE_ALTERNATIONS[last];
    return single ? stem.slice(0, -1) + single + "a" : null;
  })();

  if ((last === "t" || last === "d") && countSyllables(surname) === 2) {
    return result(surname, "2nd-alternation", null, "two-syllable-tis-dis", alternated ? [alternated, stem + "a"] : undefined);
  }
  if (DOUBTFUL_CLUSTERS.some((cluster) => lower.endsWith(cluster))) {
    return result(surname, "2nd-alternation", null, "alternation-varies", alternated ? [alternated, stem + "a"] : undefined);
  }
  if (!alternated) return result(surname, "unknown", null, "unusual-stem"); // -kis, -gis, -his, …
  return result(surname, "2nd-alternation", alternated);
}

function singleSurnameGenitive(surname: string, gender: Gender): SurnameGenitive {
  if (!/^\p{L}+(?:['’]\p{L}+)?$/u.test(surname)) return result(surname, "unknown", null, "not-a-surname");
  const lower = nameKey(surname);
  const last = lower.slice(-1);
  const beforeLast = lower.slice(-2, -1);
  if (FOREIGN_SPELLING.test(lower)) return result(surname, "unknown", null, "foreign-spelling");
  if (SECOND_S.has(lower)) return result(surname, "2nd-s", surname);
  if (SIXTH.has(lower)) return result(surname, "6th", surname);

  if (gender === "female") {
    if (last === "a") return result(surname, "4th", surname + "s");
    if (last === "e") return result(surname, "5th", surname + "s");
    if (last === "o" || last === "u") return result(surname, "indeclinable", surname);
    if (last === "i") return result(surname, "unknown", null, "possible-plural");
    // A woman's -us surname declines like "lietus": the genitive is the same (Markus).
    if (lower.endsWith("us") && !VOWELS.has(lower.slice(-3, -2))) return result(surname, "3rd", surname);
    if (last === "s" || last === "š") return result(surname, "unknown", null, "masculine-form-for-woman");
    return result(surname, "unknown", null, "foreign-ending");
  }

  // male
  if (last === "a" || last === "e") {
    if (FEMININE_FORM.test(lower)) return result(surname, last === "a" ? "4th" : "5th", null, "feminine-form-for-man");
    return result(surname, last === "a" ? "4th" : "5th", surname + "s");
  }
  if (last === "o" || last === "u") return result(surname, "indeclinable", surname);
  if (last === "i") return result(surname, "unknown", null, "possible-plural");
  if (last === "š") {
    return VOWELS.has(beforeLast) ? result(surname, "unknown", null, "foreign-ending") : result(surname, "1st", surname.slice(0, -1) + "a");
  }
  if (last === "s") {
    if (lower.endsWith("is")) return secondDeclension(surname);
    if (lower.endsWith("aus")) return result(surname, "1st", surname.slice(0, -1) + "a"); // Blaus → Blaua
    if (lower.endsWith("us")) {
      return VOWELS.has(lower.slice(-3, -2)) ? result(surname, "unknown", null, "foreign-ending") : result(surname, "3rd", surname);
    }
    if (VOWELS.has(beforeLast)) return result(surname, "unknown", null, "foreign-ending"); // Kostas, Thomas
    return result(surname, "1st", surname.slice(0, -1) + "a");
  }
  return result(surname, "unknown", null, "foreign-ending");
}

/**
 * The genitive of `surname` for a person of `gender`. Double-barrelled surnames decline in
 * both parts: "Ozola-Kalniņa" → "Ozolas-Kalniņas". The surname is taken as written (letter
 * case included); pass it in its nominative form.
 */
export function surnameGenitive(surname: string, gender: Gender): SurnameGenitive {
  const clean = surname.normalize("NFC").trim();
  const parts = clean.split(/\s*[-‐‑–]\s*/u);
  if (parts.length === 1) return singleSurnameGenitive(clean, gender);
  if (parts.length > 3 || parts.some((p) => p.length === 0)) return result(clean, "unknown", null, "not-a-surname");
  const declined = parts.map((part) => singleSurnameGenitive(part, gender));
  const failed = declined.find((d) => !d.certain);
  if (failed) return { surname: clean, genitive: null, certain: false, declension: "double", doubt: failed.doubt };
  return { surname: clean, genitive: declined.map((d) => d.genitive).join("-"), certain: true, declension: "double" };
}
