/**
 * The on-send decision (Smart Alerts), as plain data: from the findings of the core checker and the
 * organization's onSend settings to "send" or "stop, and say this". No Office.js here — onSend.ts turns
 * a decision into event.completed(...) — so every branch is unit-tested.
 *
 * Requirement sets (what a client can show): Smart Alerts itself is Mailbox 1.12; cancelLabel,
 * commandId, contextData and sendModeOverride are 1.14; errorMessageMarkdown is 1.15.
 */
import type { Finding, RuleId, UiLanguage } from "../core/rules/types";
import type { OnSendSettings } from "../core/config/types";
import type { Profile } from "../core/standard/types";
import { GOOD_PRACTICE, shortName } from "../core/standard";
import { MISSING_WORDS, PROBLEM_WORDS, SIGNATURE_FIELD_WORDS } from "../core/rules/generated/onSendNames";

/** The manifest's compose button (the task pane) that the dialog's button opens on Mailbox 1.14+. */
export const CHECK_COMMAND_ID = "atbildeCheckDraftButton";

/** Outlook shows at most this many characters of errorMessage (and of errorMessageMarkdown). */
export const ERROR_MESSAGE_LIMIT = 500;
/** Outlook's limit for cancelLabel. */
export const CANCEL_LABEL_LIMIT = 20;
/** Our own limit for contextData (UTF-8 bytes): small enough for every client that passes it on. */
export const CONTEXT_DATA_LIMIT = 3500;

export type SendScope = "full" | "internal" | "nothing-new";

export interface OnSendInput {
  findings: readonly Finding[];
  scope: SendScope;
  onSend: OnSendSettings;
  /** Whether the client supports a Mailbox requirement set version, e.g. "1.14". */
  supports: (version: string) => boolean;
  lang: UiLanguage;
  /** The active standard, for the clause labels in the message. */
  profile: Profile;
}

export type AllowReason = "mode-off" | "internal" | "nothing-new" | "clean" | "warnings-send" | "warn-unsupported";

export interface AllowDecision {
  allow: true;
  reason: AllowReason;
}

export interface StopDecision {
  allow: false;
  /** "block": the employee must fix the draft; "prompt": Outlook offers "Send Anyway" (1.14+). */
  kind: "block" | "prompt";
  errorMessage: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  /** JSON text: { findings: [...] } for the task pane's Check view (getInitializationContextAsync). */
  contextData?: string;
  sendModeOverride?: "promptUser";
  /** The findings the message is about. */
  findings: Finding[];
}

export type OnSendDecision = AllowDecision | StopDecision;

const TEXT = {
  lv: {
    missing: "Atbildē trūkst:",
    inSignature: "parakstā",
    fix: "Jālabo:",
    review: "Ieteicams pārskatīt:",
    more: (n: number) => `un vēl ${n}`,
    blockTail: "Papildiniet atbildi un sūtiet vēlreiz.",
    promptTail: "Varat vispirms pārbaudīt atbildi vai sūtīt to tāpat.",
    cancelLabel: "Pārbaudīt",
    clause: (profile: string, numbers: string[]) => `${profile}, ${numbers.map((n) => `${n}.`).join(", ")} p.`,
    goodPractice: "laba prakse",
  },
  en: {
    missing: "The reply is missing:",
    inSignature: "in the signature",
    fix: "To fix:",
    review: "Worth a look:",
    more: (n: number) => `and ${n} more`,
    blockTail: "Complete the reply and send it again.",
    promptTail: "You can check the reply first or send it anyway.",
    cancelLabel: "Check",
    clause: (profile: string, numbers: string[]) => `${profile}, cl. ${numbers.join(", ")}`,
    goodPractice: "good practice",
  },
} as const;

function clauseText(clause: string, profile: Profile, lang: UiLanguage): string {
  if (!clause || clause === GOOD_PRACTICE) return TEXT[lang].goodPractice;
  return TEXT[lang].clause(shortName(profile), clause.split(/,\s*/));
}

/** Findings whose errors stop the send: errors of the configured rules, and spelling when asked for. */
export function stoppingFindings(findings: readonly Finding[], onSend: OnSendSettings): Finding[] {
  const rules = new Set<string>(onSend.rules);
  return findings.filter((f) => {
    // Spelling is a warning by default; an organization that turns on spelling on send wants typos held.
    if (f.rule === "spelling") return onSend.spelling;
    return f.severity === "error" && rules.has(f.rule);
  });
}

/** Findings worth a prompt: warnings, and errors of rules that do not stop a send. */
export function cautionFindings(findings: readonly Finding[], onSend: OnSendSettings): Finding[] {
  const stopping = new Set(stoppingFindings(findings, onSend));
  return findings.filter((f) => !stopping.has(f) && f.severity !== "info" && (f.rule !== "spelling" || onSend.spelling));
}

interface MessagePart {
  /** "Atbildē trūkst:" / "Jālabo:" … */
  head: string;
  /** One entry per rule group, each with its clause. */
  items: string[];
}

const SEVERITY_RANK: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

/** Groups findings into the message's parts: missing things first, then problems, each with its clause. */
function messageParts(findings: readonly Finding[], profile: Profile, lang: UiLanguage, headForProblems: string): MessagePart[] {
  const t = TEXT[lang];
  const missing: string[] = [];
  const problems: string[] = [];

  // Signature fields: one entry per clause, "tālrunis, tīmekļvietne parakstā (Ādaži 2023, 9.4. p.)".
  const signatureByClause = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const f of findings) {
    const word = SIGNATURE_FIELD_WORDS[f.rule as RuleId];
    if (!word || seen.has(f.rule)) continue;
    seen.add(f.rule);
    const list = signatureByClause.get(f.clause) ?? [];
    list.push(word[lang]);
    signatureByClause.set(f.clause, list);
  }

  for (const f of findings) {
    const word = MISSING_WORDS[f.rule as RuleId];
    if (!word || seen.has(f.rule)) continue;
    seen.add(f.rule);
    missing.push(`${word[lang]} (${clauseText(f.clause, profile, lang)})`);
  }
  signatureByClause.forEach((words, clause) => missing.push(`${words.join(", ")} ${t.inSignature} (${clauseText(clause, profile, lang)})`));

  const counts = new Map<string, { finding: Finding; count: number }>();
  for (const f of findings) {
    if (seen.has(f.rule)) continue;
    const entry = counts.get(f.rule);
    if (entry) entry.count += 1;
    else counts.set(f.rule, { finding: f, count: 1 });
  }
  // Most important first: errors before warnings before notes, then in the order they appear.
  const ranked: { finding: Finding; count: number }[] = [];
  counts.forEach((entry) => ranked.push(entry));
  ranked
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => SEVERITY_RANK[a.entry.finding.severity] - SEVERITY_RANK[b.entry.finding.severity] || a.order - b.order)
    .forEach(({ entry: { finding, count } }) => {
      const word = PROBLEM_WORDS[finding.rule as RuleId];
      const name = word ? word[lang] : finding.rule;
      problems.push(`${name}${count > 1 ? ` (${count})` : ""} (${clauseText(finding.clause, profile, lang)})`);
    });

  const parts: MessagePart[] = [];
  if (missing.length) parts.push({ head: t.missing, items: missing });
  if (problems.length) parts.push({ head: headForProblems, items: problems });
  return parts;
}

/**
 * The longest message that fits Outlook's limit: all items if they fit, else the first k items with
 * "un vēl N" / "and N more" on the last part kept. Never longer than the limit.
 */
function fitToLimit(parts: MessagePart[], lang: UiLanguage, render: (parts: MessagePart[]) => string): string {
  const flat: { part: number; item: string }[] = [];
  parts.forEach((p, i) => p.items.forEach((item) => flat.push({ part: i, item })));
  for (let keep = flat.length; keep >= 1; keep--) {
    const kept: MessagePart[] = [];
    for (const { part, item } of flat.slice(0, keep)) {
      const last = kept[kept.length - 1];
      if (last && last.head === parts[part].head) last.items.push(item);
      else kept.push({ head: parts[part].head, items: [item] });
    }
    if (keep < flat.length) kept[kept.length - 1].items.push(TEXT[lang].more(flat.length - keep));
    const text = render(kept);
    if (text.length <= ERROR_MESSAGE_LIMIT) return text;
  }
  const text = render(parts);
  return text.length > ERROR_MESSAGE_LIMIT ? `${text.slice(0, ERROR_MESSAGE_LIMIT - 1)}…` : text;
}

function plainMessage(parts: MessagePart[], tail: string): string {
  return [...parts.map((p) => `${p.head} ${p.items.join("; ")}.`), tail].join(" ");
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_[\]`#]/g, (c) => `\\${c}`);
}

function markdownMessage(parts: MessagePart[], tail: string): string {
  const blocks = parts.map((p) => `**${escapeMarkdown(p.head)}**\n${p.items.map((i) => `- ${escapeMarkdown(i)}`).join("\n")}`);
  return [...blocks, escapeMarkdown(tail)].join("\n\n");
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * contextData for the task pane: { findings: [{ rule, clause, severity, message, excerpt }] },
 * messages and excerpts shortened, and findings dropped from the end until it fits the limit.
 */
export function contextDataFor(findings: readonly Finding[], limit: number = CONTEXT_DATA_LIMIT): string {
  const items = findings.slice(0, 50).map((f) => ({
    rule: f.rule,
    clause: f.clause,
    severity: f.severity,
    message: clip(f.message, 200),
    excerpt: clip(f.excerpt, 60),
  }));
  let json = JSON.stringify({ findings: items });
  while (utf8Length(json) > limit && items.length > 0) {
    items.pop();
    json = JSON.stringify({ findings: items });
  }
  return json;
}

function stop(kind: "block" | "prompt", findings: Finding[], input: OnSendInput, head: string, tail: string): StopDecision {
  const { lang, supports, profile } = input;
  const parts = messageParts(findings, profile, lang, head);
  const decision: StopDecision = {
    allow: false,
    kind,
    errorMessage: fitToLimit(parts, lang, (p) => plainMessage(p, tail)),
    findings,
  };
  if (supports("1.14")) {
    decision.cancelLabel = TEXT[lang].cancelLabel.slice(0, CANCEL_LABEL_LIMIT);
    decision.commandId = CHECK_COMMAND_ID;
    decision.contextData = contextDataFor(findings);
    if (kind === "prompt") decision.sendModeOverride = "promptUser";
  }
  if (supports("1.15")) decision.errorMessageMarkdown = fitToLimit(parts, lang, (p) => markdownMessage(p, tail));
  return decision;
}

/**
 * The decision (issue 8): colleagues only or nothing new → send; mode off → send; errors of the
 * configured rules → block (block, strict) or prompt (warn, on 1.14+; older clients send); warnings
 * only → prompt when warningsMode is "prompt" on 1.14+, else send; nothing → send.
 */
export function decideOnSend(input: OnSendInput): OnSendDecision {
  const { onSend, lang } = input;
  if (onSend.mode === "off") return { allow: true, reason: "mode-off" };
  if (input.scope === "internal") return { allow: true, reason: "internal" };
  if (input.scope === "nothing-new") return { allow: true, reason: "nothing-new" };
  const t = TEXT[lang];

  const stopping = stoppingFindings(input.findings, onSend);
  if (stopping.length > 0) {
    if (onSend.mode === "block" || onSend.mode === "strict") return stop("block", stopping, input, t.fix, t.blockTail);
    // warn: the dialog offers "Send Anyway" only where sendModeOverride exists (Mailbox 1.14).
    return input.supports("1.14") ? stop("prompt", stopping, input, t.fix, t.promptTail) : { allow: true, reason: "warn-unsupported" };
  }

  const cautions = cautionFindings(input.findings, onSend);
  if (cautions.length === 0) return { allow: true, reason: "clean" };
  if (onSend.warningsMode === "prompt" && input.supports("1.14")) return stop("prompt", cautions, input, t.review, t.promptTail);
  return { allow: true, reason: "warnings-send" };
}
