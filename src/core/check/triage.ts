/**
 * The Check view as a triage (issue 17): findings of one cause become one card, cards are grouped
 * by topic (meta.topic: Struktūra, Paraksts, Valoda, …) with what blocks sending first, and a
 * checklist counts each topic. Pure: the pane, and any other front door, shows what this returns.
 *
 * One cause, one card:
 * - every missing signature field (signature-*) → one card listing the fields;
 * - the tone rule's findings in one sentence (a reproach in capitals with "!!!") → one card.
 */
import type { Finding, RuleId, Severity, Topic, UiLanguage } from "../rules/types";
import { TOPICS } from "../rules/types";
import { CATALOGUE_METAS } from "../rules/generated/catalogue";
import { SIGNATURE_FIELD_WORDS } from "../rules/generated/onSendNames";
import type { Span } from "../draft/types";

export type CardKind = "single" | "signature" | "sentence";

export interface FindingCard {
  /** Stable while the findings are the same: the kind and the first finding's place. */
  key: string;
  kind: CardKind;
  topic: Topic;
  /** The gravest severity among the card's findings. */
  severity: Severity;
  /** The findings the card stands for, in text order (one for a "single" card). */
  findings: Finding[];
}

export interface TopicCount {
  topic: Topic;
  /** Cards of error or warning severity; 0 shows ✓ (info is advice, not a failure). */
  count: number;
  /** Some card of this topic is an error (or stopped the send). */
  blocking: boolean;
}

export interface TopicGroup {
  topic: Topic;
  cards: FindingCard[];
}

export interface Triage {
  checklist: TopicCount[];
  /** Groups with error or warning cards, what blocks sending first. */
  groups: TopicGroup[];
  /** Info cards (advice), shown behind a toggle, grouped the same way. */
  info: TopicGroup[];
}

export interface TriageOptions {
  /** The rule's topic; by default from the rule catalogue's metadata. */
  topicOf?: (rule: string) => Topic;
  /** Sentence spans of the draft, for merging one sentence's tone findings. */
  sentences?: readonly Span[];
  /** Rules that stopped the send (the on-send context): their cards come first. */
  firstRules?: readonly string[];
}

const TOPIC_BY_RULE = new Map<string, Topic>(CATALOGUE_METAS.map((m) => [m.id, m.topic]));

/** A rule outside the catalogue (a late or a foreign rule) counts under language, the broadest topic. */
export const DEFAULT_TOPIC: Topic = "language";

export function topicOfRule(rule: string): Topic {
  return TOPIC_BY_RULE.get(rule) ?? DEFAULT_TOPIC;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function gravest(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((worst, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst] ? f.severity : worst), "info");
}

function isSignatureRule(rule: string): boolean {
  return rule.startsWith("signature-") && rule in SIGNATURE_FIELD_WORDS;
}

/** Rules whose findings in one sentence are one cause (shouting, a reproach, "!!!"). */
const SENTENCE_FAMILY = new Set(["tone"]);

function sentenceIndex(sentences: readonly Span[], f: Finding): number {
  return sentences.findIndex((s) => f.start >= s.start && f.start < Math.max(s.end, s.start + 1));
}

function card(kind: CardKind, findings: Finding[], topicOf: (rule: string) => Topic): FindingCard {
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const first = sorted[0];
  return { key: `${kind}:${first.rule}:${first.start}:${first.end}`, kind, topic: topicOf(first.rule), severity: gravest(sorted), findings: sorted };
}

/** Findings → cards: one card per cause (see the module comment), in text order. */
export function findingCards(findings: readonly Finding[], options: Pick<TriageOptions, "topicOf" | "sentences"> = {}): FindingCard[] {
  const topicOf = options.topicOf ?? topicOfRule;
  const sentences = options.sentences ?? [];
  const cards: FindingCard[] = [];
  const signature = findings.filter((f) => isSignatureRule(f.rule));
  const bySentence = new Map<number, Finding[]>();
  for (const f of findings) {
    if (isSignatureRule(f.rule) && signature.length > 1) continue;
    const index = SENTENCE_FAMILY.has(f.rule) ? sentenceIndex(sentences, f) : -1;
    if (index < 0) {
      cards.push(card("single", [f], topicOf));
      continue;
    }
    const list = bySentence.get(index) ?? [];
    list.push(f);
    bySentence.set(index, list);
  }
  for (const list of bySentence.values()) cards.push(card(list.length > 1 ? "sentence" : "single", list, topicOf));
  if (signature.length > 1) cards.push(card("signature", signature, topicOf));
  return cards.sort((a, b) => a.findings[0].start - b.findings[0].start || a.findings[0].end - b.findings[0].end);
}

/** The signature fields a card lists, by their names in the UI language ("vārds un uzvārds", "amats"). */
export function signatureFieldNames(c: FindingCard, lang: UiLanguage): string[] {
  return c.findings.map((f) => SIGNATURE_FIELD_WORDS[f.rule as RuleId]?.[lang] ?? f.rule);
}

/** Cards → the checklist and groups by topic: what blocks sending (or stopped it) first, info apart. */
export function triage(findings: readonly Finding[], options: TriageOptions = {}): Triage {
  const first = new Set(options.firstRules ?? []);
  const stoppedSend = (c: FindingCard) => c.findings.some((f) => first.has(f.rule));
  const rank = (c: FindingCard) => (stoppedSend(c) ? -1 : SEVERITY_RANK[c.severity]);
  const cards = findingCards(findings, options).sort((a, b) => rank(a) - rank(b));
  const grouped = (list: FindingCard[]): TopicGroup[] => {
    const groups = new Map<Topic, FindingCard[]>();
    for (const c of list) groups.set(c.topic, [...(groups.get(c.topic) ?? []), c]);
    // A group ranks by its gravest card (cards are sorted, so the first); ties keep the checklist's order.
    return [...groups.entries()]
      .map(([topic, groupCards]) => ({ topic, cards: groupCards }))
      .sort((a, b) => rank(a.cards[0]) - rank(b.cards[0]) || TOPICS.indexOf(a.topic) - TOPICS.indexOf(b.topic));
  };
  const actionable = cards.filter((c) => c.severity !== "info");
  const checklist = TOPICS.map((topic) => {
    const mine = actionable.filter((c) => c.topic === topic);
    return { topic, count: mine.length, blocking: mine.some((c) => c.severity === "error" || stoppedSend(c)) };
  });
  return { checklist, groups: grouped(actionable), info: grouped(cards.filter((c) => c.severity === "info")) };
}
