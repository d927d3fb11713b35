/**
 * Runs the checker on the open draft: reads the body and the item through MailboxPort, describes
 * them as MessageFacts and calls core's checkMessage — the same entry the on-send handler, the CLI
 * and the Learn view use — and returns the findings together with what they were computed from,
 * so a fix can be applied exactly.
 */
import type { Draft } from "../core/draft/types";
import { checkMessage, type MessageCheck, type MessageFacts } from "../core/check/message";
import type { OrganizationConfig } from "../core/config/types";
import type { Finding, Recipient, Rule, UiLanguage } from "../core/rules/types";
import type { ItemSummary, MailboxPort } from "../office/mailboxPort";
import { textHash } from "../core/textHash";

export interface CheckRun extends MessageCheck {
  /** The body HTML the findings refer to. */
  html: string;
  itemId: string | null;
  durationMs: number;
}

/** To, Cc and Bcc of the open item, as the checker counts them. */
export function recipientsOf(item: ItemSummary): Recipient[] {
  return [
    ...item.to.map((a) => ({ email: a.address, name: a.name, kind: "to" as const })),
    ...item.cc.map((a) => ({ email: a.address, name: a.name, kind: "cc" as const })),
    ...item.bcc.map((a) => ({ email: a.address, name: a.name, kind: "bcc" as const })),
  ];
}

/** The open item and its body as MessageFacts. */
export function itemFacts(item: ItemSummary, html: string, userEmail: string, personalDictionary: readonly string[] = []): MessageFacts {
  return {
    body: html,
    format: "html",
    recipients: recipientsOf(item),
    composeType: item.composeType ?? "unknown",
    attachments: item.attachments,
    // In compose mode `from` is the sending mailbox: its name is a known word, as it always was here.
    user: { email: userEmail, name: item.from?.name },
    settings: { personalDictionary },
  };
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
  const result = checkMessage(itemFacts(item, html, mailbox.getUserProfile().emailAddress, extraKnownWords), config, { rules, lang });
  return { ...result, html, itemId: item.id, durationMs: performance.now() - started };
}

/**
 * The body's hash: the Check view re-reads the body on focus and at an interval and checks again
 * only when the hash differs from the last checked body's (issue 17).
 */
export function bodyHash(html: string): number {
  return textHash(html);
}

/** The new body HTML after replacing [start, end) of draft.text with `text`. */
export function applyTextEdit(run: { html: string; draft: Draft }, edit: { start: number; end: number; text: string }): string {
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
