/**
 * Suggestions: a cost-bounded depth-first search of the word automaton with a weighted
 * Damerau–Levenshtein distance (optimal string alignment) computed row by row along each path,
 * pruned as soon as no completion can stay within the bound.
 *
 * The costs fit how Latvian is mistyped: a missing or wrong diacritic (ā/a, č/c, ģ/g, ķ/k, ļ/l,
 * ņ/n, š/s, ž/z, ē/e, ī/i, ū/u) costs DIACRITIC, far less than any other edit, so a word typed
 * with no diacritics at all gets its restored form first; a transposition is one edit; a letter
 * typed twice or a neighbouring key is a little cheaper than an arbitrary edit. Among candidates
 * of near-equal cost the more frequent form (from the asset's frequency list) comes first.
 */
import { EDGE_KIND_MASK, EDGE_KIND_SHIFT, EDGE_LAST, EDGE_TARGET_MASK, KIND_SUGGESTABLE } from "./dawgFormat";
import { WordAutomaton } from "./dawg";

export const COST = {
  diacritic: 0.12,
  /** A missing diacritic in a word typed with none at all (no Latvian keyboard): barely evidence. */
  diacriticUntyped: 0.08,
  caseOfProperNoun: 0.6,
  neighbourKey: 0.85,
  other: 1,
  omitted: 1,
  omittedDouble: 0.7,
  extra: 1,
  extraDouble: 0.6,
  extraNeighbour: 0.85,
  transposition: 0.7,
};

/** Largest score bonus a frequent word gets over an unknown one (in edit-cost units). */
export const FREQUENCY_WEIGHT = 1.0;

const DIACRITIC_BASE: Record<string, string> = {
  ā: "a",
  č: "c",
  ē: "e",
  ģ: "g",
  ī: "i",
  ķ: "k",
  ļ: "l",
  ņ: "n",
  š: "s",
  ū: "u",
  ž: "z",
  ō: "o",
  ŗ: "r",
};

/** QWERTY rows (Latvian keyboards are QWERTY with AltGr or apostrophe diacritics). */
const KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

function keyPosition(c: string): [number, number] | null {
  for (let r = 0; r < KEYBOARD_ROWS.length; r++) {
    const col = KEYBOARD_ROWS[r].indexOf(c);
    if (col >= 0) return [r, col + r * 0.5];
  }
  return null;
}

function baseLetter(c: string): string {
  const lower = c.toLowerCase();
  if (lower.length !== 1) return c;
  const known = DIACRITIC_BASE[lower];
  if (known) return known;
  const stripped = lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return stripped.length === 1 ? stripped : lower;
}

function areNeighbours(a: string, b: string): boolean {
  const pa = keyPosition(a);
  const pb = keyPosition(b);
  if (!pa || !pb) return false;
  return Math.abs(pa[0] - pb[0]) <= 1 && Math.abs(pa[1] - pb[1]) <= 1 && !(pa[0] === pb[0] && pa[1] === pb[1]);
}

export interface SuggestOptions {
  limit?: number;
  /** Largest edit cost searched; the search widens up to it only while too little is found. */
  maxCost?: number;
  /** Words around the misspelling, to prefer the form that fits the sentence. */
  context?: { previous?: string; next?: string };
  /** Work left for all the searches of one check (see SearchBudget); spent as they run. */
  budget?: SearchBudget;
}

/**
 * What many searches may spend together, in DP cells (automaton edges examined × the word's length
 * + 1). Each search is already bounded by its edge budget; this bounds a whole text's, so a text
 * of hundreds of distinct nonsense words costs no more than a few dozen searches (issue 13).
 */
export interface SearchBudget {
  cells: number;
}

export interface ScoredSuggestion {
  word: string;
  cost: number;
  score: number;
}

/**
 * Most automaton edges one search may examine: keeps the rare long searches (long words, two
 * edits) in the tens of milliseconds; what was found by then is still ranked and returned.
 */
export const DEFAULT_EDGE_BUDGET = 400000;

/** Per-automaton tables shared by all searches. */
export class SuggestionIndex {
  readonly labelChars: string[];
  readonly labelLower: string[];
  readonly labelBase: string[];
  readonly labelIsUpper: Uint8Array;

  constructor(readonly automaton: WordAutomaton) {
    const alphabet = automaton.alphabet;
    this.labelChars = [];
    this.labelLower = [];
    this.labelBase = [];
    this.labelIsUpper = new Uint8Array(alphabet.length);
    for (let i = 0; i < alphabet.length; i++) {
      const c = alphabet[i];
      const lower = c.toLowerCase().length === 1 ? c.toLowerCase() : c;
      this.labelChars.push(c);
      this.labelLower.push(lower);
      this.labelBase.push(baseLetter(lower));
      this.labelIsUpper[i] = lower !== c ? 1 : 0;
    }
  }

  /**
   * 0 for the most frequent word, 1 for the rarest listed one, a little more for a word the list
   * does not have. A form missing from the list borrows the count of the most frequent listed
   * word with the same stem (Latvian inflects at the end: "pienākumā" is about as common as
   * "pienākuma"), a little lowered.
   */
  rarity(word: string): number {
    if (!this.counts) this.loadFrequencies();
    const counts = this.counts as Map<string, number>;
    if (counts.size === 0) return 1;
    const lower = word.toLowerCase();
    let count = counts.get(word);
    if (count === undefined && lower !== word) count = counts.get(lower);
    let penalty = 0;
    if (count === undefined) {
      const stems = this.stemCounts as Map<string, number>;
      for (let cut = STEM_CUT_MIN; cut <= STEM_CUT_MAX && count === undefined; cut++) {
        if (lower.length - cut < STEM_MIN_LENGTH) break;
        count = stems.get(lower.slice(0, lower.length - cut));
      }
      penalty = STEM_PENALTY;
    }
    if (count === undefined) return 1 + UNLISTED_PENALTY;
    // log scale: each factor of e in frequency is worth the same
    return Math.min(1 + UNLISTED_PENALTY, Math.log(this.maxCount / count) / this.logSpread + penalty);
  }

  private counts: Map<string, number> | null = null;
  private stemCounts: Map<string, number> | null = null;
  private maxCount = 1;
  private logSpread = 1;

  /** The header's list: "word<TAB>count" lines, most frequent first (a bare word counts by its rank). */
  private loadFrequencies(): void {
    const counts = new Map<string, number>();
    const stems = new Map<string, number>();
    const list = this.automaton.header.frequentWords;
    let min = Infinity;
    let max = 0;
    if (list) {
      const lines = list.split("\n");
      for (let i = 0; i < lines.length; i++) {
        const tab = lines[i].indexOf("\t");
        const word = tab >= 0 ? lines[i].slice(0, tab) : lines[i];
        const count = tab >= 0 ? Number(lines[i].slice(tab + 1)) : lines.length / (i + 1);
        if (!word || !(count > 0) || counts.has(word)) continue;
        counts.set(word, count);
        if (count < min) min = count;
        if (count > max) max = count;
        const lower = word.toLowerCase();
        for (let cut = STEM_CUT_MIN; cut <= STEM_CUT_MAX; cut++) {
          if (lower.length - cut < STEM_MIN_LENGTH) break;
          const stem = lower.slice(0, lower.length - cut);
          if (!stems.has(stem)) stems.set(stem, count);
        }
      }
    }
    this.counts = counts;
    this.stemCounts = stems;
    this.maxCount = max || 1;
    this.logSpread = max > min ? Math.log(max / min) : 1;
  }
}

/** How much rarer than the rarest listed word an unlisted one is taken to be. */
const UNLISTED_PENALTY = 0.1;

/** Stems for the rank of unlisted forms: the word without its last 1–3 letters, at least 4 left. */
const STEM_CUT_MIN = 1;
const STEM_CUT_MAX = 2;
const STEM_MIN_LENGTH = 5;
const STEM_PENALTY = 0.2;

/**
 * Candidates within `maxCost` of `input` (lower-cased for the search when it is Capitalised or in
 * capitals; the caller restores the case), best score first.
 */
export function searchSuggestions(
  index: SuggestionIndex,
  input: string,
  limit: number,
  maxCost: number,
  caseInsensitive: boolean,
  edgeBudget = DEFAULT_EDGE_BUDGET,
  shared?: SearchBudget,
): ScoredSuggestion[] {
  const automaton = index.automaton;
  const edges = automaton.edges;
  const labels = automaton.labels;
  const labelCount = automaton.alphabet.length;
  const n = input.length;
  const width = n + 1;
  // A text whose shared budget is spent gets no more searches; checked before the tables are built,
  // so each later unknown word costs nothing here (issue 13: thousands of distinct unknown words).
  const allowed = shared ? Math.min(edgeBudget, Math.floor(shared.cells / width)) : edgeBudget;
  if (allowed <= 0) return [];
  const inputLower: string[] = [];
  for (let i = 0; i < n; i++) inputLower.push(input[i].toLowerCase());

  // Substitution cost of input position i by label l.
  const substitution = new Float32Array(n * labelCount);
  for (let i = 0; i < n; i++) {
    const typed = input[i];
    const typedLower = inputLower[i];
    const typedBase = baseLetter(typedLower);
    for (let l = 0; l < labelCount; l++) {
      const c = index.labelChars[l];
      let cost: number;
      if (c === typed) cost = 0;
      else if (index.labelLower[l] === typedLower) cost = caseInsensitive || i > 0 ? 0 : COST.caseOfProperNoun;
      else if (index.labelBase[l] === typedBase) cost = COST.diacritic;
      else if (areNeighbours(index.labelBase[l], typedBase)) cost = COST.neighbourKey;
      else cost = COST.other;
      substitution[i * labelCount + l] = cost;
    }
  }
  // Cost of each typed character being extra (typed twice, or a neighbouring key by mistake).
  const extra = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    if (i > 0 && inputLower[i] === inputLower[i - 1]) extra[i] = COST.extraDouble;
    else if (
      (i > 0 && areNeighbours(baseLetter(inputLower[i]), baseLetter(inputLower[i - 1]))) ||
      (i + 1 < n && areNeighbours(baseLetter(inputLower[i]), baseLetter(inputLower[i + 1])))
    )
      extra[i] = COST.extraNeighbour;
    else extra[i] = COST.extra;
  }

  const maxDepth = n + Math.floor(maxCost / COST.omittedDouble) + 1;
  const rows = new Float32Array((maxDepth + 1) * width);
  const path = new Int32Array(maxDepth + 1); // label at each depth (1-based)
  for (let i = 0; i <= n; i++) rows[i] = i === 0 ? 0 : rows[i - 1] + extra[i - 1];

  const found: ScoredSuggestion[] = [];
  let bound = maxCost;
  const keep = Math.max(limit * 4, 12);
  const rescore = (): void => {
    found.sort((a, b) => a.score - b.score);
    if (found.length > keep) found.length = keep;
    // A word can still overtake the kept ones by its frequency bonus, at most FREQUENCY_WEIGHT.
    if (found.length >= keep) bound = Math.min(bound, found[found.length - 1].cost + FREQUENCY_WEIGHT);
  };

  let edgesLeft = allowed;
  const visit = (state: number, depth: number): void => {
    // depth = length of the path so far; its row is at rows[depth * width]
    for (let e = state; ; e++) {
      if (--edgesLeft < 0) return;
      const edge = edges[e];
      const label = labels[e];
      const d = depth + 1;
      const row = d * width;
      const prev = depth * width;
      const omit = depth > 0 && path[depth] === label ? COST.omittedDouble : COST.omitted;
      rows[row] = rows[prev] + omit;
      let rowMin = rows[row];
      for (let i = 1; i <= n; i++) {
        let best = rows[prev + i - 1] + substitution[(i - 1) * labelCount + label];
        const omitted = rows[prev + i] + omit;
        if (omitted < best) best = omitted;
        const typedExtra = rows[row + i - 1] + extra[i - 1];
        if (typedExtra < best) best = typedExtra;
        if (
          i > 1 &&
          depth > 0 &&
          substitution[(i - 1) * labelCount + path[depth]] === 0 &&
          substitution[(i - 2) * labelCount + label] === 0
        ) {
          const swapped = rows[(depth - 1) * width + i - 2] + COST.transposition;
          if (swapped < best) best = swapped;
        }
        rows[row + i] = best;
        if (best < rowMin) rowMin = best;
      }
      if (rowMin <= bound) {
        path[d] = label;
        const kind = (edge >>> EDGE_KIND_SHIFT) & EDGE_KIND_MASK;
        const cost = rows[row + n];
        if (kind & KIND_SUGGESTABLE && cost <= bound) {
          let word = "";
          for (let k = 1; k <= d; k++) word += index.labelChars[path[k]];
          found.push({ word, cost, score: cost });
          if (found.length >= keep * 2) rescore();
        }
        const target = edge & EDGE_TARGET_MASK;
        if (target !== 0 && d < maxDepth) visit(target, d);
      }
      if (edge & EDGE_LAST) break;
    }
  };
  if (automaton.root !== 0) visit(automaton.root, 0);
  if (shared) shared.cells -= (allowed - Math.max(edgesLeft, 0)) * width;
  for (const item of found) item.score = item.cost + FREQUENCY_WEIGHT * index.rarity(item.word);
  found.sort((a, b) => a.score - b.score || a.cost - b.cost || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return found;
}
