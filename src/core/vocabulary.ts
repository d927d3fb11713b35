/**
 * The vocabulary every part of core shares: rule ids, severities, the two UI languages, and the
 * facts of a message (compose type, recipients, attachments). It imports nothing but the generated
 * list of rule ids (itself free of imports), so the config, standard and rules types can all use it
 * without importing each other (docs/architecture.md, "Layers").
 */

import { RULE_IDS } from "./rules/generated/ruleIds";

/** The rule catalogue (contract: ids used by CLI output, config and docs), generated from the rules' metadata. */
export { RULE_IDS };

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

