import { isKnownFirstName, type Gender } from "./gender";
import { isAllCapitals, isAllLowerCase } from "./text";

/**
 * Splits the name a client wrote (the From display name, a signature line) into first names and
 * a surname — or says why it will not: several people, an organization, surname first, capitals.
 * The answer is deliberately cautious: a neutral greeting is always correct, a wrong name never is.
 */

export type NameProblem =
  | "no-name" // empty
  | "not-a-name" // digits, an e-mail address, symbols
  | "not-a-person" // an organization, a family, a department
  | "several-people" // "Jānis un Anna Bērziņi", "Anna, Pēteris", "A & B"
  | "single-name" // one word only
  | "initials" // "J. Bērziņš"
  | "capitals" // "BĒRZIŅŠ ANDRIS", "Anna KALNIŅA"
  | "lowercase" // "anna kalniņa"
  | "surname-first"; // "Bērziņš Andris", "Bērziņš, Andris"

export interface PersonName {
  firstNames: string[];
  surname: string;
  /** Gender implied by an English honorific the sender wrote ("Mr John Smith"). */
  honorificGender?: Gender;
}

export type ParsedPersonName = { ok: true; name: PersonName } | { ok: false; problem: NameProblem };

const ORGANIZATION_WORDS = new Set([
  "sia", "as", "ik", "biedrība", "nodibinājums", "pašvaldība", "pārvalde", "dome", "domes", "birojs", "nodaļa", "centrs",
  "skola", "ģimene", "ģimenei", "ģimenes", "family", "ltd", "inc", "gmbh", "oy", "ab", "company", "team", "komanda",
  "support", "info", "administrācija", "valde", "klientu",
]);

/** Words of address: "Bērziņa kungs" is already a greeting, not a name to decline. */
const ADDRESS_WORDS = new Set(["kungs", "kundze", "kungam", "kundzei", "kungi", "kundzes", "godātais", "godātā", "cienījamais", "cienījamā"]);

const SEVERAL_PEOPLE = /\s(?:un|and|ir|и)\s|[&+;/]/iu;

const PARTICLES = new Set(["van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "ter", "dos", "das", "del", "zu", "af", "bin", "ibn", "al", "el"]);

const HONORIFICS: ReadonlyMap<string, Gender | null> = new Map<string, Gender | null>([
  ["mr", "male"], ["mr.", "male"], ["sir", "male"], ["herr", "male"],
  ["mrs", "female"], ["mrs.", "female"], ["ms", "female"], ["ms.", "female"], ["miss", "female"], ["frau", "female"],
  ["dr", null], ["dr.", null], ["prof", null], ["prof.", null], ["mag.", null], ["ing.", null],
]);

const SUFFIXES = new Set(["jr", "jr.", "jun", "jun.", "sr", "sr.", "sen", "sen.", "ii", "iii", "phd", "ph.d."]);

const NAME_WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u;

/** Removes quotes, bracketed parts ("Anna Kalniņa (RD IKSD)"), and extra spaces. */
function tidy(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\([^()]*\)|\[[^[\]]*\]/gu, " ")
    .replace(/["“”„«»]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^[\s,.;:]+|[\s,.;:]+$/gu, "");
}

export function parsePersonName(raw: string): ParsedPersonName {
  if (typeof raw !== "string") return { ok: false, problem: "no-name" };
  const text = tidy(raw);
  if (!text) return { ok: false, problem: "no-name" };
  if (/[@\d]/u.test(text)) return { ok: false, problem: "not-a-name" };
  if (text.split(" ").some((w) => ORGANIZATION_WORDS.has(w.toLowerCase().replace(/[,.]+$/u, "")))) return { ok: false, problem: "not-a-person" };
  if (SEVERAL_PEOPLE.test(` ${text} `)) return { ok: false, problem: "several-people" };

  if (text.includes(",")) {
    const parts = text.split(",").map((p) => p.trim()).filter(Boolean);
    // "Bērziņš, Andris" is one person written surname first; anything longer is a list.
    const onePersonReordered = parts.length === 2 && parts.every((p) => !p.includes(" ")) && !parts.some((p) => SUFFIXES.has(p.toLowerCase()));
    return { ok: false, problem: onePersonReordered ? "surname-first" : "several-people" };
  }

  let words = text.split(" ");
  if (words.some((w) => ADDRESS_WORDS.has(w.toLowerCase()))) return { ok: false, problem: "not-a-name" };

  let honorificGender: Gender | undefined;
  while (words.length > 0 && HONORIFICS.has(words[0].toLowerCase())) {
    honorificGender = HONORIFICS.get(words[0].toLowerCase()) ?? honorificGender;
    words = words.slice(1);
  }
  while (words.length > 0 && SUFFIXES.has(words[words.length - 1].toLowerCase())) words = words.slice(0, -1);

  if (words.length === 0) return { ok: false, problem: "no-name" };
  const isInitial = (w: string) => /^\p{L}\.?$/u.test(w) || /^\p{L}\.(?:-?\p{L}\.)*$/u.test(w);
  // "J. Bērziņš" has no first name to read; a middle initial ("Anna M. Kalniņa") can be dropped.
  if (isInitial(words[0]) || isInitial(words[words.length - 1])) return { ok: false, problem: "initials" };
  words = words.filter((w) => !isInitial(w));
  if (!words.every((w) => NAME_WORD.test(w))) return { ok: false, problem: "not-a-name" };
  if (words.length === 1) return { ok: false, problem: "single-name" };
  if (words.some(isAllCapitals)) return { ok: false, problem: "capitals" };
  if (words.some((w) => isAllLowerCase(w) && !PARTICLES.has(w))) return { ok: false, problem: "lowercase" };

  // The surname is the last word, with any particles before it ("van der Berg").
  let surnameStart = words.length - 1;
  while (surnameStart > 1 && PARTICLES.has(words[surnameStart - 1])) surnameStart -= 1;
  const firstNames = words.slice(0, surnameStart);
  const surname = words.slice(surnameStart).join(" ");
  if (firstNames.some((w) => PARTICLES.has(w))) return { ok: false, problem: "not-a-name" };

  // "Bērziņš Andris": a known first name at the end and none at the start. When both are known
  // first names ("Juris Mikus" — Mikus is also a surname) the usual order is assumed.
  const lastIsFirstName = surnameStart === words.length - 1 && isKnownFirstName(surname);
  if (lastIsFirstName && !isKnownFirstName(firstNames[0])) return { ok: false, problem: "surname-first" };

  return { ok: true, name: { firstNames, surname, ...(honorificGender ? { honorificGender } : {}) } };
}
