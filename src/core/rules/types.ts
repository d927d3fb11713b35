/**
 * Shared types of the checker: the Finding contract (DESIGN.md), rule metadata, and the context every
 * rule receives. Only types and the catalogue of rule ids live here; the rules themselves are one file
 * each beside this one.
 */
import type { Draft, DraftLanguage } from "../draft/types";
import type { Profile } from "../standard/types";
import type { OrganizationConfig } from "../config/types";

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

/** Text in both UI languages: Latvian first, English second (DESIGN.md, "Security and privacy"). */
export interface Localized<T = string> {
  lv: T;
  en: T;
}

export type UiLanguage = "lv" | "en";

/** A replacement in draft.text offsets; the draft's source map carries it into the HTML. */
export interface FindingFix {
  start: number;
  end: number;
  text: string;
}

/** Contract — the one shape every front door shows (DESIGN.md). */
export interface Finding {
  rule: string;
  /** Clause of the active profile, or "laba prakse". */
  clause: string;
  severity: Severity;
  /** In the UI language; says what to do. */
  message: string;
  /** Offsets into draft.text (the new part only); for something missing, start = end = where it belongs. */
  start: number;
  end: number;
  excerpt: string;
  suggestions?: string[];
  fix?: FindingFix;
}

export interface RuleExamples {
  /** Real Latvian (or English) sentences the rule must not report. */
  good: string[];
  /** Real sentences the rule must report. */
  bad: string[];
}

export interface RuleMeta {
  id: RuleId;
  /** Default severity; the organization config may override it. */
  severity: Severity;
  title: Localized;
  description: Localized;
  /** Message templates by key, e.g. { missing: "Pievienojiet uzrunu …" }; placeholders as {name}. */
  messages: Localized<Record<string, string>>;
  examples: RuleExamples;
}

export type ComposeType = "new" | "reply" | "replyAll" | "forward" | "unknown";

export interface Recipient {
  email: string;
  name?: string;
  kind: "to" | "cc" | "bcc";
}

export interface AttachmentInfo {
  name: string;
  size?: number;
  contentType?: string;
  /** Inline images (cid:) are not attachments a client would read as "pielikumā". */
  isInline?: boolean;
}

export interface RuleContext {
  /** Language of the draft text (detected by the parser). */
  language: DraftLanguage;
  /** Language the messages are shown in. */
  lang: UiLanguage;
  /** The active standard. */
  profile: Profile;
  /** The resolved organization config (defaults filled in). */
  config: OrganizationConfig;
  /** To and Cc (and Bcc where known) of the message being written. */
  recipients: Recipient[];
  /** Domains counted as colleagues; by default the domain of the user's own address. */
  internalDomains: string[];
  composeType: ComposeType;
  attachments: AttachmentInfo[];
  /** The user's own address, when the front door knows it. */
  userEmail?: string;
  /** Words that are correct here although no dictionary has them (organization, user, thread names). */
  knownWords?: readonly string[];
}

export interface Rule {
  meta: RuleMeta;
  check(draft: Draft, context: RuleContext): Finding[];
}
