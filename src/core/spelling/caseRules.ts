/**
 * Hunspell's capitalisation classes and case mappings (get_captype_utf8, mkallsmall, mkinitcap),
 * one UTF-16 code unit at a time like Hunspell's own tables: a letter whose case mapping is not a
 * single character (German ß, Turkish İ) keeps its form.
 */
export enum CapType {
  NoCap = 0,
  InitCap = 1,
  AllCap = 2,
  HuhCap = 3,
  HuhInitCap = 4,
}

export function lowerChar(c: string): string {
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

export function upperChar(c: string): string {
  const upper = c.toUpperCase();
  return upper.length === 1 ? upper : c;
}

export function capType(word: string): CapType {
  let capitals = 0;
  let neutral = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    const lower = lowerChar(c);
    if (c !== lower) capitals++;
    if (upperChar(c) === lower) neutral++;
  }
  if (capitals === 0) return CapType.NoCap;
  const firstCap = word[0] !== lowerChar(word[0]);
  if (capitals === 1 && firstCap) return CapType.InitCap;
  if (capitals === word.length || capitals + neutral === word.length) return CapType.AllCap;
  if (capitals > 1 && firstCap) return CapType.HuhInitCap;
  return CapType.HuhCap;
}

export function allSmall(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) out += lowerChar(word[i]);
  return out;
}

export function allCaps(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) out += upperChar(word[i]);
  return out;
}

export function initCap(word: string): string {
  return word.length ? upperChar(word[0]) + word.slice(1) : word;
}
