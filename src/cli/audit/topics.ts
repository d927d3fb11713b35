/**
 * Per model answer, how often its topic came in (issue 21): each client message in the exported
 * threads — an incoming message's new text, or the quoted original under a reply — is matched against
 * the library as the Draft view does it. The same client message seen twice (received, and quoted in
 * the reply) counts once: messages are told apart by a hash of their folded text, never by the text.
 */
import { buildAnswerIndex, clientText, suggestAnswers, type AnswerIndex } from "../../core/answers";
import { fold } from "../../core/answers/terms";
import type { OrganizationConfig } from "../../core/config/types";
import { parseDraft } from "../../core/draft";
import { textHash } from "../../core/textHash";
import type { InputDocument } from "../readInput";

export interface TopicHit {
  /** The best-matching answer's id, or null when none fits. */
  answer: string | null;
  /** Hash of the client's folded words: the same message in two files has the same key. */
  key: string;
}

export interface AnswerTally {
  id: string;
  title: string;
  /** Client messages that matched this answer first. */
  messages: number;
}

const indexes = new WeakMap<OrganizationConfig, AnswerIndex>();

function indexFor(config: OrganizationConfig): AnswerIndex {
  let index = indexes.get(config);
  if (!index) indexes.set(config, (index = buildAnswerIndex(config.answers)));
  return index;
}

/** The message's key: its text hash (core/textHash) as 8 hex digits. */
function hash(text: string): string {
  return textHash(text).toString(16).padStart(8, "0");
}

/** The topic of the client's message in a file: its own new text when it came in, else the quoted original. */
export function clientTopic(input: InputDocument, incoming: boolean, config: OrganizationConfig): TopicHit | null {
  if (config.answers.length === 0) return null;
  const text = clientText(parseDraft(input.body, input.format), incoming ? "read" : "compose");
  const words = fold(text).match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  const [best] = suggestAnswers(indexFor(config), text, { limit: 1 });
  return { answer: best ? best.id : null, key: hash(words.join(" ")) };
}

export class TopicTally {
  private readonly seen = new Set<string>();
  private readonly counts = new Map<string, number>();
  /** Client messages no answer fits. */
  unmatched = 0;

  add(hit: TopicHit | null | undefined): void {
    if (!hit || this.seen.has(hit.key)) return;
    this.seen.add(hit.key);
    if (hit.answer === null) this.unmatched += 1;
    else this.counts.set(hit.answer, (this.counts.get(hit.answer) ?? 0) + 1);
  }

  /** Every answer of the library, most asked first (answers nobody asked for are listed with 0). */
  tallies(config: OrganizationConfig): AnswerTally[] {
    return config.answers
      .map((a) => ({ id: a.id, title: a.title, messages: this.counts.get(a.id) ?? 0 }))
      .sort((a, b) => b.messages - a.messages || (a.id < b.id ? -1 : 1));
  }
}
