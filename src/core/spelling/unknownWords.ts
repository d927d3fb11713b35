/**
 * The words of a draft that neither dictionary nor context explains (issue 15): what the
 * spelling rule reports, each with the checker that judges it and how sure the finding is.
 *
 *  - Mixed text: inside English, a word the Latvian dictionary accepts is right, and a word with
 *    Latvian letters is judged by the Latvian dictionary ("Gaujas iela", "Ādažu novada
 *    pašvaldība", "Ar cieņu"); British and American spellings are both right (the English
 *    checker's accepts). Inside Latvian, an English name or term is right when it looks quoted:
 *    Capitalised or in capitals, with letters Latvian does not use, or next to another English word.
 *  - Names: a Capitalised word before a street or place word ("Vējupes iela", "Kalngales
 *    ciems"), next to a given name ("Inga Jaunzeme"), or a case form of a name known from the
 *    thread, the signature, the organization or named elsewhere in the text ("Jaunzemei"), is a name.
 *  - An unknown Capitalised word in mid-sentence that is not within one edit of a known word is
 *    probably a name the dictionary lacks: reported as `info`, never as a warning.
 */
import { isKnownFirstName } from "../lv/names";
import { capType, CapType } from "./caseRules";
import type { SpellChecker } from "./index";
import { declinedNameForms, nameNominatives } from "./nameForms";
import { spellingWords, WordSpan } from "./spellingWords";

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
/** A word within this suggestion cost of a known word may be its typo ("one edit"; diacritics are cheap). */
const ONE_EDIT = 1.0;

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

function sharesName(word: string, nominatives: ReadonlySet<string>): boolean {
  if (nominatives.has(word)) return true;
  for (const n of nameNominatives(word)) if (nominatives.has(n)) return true;
  return false;
}

/**
 * The unknown words of `text` written in `language`'s dictionary `main`; `other` is the other
 * language's checker (Latvian inside English, English inside Latvian).
 */
export function unknownWords(text: string, main: SpellChecker, other: SpellChecker | undefined, known: KnownVocabulary): UnknownWord[] {
  const english = main.language.slice(0, 2) === "en";
  const latvian = english ? other : main;
  const spans = spellingWords(text);
  const isKnown = (word: string): boolean => known.words.has(word) || known.words.has(word.toLowerCase());
  const englishWord = (word: string | undefined): boolean =>
    !!word && !english && !!other && !LATVIAN_LETTER.test(word) && other.accepts(word) && !main.accepts(word);

  const candidates: Array<{ span: WordSpan; judge: SpellChecker; index: number }> = [];
  spans.forEach((span, index) => {
    if (main.accepts(span.word) || isKnown(span.word)) return;
    const previous = index > 0 ? spans[index - 1].word : undefined;
    const next = index + 1 < spans.length ? spans[index + 1].word : undefined;
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
      if (!english && other && englishWord(word)) {
        const type = capType(word);
        if (type === CapType.InitCap || type === CapType.AllCap || type === CapType.HuhInitCap || FOREIGN_LETTER.test(word)) continue;
        if (englishWord(previous) || englishWord(next)) continue;
      }
      candidates.push({ span: part, judge: main, index });
    }
  });
  if (!candidates.length) return [];

  // Names by context first, so their other case forms elsewhere in the text are names too.
  const names = new Set<string>(known.nameNominatives);
  const byContext = new Set<number>();
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
    if (nextIsPlace || titled || isGivenName(previous) || isGivenName(next)) {
      byContext.add(i);
      names.add(word);
      for (const n of nameNominatives(word)) names.add(n);
    }
  });

  const out: UnknownWord[] = [];
  candidates.forEach((candidate, i) => {
    const word = candidate.span.word;
    if (byContext.has(i)) return;
    const capitalised = isCapitalised(word);
    if (capitalised && sharesName(word, names)) return;
    const probableName =
      capitalised &&
      !opensSentence(text, candidate.span.start) &&
      candidate.judge.suggest(word, { maxCost: ONE_EDIT, limit: 1 }).length === 0;
    out.push({ ...candidate.span, judge: candidate.judge, probableName });
  });
  return out;
}
