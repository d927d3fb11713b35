/**
 * The words of a draft that neither dictionary nor context explains (issue 15): what the
 * spelling rule reports, each with the checker that judges it and how sure the finding is.
 *
 *  - Mixed text: inside English, a word the Latvian dictionary accepts is right, and a word with
 *    Latvian letters is judged by the Latvian dictionary ("Gaujas iela", "Ādažu novada
 *    pašvaldība", "Ar cieņu"); British and American spellings are both right (the English
 *    checker's accepts). Inside Latvian, an English name or term is right when it looks quoted —
 *    Capitalised or in capitals, with letters Latvian does not use, next to another English word,
 *    or six letters or longer — and is no cheap typo of a Latvian word; so is a word with letters
 *    neither language has ("séjour").
 *  - Names: a Capitalised word before a street or place word ("Vējupes iela", "Kalngales
 *    ciems"), next to a given name ("Inga Jaunzeme"), or a case form of a name known from the
 *    thread, the signature, the organization or named elsewhere in the text ("Jaunzemei"), is a name.
 *    So is a word after an initial ("D. Kudore") and two unknown Capitalised words side by side
 *    ("Karolīna Silvestrova").
 *  - An unknown Capitalised word in mid-sentence that is not within one edit of a known word, or
 *    one the text uses again, always Capitalised and once in mid-sentence, unless a cheap edit
 *    (missing diacritics, two letters swapped) makes it a known word, is probably a name the
 *    dictionary lacks: `info`, never a warning. No context makes a cheap typo a name.
 */
import type { SearchBudget } from "./suggest";
import { foldDiacritics, isKnownFirstName } from "../lv/names";
import { capType, CapType } from "./caseRules";
import type { SpellChecker } from "./index";
import { weightedDistance } from "./distance";
import { declinedNameForms, nameNominatives } from "./nameForms";
import { spellingWordReader, WordSpan } from "./spellingWords";

/** Search work (DP cells, see SearchBudget) for the suggestions one text's unknown words may ask for: about 250 ordinary searches. */
const NAME_SEARCH_CELLS = 10_000_000;

export interface UnknownWord extends WordSpan {
  /** The checker whose dictionary the word belongs to (for suggestions). */
  judge: SpellChecker;
  /** Probably a proper name the dictionary lacks: at most an `info`. */
  probableName: boolean;
}

export interface KnownVocabulary {
  /** Accepted as written or in lower case. */
  words: ReadonlySet<string>;
  /** Nominatives of known names (their case forms are names too). */
  nameNominatives: ReadonlySet<string>;
}

/** Nouns after which a Capitalised word is the name of a street, place or territory. */
const PLACE_NOUNS = ["iela", "gatve", "prospekts", "bulvāris", "laukums", "novads", "pagasts", "ciems", "pilsēta", "šoseja", "aleja", "krastmala", "dambis", "sēta", "mājas", "skola", "baznīca", "upe", "ezers"];
const PLACE_WORDS = new Set<string>(
  PLACE_NOUNS.reduce<string[]>((all, noun) => all.concat(declinedNameForms(noun)), ["street", "road", "avenue", "square", "municipality", "parish", "county", "city", "town", "village"]),
);
/** Titles next to which a Capitalised word is a surname. */
const HONORIFICS = new Set<string>(["kungs", "kundze", "kungam", "kundzei", "kungu", "kundzi", "kunga", "kundzes", "mr", "ms", "mrs", "dr", "mr.", "ms.", "mrs.", "dr."]);
/** Latvian letters: a word with one of them is Latvian whatever the draft's language. */
const LATVIAN_LETTER = /[āčēģīķļņšūž]/iu;
const FOREIGN_LETTER = /[qwxy]/iu;
/** Latin letters with diacritics that Latvian does not use. */
const NON_LATVIAN_LETTER = /[àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿßőű]/iu;
const LONG_ENGLISH_TERM = 6;
/** A word within this suggestion cost of a known word may be its typo ("one edit"; diacritics are cheap). */
const ONE_EDIT = 1.0;
/**
 * Below this suggestion cost a word is a typo whatever its context: missing diacritics, two letters
 * swapped, a letter doubled or dropped from a double ("Rezeknes", "Kālris", "Vlasts").
 */
const CHEAP_TYPO = 0.75;

function isCapitalised(word: string): boolean {
  return capType(word) === CapType.InitCap;
}

/** Whether the text before `start` ends a sentence, a line or nothing (the word opens a sentence). */
function opensSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "\n") return true;
    if (/\s/u.test(c) || c === "\"" || c === "„" || c === "“" || c === "(" || c === "«") continue;
    return /[.!?:;•–—-]/u.test(c);
  }
  return true;
}

function isGivenName(word: string | undefined): boolean {
  if (!word || !isCapitalised(word)) return false;
  if (isKnownFirstName(word)) return true;
  return nameNominatives(word).some((n) => isKnownFirstName(n));
}

/**
 * Whether a cheap edit turns the word into a known one. Taking away or moving diacritics the writer
 * typed does not count ("Sanī" is no typo of "Sani" or "Sāni"); adding a missing one does.
 */
function hasCheapCorrection(word: string, judge: SpellChecker, budget: SearchBudget): boolean {
  const typedAccents = accentCount(word);
  const lower = word.toLowerCase();
  return judge.suggest(word, { limit: 5, budget }).some(
    (s) =>
      weightedDistance(lower, s.toLowerCase()) < CHEAP_TYPO &&
      !(typedAccents > 0 && accentCount(s) <= typedAccents && foldDiacritics(s).toLowerCase() === foldDiacritics(word).toLowerCase()),
  );
}

function accentCount(word: string): number {
  const m = word.match(/[āčēģīķļņšūž]/giu);
  return m ? m.length : 0;
}

function sharesName(word: string, nominatives: ReadonlySet<string>): boolean {
  if (nominatives.has(word)) return true;
  for (const n of nameNominatives(word)) if (nominatives.has(n)) return true;
  return false;
}

/**
 * The unknown words of `text` written in `language`'s dictionary `main`; `other` is the other
 * language's checker (Latvian inside English, English inside Latvian). With a `limit`, the caller
 * wants at most that many: the text is examined only until twice as many candidates are found (the
 * margin for those that turn out to be names), so a text that is not prose — a pasted blob of
 * thousands of unknown tokens — costs what its first few thousand words cost (issue 13).
 */
export function unknownWords(text: string, main: SpellChecker, other: SpellChecker | undefined, known: KnownVocabulary, limit = Infinity): UnknownWord[] {
  const english = main.language.slice(0, 2) === "en";
  const latvian = english ? other : main;
  // Words are read as they are needed: with a limit, a text of unknown tokens is read only up to
  // its first 2 × limit candidates (and the word after, a candidate's neighbour).
  const spans: WordSpan[] = [];
  const nextWord = spellingWordReader(text);
  const wordAt = (index: number): WordSpan | undefined => {
    while (spans.length <= index) {
      const word = nextWord();
      if (!word) return undefined;
      spans.push(word);
    }
    return spans[index];
  };
  // One search budget for every suggestion this text asks for (issue 13): a text of thousands of
  // distinct unknown words must not run thousands of full searches. Past it, no cheap typo is found.
  const budget: SearchBudget = { cells: NAME_SEARCH_CELLS };
  // A text repeats its words (a signature, a pasted table, "bogus" 27,000 times in an entity flood):
  // each search below depends only on the word and its judge, so it runs once per distinct word.
  const cheapTypos = new Map<string, boolean>();
  const isCheapTypo = (candidate: { span: WordSpan; judge: SpellChecker }): boolean => {
    const key = `${candidate.judge.language}\u0000${candidate.span.word}`;
    let verdict = cheapTypos.get(key);
    if (verdict === undefined) cheapTypos.set(key, (verdict = hasCheapCorrection(candidate.span.word, candidate.judge, budget)));
    return verdict;
  };
  const oneEditAway = new Map<string, boolean>();
  const isOneEditAway = (candidate: { span: WordSpan; judge: SpellChecker }): boolean => {
    const key = `${candidate.judge.language}\u0000${candidate.span.word}`;
    let verdict = oneEditAway.get(key);
    if (verdict === undefined) oneEditAway.set(key, (verdict = candidate.judge.suggest(candidate.span.word, { maxCost: ONE_EDIT, limit: 1, budget }).length > 0));
    return verdict;
  };
  const isKnown = (word: string): boolean => known.words.has(word) || known.words.has(word.toLowerCase());
  const englishWord = (word: string | undefined): boolean =>
    !!word && !english && !!other && !LATVIAN_LETTER.test(word) && other.accepts(word) && !main.accepts(word);

  const candidates: Array<{ span: WordSpan; judge: SpellChecker; index: number }> = [];
  const enough = 2 * limit;
  for (let index = 0; candidates.length < enough; index++) {
    const span = wordAt(index);
    if (!span) break;
    if (main.accepts(span.word) || isKnown(span.word)) continue;
    const previous = index > 0 ? spans[index - 1].word : undefined;
    const after = wordAt(index + 1);
    const next = after ? after.word : undefined;
    for (const part of span.parts || [span]) {
      const word = part.word;
      if (part !== span && (main.accepts(word) || isKnown(word))) continue;
      if (english && latvian) {
        if (latvian.accepts(word) || (span.parts && latvian.accepts(span.word))) continue;
        if (LATVIAN_LETTER.test(word)) {
          candidates.push({ span: part, judge: latvian, index });
          continue;
        }
      }
      if (!english && other && englishWord(word) && !isCheapTypo({ span: part, judge: main })) {
        const type = capType(word);
        if (type === CapType.InitCap || type === CapType.AllCap || type === CapType.HuhInitCap || FOREIGN_LETTER.test(word)) continue;
        // a longer English term ("bookmark", "feedback") is no typo of a Latvian word it is not close to
        if (word.length >= LONG_ENGLISH_TERM || englishWord(previous) || englishWord(next)) continue;
      }
      // letters no Latvian or English word has ("séjour", "Müller"): a quoted foreign word or name
      if (!english && NON_LATVIAN_LETTER.test(word)) continue;
      candidates.push({ span: part, judge: main, index });
    }
  }
  if (!candidates.length) return [];

  // Names by context first, so their other case forms elsewhere in the text are names too.
  const names = new Set<string>(known.nameNominatives);
  const byContext = new Set<number>();
  const capitalisedAt = new Map<number, number>(); // span index -> candidate index, for Capitalised candidates
  candidates.forEach((candidate, i) => {
    if (isCapitalised(candidate.span.word) && candidate.span === spans[candidate.index]) capitalisedAt.set(candidate.index, i);
  });
  const addName = (i: number): void => {
    const word = candidates[i].span.word;
    byContext.add(i);
    names.add(word);
    for (const n of nameNominatives(word)) names.add(n);
  };
  candidates.forEach((candidate, i) => {
    const word = candidate.span.word;
    if (!isCapitalised(word)) return;
    // neighbours count only within the same phrase: nothing but spaces between
    const whole = spans[candidate.index];
    const before = candidate.index > 0 ? spans[candidate.index - 1] : undefined;
    const after = candidate.index + 1 < spans.length ? spans[candidate.index + 1] : undefined;
    const previous = before && /^[ \t\u00a0]+$/u.test(text.slice(before.end, whole.start)) ? before.word : undefined;
    const next = after && /^[ \t\u00a0]+$/u.test(text.slice(whole.end, after.start)) ? after.word : undefined;
    const nextIsPlace = !!next && PLACE_WORDS.has(next.toLowerCase());
    const titled = (!!previous && HONORIFICS.has(previous.toLowerCase())) || (!!next && HONORIFICS.has(next.toLowerCase()));
    // "D. Kudore", "J.Bērziņš": an initial before the word
    // (not a numbered heading: "I. Vispārīgie jautājumi" starts its line)
    const initialled = /[^\n][ \t(]\p{Lu}\.[ \t]?$/u.test(text.slice(Math.max(0, whole.start - 5), whole.start));
    // "Karolīna Silvestrova": two Capitalised words the dictionary lacks, side by side, are one name
    const pairedWith = next !== undefined ? capitalisedAt.get(candidate.index + 1) : undefined;
    if (pairedWith !== undefined && !isCheapTypo(candidates[pairedWith])) addName(pairedWith);
    if ((nextIsPlace || titled || initialled || pairedWith !== undefined || isGivenName(previous) || isGivenName(next)) && !isCheapTypo(candidate)) addName(i);
  });

  // A Capitalised unknown word used more than once, each time Capitalised and once in mid-sentence, is a name.
  const uses = new Map<string, { count: number; midSentence: boolean }>();
  candidates.forEach((candidate) => {
    const word = candidate.span.word;
    if (!isCapitalised(word)) return;
    const use = uses.get(word) || { count: 0, midSentence: false };
    use.count++;
    if (!opensSentence(text, candidate.span.start)) use.midSentence = true;
    uses.set(word, use);
  });
  const lowerCaseUses = new Set(candidates.filter((c) => !isCapitalised(c.span.word)).map((c) => c.span.word));

  const out: UnknownWord[] = [];
  candidates.forEach((candidate, i) => {
    const word = candidate.span.word;
    if (byContext.has(i)) return;
    const capitalised = isCapitalised(word);
    if (capitalised && sharesName(word, names)) return;
    let probableName = false;
    if (capitalised) {
      const use = uses.get(word);
      const recurring = !!use && use.count > 1 && use.midSentence && !lowerCaseUses.has(word.toLowerCase());
      const midSentence = !opensSentence(text, candidate.span.start);
      // a word typed with Latvian letters was not typed without them: no accents-only typo to fear
      if (recurring) probableName = !isCheapTypo(candidate);
      else if (midSentence) probableName = !isOneEditAway(candidate);
    }
    out.push({ ...candidate.span, judge: candidate.judge, probableName });
  });
  return out;
}
