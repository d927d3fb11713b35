/**
 * Shared types of the checker: the Finding contract (docs/architecture.md), rule metadata, and the context every
 * rule receives. Only types and the catalogue of rule ids live here; the rules themselves are one file
 * each beside this one. The words every layer shares (rule ids, severities, languages, recipients)
 * are in ../vocabulary.ts, so config, standard and rules types import one module instead of each other.
 */
import type { Draft, DraftLanguage } from "../draft/types";
import type { Profile } from "../standard/types";
import type { OrganizationConfig } from "../config/types";

export { RULE_IDS, SEVERITIES, isRuleId } from "../vocabulary";
export type { AttachmentInfo, ComposeType, Localized, Recipient, RuleId, Severity, UiLanguage } from "../vocabulary";
import type { AttachmentInfo, ComposeType, Localized, Recipient, RuleId, Severity, UiLanguage } from "../vocabulary";

/** A replacement in draft.text offsets; the draft's source map carries it into the HTML. */
export interface FindingFix {
  start: number;
  end: number;
  text: string;
}

/** Contract — the one shape every front door shows (docs/architecture.md, "The engine's data flow"). */
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
