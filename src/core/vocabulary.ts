/**
 * The vocabulary every part of core shares: rule ids, severities, the two UI languages, and the
 * facts of a message (compose type, recipients, attachments). It imports nothing, so the config,
 * standard and rules types can all use it without importing each other (docs/architecture.md,
 * "Layers").
 */

/** The rule catalogue (contract: ids used by CLI output, config and docs). */
export const RULE_IDS = [
  "greeting",
  "reference",
  "closing",
  "thanks-or-apology",
  "signature-name",
  "signature-position",
  "signature-institution",
  "signature-phone",
  "signature-email",
  "signature-website",
  "spelling",
  "jargon",
  "long-sentence",
  "passive-voice",
  "abbreviation",
  "link-unsafe",
  "link-internal",
  "link-text",
  "attachment-mention",
  "personal-code",
  "tone",
  "polite-you",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).indexOf(value) >= 0;
}

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Text in both UI languages: Latvian first, English second (docs/architecture.md, "Security and privacy"). */
export interface Localized<T = string> {
  lv: T;
  en: T;
}

export type UiLanguage = "lv" | "en";

export type ComposeType = "new" | "reply" | "replyAll" | "forward" | "unknown";

export interface Recipient {
  email: string;
  name?: string;
  kind: "to" | "cc" | "bcc";
}

export interface AttachmentInfo {
  /** The mail client's id for it, where there is one. */
  id?: string;
  name: string;
  size?: number;
  contentType?: string;
  /** Inline images (cid:) are not attachments a client would read as "pielikumā". */
  isInline?: boolean;
}

