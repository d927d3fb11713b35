import { FEMININE_EXCEPTIONS, FEMININE_NAMES, MASCULINE_EXCEPTIONS, MASCULINE_NAMES, UNISEX_NAMES } from "./firstNameData";
import { foldDiacritics, isAscii, nameKey } from "./text";

export type Gender = "male" | "female";

export type GenderSource =
  | "list" // a listed Latvian name
  | "exception" // a listed exception to the ending rule
  | "ending" // the Latvian ending rule
  | "unisex" // listed as used for both sexes
  | "foreign" // spelling that is not Latvian, and not listed
  | "unknown"; // no rule applies (an ending other than -s, -š, -a, -e)

export interface GenderGuess {
  gender: Gender | null;
  certain: boolean;
  source: GenderSource;
}

interface NameEntry {
  name: string;
  gender: Gender | null;
  exception: boolean;
}

const ENTRIES: ReadonlyMap<string, NameEntry> = (() => {
  const map = new Map<string, NameEntry>();
  const add = (names: readonly string[], gender: Gender | null, exception: boolean) => {
    for (const name of names) map.set(nameKey(name), { name, gender, exception });
  };
  add(MASCULINE_NAMES, "male", false);
  add(FEMININE_NAMES, "female", false);
  add(MASCULINE_EXCEPTIONS, "male", true);
  add(FEMININE_EXCEPTIONS, "female", true);
  add(UNISEX_NAMES, null, true); // last: a unisex listing overrides the others
  return map;
})();

/** Folded spelling → the listed spellings with diacritics it could stand for. */
const FOLDED: ReadonlyMap<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const entry of ENTRIES.values()) {
    if (isAscii(entry.name)) continue;
    const key = nameKey(foldDiacritics(entry.name));
    map.set(key, (map.get(key) ?? []).concat(entry.name));
  }
  return map;
})();

/** Letters and spellings that Latvian orthography does not use (w, q, x, y, th, ph, ck, sh, ch, oo, ee). */
const FOREIGN_SPELLING = /[qwxyäöüåøæçñéèêàß]|th|ph|ck|sh|ch|oo|ee/iu;

/** Whether `name` is one of the listed first names (in any letter case). */
export function isKnownFirstName(name: string): boolean {
  return ENTRIES.has(nameKey(name));
}

/**
 * The listed names that `name` would be if its diacritics had been dropped: "Janis" → ["Jānis"].
 * Empty when `name` is itself a listed spelling ("Marta") or has diacritics of its own.
 */
export function firstNameWithoutDiacritics(name: string): string[] {
  if (!isAscii(name) || ENTRIES.has(nameKey(name))) return [];
  return FOLDED.get(nameKey(name)) ?? [];
}

/**
 * The gender a first name tells. Listed names and exceptions are certain; otherwise the
 * Latvian ending rule applies (-s, -š, incl. -is and -us: male; -a, -e: female) when the name
 * is spelt the Latvian way. Unisex names, foreign spellings and other endings give no gender.
 */
export function genderOfFirstName(name: string): GenderGuess {
  const clean = name.normalize("NFC").trim();
  if (!/^\p{L}+(?:[-'’]\p{L}+)*$/u.test(clean)) return { gender: null, certain: false, source: "unknown" };

  // "Anna-Marija": every part must agree.
  if (clean.includes("-")) {
    const parts = clean.split("-").map(genderOfFirstName);
    const genders = new Set(parts.map((p) => p.gender));
    if (genders.size === 1 && parts[0].gender && parts.every((p) => p.certain)) return { gender: parts[0].gender, certain: true, source: parts[0].source };
    return { gender: null, certain: false, source: parts.some((p) => p.source === "unisex") ? "unisex" : "unknown" };
  }

  const entry = ENTRIES.get(nameKey(clean));
  if (entry) {
    if (entry.gender === null) return { gender: null, certain: false, source: "unisex" };
    return { gender: entry.gender, certain: true, source: entry.exception ? "exception" : "list" };
  }
  if (FOREIGN_SPELLING.test(clean)) return { gender: null, certain: false, source: "foreign" };

  const last = clean.slice(-1).toLowerCase();
  if (last === "s" || last === "š") return { gender: "male", certain: true, source: "ending" };
  if (last === "a" || last === "e") return { gender: "female", certain: true, source: "ending" };
  return { gender: null, certain: false, source: "unknown" };
}
