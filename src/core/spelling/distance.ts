/**
 * Weighted Damerau–Levenshtein distance (optimal string alignment) with the suggestion costs of
 * suggest.ts: the cost of turning a typed word into a candidate.
 */
import { COST } from "./suggest";

/** The suggestion costs for one pair of words (for the short lists of added words). */
export function weightedDistance(typed: string, candidate: string): number {
  const n = typed.length;
  const m = candidate.length;
  let previous: number[] = [];
  let current: number[] = [];
  let beforePrevious: number[] = [];
  for (let i = 0; i <= n; i++) previous.push(i * COST.extra);
  for (let j = 1; j <= m; j++) {
    current = [j * COST.omitted];
    for (let i = 1; i <= n; i++) {
      const a = typed[i - 1];
      const b = candidate[j - 1];
      let sub = COST.other;
      if (a === b) sub = 0;
      else if (a.toLowerCase() === b.toLowerCase()) sub = COST.caseOfProperNoun;
      else if (a.normalize("NFD")[0].toLowerCase() === b.normalize("NFD")[0].toLowerCase()) sub = COST.diacritic;
      let best = Math.min(previous[i - 1] + sub, previous[i] + COST.omitted, current[i - 1] + COST.extra);
      if (i > 1 && j > 1 && a === candidate[j - 2] && typed[i - 2] === b) {
        best = Math.min(best, beforePrevious[i - 2] + COST.transposition);
      }
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[n];
}
