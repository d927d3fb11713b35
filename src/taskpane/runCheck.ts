/**
 * Runs the checker on the open draft: reads the body through MailboxPort, parses it, builds the
 * context from the item (recipients, attachments, compose type) and the config, and returns the
 * findings together with what they were computed from, so a fix can be applied exactly.
 */
import { parseDraft } from "../core/draft";
import type { Draft } from "../core/draft/types";
import { buildContext } from "../core/check/context";
import { checkDraftDetailed, type CheckResult } from "../core/check/checkDraft";
import type { OrganizationConfig } from "../core/config/types";
import type { ComposeType as RuleComposeType, Finding, Recipient, Rule, RuleContext, UiLanguage } from "../core/rules/types";
import type { ItemSummary, MailboxPort } from "../office/mailboxPort";

export interface CheckRun extends CheckResult {
  /** The body HTML the findings refer to. */
  html: string;
  draft: Draft;
  itemId: string | null;
  durationMs: number;
  context: RuleContext;
}

const COMPOSE_TYPES: Record<string, RuleComposeType> = { newMail: "new", reply: "reply", replyAll: "replyAll", forward: "forward" };

export function recipientsOf(item: ItemSummary): Recipient[] {
  return [
    ...item.to.map((a) => ({ email: a.address, name: a.name, kind: "to" as const })),
    ...item.cc.map((a) => ({ email: a.address, name: a.name, kind: "cc" as const })),
  ];
}

export async function runCheck(
  mailbox: MailboxPort,
  item: ItemSummary,
  config: OrganizationConfig,
  lang: UiLanguage,
  rules: readonly Rule[],
  extraKnownWords: string[] = [],
): Promise<CheckRun> {
  const html = await mailbox.getBody("html");
  const started = performance.now();
  const draft = parseDraft(html, "html");
  const context = buildContext({
    draft,
    config,
    lang,
    recipients: recipientsOf(item),
    composeType: COMPOSE_TYPES[item.composeType ?? ""] ?? "unknown",
    attachments: item.attachments.filter((a) => !a.isInline).map((a) => ({ name: a.name, size: a.size, isInline: a.isInline })),
    userEmail: mailbox.getUserProfile().emailAddress,
    threadNames: [...(item.from ? [item.from.name] : []), ...extraKnownWords],
  });
  const result = checkDraftDetailed(draft, context, rules);
  return { ...result, html, draft, itemId: item.id, durationMs: performance.now() - started, context };
}

/** The new body HTML after replacing [start, end) of draft.text with `text`. */
export function applyTextEdit(run: Pick<CheckRun, "html" | "draft">, edit: { start: number; end: number; text: string }): string {
  return run.draft.sourceMap.applyEdits(run.html, [edit]);
}

/** A stable key for "dismiss for this message". */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.excerpt}|${f.message.length}`;
}

/** Finding order for display: errors first, then by place in the text. */
export function countBySeverity(findings: Finding[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
