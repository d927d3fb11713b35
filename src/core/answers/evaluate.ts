/**
 * How well the matcher does on a labelled set of client messages: top-1 and top-3 accuracy over the
 * messages that have an answer, and how often a message with none gets an empty result. The bench
 * (`npm run bench -- answers`) prints these for the development and the test set; a unit test holds
 * the test set to the targets of issue 21.
 */
import { suggestAnswers, type AnswerIndex } from "./match";

export interface LabelledMessage {
  name: string;
  text: string;
  subject?: string;
  /** The answer's id, or null for a message no answer fits. */
  expected: string | null;
}

export interface Evaluation {
  onTopic: number;
  offTopic: number;
  top1: number;
  top3: number;
  /** Off-topic messages that got an empty result. */
  offTopicEmpty: number;
  /** Names of the messages that missed (on-topic not in the top 3, or off-topic given a suggestion). */
  misses: { name: string; expected: string | null; got: string[] }[];
}

export const TARGETS = { top1: 0.85, top3: 0.95, offTopicEmpty: 0.8 } as const;

export function evaluate(index: AnswerIndex, messages: readonly LabelledMessage[]): Evaluation {
  const result: Evaluation = { onTopic: 0, offTopic: 0, top1: 0, top3: 0, offTopicEmpty: 0, misses: [] };
  for (const m of messages) {
    const got = suggestAnswers(index, m.text, { subject: m.subject, limit: 3 }).map((s) => s.id);
    if (m.expected === null) {
      result.offTopic++;
      if (got.length === 0) result.offTopicEmpty++;
      else result.misses.push({ name: m.name, expected: null, got });
      continue;
    }
    result.onTopic++;
    if (got[0] === m.expected) result.top1++;
    if (got.indexOf(m.expected) >= 0) result.top3++;
    if (got[0] !== m.expected) result.misses.push({ name: m.name, expected: m.expected, got });
  }
  return result;
}

/** Shares, 0…1. */
export function rates(e: Evaluation): { top1: number; top3: number; offTopicEmpty: number } {
  return {
    top1: e.onTopic ? e.top1 / e.onTopic : 0,
    top3: e.onTopic ? e.top3 / e.onTopic : 0,
    offTopicEmpty: e.offTopic ? e.offTopicEmpty / e.offTopic : 0,
  };
}
