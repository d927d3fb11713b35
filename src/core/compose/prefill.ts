/**
 * A first ReplyPlan from the open message, the organization config and the user's settings —
 * everything stays editable in the Draft view.
 */
import type { OrganizationConfig } from "../config/types";
import { effectiveSignature } from "../config/userSettings";
import type { OriginalKind, PlanSignature, ReplyLanguage, ReplyPlan, Scenario } from "./types";
import { cleanSubject } from "./phrases";
import { dateInLatvia } from "../lv/dates";
import type { ComposeOptions } from "./composeReply";
import { getProfile } from "../standard";

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
  /** ISO 8601 date-time the client's message was sent, if known. */
  date: string | null;
  /** Language of the client's message, as detected by the draft model. */
  language?: string;
}

export interface PrefillInput {
  message: OriginalMessage;
  config: OrganizationConfig;
  /** The user's saved signature fields (Settings view), over Office's user profile. */
  user: Partial<PlanSignature>;
  /** Day of sending (YYYY-MM-DD), used when the message has no date. */
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

function localDate(iso: string | null, fallback: string): string {
  if (!iso) return fallback;
  const d = new Date(iso);
  // The date the client sees is Latvian time.
  return isNaN(d.getTime()) ? fallback : dateInLatvia(d);
}

export function prefillPlan(input: PrefillInput): ReplyPlan {
  const { message, config, user } = input;
  const englishAllowed = config.englishReplies;
  const language: ReplyLanguage = input.preferredLanguage ?? (englishAllowed && message.language === "en" ? "en" : "lv");
  const subject = cleanSubject(message.subject);
  return {
    scenario: input.scenario ?? "answer",
    language,
    client: { name: message.from?.name ?? "", email: message.from?.address },
    original: {
      date: localDate(message.date, input.today),
      subject: subject || undefined,
      kind: kindFrom(subject),
      number: registrationNumberFrom(subject),
    },
    greeting: "named",
    body: [],
    links: [],
    nextSteps: [],
    closing: input.scenario === "apology" ? "apology" : "thanks",
    // The caller has put Office's user profile under the saved fields already.
    signature: effectiveSignature(user, {}, config, language),
    signOff: language === "en" ? config.signature.closing.en : config.signature.closing.lv,
    complaintAuthority: config.complaintAuthority ? (language === "en" ? config.complaintAuthority.en : undefined) || config.complaintAuthority.lv : undefined,
  };
}
