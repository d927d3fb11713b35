/**
 * Port of Hunspell 1.7's HunspellImpl::spell: input conversion, trailing dots, numbers,
 * capitalisation (a lower-case word is also accepted Capitalised and in CAPITALS, a Capitalised
 * one also in CAPITALS, never the other way round) and the recursive split at BREAK points
 * (by default "-", so "e-pasts" is accepted when the whole is a word or both parts are).
 *
 * The dictionary itself is behind `checkWord(word, typedCapital)`: Hunspell's checkword(),
 * where `typedCapital` is its SPELL_INITCAP bit.
 */
import { allSmall, capType, CapType, initCap } from "./caseRules";

export interface SpellRules {
  checkWord(word: string, typedCapital: boolean): boolean;
  breakPatterns: string[];
  inputConversions: Array<[string, string]>;
}

/** Hunspell's MAXWORDUTF8LEN: longer input (in UTF-8 bytes) is rejected outright. */
const MAX_WORD_UTF8_BYTES = 300;

function utf8Length(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** ICONV: at each position the longest matching pattern is replaced (RepList::conv). */
function convert(word: string, table: Array<[string, string]>): string {
  if (!table.length) return word;
  let out = "";
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    let best = -1;
    for (let k = 0; k < table.length; k++) {
      const from = table[k][0];
      if (from && word.startsWith(from, i) && (best < 0 || from.length > table[best][0].length)) best = k;
    }
    if (best >= 0) {
      out += table[best][1];
      i += table[best][0].length - 1;
      changed = true;
    } else out += word[i];
  }
  return changed ? out : word;
}

function isNumber(word: string): boolean {
  // digits with single separators (",", ".", "-") between them, not first
  let state = 0; // 0 begin, 1 number, 2 separator
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c >= "0" && c <= "9") state = 1;
    else if (c === "," || c === "." || c === "-") {
      if (state === 2 || i === 0) return false;
      state = 2;
    } else return false;
  }
  return state === 1;
}

export function hunspellSpell(rules: SpellRules, input: string): boolean {
  if (utf8Length(input) >= MAX_WORD_UTF8_BYTES) return false;
  const word = convert(input, rules.inputConversions);
  // cleanword2: leading blanks, trailing full stops (remembered as an abbreviation)
  let start = 0;
  while (start < word.length && word[start] === " ") start++;
  let end = word.length;
  let abbreviation = 0;
  while (end > start && word[end - 1] === ".") {
    end--;
    abbreviation++;
  }
  if (end <= start) return true;
  let scw = word.slice(start, end);
  if (isNumber(scw)) return true;
  const type = capType(scw);
  const check = rules.checkWord;
  let found = false;

  switch (type) {
    case CapType.HuhCap:
    case CapType.HuhInitCap:
    case CapType.NoCap:
      found = check(scw, false) || (abbreviation > 0 && check(scw + ".", false));
      break;
    case CapType.AllCap:
    case CapType.InitCap: {
      if (type === CapType.AllCap) {
        if (check(scw, false) || (abbreviation > 0 && check(scw + ".", false))) {
          found = true;
          break;
        }
        // Catalan/French/Italian style: prefixes separated by an apostrophe (SANT'ELIA -> Sant'Elia).
        const apostrophe = scw.indexOf("'");
        if (apostrophe >= 0) {
          const small = allSmall(scw);
          if (apostrophe < small.length - 1) {
            const joined = small.slice(0, apostrophe + 1) + initCap(small.slice(apostrophe + 1));
            if (check(joined, false) || check(initCap(joined), false)) {
              found = true;
              break;
            }
          }
        }
      }
      const dottedCapitalI = scw.charCodeAt(0) === 0x130;
      if (type === CapType.AllCap) {
        scw = initCap(allSmall(scw));
        if (dottedCapitalI) scw = "\u0130" + scw.slice(1);
      }
      if (check(scw, type === CapType.InitCap)) {
        found = true;
        break;
      }
      if (dottedCapitalI) break;
      // From here on Hunspell's scw is the Capitalised form, also for the split at BREAK points.
      const small = allSmall(scw);
      const capital = initCap(small);
      scw = capital;
      found = check(small, false);
      if (abbreviation > 0 && !found) {
        found = check(small + ".", false) || check(capital + ".", type === CapType.InitCap);
      }
      break;
    }
  }
  if (found) return true;
  return spellAtBreaks(rules, scw);
}

/** The recursive part of spell(): try the word split at its BREAK patterns. */
function spellAtBreaks(rules: SpellRules, scw: string): boolean {
  const patterns = rules.breakPatterns;
  if (!patterns.length) return false;
  const wl = scw.length;
  let breaks = 0;
  for (const pattern of patterns) {
    let pos = 0;
    for (;;) {
      const at = scw.indexOf(pattern, pos);
      if (at < 0) break;
      breaks++;
      pos = at + pattern.length;
    }
  }
  if (breaks >= 10) return false;
  const spell = (text: string): boolean => hunspellSpell(rules, text);

  // Boundary patterns (^begin and end$).
  for (const pattern of patterns) {
    const plen = pattern.length;
    if (plen === 1 || plen > wl) continue;
    if (pattern[0] === "^" && scw.slice(0, plen - 1) === pattern.slice(1) && spell(scw.slice(plen - 1))) return true;
    if (pattern[plen - 1] === "$" && scw.slice(wl - plen + 1) === pattern.slice(0, plen - 1)) {
      if (spell(scw.slice(0, wl - plen + 1))) return true;
    }
  }
  // Other patterns: break at the second occurrence if there is one, then at the first.
  for (let round = 0; round < 2; round++) {
    for (const pattern of patterns) {
      const plen = pattern.length;
      let found = scw.indexOf(pattern);
      if (found > 0 && found < wl - plen) {
        if (round === 0) {
          const second = scw.indexOf(pattern, found + 1);
          if (second > 0 && second < wl - plen) found = second;
        }
        if (!spell(scw.slice(found + plen))) continue;
        if (spell(scw.slice(0, found))) return true;
      }
    }
  }
  return false;
}
