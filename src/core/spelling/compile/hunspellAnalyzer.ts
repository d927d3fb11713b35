/**
 * A faithful port of the part of Hunspell 1.7 that decides whether one string (already cleaned
 * and cased by Hunspell::spell) is a word: HashMgr's dictionary table with its hidden capitalised
 * homonyms, and AffixMgr::affix_check with prefix, suffix, cross-product, two-level suffix,
 * NEEDAFFIX, CIRCUMFIX and FULLSTRIP handling, down to the byte-level condition tests.
 *
 * The compiler uses it as the judge: it generates every string that affix rules could produce
 * from a root and keeps those this analyzer accepts, which are exactly those Hunspell accepts.
 */
import { AffixEntry, AffixFile, decodeFlags, ONLY_UPCASE_FLAG } from "./affixFile";
import { allSmall, capType, CapType, initCap } from "../caseRules";
import { fromByteString, toByteString } from "./byteString";

export interface RootEntry {
  word: string; // byte string
  flags: Set<number>;
  hidden: boolean;
}

const CROSS = 1; // aeXPRODUCT

function has(flags: Set<number> | null, flag: number): boolean {
  return flag !== 0 && flags !== null && flags.has(flag);
}

export class HunspellAnalyzer {
  readonly roots = new Map<string, RootEntry[]>();
  private readonly entries: AffixEntry[];

  constructor(
    readonly affix: AffixFile,
    dictionaryText: string,
  ) {
    this.entries = affix.entries;
    this.loadDictionary(dictionaryText);
  }

  /** Port of HashMgr::load_tables + add_word + add_hidden_capitalized_word. */
  private loadDictionary(text: string): void {
    const lines = text.split("\n");
    let first = true;
    for (let raw of lines) {
      if (raw.endsWith("\r")) raw = raw.slice(0, -1);
      if (first) {
        first = false;
        continue; // word count
      }
      if (raw.length === 0) continue; // Hunspell's getline yields no line for the final newline
      let line = raw;
      // Morphological fields start at "xx:" after a blank.
      let fieldStart = -1;
      let search = 0;
      for (;;) {
        const colon = line.indexOf(":", search);
        if (colon < 0) break;
        if (colon > 3 && (line[colon - 3] === " " || line[colon - 3] === "\t")) {
          let start = colon - 3;
          while (start > 0 && (line[start - 1] === " " || line[start - 1] === "\t")) start--;
          fieldStart = start === 0 ? -1 : start + 1;
          break;
        }
        search = colon + 1;
      }
      const tab = line.indexOf("\t");
      if (tab >= 0 && (fieldStart < 0 || tab < fieldStart)) fieldStart = tab + 1;
      if (fieldStart >= 0) line = line.slice(0, fieldStart - 1);
      // "\/" is a slash inside the word; a slash at position 0 is a word character.
      let slash = line.indexOf("/");
      while (slash >= 0) {
        if (slash === 0) {
          slash = line.indexOf("/", 1);
          continue;
        }
        if (line[slash - 1] !== "\\") break;
        line = line.slice(0, slash - 1) + line.slice(slash);
        slash = line.indexOf("/", slash);
      }
      let word = line;
      let flags: number[] = [];
      if (slash >= 0 && slash !== line.length) {
        flags = decodeFlags(this.affix.flagMode, line.slice(slash + 1));
        word = line.slice(0, slash);
      } else if (slash >= 0) {
        word = line.slice(0, slash);
      }
      const decoded = fromByteString(word) || "";
      const type = capType(decoded);
      this.addWord(word, new Set(flags), false);
      // Hidden capitalised homonym for mixed-case words and affixed all-caps words.
      if (
        (type === CapType.HuhCap || type === CapType.HuhInitCap || (type === CapType.AllCap && flags.length > 0)) &&
        !(flags.length > 0 && flags.indexOf(this.affix.forbiddenWord) >= 0)
      ) {
        const hiddenFlags = new Set(flags);
        hiddenFlags.add(ONLY_UPCASE_FLAG);
        this.addWord(toByteString(initCap(allSmall(decoded))), hiddenFlags, true);
      }
    }
  }

  private addWord(word: string, flags: Set<number>, hidden: boolean): void {
    const existing = this.roots.get(word);
    if (!existing) {
      this.roots.set(word, [{ word, flags, hidden }]);
      return;
    }
    if (hidden) return; // a hidden homonym is only added when no entry has this spelling
    const last = existing[existing.length - 1];
    if (last.hidden) {
      // A real word takes over the hidden entry's place.
      last.flags = flags;
      last.hidden = false;
      return;
    }
    existing.push({ word, flags, hidden });
  }

  // ---- condition tests (byte-level ports of PfxEntry/SfxEntry::test_condition) ----

  prefixCondition(entry: AffixEntry, st: string): boolean {
    if (entry.conditionCount === 0) return true;
    const conds = entry.conditions;
    const n = conds.length;
    const next = (p: number): number => (p + 1 < n ? p + 1 : -1);
    const at = (i: number): number => (i >= 0 && i < st.length ? st.charCodeAt(i) : 0);
    let pos = -1;
    let neg = false;
    let inGroup = false;
    let p = 0;
    let s = 0;
    for (;;) {
      const c = conds[p];
      if (c === "[") {
        neg = false;
        inGroup = false;
        p = next(p);
        pos = s;
      } else if (c === "^") {
        p = next(p);
        neg = true;
      } else if (c === "]") {
        if (neg === inGroup) return false;
        pos = -1;
        p = next(p);
        if (!inGroup && at(s)) {
          for (s++; (at(s) & 0xc0) === 0x80; s++);
        }
        if (at(s) === 0 && p !== -1) return false;
      } else if (c === "." && pos === -1) {
        p = next(p);
        for (s++; (at(s) & 0xc0) === 0x80; s++);
        if (at(s) === 0 && p !== -1) return false;
      } else {
        if (at(s) === conds.charCodeAt(p)) {
          s++;
          p = next(p);
          if (at(s - 1) & 0x80) {
            while (p !== -1 && (conds.charCodeAt(p) & 0xc0) === 0x80) {
              if (conds.charCodeAt(p) !== at(s)) {
                if (pos === -1) return false;
                s = pos;
                break;
              }
              p = next(p);
              s++;
            }
            if (pos !== -1 && s !== pos) {
              inGroup = true;
              while (p !== -1 && conds[p] !== "]" && (p = next(p)) !== -1);
            }
          } else if (pos !== -1) {
            inGroup = true;
            while (p !== -1 && conds[p] !== "]" && (p = next(p)) !== -1);
          }
        } else if (pos !== -1) {
          p = next(p);
        } else return false;
      }
      if (p === -1) return true;
    }
  }

  suffixCondition(entry: AffixEntry, word: string): boolean {
    if (entry.conditionCount === 0) return true;
    const conds = entry.conditions;
    const n = conds.length;
    const numConds = entry.conditionCount;
    const next = (p: number): number => (p + 1 < n ? p + 1 : -1);
    const at = (i: number): number => (i >= 0 && i < word.length ? word.charCodeAt(i) : -1);
    const beg = 0;
    let pos = -1;
    let hasPos = false;
    let neg = false;
    let inGroup = false;
    let p = 0;
    let s = word.length - 1;
    let i = 1;
    for (;;) {
      const c = conds[p];
      if (c === "[") {
        p = next(p);
        pos = s;
        hasPos = true;
      } else if (c === "^") {
        p = next(p);
        neg = true;
      } else if (c === "]") {
        if (!neg && !inGroup) return false;
        i++;
        if (!inGroup) {
          for (; s >= beg && (at(s) & 0xc0) === 0x80; s--);
          s--;
        }
        hasPos = false;
        pos = -1;
        neg = false;
        inGroup = false;
        p = next(p);
        if (s < beg && p !== -1) return false;
      } else if (c === "." && !hasPos) {
        p = next(p);
        for (s--; s >= beg && (at(s) & 0xc0) === 0x80; s--);
        if (s < beg) return p === -1;
        if (at(s) & 0x80) {
          s--;
          if (s < beg) return p === -1;
        }
      } else {
        if (at(s) === conds.charCodeAt(p)) {
          p = next(p);
          if (at(s) & 0x80) {
            s--;
            while (p !== -1 && s >= beg) {
              if (conds.charCodeAt(p) !== at(s)) {
                if (!hasPos) return false;
                s = pos;
                break;
              }
              if ((conds.charCodeAt(p) & 0xc0) !== 0x80) break;
              p = next(p);
              s--;
            }
            if (hasPos && s !== pos) {
              if (neg) return false;
              else if (i === numConds) return true;
              inGroup = true;
              while (p !== -1 && conds[p] !== "]" && (p = next(p)) !== -1);
              s--;
            }
            if (p !== -1 && conds[p] !== "]") p = next(p);
          } else if (hasPos) {
            if (neg) return false;
            else if (i === numConds) return true;
            inGroup = true;
            while (p !== -1 && conds[p] !== "]" && (p = next(p)) !== -1);
            s--;
          }
          if (!hasPos) {
            i++;
            s--;
          }
          if (s < beg && p !== -1 && conds[p] !== "]") return false;
        } else if (hasPos) {
          p = next(p);
        } else return false;
      }
      if (p === -1) return true;
    }
  }

  // ---- affix checks ----

  private prefixCheckWord(entry: AffixEntry, word: string, needFlag: number): RootEntry | null {
    const a = this.affix;
    let tmpl = word.length - entry.append.length;
    if (tmpl > 0 || (tmpl === 0 && a.fullStrip)) {
      const tmpWord = entry.strip + word.substr(entry.append.length, tmpl);
      if (this.prefixCondition(entry, tmpWord)) {
        tmpl += entry.strip.length;
        const homonyms = this.roots.get(tmpWord);
        if (homonyms) {
          for (const he of homonyms) {
            if (
              has(he.flags, entry.flag) &&
              !has(entry.contClass, a.needAffix) &&
              (!needFlag || has(he.flags, needFlag) || has(entry.contClass, needFlag))
            )
              return he;
          }
        }
        if (entry.crossProduct) {
          const he = this.suffixCheck(tmpWord, tmpl, CROSS, entry, 0, needFlag);
          if (he) return he;
        }
      }
    }
    return null;
  }

  private prefixCheck(word: string, needFlag: number): RootEntry | null {
    const a = this.affix;
    for (let p = a.prefixStart[0]; p !== -1; p = this.entries[p].next) {
      const pe = this.entries[p];
      if (!has(pe.contClass, a.onlyInCompound)) {
        const rv = this.prefixCheckWord(pe, word, needFlag);
        if (rv) return rv;
      }
    }
    if (!word.length) return null;
    let p = a.prefixStart[word.charCodeAt(0)];
    while (p !== -1) {
      const pe = this.entries[p];
      if (subsetOf(pe.key, word)) {
        if (!has(pe.contClass, a.onlyInCompound)) {
          const rv = this.prefixCheckWord(pe, word, needFlag);
          if (rv) return rv;
        }
        p = pe.nextEQ;
      } else p = pe.nextNE;
    }
    return null;
  }

  private suffixCheckWord(
    entry: AffixEntry,
    word: string,
    len: number,
    optFlags: number,
    prefix: AffixEntry | null,
    cclass: number,
    needFlag: number,
    badFlag: number,
  ): RootEntry | null {
    if (optFlags & CROSS && !entry.crossProduct) return null;
    // Cheap tests that cannot change the outcome come first: a continuation class that does not
    // allow cclass, or a string that is no root at all, fails whatever the condition says.
    if (cclass && !has(entry.contClass, cclass)) return null;
    const tmpl = len - entry.append.length;
    if ((tmpl > 0 || (tmpl === 0 && this.affix.fullStrip)) && tmpl + entry.strip.length >= entry.conditionCount) {
      const tmpString = (tmpl === word.length ? word : word.substr(0, tmpl)) + entry.strip;
      const homonyms = this.roots.get(tmpString);
      if (homonyms && this.suffixCondition(entry, tmpString)) {
        {
          for (const he of homonyms) {
            if (
              (has(he.flags, entry.flag) || (prefix !== null && has(prefix.contClass, entry.flag))) &&
              (!(optFlags & CROSS) ||
                (prefix !== null && has(he.flags, prefix.flag)) ||
                (prefix !== null && has(entry.contClass, prefix.flag))) &&
              (!cclass || has(entry.contClass, cclass)) &&
              (!badFlag || !has(he.flags, badFlag)) &&
              (!needFlag || has(he.flags, needFlag) || has(entry.contClass, needFlag))
            )
              return he;
          }
        }
      }
    }
    return null;
  }

  private suffixAllowed(se: AffixEntry, prefix: AffixEntry | null, cclass: number): boolean {
    const a = this.affix;
    const circumfixOk =
      !a.circumfix ||
      ((prefix === null || !has(prefix.contClass, a.circumfix)) && !has(se.contClass, a.circumfix)) ||
      (prefix !== null && has(prefix.contClass, a.circumfix) && has(se.contClass, a.circumfix));
    return (
      circumfixOk &&
      !has(se.contClass, a.onlyInCompound) &&
      (cclass !== 0 ||
        !has(se.contClass, a.needAffix) ||
        (prefix !== null && !has(prefix.contClass, a.needAffix)))
    );
  }

  private suffixCheck(
    word: string,
    len: number,
    sfxOpts: number,
    prefix: AffixEntry | null,
    cclass: number,
    needFlag: number,
  ): RootEntry | null {
    const a = this.affix;
    const badFlag = a.onlyInCompound;
    for (let p = a.suffixStart[0]; p !== -1; p = this.entries[p].next) {
      const se = this.entries[p];
      if (!cclass || se.contClass) {
        if (this.suffixAllowed(se, prefix, cclass)) {
          const rv = this.suffixCheckWord(se, word, len, sfxOpts, prefix, cclass, needFlag, badFlag);
          if (rv) return rv;
        }
      }
    }
    if (len === 0) return null;
    let p = a.suffixStart[word.charCodeAt(len - 1)];
    while (p !== -1) {
      const se = this.entries[p];
      if (revSubsetOf(se.key, word, len)) {
        if (this.suffixAllowed(se, prefix, cclass)) {
          const rv = this.suffixCheckWord(se, word, len, sfxOpts, prefix, cclass, needFlag, badFlag);
          if (rv) return rv;
        }
        p = se.nextEQ;
      } else p = se.nextNE;
    }
    return null;
  }

  private suffixCheckTwoLevelWord(
    entry: AffixEntry,
    word: string,
    len: number,
    optFlags: number,
    prefix: AffixEntry | null,
    needFlag: number,
  ): RootEntry | null {
    if (optFlags & CROSS && !entry.crossProduct) return null;
    let tmpl = len - entry.append.length;
    if ((tmpl > 0 || (tmpl === 0 && this.affix.fullStrip)) && tmpl + entry.strip.length >= entry.conditionCount) {
      const tmpWord = word.substr(0, tmpl) + entry.strip;
      tmpl += entry.strip.length;
      if (this.suffixCondition(entry, tmpWord)) {
        let he: RootEntry | null;
        if (prefix) {
          if (has(entry.contClass, prefix.flag)) he = this.suffixCheck(tmpWord, tmpl, 0, null, entry.flag, needFlag);
          else he = this.suffixCheck(tmpWord, tmpl, optFlags, prefix, entry.flag, needFlag);
        } else he = this.suffixCheck(tmpWord, tmpl, 0, null, entry.flag, needFlag);
        if (he) return he;
      }
    }
    return null;
  }

  private suffixCheckTwoLevel(
    word: string,
    len: number,
    sfxOpts: number,
    prefix: AffixEntry | null,
    needFlag: number,
  ): RootEntry | null {
    const a = this.affix;
    for (let p = a.suffixStart[0]; p !== -1; p = this.entries[p].next) {
      const se = this.entries[p];
      if (a.contClasses.has(se.flag)) {
        const rv = this.suffixCheckTwoLevelWord(se, word, len, sfxOpts, prefix, needFlag);
        if (rv) return rv;
      }
    }
    if (len === 0) return null;
    let p = a.suffixStart[word.charCodeAt(len - 1)];
    while (p !== -1) {
      const se = this.entries[p];
      if (revSubsetOf(se.key, word, len)) {
        if (a.contClasses.has(se.flag)) {
          const rv = this.suffixCheckTwoLevelWord(se, word, len, sfxOpts, prefix, needFlag);
          if (rv) return rv;
        }
        p = se.nextEQ;
      } else p = se.nextNE;
    }
    return null;
  }

  private prefixCheckTwoLevelWord(entry: AffixEntry, word: string, needFlag: number): RootEntry | null {
    let tmpl = word.length - entry.append.length;
    if ((tmpl > 0 || (tmpl === 0 && this.affix.fullStrip)) && tmpl + entry.strip.length >= entry.conditionCount) {
      const tmpWord = entry.strip + word.substr(entry.append.length);
      if (this.prefixCondition(entry, tmpWord)) {
        tmpl += entry.strip.length;
        if (entry.crossProduct) {
          const he = this.suffixCheckTwoLevel(tmpWord, tmpl, CROSS, entry, needFlag);
          if (he) return he;
        }
      }
    }
    return null;
  }

  private prefixCheckTwoLevel(word: string, needFlag: number): RootEntry | null {
    const a = this.affix;
    for (let p = a.prefixStart[0]; p !== -1; p = this.entries[p].next) {
      const rv = this.prefixCheckTwoLevelWord(this.entries[p], word, needFlag);
      if (rv) return rv;
    }
    if (!word.length) return null;
    let p = a.prefixStart[word.charCodeAt(0)];
    while (p !== -1) {
      const pe = this.entries[p];
      if (subsetOf(pe.key, word)) {
        const rv = this.prefixCheckTwoLevelWord(pe, word, needFlag);
        if (rv) return rv;
        p = pe.nextEQ;
      } else p = pe.nextNE;
    }
    return null;
  }

  // ---- one derivation at a time ----
  // Hunspell's affix_check tries prefixes, suffixes, two-level suffixes and prefixes with
  // two-level suffixes until one analysis succeeds, and its subset-ordered lists visit every
  // entry whose key fits the word. So when the analyzer's own test for one entry succeeds on a
  // word, affix_check succeeds on it too. These checks let the compiler confirm the derivation
  // it generated a form by, and run the full affix_check only for forms that fail it.

  acceptsWithSuffix(word: string, suffix: AffixEntry): boolean {
    if (suffix.key && !revSubsetOf(suffix.key, word, word.length)) return false;
    if (!this.suffixAllowed(suffix, null, 0)) return false;
    return this.suffixCheckWord(suffix, word, word.length, 0, null, 0, 0, this.affix.onlyInCompound) !== null;
  }

  acceptsWithTwoSuffixes(word: string, inner: AffixEntry, outer: AffixEntry): boolean {
    const a = this.affix;
    if (!a.contClasses.has(outer.flag)) return false;
    if (outer.key && !revSubsetOf(outer.key, word, word.length)) return false;
    const tmpl = word.length - outer.append.length;
    if (!((tmpl > 0 || (tmpl === 0 && a.fullStrip)) && tmpl + outer.strip.length >= outer.conditionCount)) return false;
    const once = word.substr(0, tmpl) + outer.strip;
    if (!this.suffixCondition(outer, once)) return false;
    if (inner.key ? !revSubsetOf(inner.key, once, once.length) : !inner.contClass) return false;
    if (!this.suffixAllowed(inner, null, outer.flag)) return false;
    return this.suffixCheckWord(inner, once, once.length, 0, null, outer.flag, 0, a.onlyInCompound) !== null;
  }

  acceptsWithPrefix(word: string, prefix: AffixEntry): boolean {
    if (prefix.key && !subsetOf(prefix.key, word)) return false;
    if (has(prefix.contClass, this.affix.onlyInCompound)) return false;
    return this.prefixCheckWord(prefix, word, 0) !== null;
  }

  /** The part of PfxEntry::checkword / check_twosfx before the root lookup: the word without the prefix. */
  private stripPrefix(word: string, prefix: AffixEntry, withConditionCount: boolean): string | null {
    const a = this.affix;
    if (prefix.key && !subsetOf(prefix.key, word)) return null;
    const tmpl = word.length - prefix.append.length;
    if (!(tmpl > 0 || (tmpl === 0 && a.fullStrip))) return null;
    if (withConditionCount && tmpl + prefix.strip.length < prefix.conditionCount) return null;
    const rest = prefix.strip + word.substr(prefix.append.length);
    return this.prefixCondition(prefix, rest) ? rest : null;
  }

  acceptsWithPrefixAndSuffix(word: string, prefix: AffixEntry, suffix: AffixEntry): boolean {
    const a = this.affix;
    if (has(prefix.contClass, a.onlyInCompound) || !prefix.crossProduct) return false;
    const rest = this.stripPrefix(word, prefix, false);
    if (rest === null) return false;
    if (suffix.key && !revSubsetOf(suffix.key, rest, rest.length)) return false;
    if (!this.suffixAllowed(suffix, prefix, 0)) return false;
    return this.suffixCheckWord(suffix, rest, rest.length, CROSS, prefix, 0, 0, a.onlyInCompound) !== null;
  }

  acceptsWithPrefixAndTwoSuffixes(word: string, prefix: AffixEntry, inner: AffixEntry, outer: AffixEntry): boolean {
    const a = this.affix;
    if (!prefix.crossProduct || !outer.crossProduct || !a.contClasses.has(outer.flag)) return false;
    const rest = this.stripPrefix(word, prefix, true);
    if (rest === null) return false;
    // SfxEntry::check_twosfx for the outer suffix, called with the prefix.
    if (outer.key && !revSubsetOf(outer.key, rest, rest.length)) return false;
    const tmpl = rest.length - outer.append.length;
    if (!((tmpl > 0 || (tmpl === 0 && a.fullStrip)) && tmpl + outer.strip.length >= outer.conditionCount)) return false;
    const once = rest.substr(0, tmpl) + outer.strip;
    if (!this.suffixCondition(outer, once)) return false;
    const innerPrefix = has(outer.contClass, prefix.flag) ? null : prefix;
    const innerOpts = innerPrefix ? CROSS : 0;
    if (inner.key ? !revSubsetOf(inner.key, once, once.length) : !inner.contClass) return false;
    if (!this.suffixAllowed(inner, innerPrefix, outer.flag)) return false;
    return (
      this.suffixCheckWord(inner, once, once.length, innerOpts, innerPrefix, outer.flag, 0, a.onlyInCompound) !== null
    );
  }

  /** Port of AffixMgr::affix_check (not in a compound, no required flag). */
  affixCheck(word: string): RootEntry | null {
    let rv = this.prefixCheck(word, 0);
    if (rv) return rv;
    rv = this.suffixCheck(word, word.length, 0, null, 0, 0);
    if (this.affix.haveContClass) {
      if (rv) return rv;
      rv = this.suffixCheckTwoLevel(word, word.length, 0, null, 0);
      if (rv) return rv;
      rv = this.prefixCheckTwoLevel(word, 0);
    }
    return rv;
  }

  /**
   * Port of HunspellImpl::checkword for a byte-string word. `initCapInfo` is Hunspell's
   * SPELL_INITCAP bit (set while checking a capitalised input as it is). Returns the root entry
   * that accepts the word, or null.
   */
  checkWord(word: string, initCapInfo: boolean): RootEntry | null {
    if (!word.length) return null;
    const a = this.affix;
    const homonyms = this.roots.get(word);
    if (homonyms) {
      if (has(homonyms[0].flags, a.forbiddenWord)) return null;
      for (const he of homonyms) {
        const skip =
          has(he.flags, a.needAffix) ||
          has(he.flags, a.onlyInCompound) ||
          (initCapInfo && has(he.flags, ONLY_UPCASE_FLAG));
        if (!skip) return he;
      }
    }
    let he = this.affixCheck(word);
    if (he && (has(he.flags, a.onlyInCompound) || (initCapInfo && has(he.flags, ONLY_UPCASE_FLAG)))) he = null;
    if (he && has(he.flags, a.forbiddenWord)) return null;
    return he;
  }
}

/** Hunspell's isSubset over a whole word ('.' in the key matches any byte). */
function subsetOf(key: string, word: string): boolean {
  let i = 0;
  while (i < key.length && (i < word.length ? key[i] === word[i] || key[i] === "." : key[i] === ".")) i++;
  return i === key.length;
}

/** Hunspell's isRevSubset: the reversed key matches the end of word[0, len). */
function revSubsetOf(key: string, word: string, len: number): boolean {
  let i = 0;
  let e = len - 1;
  while (len > 0 && i < key.length && (key[i] === word[e] || key[i] === ".")) {
    i++;
    e--;
    len--;
  }
  return i === key.length;
}
