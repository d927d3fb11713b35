/**
 * Ranks an organization's model answers against a client's message, locally (issue 21).
 *
 * Each answer is a handful of documents: its title and its example questions. A message is cut into
 * windows — each sentence, and each pair of neighbouring sentences — so a long, rambling message is
 * scored by its best part, not diluted by its whole (the question is often in the middle). A window
 * and a document are compared as TF-IDF vectors of stems and character n-grams (terms.ts), cosine
 * similarity; an answer's score is its best window against its best document. Below a threshold
 * tuned on a development set (test/fixtures/answers/dev) nothing is returned: a confident wrong
 * answer is worse than none.
 */
import { splitSentences } from "../draft/sentences";
import { grams, terms, type Term } from "./terms";

/** What matching needs of an answer (config's ModelAnswer has more). */
export interface MatchableAnswer {
  id: string;
  title: string;
  questions: readonly string[];
  en?: { title?: string };
}

export interface AnswerMatch {
  id: string;
  title: string;
  /** 0…1: the cosine similarity of the best window of the message and the best example question. */
  score: number;
  why: {
    /** The client's words that matched, as written. */
    terms: string[];
    /** The part of the message that matched best. */
    sentence: string;
    /** The example question (or title) it matched. */
    question: string;
  };
}

/**
 * The top answer must reach MATCH_THRESHOLD; further answers are listed from RUNNER_UP_THRESHOLD
 * (a second guess is useful once the first is confident). Tuned on the development set only;
 * docs/admin.md and the bench report the test set's figures.
 */
export const MATCH_THRESHOLD = 0.15;
export const RUNNER_UP_THRESHOLD = 0.08;

/** A word's own stem counts as much as all of its n-grams together. */
const STEM_WEIGHT = 1;
const GRAMS_WEIGHT = 1;

/** The score of a match that rests on one shared word. */
const SINGLE_TERM_FACTOR = 0.4;

type Vector = Map<string, number>;

interface Doc {
  answer: number;
  text: string;
  /** The title and all questions together (not one the client's words can be shown against). */
  whole: boolean;
  vector: Vector;
  norm: number;
}

export interface AnswerIndex {
  answers: readonly MatchableAnswer[];
  docs: Doc[];
  /** feature → [doc index, weight] pairs. */
  postings: Map<string, [number, number][]>;
  idf: Map<string, number>;
  unknownIdf: number;
}

function termFrequencies(list: readonly Term[]): Vector {
  const tf: Vector = new Map();
  const add = (key: string, w: number) => tf.set(key, (tf.get(key) ?? 0) + w);
  for (const t of list) {
    add(`w:${t.stem}`, STEM_WEIGHT);
    const g = grams(t.stem);
    for (const gram of g) add(`g:${gram}`, GRAMS_WEIGHT / g.length);
  }
  return tf;
}

function weigh(tf: Vector, idf: Map<string, number>, unknownIdf: number): { vector: Vector; norm: number } {
  const vector: Vector = new Map();
  let sum = 0;
  tf.forEach((w, key) => {
    const v = w * (idf.get(key) ?? unknownIdf);
    vector.set(key, v);
    sum += v * v;
  });
  return { vector, norm: Math.sqrt(sum) };
}

/** Builds the index once per library (the pane and the CLI keep it while the library is the same). */
export function buildAnswerIndex(answers: readonly MatchableAnswer[]): AnswerIndex {
  const raw: { answer: number; text: string; tf: Vector; whole?: boolean }[] = [];
  answers.forEach((a, i) => {
    const texts = [a.title].concat(a.en?.title ? [a.en.title] : [], a.questions);
    for (const text of texts) raw.push({ answer: i, text, tf: termFrequencies(terms(text)) });
    // All of them together, too: a client's sentence may combine words of several example questions.
    raw.push({ answer: i, text: texts.join(" "), tf: termFrequencies(terms(texts.join(" "))), whole: true });
  });
  // Document frequency counts answers, not questions: ten phrasings of one topic make no word common.
  const df = new Map<string, number>();
  answers.forEach((_, i) => {
    const seen = new Set<string>();
    for (const d of raw) if (d.answer === i) d.tf.forEach((_w, key) => seen.add(key));
    seen.forEach((key) => df.set(key, (df.get(key) ?? 0) + 1));
  });
  const n = Math.max(1, answers.length);
  const idf = new Map<string, number>();
  df.forEach((count, key) => idf.set(key, Math.log(1 + n / count)));
  const unknownIdf = Math.log(1 + n);
  const docs: Doc[] = [];
  const postings = new Map<string, [number, number][]>();
  for (const d of raw) {
    const { vector, norm } = weigh(d.tf, idf, unknownIdf);
    if (norm === 0) continue;
    const index = docs.length;
    docs.push({ answer: d.answer, text: d.text, whole: d.whole === true, vector, norm });
    vector.forEach((w, key) => {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push([index, w]);
    });
  }
  return { answers, docs, postings, idf, unknownIdf };
}

interface Window {
  text: string;
  terms: Term[];
}

/** A sentence of the message (or its subject) with its vector and its dot products with the documents. */
interface Unit extends Window {
  vector: Vector;
  norm2: number;
  dots: Float64Array;
}

function unit(index: AnswerIndex, text: string): Unit | null {
  const found = terms(text);
  if (found.length === 0) return null;
  const { vector, norm } = weigh(termFrequencies(found), index.idf, index.unknownIdf);
  const dots = new Float64Array(index.docs.length);
  vector.forEach((v, key) => {
    const list = index.postings.get(key);
    if (list) for (const [doc, weight] of list) dots[doc] += v * weight;
  });
  return { text: text.trim(), terms: found, vector, norm2: norm * norm, dots };
}

function crossProduct(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  small.forEach((v, key) => {
    const w = large.get(key);
    if (w !== undefined) sum += v * w;
  });
  return sum;
}

/**
 * Each sentence, each pair of neighbouring sentences and the subject line. A pair's vector is the sum
 * of its sentences' vectors, so its dot products and norm come from theirs without a second pass over
 * the postings (the 20 ms budget of issue 21).
 */
function* windows(index: AnswerIndex, text: string, subject?: string): Generator<{ window: Window; dots: Float64Array; norm: number }> {
  const units: Unit[] = [];
  for (const s of splitSentences(text)) {
    const u = unit(index, text.slice(s.start, s.end));
    if (u) units.push(u);
  }
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    yield { window: u, dots: u.dots, norm: Math.sqrt(u.norm2) };
    const next = units[i + 1];
    if (!next) continue;
    const dots = new Float64Array(u.dots.length);
    for (let d = 0; d < dots.length; d++) dots[d] = u.dots[d] + next.dots[d];
    const norm = Math.sqrt(u.norm2 + next.norm2 + 2 * crossProduct(u.vector, next.vector));
    yield { window: { text: `${u.text} ${next.text}`, terms: u.terms.concat(next.terms) }, dots, norm };
  }
  const s = subject ? unit(index, subject.replace(/^\s*((re|fw|fwd|atb|pārs|ответ)\s*:\s*)+/i, "")) : null;
  if (s) yield { window: s, dots: s.dots, norm: Math.sqrt(s.norm2) };
}

interface Best {
  score: number;
  window: Window;
  doc: Doc;
}

export interface RankOptions {
  /** The message's subject line, scored as one more window. */
  subject?: string;
  /** Leave this document out (config check's leave-one-out test of overlapping answers). */
  skip?: { answer: number; text: string };
}

/** Every answer's best score against the message, best first, with no threshold applied. */
export function rankAnswers(index: AnswerIndex, text: string, options: RankOptions = {}): { answer: number; best: Best }[] {
  const bestByAnswer = new Map<number, Best>();
  for (const { window, dots, norm } of windows(index, text, options.subject)) {
    if (norm === 0) continue;
    for (let docIndex = 0; docIndex < dots.length; docIndex++) {
      const dot = dots[docIndex];
      if (dot <= 0) continue;
      const doc = index.docs[docIndex];
      if (options.skip && options.skip.answer === doc.answer && (doc.whole || options.skip.text === doc.text)) continue;
      const score = dot / (norm * doc.norm);
      const prev = bestByAnswer.get(doc.answer);
      if (!prev || score > prev.score) bestByAnswer.set(doc.answer, { score, window, doc });
    }
  }
  const ranked: { answer: number; best: Best }[] = [];
  bestByAnswer.forEach((best, answer) => {
    // One shared word is weak evidence: a short sentence and a short question that share only
    // "pieteikt" or "nestrādā" look alike to the cosine, yet rarely ask the same thing. (Scores that
    // could not be shown anyway are left as they are: this is the costliest step.)
    if (best.score >= RUNNER_UP_THRESHOLD && matchedTerms(best.window, best.doc).length < 2) best.score *= SINGLE_TERM_FACTOR;
    ranked.push({ answer, best });
  });
  ranked.sort((a, b) => b.best.score - a.best.score || a.answer - b.answer);
  return ranked;
}

/** The window's words that share a stem, or most of their n-grams, with the matched document. */
function matchedTerms(window: Window, doc: Doc): string[] {
  const out: string[] = [];
  for (const t of window.terms) {
    const g = grams(t.stem);
    const shared = g.filter((gram) => doc.vector.has(`g:${gram}`)).length;
    if ((doc.vector.has(`w:${t.stem}`) || shared * 2 >= g.length) && out.indexOf(t.word) < 0) out.push(t.word);
  }
  return out;
}

export interface SuggestOptions extends RankOptions {
  /** At most this many matches (default 3). */
  limit?: number;
}

/** The answers that fit the message, best first; empty when none fits well enough. */
export function suggestAnswers(index: AnswerIndex, text: string, options: SuggestOptions = {}): AnswerMatch[] {
  const limit = options.limit ?? 3;
  const ranked = rankAnswers(index, text, options);
  if (ranked.length === 0 || ranked[0].best.score < MATCH_THRESHOLD) return [];
  return ranked
    .filter((r) => r.best.score >= RUNNER_UP_THRESHOLD)
    .slice(0, limit)
    .map(({ answer, best }) => ({
      id: index.answers[answer].id,
      title: index.answers[answer].title,
      score: Math.round(best.score * 1000) / 1000,
      why: { terms: matchedTerms(best.window, best.doc), sentence: best.window.text, question: best.doc.text },
    }));
}
