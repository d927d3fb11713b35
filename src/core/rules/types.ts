/**
 * Shared types of the checker: the Finding contract (docs/architecture.md), rule metadata in ESLint's
 * shape, what a rule reports, and the context every rule receives. The rules themselves are one file
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
  /** Which of the rule's messages this is (ESLint's messageId): tests and tools key on it, not on wording. */
  messageId?: string;
}

export interface RuleExamples {
  /** Real Latvian (or English) sentences the rule must not report. */
  good: string[];
  /** Real sentences the rule must report. */
  bad: string[];
}

/**
 * A JSON Schema fragment: the schema of one rule option. The generator copies it into
 * schema/organization.schema.json under rules.<id>, next to "enabled" and "severity".
 */
export interface OptionSchema {
  type: "integer" | "number" | "string" | "boolean" | "array";
  description: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  enum?: readonly (string | number)[];
  items?: OptionSchema | { type: "string"; minLength?: number; maxLength?: number };
}

/**
 * How the on-send dialog names a rule's findings (generated into generated/onSendNames.ts):
 * "missing" things head "Atbildē trūkst:", "signature" fields are listed together "… parakstā",
 * any other "problem" follows "Jālabo:" / "Ieteicams pārskatīt:".
 */
export interface OnSendName {
  /**
   * "pane-only": the on-send handler never runs the rule — it needs data the handler does not load
   * (the analyzer), or it is a language nicety (comma, typography) whose code the handler's size
   * budget has no room for — so neither its code nor its name is bundled there (generated/sendRules.ts).
   */
  group: "missing" | "signature" | "problem" | "pane-only";
  lv: string;
  en: string;
}

/**
 * The topics of the Check view's triage checklist (issue 17): Struktūra, Paraksts, Valoda,
 * Pareizrakstība, Saites, Personas dati. Every rule names one (meta.topic), so a new rule without
 * a topic fails the type check and `npm run gen`.
 */
export const TOPICS = ["structure", "signature", "language", "spelling", "links", "personal-data"] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * A rule's metadata, in ESLint's shape. `MessageId` is the union of its message keys: a message
 * missing in lv or en, or a report with an unknown messageId, fails the type check.
 */
export interface RuleMeta<MessageId extends string = string> {
  id: RuleId;
  /** Default severity; the organization config may override it. */
  severity: Severity;
  /** "code": some findings carry a fix (a replacement in draft.text) that the UI can apply. */
  fixable?: "code";
  title: Localized;
  description: Localized;
  /** Message templates by id, e.g. { missing: "Pievienojiet uzrunu …" }; placeholders as {name}. */
  messages: Localized<Record<MessageId, string>>;
  /** Options an organization may set under rules.<id> in organization.json (JSON Schema per option). */
  options?: Readonly<Record<string, OptionSchema>>;
  /** Where the Check view's checklist counts this rule's findings. */
  topic: Topic;
  onSend: OnSendName;
  examples: RuleExamples;
}

/**
 * What a rule reports (ESLint's context.report descriptor). The runner turns it into a Finding:
 * it fills in the message from meta.messages in the UI language, the excerpt, the rule id, the
 * active profile's clause and the severity. A rule returns its reports rather than calling a
 * report function, so a rule that throws half-way leaves no partial findings behind.
 */
export interface RuleReport<MessageId extends string = string> {
  messageId: MessageId;
  /** Values for the message's {placeholders}. */
  data?: Record<string, string | number>;
  start: number;
  end: number;
  /** Only where it is not excerptOf(draft.text, start, end). */
  excerpt?: string;
  suggestions?: string[];
  fix?: FindingFix;
  /** Only where one finding is graver or lighter than meta.severity (link-unsafe's http: is a warning). */
  severity?: Severity;
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

export interface Rule<MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  check(draft: Draft, context: RuleContext): RuleReport<MessageId>[];
}

/** A rule that reads only the draft's language of the context, so it can run in a worker on a draft alone (the grammar rules). */
export interface LanguageOnlyRule<MessageId extends string = string> extends Rule<MessageId> {
  check(draft: Draft, context: Pick<RuleContext, "language">): RuleReport<MessageId>[];
}
