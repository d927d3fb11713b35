/** Small text helpers shared by the name modules. */

/** "Jānis" → "Janis": drops the diacritics (macron, caron, cedilla) Latvian letters carry. */
export function foldDiacritics(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
}

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Lower-cased, NFC key for lookups. */
export function nameKey(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

/** Every letter is a capital and there are at least two letters: "BĒRZIŅŠ". */
export function isAllCapitals(word: string): boolean {
  const letters = word.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

export function isAllLowerCase(word: string): boolean {
  return word === word.toLowerCase() && word !== word.toUpperCase();
}

/** Latvian vowels (the diphthongs ai, au, ei, ie, ui, oi count as one syllable). */
const SYLLABLE_NUCLEUS = /ai|au|ei|ie|ui|oi|[aeiouāēīōūy]/gu;

export function countSyllables(word: string): number {
  return (word.toLowerCase().match(SYLLABLE_NUCLEUS) ?? []).length;
}
