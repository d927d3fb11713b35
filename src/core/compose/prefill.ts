/**
 * A first ReplyPlan from the open message, the organization config and the user's settings —
 * everything stays editable in the Draft view.
 */
import type { LocalizedText, OrganizationConfig, Specialist } from "../config/types";
import { effectiveSignature, type SavedSignature } from "../config/userSettings";
import type { OriginalKind, PlanSpecialist, ReplyLanguage, ReplyPlan, Scenario } from "./types";
import { cleanSubject } from "./phrases";
import { subjectFitness } from "./subject";
import { dateInLatvia } from "../lv/dates";
import type { ComposeOptions } from "./composeReply";
import { getProfile } from "../standard";
import { detectLanguage } from "../draft/language";
import type { Draft } from "../draft/types";
import { originalFacts } from "../original";

/** Compose options from the organization's config: its profile and working-day calendar. */
export function composeOptionsFor(config: OrganizationConfig, today: string): ComposeOptions {
  return {
    today,
    profile: getProfile(config.profile),
    calendar: {
      extraHolidays: config.calendar.holidays.map((h) => h.date),
      transfers: config.calendar.workingDayTransfers.map((t) => ({ from: t.dayOff, to: t.workday })),
    },
  };
}

/** The client's message being answered, as far as prefilling needs it. */
export interface OriginalMessage {
  from: { name: string; address: string } | null;
  subject: string;
  /** ISO 8601 date-time (or YYYY-MM-DD) the client's message was sent, if known. */
  date: string | null;
  /** Language of the client's message, as detected by the draft model. */
  language?: string;
  /** There is no client message: a new message, not a reply (the reply then refers to none). */
  isNew?: boolean;
}

/** The open item as the pane sees it (office/mailboxPort's ItemSummary, the fields used here). */
export interface OpenItem {
  mode: "read" | "compose" | "none";
  subject: string;
  from: { name: string; address: string } | null;
  to: { name: string; address: string }[];
  date: string | null;
}

/**
 * The client's message behind the open item: in read mode the item itself; in compose mode the
 * original quoted in the body — its date, sender and subject from the quoted header, never the
 * day of writing (issue 16) — or none at all in a new message.
 */
export function clientMessageFacts(item: OpenItem, body: Draft | null): OriginalMessage {
  if (item.mode !== "compose") return { from: item.from, subject: item.subject, date: item.date, language: body ? body.language : undefined };
  if (!body) return { from: item.to[0] ?? null, subject: item.subject, date: null };
  if (!body.quoted) return { from: item.to[0] ?? null, subject: item.subject, date: null, isNew: true };
  const facts = originalFacts(body.quotedText);
  return { from: item.to[0] ?? null, subject: facts.subject ?? item.subject, date: facts.date, language: detectLanguage(body.quotedText) };
}

/** The user's signature fields (Settings view), with the English variants of position and institution. */
export type UserSignatureFields = SavedSignature;

/** A config text in the reply's language: its English variant when there is one, else the Latvian. */
export function localizedText(value: LocalizedText | undefined, language: ReplyLanguage): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  return (language === "en" && value.en) || value.lv;
}

/** The config's specialist as the reply names them, in the reply's language. */
export function specialistFor(s: Specialist, language: ReplyLanguage): PlanSpecialist {
  return {
    name: s.name,
    position: localizedText(s.position, language) ?? "",
    location: s.location,
    hours: localizedText(s.hours, language),
    phone: s.phone,
    email: s.email,
  };
}

/** Where an apology tells the client to send a complaint: the complaint authority's e-mail or page, else the organization's e-mail. */
export function complaintAddressFor(config: OrganizationConfig): string | undefined {
  return config.complaintAuthority?.email || config.complaintAuthority?.url || config.organization.email || undefined;
}

export interface PrefillInput {
  message: OriginalMessage;
  config: OrganizationConfig;
  /** The user's saved signature fields (Settings view), over Office's user profile. */
  user: UserSignatureFields;
  /** Day of sending (YYYY-MM-DD). Never taken for the original's date (issue 16). */
  today: string;
  scenario?: Scenario;
  /** UI language: Latvian unless the client wrote in English and the organization allows English. */
  preferredLanguage?: ReplyLanguage;
}

// "Nr. 3-14/118", "Nr.ĀND/3-14/25/118", "reģ. Nr. 2-1/45", "No. 12/3", or a bare registration-like code.
const NUMBERED = /(?:reģ\.\s*)?\b(?:nr|no)\.?\s*([\p{L}\d]+(?:[-/.][\p{L}\d]+)+|\d+)/iu;
const CODE = /(?:^|[^\p{L}\d])(\p{Lu}{2,}\/\d+(?:[-/]\d+)+)/u;

/** The registration number a subject carries ("Iesniegums Nr. 3-14/118" -> "3-14/118"). */
export function registrationNumberFrom(subject: string): string | undefined {
  const m = NUMBERED.exec(subject) ?? CODE.exec(subject);
  return m ? m[1] : undefined;
}

function kindFrom(subject: string): OriginalKind {
  if (/iesniegum/i.test(subject)) return "iesniegums";
  if (/vēstul/i.test(subject)) return "vēstule";
  return "e-pasts";
}

/** The day the client's message was sent, or null when unknown — never the day of writing. */
function localDate(iso: string | null): string | null {
  if (!iso) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  // The date the client sees is Latvian time.
  return isNaN(d.getTime()) ? null : dateInLatvia(d);
}

/** What the reply's reference names of the client's message: its date, kind, number and fitting subject; null for a new message. */
export function originalRef(message: OriginalMessage): ReplyPlan["original"] {
  if (message.isNew) return null;
  const subject = cleanSubject(message.subject);
  return {
    date: localDate(message.date),
    subject: subjectFitness(subject).fit ? subject : undefined,
    kind: kindFrom(subject),
    number: registrationNumberFrom(subject),
  };
}

export function prefillPlan(input: PrefillInput): ReplyPlan {
  const { message, config, user } = input;
  const englishAllowed = config.englishReplies;
  const language: ReplyLanguage = input.preferredLanguage ?? (englishAllowed && message.language === "en" ? "en" : "lv");
  const complaintAddress = complaintAddressFor(config);
  return {
    scenario: input.scenario ?? "answer",
    language,
    client: { name: message.from?.name ?? "", email: message.from?.address },
    original: originalRef(message),
    greeting: "named",
    body: [],
    links: [],
    nextSteps: [],
    closing: input.scenario === "apology" ? "apology" : "thanks",
    // The caller has put Office's user profile under the saved fields already.
    signature: effectiveSignature(user, {}, config, language),
    signOff: language === "en" ? config.signature.closing.en : config.signature.closing.lv,
    complaintAuthority: config.complaintAuthority ? (language === "en" ? config.complaintAuthority.en : undefined) || config.complaintAuthority.lv : undefined,
    complaintAddress,
  };
}
