/**
 * The sentences the composer writes, in Latvian and English. They are built to need no declension
 * of names or positions (names stand in the nominative), so they are correct for any input; dates
 * take the case the sentence needs (genitive after a date-of, dative after "līdz").
 */
import { formatDateEn, formatDateLv } from "../lv/dates";
import type { AnswerForm, OriginalKind, ReplyLanguage } from "./types";

const KIND_ACCUSATIVE_LV: Record<OriginalKind, string> = { "e-pasts": "e-pastu", iesniegums: "iesniegumu", vēstule: "vēstuli" };
const KIND_EN: Record<OriginalKind, string> = { "e-pasts": "e-mail", iesniegums: "application", vēstule: "letter" };

/** Subject without reply/forward prefixes ("RE:", "AW:", "Atb.:", "FW:", "Pārs.:"). */
export function cleanSubject(subject: string | undefined): string {
  let s = (subject ?? "").trim();
  for (let i = 0; i < 5; i++) {
    const next = s.replace(/^(?:re|aw|sv|vs|fw|fwd|wg|atb|pārs|tr)(?:\[\d+\])?\.?[ \t]*:[ \t]*/i, "");
    if (next === s) break;
    s = next;
  }
  return s;
}

export interface OriginalRef {
  /** YYYY-MM-DD; null (or absent) when the date is not known — the reference then names none. */
  date?: string | null;
  subject?: string;
  kind?: OriginalKind;
  number?: string;
}

export function referenceLine(language: ReplyLanguage, original: OriginalRef): string {
  const kind = original.kind ?? "e-pasts";
  const subject = cleanSubject(original.subject);
  const date = original.date && /^\d{4}-\d{2}-\d{2}$/.test(original.date) ? original.date : null;
  if (language === "en") {
    const number = original.number ? ` No. ${original.number}` : "";
    const of = date ? ` of ${formatDateEn(date)}` : "";
    const about = subject ? ` about “${subject}”` : "";
    return `Thank you for your ${KIND_EN[kind]}${number}${of}${about}.`;
  }
  const number = original.number ? ` Nr. ${original.number}` : "";
  const about = subject ? ` „${subject}”` : "";
  const of = date ? ` ${formatDateLv(date, "genitive")}` : "";
  return `Paldies par Jūsu${of} ${KIND_ACCUSATIVE_LV[kind]}${number}${about}.`;
}

/** Does a (possibly employee-edited) line thank the client? Then the closing does not thank again. */
export function thanksIn(text: string): boolean {
  return /(?:^|[^\p{L}])(?:paldies|pateic(?:amies|os|ība|ību)|thank)/iu.test(text);
}

/** Does the text already apologise? */
export function apologyIn(text: string): boolean {
  return /(?:^|[^\p{L}])(?:atvainoj|apologi|sorry)/iu.test(text);
}

const ANSWER_FORM_LV: Record<AnswerForm, string> = { "e-pasts": "e-pastā", vēstule: "vēstulē", telefons: "pa tālruni", klātiene: "klātienē" };
const ANSWER_FORM_EN: Record<AnswerForm, string> = { "e-pasts": "by e-mail", vēstule: "by letter", telefons: "by phone", klātiene: "in person" };

export function holdingLines(language: ReplyLanguage, deadline: string, form: AnswerForm): string[] {
  if (language === "en") {
    return ["We need more time to look into your question properly.", `We will reply ${ANSWER_FORM_EN[form]} no later than ${formatDateEn(deadline)}.`];
  }
  return ["Lai rūpīgi izskatītu Jūsu jautājumu, mums vajag vairāk laika.", `Atbildēsim ${ANSWER_FORM_LV[form]} līdz ${formatDateLv(deadline, "dative")}.`];
}

/**
 * The referral: the person in the nominative after the verb ("Jūsu jautājumā palīdzēs nekustamā
 * īpašuma speciāliste Inga Jaunzeme"), so the position agrees with the person as the config writes
 * it and no word of ours carries a gender.
 */
export function referralLine(language: ReplyLanguage, name: string, position: string): string {
  if (language === "en") return position ? `${name}, ${position}, can help you with your question.` : `${name} can help you with your question.`;
  return position ? `Jūsu jautājumā palīdzēs ${position} ${name}.` : `Jūsu jautājumā palīdzēs ${name}.`;
}

/**
 * The referral's closing: whether the client's message went on to the specialist, and what the
 * client does next — "kontaktpersona" serves for a man and a woman alike, and the client is not
 * asked to contact the writer.
 */
export function referralNextLine(language: ReplyLanguage, forwarded: boolean): string {
  if (language === "en") return forwarded ? "We have forwarded your message, and the contact person will reply to you." : "Please get in touch with the contact person using the details above.";
  return forwarded ? "Jūsu e-pastu jau pārsūtījām, un kontaktpersona Jums atbildēs." : "Lūdzu, sazinieties ar kontaktpersonu, izmantojot iepriekš minēto kontaktinformāciju.";
}

export function referralLabels(language: ReplyLanguage): { location: string; hours: string; phone: string; email: string } {
  return language === "en"
    ? { location: "Where", hours: "Office hours", phone: "Phone", email: "E-mail" }
    : { location: "Pieņemšanas vieta", hours: "Pieņemšanas laiks", phone: "Tālrunis", email: "E-pasts" };
}

export function apologyLine(language: ReplyLanguage): string {
  return language === "en" ? "We apologize for our mistake." : "Atvainojamies par mūsu kļūdu.";
}

/**
 * The right to complain, in short sentences: who examines a complaint (in the nominative, as the
 * profile or config names them) and where to send it. A handler the profile lists for several
 * cases ("darbinieka vadītājs; par iestāžu … vadītājiem — …") is cut to the first case, the one
 * about an employee's reply.
 */
export function complaintLines(language: ReplyLanguage, handler: string, address?: string): string[] {
  const who = handler.split(";")[0].trim();
  const where = (address ?? "").trim();
  if (language === "en") {
    const lines = ["If you are not satisfied with how we handled this, you have the right to complain.", `${who.charAt(0).toUpperCase()}${who.slice(1)} examines complaints.`];
    if (where) lines.push(/^https?:/i.test(where) ? `You can submit your complaint at ${where}.` : `You can send your complaint to ${where}.`);
    return lines;
  }
  const lines = ["Ja mūsu rīcība Jūs neapmierina, Jums ir tiesības iesniegt sūdzību.", `Sūdzību izskata ${who}.`];
  if (where) lines.push(/^https?:/i.test(where) ? `Sūdzību varat iesniegt šeit: ${where}.` : `Sūdzību varat sūtīt uz e-pasta adresi ${where}.`);
  return lines;
}

export function linksHeading(language: ReplyLanguage): string {
  return language === "en" ? "Useful information:" : "Noderīga informācija:";
}

export function nextStepsHeading(language: ReplyLanguage): string {
  return language === "en" ? "Next steps:" : "Turpmākās darbības:";
}

export function deadlineLine(language: ReplyLanguage, deadline: string): string {
  return language === "en" ? `Deadline: ${formatDateEn(deadline)}.` : `Termiņš: līdz ${formatDateLv(deadline, "dative")}.`;
}

export function closingLine(language: ReplyLanguage, phone: string): string {
  const p = phone.trim();
  if (language === "en") {
    return p ? `If you have any further questions, please reply to this e-mail or call me on ${p}.` : "If you have any further questions, please reply to this e-mail.";
  }
  return p ? `Ja Jums ir vēl jautājumi, lūdzu, atbildiet uz šo e-pastu vai zvaniet man pa tālruni ${p}.` : "Ja Jums ir vēl jautājumi, lūdzu, atbildiet uz šo e-pastu.";
}

/**
 * The last line before the signature: an apology when the reply has not apologised yet, thanks
 * for patience in a holding reply, thanks for the question when nothing has thanked the client;
 * null when the reply has already said it (the issue: thank once, apologise once).
 */
export function thanksOrApologyLine(
  language: ReplyLanguage,
  closing: "thanks" | "apology",
  scenario: string,
  already: { thanked: boolean; apologised: boolean; noOriginal?: boolean },
): string | null {
  if (closing === "apology") {
    if (already.apologised) return null;
    return language === "en" ? "We apologize for the inconvenience." : "Atvainojamies par sagādātajām neērtībām.";
  }
  if (scenario === "holding") return language === "en" ? "Thank you for your patience." : "Paldies par sapratni!";
  if (already.thanked) return null;
  // A new message answers no question of the client's.
  if (already.noOriginal) return language === "en" ? "Thank you for your cooperation." : "Paldies par sadarbību!";
  return language === "en" ? "Thank you for your question." : "Paldies par Jūsu jautājumu!";
}

export function signatureLabels(language: ReplyLanguage): { phone: string; email: string } {
  return language === "en" ? { phone: "Phone:", email: "E-mail:" } : { phone: "Tālr.", email: "E-pasts:" };
}

export function defaultSignOff(language: ReplyLanguage): string {
  return language === "en" ? "Kind regards," : "Ar cieņu";
}
