/**
 * organization.json as the engine sees it after resolveConfig(): every field present, defaults filled.
 * The published JSON Schema (schema/organization.schema.json) describes the file an administrator
 * writes, where every field is optional; a unit test keeps the two in step.
 */
import type { RuleId, Severity } from "../vocabulary";
import type { JargonAddition } from "../lv/lexicon/types";
import type { ProfileId } from "../standard/types";

export type { JargonAddition };

export interface LocalizedName {
  lv: string;
  en?: string;
}

export interface OrganizationInfo {
  name: LocalizedName;
  /** https:// address of the official website. */
  website: string;
  phone: string;
  /** Public e-mail address. */
  email: string;
  /** The official e-adrese (Latvian e-address system), when clients should be told of it. */
  eAddress?: string;
  address: string;
  registrationNumber?: string;
}

export type LinkKind = "service" | "law" | "form";

export interface LinkEntry {
  title: string;
  url: string;
  kind: LinkKind;
  tags: string[];
  description?: string;
}

/** A text an English reply may need in English: a string (Latvian, used in both) or { lv, en }. */
export type LocalizedText = string | LocalizedName;

export interface Specialist {
  name: string;
  position: LocalizedText;
  unit?: string;
  topics: string[];
  location?: string;
  hours?: LocalizedText;
  phone?: string;
  email?: string;
}

/**
 * A model answer to a recurring question (issue 21): suggested in the Draft view when the client's
 * message matches its example questions; choosing it fills the reply plan.
 */
export interface ModelAnswer {
  id: string;
  title: string;
  /** Example client questions, as clients write them (any language the organization receives). */
  questions: string[];
  body: string[];
  links: { title: string; url: string }[];
  nextSteps: string[];
  /** The name of a specialists entry to refer the client to. */
  specialist?: string;
  /** Default: "referral" when a specialist is named, else "answer". */
  scenario?: "answer" | "referral";
  en?: { title?: string; body: string[]; nextSteps?: string[] };
  tags: string[];
  owner?: string;
  reviewDate?: string;
}

export interface ComplaintAuthority {
  lv: string;
  en?: string;
  email?: string;
  url?: string;
}

export interface RuleSetting {
  enabled: boolean;
  severity?: Severity;
  /** The rule's own options (its meta.options), as organization.json gives them. */
  [option: string]: unknown;
}


export type OnSendMode = "off" | "warn" | "block" | "strict";

export interface OnSendSettings {
  mode: OnSendMode;
  /** Rules whose errors stop the send. */
  rules: RuleId[];
  spelling: boolean;
  warningsMode: "send" | "prompt";
  budgetMs: number;
}

export type SignatureField = "name" | "position" | "institution" | "phone" | "email" | "website";

export interface SignatureSettings {
  policy: "user" | "organization";
  insertOnNewMessage: boolean;
  disableClientSignature: boolean;
  requiredFields: SignatureField[];
  closing: { lv: string; en: string };
  /** Defaults to organization.name. */
  institution?: LocalizedName;
  /** Defaults to organization.phone. */
  phone?: string;
  /** Defaults to organization.website. */
  website?: string;
}

export interface CalendarSettings {
  holidays: { date: string; name?: string }[];
  workingDayTransfers: { dayOff: string; workday: string }[];
}

export interface OrganizationConfig {
  version: 1;
  organization: OrganizationInfo;
  profile: ProfileId;
  /** Lower-case domains; empty means "the domain of the user's own address". */
  internalDomains: string[];
  links: LinkEntry[];
  specialists: Specialist[];
  answers: ModelAnswer[];
  /** null: use the profile's clause. */
  complaintAuthority: ComplaintAuthority | null;
  /** Only rules the file mentions appear here; others use their defaults. */
  rules: Partial<Record<RuleId, RuleSetting>>;
  sentenceLimit: number;
  jargon: { add: JargonAddition[]; remove: string[] };
  knownWords: string[];
  placeNames: string[];
  onSend: OnSendSettings;
  signature: SignatureSettings;
  englishReplies: boolean;
  calendar: CalendarSettings;
}

/** One problem in a config file: where, what is wrong and how to fix it, in both languages. */
export interface ConfigIssue {
  /** JSON Pointer-like path, e.g. "/links/2/url" ("" for the whole file). */
  path: string;
  severity: "error" | "warning";
  /** Stable code for tests and tools, e.g. "unknown-key", "type", "url-not-https". */
  code: string;
  message: { lv: string; en: string };
  fix: { lv: string; en: string };
}

export interface ResolvedConfig {
  config: OrganizationConfig;
  errors: ConfigIssue[];
  warnings: ConfigIssue[];
}
