/**
 * Shared helpers for the rules' table-driven tests: parse a body, build a context (Ādaži profile,
 * default config, one external client), run one rule through the real checker.
 */
import { parseDraft } from "../../../src/core/draft";
import { buildContext, type ContextInput } from "../../../src/core/check/context";
import { checkDraft } from "../../../src/core/check/checkDraft";
import type { Finding, Recipient, Rule, RuleContext, UiLanguage } from "../../../src/core/rules/types";
import { formatMessage } from "../../../src/core/rules/message";
import { resolveConfig } from "../../../src/core/config";

export const CLIENT: Recipient = { email: "janis.berzins@inbox.lv", name: "Jānis Bērziņš", kind: "to" };

export interface RunOptions extends Omit<Partial<ContextInput>, "draft" | "config"> {
  format?: "text" | "html";
  /** Raw organization.json content, resolved with defaults. */
  config?: unknown;
}

export function contextFor(body: string, options: RunOptions = {}): { context: RuleContext; draft: ReturnType<typeof parseDraft> } {
  const draft = parseDraft(body, options.format ?? "text");
  const config = options.config === undefined ? undefined : resolveConfig(options.config).config;
  const context = buildContext({
    draft,
    config,
    lang: options.lang ?? "lv",
    recipients: options.recipients ?? [CLIENT],
    composeType: options.composeType ?? "reply",
    attachments: options.attachments ?? [],
    userEmail: options.userEmail ?? "ilze.ozola@adazi.lv",
    threadNames: options.threadNames,
  });
  return { context, draft };
}

/** Findings of one rule on a body, through the real checker (clauses and severities applied). */
export function runRule(rule: Rule, body: string, options: RunOptions = {}): Finding[] {
  const { context, draft } = contextFor(body, options);
  return checkDraft(draft, context, [rule]);
}

/**
 * The finding is the rule's `messageId` message in `lang`, filled with `data`. The wording lives in
 * the rule's metadata only (and the Latvian-strings test checks it); tests key on the message id and
 * the values put into it.
 */
export function expectMessage(finding: Finding | undefined, rule: Rule, messageId: string, data: Record<string, string | number> = {}, lang: UiLanguage = "lv"): void {
  expect(finding?.messageId).toBe(messageId);
  expect(finding?.message).toBe(formatMessage(rule.meta, lang, messageId, data));
}

/** The finding carries `messageId`, and its message names each of `parts` (values the rule put into it). */
export function expectMessageNaming(finding: Finding | undefined, messageId: string, parts: readonly string[]): void {
  expect(finding?.messageId).toBe(messageId);
  for (const part of parts) expect([part, finding?.message.includes(part)]).toEqual([part, true]);
}

/** The rule's own examples: every bad one reports, no good one does. */
export function expectOwnExamples(rule: Rule, options: RunOptions = {}): void {
  for (const bad of rule.meta.examples.bad) {
    expect([bad, runRule(rule, bad, options).length > 0]).toEqual([bad, true]);
  }
  for (const good of rule.meta.examples.good) {
    expect([good, runRule(rule, good, options).map((f) => f.excerpt)]).toEqual([good, []]);
  }
}
