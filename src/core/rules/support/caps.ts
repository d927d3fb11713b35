/**
 * Words written in capitals, for two rules that must agree on them: `abbreviation` (an acronym such
 * as "VID" or "NĪN" must be explained) and `tone` (ordinary words in capitals read as shouting).
 *
 * Without a dictionary at hand the two are told apart by length and by context: a capitalised word
 * of two to six letters is an acronym unless it is a common short word that people type in capitals
 * for emphasis ("NAV", "TIKAI", "NOT"); longer capitalised words are ordinary words; and in a run of
 * capitalised words that shouts ("LŪDZU IEVĒROJIET TERMIŅU") every word belongs to `tone`.
 */
import type { Draft, Span, Token } from "../../draft/types";
import { makeSpanCursor } from "./structure";
import { proseOf } from "./prose";
import { LONG_KNOWN_ACRONYMS } from "./acronyms";

/** A word of at least two letters, all of them capitals ("VID", "LŪDZU"; not "Jūs", "e-ID", "A"). */
export function isAllCapsWord(word: string): boolean {
  if (word.length < 2) return false;
  // Most words fail on their second letter; this runs for every word of the draft.
  const second = word.charCodeAt(1);
  if (second >= 0x61 && second <= 0x7a) return false;
  if (word.indexOf("-") >= 0 || word.indexOf("'") >= 0 || word.indexOf("’") >= 0) return false;
  // Every character a capital: it has a small form and is not it (no uncased letters or marks).
  for (const ch of word) if (ch === ch.toLowerCase()) return false;
  return true;
}

/** A single capital letter ("A", "I"): neither breaks a run of capitals nor counts in it. */
function isSingleCapital(word: string): boolean {
  return word.length === 1 && word !== word.toLowerCase();
}

/**
 * Common short words (up to six letters) that writers put in capitals for emphasis, Latvian and
 * English. They are never acronyms; in a run of capitals they count as shouting.
 */
export const EMPHASIS_WORDS: ReadonlySet<string> = new Set([
  // Latvian: particles, pronouns, conjunctions, prepositions, short verbs and adverbs
  "NAV", "NĒ", "JĀ", "UN", "VAI", "BET", "JO", "KA", "KO", "KAS", "KUR", "KAD", "KĀ", "KĀDĒĻ", "KĀPĒC",
  "TAS", "TĀ", "TO", "TIE", "TĀS", "ŠIS", "ŠĪ", "ŠO", "ŠIE", "ŠĪS", "MĒS", "JŪS", "JUMS", "JŪSU", "MUMS",
  "MŪSU", "TU", "TEV", "TEVI", "VIŅŠ", "VIŅA", "VIŅI", "IR", "BIJA", "BŪS", "BŪT", "BŪTU", "TIKS", "TIEK",
  "TIKA", "VAR", "VARAT", "NEVAR", "DRĪKST", "LŪDZU", "ĻOTI", "TIKAI", "ARĪ", "JAU", "VĒL", "PAT", "TŪLĪT",
  "UZREIZ", "NEKAD", "VISI", "VISU", "VISS", "VISAS", "ŠODIEN", "RĪT", "VAKAR", "TAGAD", "NE", "PAR", "UZ",
  "NO", "AR", "PIE", "LĪDZ", "PĒC", "PIRMS", "BEZ", "AIZ", "PRET", "DĒĻ", "LAI", "JA", "TAD", "LABI",
  "DROŠI", "NEKĀ", "NEKAS", "VĒRĀ", "ŅEMIET", "EIRO", "DIENU", "DIENA", "LAIKĀ", "LAIKU", "NU", "GAN",
  // English
  "NOT", "YES", "ALL", "ANY", "NOW", "MUST", "ONLY", "NEVER", "DO", "DONT", "THE", "AND", "OR", "YOU",
  "YOUR", "WE", "OUR", "IS", "ARE", "BE", "WILL", "CAN", "NOTE", "READ", "THIS", "THAT", "TO", "OF", "IN",
  "ON", "AT", "FOR", "WITH", "BY", "BUT", "IF", "SO", "VERY", "MUCH", "MORE", "HAVE", "HAS", "WAS", "WERE",
  "WHY", "HOW", "WHAT", "WHEN", "HERE", "STOP", "FREE", "DUE", "LATE", "SEE", "NEW", "KEEP", "SEND", "GET",
  "PLEASE", "AGAIN", "MY", "ME", "AN", "AS",
]);

/** Legal forms that open a company name, which is often written in capitals ("SIA ĀDAŽU ŪDENS"). */
const LEGAL_FORMS: ReadonlySet<string> = new Set(["SIA", "AS", "VSIA", "PSIA", "IK", "KS", "ZS", "BO", "UAB", "OÜ", "LTD"]);

/** How long a word in capitals can be and still be taken for an acronym. */
export const MAX_ACRONYM_LENGTH = 6;

/** Could this word be an acronym, judged by itself? (Context may still make it shouting.) */
export function looksLikeAcronym(word: string): boolean {
  return isAllCapsWord(word) && word.length <= MAX_ACRONYM_LENGTH && !EMPHASIS_WORDS.has(word);
}

/**
 * Does this capitalised word read as an ordinary word in capitals: a common short word, or a word
 * of five letters or more that is not a known acronym ("IEVĒROJIET", "LŪDZU", "TERMIŅU")?
 */
function isOrdinaryInCaps(word: string, knownAcronyms: ReadonlySet<string>): boolean {
  if (EMPHASIS_WORDS.has(word)) return true;
  return word.length >= 5 && !knownAcronyms.has(word);
}

export interface ShoutingSpan extends Span {
  /** Number of capitalised words in the span. */
  words: number;
}

/** Capitalised words of one sentence, as a run (no word with a small letter in between). */
interface CapsRun {
  first: number;
  last: number;
  words: number;
  ordinary: number;
  /** The run opens with a legal form: the capitals after it are a company's name ("SIA ĀDAŽU ŪDENS"). */
  companyName: boolean;
}

const shoutingCache = new WeakMap<Draft, ShoutingSpan[]>();

/**
 * Text that shouts in the draft's prose (support/prose.ts): a run of two or more capitalised words of
 * which at least two are ordinary words, or a sentence mostly in capitals (then the span covers its
 * capitalised part). Runs in quotation marks, and company names after a legal form ("SIA …"), are
 * names rather than shouting. Sorted; linear in the number of tokens; computed once per draft.
 */
export function shoutingSpans(draft: Draft): readonly ShoutingSpan[] {
  let spans = shoutingCache.get(draft);
  if (!spans) {
    spans = findShouting(draft, LONG_KNOWN_ACRONYMS);
    shoutingCache.set(draft, spans);
  }
  return spans;
}

/** `knownAcronyms`: acronyms of five letters or more ("VARAM") that are not shouted words. */
function findShouting(draft: Draft, knownAcronyms: ReadonlySet<string>): ShoutingSpan[] {
  const spans: ShoutingSpan[] = [];
  const prose = proseOf(draft);
  const quoted = makeSpanCursor(prose.quotations);
  const tokens = draft.tokens;
  for (const sentence of draft.sentences) {
    if (sentence.start >= prose.end) break;
    const runs: CapsRun[] = [];
    let current: CapsRun | null = null;
    let words = 0;
    let capsWords = 0;
    let ordinaryCaps = 0;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const t: Token = tokens[i];
      if (t.end > prose.end) break;
      if (t.kind !== "word") continue;
      words++;
      if (!isAllCapsWord(t.text) || quoted(t.start)) {
        // A single capital ("A", "I") neither breaks a run nor counts; a word with small letters ends it.
        if (isSingleCapital(t.text)) continue;
        current = null;
        continue;
      }
      capsWords++;
      const ordinary = isOrdinaryInCaps(t.text, knownAcronyms);
      if (ordinary) ordinaryCaps++;
      if (current === null) {
        current = { first: i, last: i, words: 1, ordinary: ordinary ? 1 : 0, companyName: LEGAL_FORMS.has(t.text) };
        runs.push(current);
      } else {
        current.last = i;
        current.words++;
        if (ordinary) current.ordinary++;
      }
    }
    if (words >= 3 && capsWords * 3 >= words * 2 && ordinaryCaps >= 2) {
      const shouting = runs.filter((r) => r.ordinary > 0 && !r.companyName);
      if (shouting.length > 0) {
        const first = shouting[0].first;
        const last = shouting[shouting.length - 1].last;
        spans.push({ start: tokens[first].start, end: tokens[last].end, words: capsWords });
        continue;
      }
    }
    for (const r of runs) {
      if (r.words >= 2 && r.ordinary >= 2 && !r.companyName) spans.push({ start: tokens[r.first].start, end: tokens[r.last].end, words: r.words });
    }
  }
  return spans;
}
