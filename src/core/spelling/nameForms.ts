/**
 * Declined forms of a Latvian personal name or place name, from its nominative, by the generic
 * noun endings (-s, -š, -is, -us masculine; -a, -e feminine), singular and plural: "Bērziņš"
 * gives Bērziņa, Bērziņam, Bērziņu, Bērziņā, Bērziņ (vocative), Bērziņi, Bērziņiem…; "Kalniņa"
 * gives Kalniņas, Kalniņai, Kalniņu, Kalniņā… A few more forms than a grammar would allow are
 * harmless here: they only stop the checker from flagging a name.
 */

/** Consonant alternation before -a/-u/-i of the 2nd declension and -u of the 5th (Jānis -> Jāņa). */
const ALTERNATIONS: Array<[string, string]> = [
  ["sn", "šņ"],
  ["zn", "žņ"],
  ["sl", "šļ"],
  ["zl", "žļ"],
  ["ln", "ļņ"],
  ["ll", "ļļ"],
  ["nn", "ņņ"],
  ["b", "bj"],
  ["m", "mj"],
  ["p", "pj"],
  ["v", "vj"],
  ["f", "fj"],
  ["c", "č"],
  ["d", "ž"],
  ["l", "ļ"],
  ["n", "ņ"],
  ["s", "š"],
  ["t", "š"],
  ["z", "ž"],
];

function alternated(stem: string): string | null {
  for (const [from, to] of ALTERNATIONS) {
    if (stem.endsWith(from)) return stem.slice(0, stem.length - from.length) + to;
  }
  return null;
}

function withEndings(stem: string, endings: string[]): string[] {
  return endings.map((ending) => stem + ending);
}

/** All forms of one name word (its nominative included). Words that do not decline come back as they are. */
export function declinedNameForms(name: string): string[] {
  const forms = new Set<string>([name]);
  const add = (list: string[]): void => list.forEach((form) => forms.add(form));
  const lower = name.toLowerCase();
  if (name.length < 2) return Array.from(forms);
  if (lower.endsWith("is") && name.length > 3) {
    // 2nd declension: Jānis, Briedis (gen. Jāņa, Brieža; dat. Jānim; acc. Jāni; loc. Jānī)
    const stem = name.slice(0, -2);
    add(withEndings(stem, ["im", "i", "ī", "iem", "us", "os", "a", "u"]));
    const soft = alternated(stem);
    if (soft) add(withEndings(soft, ["a", "i", "u", "iem", "us", "os"]));
  } else if (lower.endsWith("us") && name.length > 3) {
    // 3rd declension: Mikus, Ingus (gen. Mikus; dat. Mikum; acc./voc. Miku; loc. Mikū)
    const stem = name.slice(0, -2);
    add(withEndings(stem, ["us", "um", "u", "ū", "i", "iem", "os"]));
  } else if (lower.endsWith("š") || (lower.endsWith("s") && !lower.endsWith("ss"))) {
    // 1st declension: Bērziņš, Kalns (gen. Bērziņa; dat. Bērziņam; acc. Bērziņu; loc. Bērziņā; voc. Bērziņ)
    const stem = name.slice(0, -1);
    add(withEndings(stem, ["", "a", "am", "u", "ā", "i", "iem", "us", "os"]));
  } else if (lower.endsWith("a") || lower.endsWith("e")) {
    // 4th (Kalniņa, Anna) and 5th (Līze, Ozoliņe) declension, and their plurals
    const stem = name.slice(0, -1);
    if (lower.endsWith("a")) {
      add(withEndings(stem, ["as", "ai", "u", "ā", "ām", "ās", ""]));
    } else {
      // 5th: gen. Līzes, dat. Līzei, acc. Līzi, loc. Līzē; gen. pl. with alternation (Ozoliņu, Līžu)
      add(withEndings(stem, ["es", "ei", "i", "ē", "ēm", "ēs", "u", ""]));
      const soft = alternated(stem);
      if (soft) add([soft + "u"]);
    }
  }
  return Array.from(forms);
}

/** Case endings of a declined name form, longest first (see declinedNameForms). */
const CASE_ENDINGS = ["iem", "ām", "ēm", "am", "ai", "ei", "as", "es", "us", "os", "ās", "ēs", "im", "a", "u", "ā", "i", "ī", "e", "ē", "s", "š", ""];
const NOMINATIVE_ENDINGS = ["s", "š", "is", "us", "a", "e"];

/**
 * The nominatives whose declined forms include `form` ("Jaunzemei" → Jaunzeme; "Jāņa" → Jānis,
 * Jāns…): what lets two different case forms in one text be known as the same name.
 */
export function nameNominatives(form: string): string[] {
  const out: string[] = [];
  const stems = new Set<string>();
  for (const ending of CASE_ENDINGS) {
    if (!form.endsWith(ending) || form.length - ending.length < 2) continue;
    const stem = form.slice(0, form.length - ending.length);
    stems.add(stem);
    for (const [from, to] of ALTERNATIONS) if (stem.endsWith(to)) stems.add(stem.slice(0, stem.length - to.length) + from);
  }
  stems.forEach((stem) => {
    for (const ending of NOMINATIVE_ENDINGS) {
      const nominative = stem + ending;
      if (out.indexOf(nominative) < 0 && declinedNameForms(nominative).indexOf(form) >= 0) out.push(nominative);
    }
  });
  return out;
}
