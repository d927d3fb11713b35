/**
 * Every string Hunspell accepts for a dictionary, with what the runtime needs to know about it.
 *
 * Method: from each root (hidden capitalised homonyms included) generate every string that one
 * prefix, up to two suffixes (the second from the first's continuation classes) and their cross
 * products can make, whenever strip and condition fit — a superset of what Hunspell accepts,
 * because each way Hunspell can analyse a word runs one of these derivations backwards. Then
 * keep the strings the ported analyzer (HunspellAnalyzer.checkWord) accepts.
 */
import { AffixEntry } from "./affixFile";
import { fromByteString } from "./byteString";
import { capType, CapType } from "../caseRules";
import { KIND_ACCEPTED, KIND_ACCEPTED_AS_TYPED_CAPITAL, KIND_SUGGESTABLE } from "../dawgFormat";
import { HunspellAnalyzer, RootEntry } from "./hunspellAnalyzer";

/**
 * Bits stored with every accepted form: KIND_ACCEPTED (checkword() accepts it),
 * KIND_ACCEPTED_AS_TYPED_CAPITAL (also with SPELL_INITCAP, i.e. not only through a hidden
 * upper-case homonym) and KIND_SUGGESTABLE (not NOSUGGEST: may be offered as a suggestion).
 */
const FORM_ACCEPTED = KIND_ACCEPTED;
const FORM_ACCEPTED_AS_TYPED_CAPITAL = KIND_ACCEPTED_AS_TYPED_CAPITAL;
const FORM_SUGGESTABLE = KIND_SUGGESTABLE;

export interface WordForm {
  word: string; // UTF-16
  kind: number;
}

function indexByFlag(entries: AffixEntry[], kind: "P" | "S"): Map<number, AffixEntry[]> {
  const map = new Map<number, AffixEntry[]>();
  for (const entry of entries) {
    if (entry.kind !== kind) continue;
    const list = map.get(entry.flag);
    if (list) list.push(entry);
    else map.set(entry.flag, [entry]);
  }
  return map;
}

export interface FormCollector {
  (word: string, kind: number): void;
}

/** Generates the accepted forms, calling `collect` for each (the same form may come more than once). */
export function collectAcceptedForms(analyzer: HunspellAnalyzer, collect: FormCollector): void {
  const affix = analyzer.affix;
  const suffixesByFlag = indexByFlag(affix.entries, "S");
  const prefixesByFlag = indexByFlag(affix.entries, "P");
  const conditionHolds = analyzer;
  const fullStrip = affix.fullStrip;

  const applySuffix = (entry: AffixEntry, base: string): string | null => {
    const strip = entry.strip;
    if (base.length < strip.length || (base.length === strip.length && !fullStrip)) return null;
    if (strip && base.slice(base.length - strip.length) !== strip) return null;
    if (base.length < entry.conditionCount) return null;
    if (!conditionHolds.suffixCondition(entry, base)) return null;
    return base.slice(0, base.length - strip.length) + entry.append;
  };
  const applyPrefix = (entry: AffixEntry, base: string): string | null => {
    const strip = entry.strip;
    if (base.length < strip.length || (base.length === strip.length && !fullStrip)) return null;
    if (strip && base.slice(0, strip.length) !== strip) return null;
    if (!conditionHolds.prefixCondition(entry, base)) return null;
    return entry.append + base.slice(strip.length);
  };

  const tested = new Set<string>();
  let derivationRoot: RootEntry = null as unknown as RootEntry;
  /**
   * Decides one candidate. `viaDerivation` confirms the derivation the candidate was made by
   * (cheap); only when it fails does the full analysis look for another way to accept it.
   * Whether a form may be suggested follows the root it was derived from (a form that several
   * roots make is suggestable when any of them is).
   */
  const judge = (candidate: string, viaDerivation: () => boolean): void => {
    if (tested.has(candidate)) return;
    tested.add(candidate);
    if (!viaDerivation() && !analyzer.checkWord(candidate, false)) return;
    const word = fromByteString(candidate);
    if (word === null) return;
    let kind = FORM_ACCEPTED;
    if (capType(word) === CapType.InitCap) {
      if (analyzer.checkWord(candidate, true)) kind |= FORM_ACCEPTED_AS_TYPED_CAPITAL;
    } else kind |= FORM_ACCEPTED_AS_TYPED_CAPITAL;
    if (isSuggestable(analyzer, derivationRoot)) kind |= FORM_SUGGESTABLE;
    collect(word, kind);
  };

  const flagsOf = (...sets: Array<Set<number> | null>): number[] => {
    const out = new Set<number>();
    for (const set of sets) if (set) set.forEach((flag) => out.add(flag));
    return Array.from(out);
  };
  const never = (): boolean => false;

  analyzer.roots.forEach((homonyms) => {
    for (const root of homonyms) {
      tested.clear();
      derivationRoot = root;
      judge(root.word, never);
      const prefixesFor = (...extra: Array<Set<number> | null>): AffixEntry[] => {
        const out: AffixEntry[] = [];
        for (const flag of flagsOf(root.flags, ...extra)) {
          const list = prefixesByFlag.get(flag);
          if (list) for (const entry of list) out.push(entry);
        }
        return out;
      };
      const rootPrefixes = prefixesFor();
      // Suffix flags may also come from the continuation classes of the root's prefixes.
      const suffixFlagsFromPrefixes = new Set<number>();
      for (const p of rootPrefixes) if (p.contClass) p.contClass.forEach((f) => suffixFlagsFromPrefixes.add(f));
      const suffixFlags = flagsOf(root.flags, suffixFlagsFromPrefixes);

      for (const prefix of rootPrefixes) {
        const form = applyPrefix(prefix, root.word);
        if (form !== null) judge(form, () => analyzer.acceptsWithPrefix(form, prefix));
      }
      for (const flag of suffixFlags) {
        const suffixes = suffixesByFlag.get(flag);
        if (!suffixes) continue;
        for (const suffix of suffixes) {
          const once = applySuffix(suffix, root.word);
          if (once === null) continue;
          judge(once, () => analyzer.acceptsWithSuffix(once, suffix));
          const prefixesOfOnce = suffix.contClass ? prefixesFor(suffix.contClass) : rootPrefixes;
          for (const prefix of prefixesOfOnce) {
            if (!prefix.crossProduct) continue;
            const form = applyPrefix(prefix, once);
            if (form !== null) judge(form, () => analyzer.acceptsWithPrefixAndSuffix(form, prefix, suffix));
          }
          if (!suffix.contClass) continue;
          suffix.contClass.forEach((outerFlag) => {
            const outers = suffixesByFlag.get(outerFlag);
            if (!outers) return;
            for (const outer of outers) {
              const twice = applySuffix(outer, once);
              if (twice === null) continue;
              judge(twice, () => analyzer.acceptsWithTwoSuffixes(twice, suffix, outer));
              const prefixesOfTwice = outer.contClass ? prefixesFor(suffix.contClass, outer.contClass) : prefixesOfOnce;
              for (const prefix of prefixesOfTwice) {
                if (!prefix.crossProduct) continue;
                const form = applyPrefix(prefix, twice);
                if (form !== null) {
                  judge(form, () => analyzer.acceptsWithPrefixAndTwoSuffixes(form, prefix, suffix, outer));
                }
              }
            }
          });
        }
      }
    }
  });
}

/** A form Hunspell may suggest: its root is not marked NOSUGGEST (nor a hidden upper-case homonym). */
function isSuggestable(analyzer: HunspellAnalyzer, root: RootEntry): boolean {
  const noSuggest = analyzer.affix.noSuggest;
  if (root.hidden) return false;
  return !(noSuggest && root.flags.has(noSuggest));
}
