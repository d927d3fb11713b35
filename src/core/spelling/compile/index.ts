/**
 * Compiles a Hunspell dictionary (.aff + .dic bytes) into the word automaton the checker loads.
 * Pure: no file access, so the regeneration script, the tests and any other tool can run it.
 */
import { DawgHeader } from "../dawgFormat";
import { AffixFile, parseAffixFile } from "./affixFile";
import { bytesToByteString } from "./byteString";
import { DawgBuilder } from "./dawgBuilder";
import { HunspellAnalyzer } from "./hunspellAnalyzer";
import { collectAcceptedForms } from "./wordForms";

export interface CompileInput {
  language: string;
  aff: Uint8Array;
  dic: Uint8Array;
  source: DawgHeader["source"];
  /**
   * Word forms with their corpus counts. Only forms the dictionary accepts are kept; a
   * Capitalised form (sentence start) counts for its lower-case form when that is a word.
   */
  frequentWords?: Array<[string, number]>;
  /**
   * Hunspell directives the caller knowingly leaves out, with the reason (e.g. English
   * COMPOUNDRULE, which only builds ordinal numbers such as "21st").
   */
  allowUnsupported?: Record<string, string>;
}

export interface CompileResult {
  bytes: Uint8Array;
  wordCount: number;
  stateCount: number;
  affix: AffixFile;
}

/** All accepted forms with their kind bits, sorted. */
export function acceptedForms(aff: Uint8Array, dic: Uint8Array, allowUnsupported: Record<string, string> = {}) {
  const affix = parseAffixFile(bytesToByteString(aff));
  if (affix.encoding !== "UTF-8") throw new Error(`only UTF-8 dictionaries are supported, not ${affix.encoding}`);
  const refused = affix.unsupported.filter((name) => !(name in allowUnsupported));
  if (refused.length) throw new Error(`unsupported Hunspell directives: ${refused.join(", ")}`);
  if (affix.keepCase) throw new Error("KEEPCASE is not supported");
  const analyzer = new HunspellAnalyzer(affix, bytesToByteString(dic));
  analyzer.roots.forEach((homonyms) => {
    for (const root of homonyms) {
      if (root.flags.has(affix.forbiddenWord)) throw new Error("FORBIDDENWORD entries are not supported");
    }
  });
  const kinds = new Map<string, number>();
  collectAcceptedForms(analyzer, (word, kind) => {
    kinds.set(word, (kinds.get(word) || 0) | kind);
  });
  const words = Array.from(kinds.keys()).sort();
  return { affix, words, kinds };
}

export function compileDictionary(input: CompileInput): CompileResult {
  const { affix, words, kinds } = acceptedForms(input.aff, input.dic, input.allowUnsupported);
  const charCounts = new Map<string, number>();
  for (const word of words) for (let i = 0; i < word.length; i++) charCounts.set(word[i], (charCounts.get(word[i]) || 0) + 1);
  const alphabet = Array.from(charCounts.keys()).sort(
    (a, b) => (charCounts.get(b) as number) - (charCounts.get(a) as number) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const builder = new DawgBuilder(alphabet);
  for (const word of words) builder.add(word, kinds.get(word) as number);
  const frequentWords = rankFrequentWords(input.frequentWords || [], kinds);
  const bytes = builder.serialize({
    format: 1,
    language: input.language,
    breakPatterns: affix.breakPatterns,
    inputConversions: affix.inputConversions,
    tryChars: affix.tryChars,
    frequentWords: frequentWords.join("\n"),
    source: input.source,
  });
  return { bytes, wordCount: builder.wordCount, stateCount: builder.stateCount, affix };
}

/** "word<TAB>count" lines, most frequent first. */
function rankFrequentWords(pairs: Array<[string, number]>, kinds: Map<string, number>): string[] {
  const counts = new Map<string, number>();
  for (const [form, count] of pairs) {
    let word = form;
    if (!kinds.has(word)) {
      const lower = word.toLowerCase();
      if (!kinds.has(lower)) continue;
      word = lower;
    } else if (word !== word.toLowerCase() && kinds.has(word.toLowerCase())) word = word.toLowerCase();
    counts.set(word, (counts.get(word) || 0) + count);
  }
  return Array.from(counts.keys())
    .sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number) || (a < b ? -1 : a > b ? 1 : 0))
    .map((word) => `${word}\t${counts.get(word)}`);
}
