/**
 * The sentences the composer writes, in Latvian and English. They are built to need no declension
 * of names or positions (a colon and a list instead), so they are correct for any input; dates
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

export function referenceLine(language: ReplyLanguage, original: { date: string; subject?: string; kind?: OriginalKind; number?: string }): string {
  const kind = original.kind ?? "e-pasts";
  const subject = cleanSubject(original.subject);
  if (language === "en") {
    const number = original.number ? ` No. ${original.number}` : "";
    const about = subject ? ` about “${subject}”` : "";
    return `Thank you for your ${KIND_EN[kind]}${number} of ${formatDateEn(original.date)}${about}.`;
  }
  const number = original.number ? ` Nr. ${original.number}` : "";
  const about = subject ? ` „${subject}”` : "";
  return `Paldies par Jūsu ${formatDateLv(original.date, "genitive")} ${KIND_ACCUSATIVE_LV[kind]}${number}${about}.`;
}

const ANSWER_FORM_LV: Record<AnswerForm, string> = { "e-pasts": "e-pastā", vēstule: "vēstulē", telefons: "telefoniski", klātiene: "klātienē" };
const ANSWER_FORM_EN: Record<AnswerForm, string> = { "e-pasts": "by e-mail", vēstule: "by letter", telefons: "by phone", klātiene: "in person" };

export function holdingLines(language: ReplyLanguage, deadline: string, form: AnswerForm): string[] {
  if (language === "en") {
    return ["We need more time to look into your question properly.", `We will give you our answer ${ANSWER_FORM_EN[form]} by ${formatDateEn(deadline)}.`];
  }
  return ["Lai Jūsu jautājumu izskatītu rūpīgi, mums nepieciešams papildu laiks.", `Atbildi Jums sniegsim ${ANSWER_FORM_LV[form]} līdz ${formatDateLv(deadline, "dative")}.`];
}

export function referralIntro(language: ReplyLanguage): string {
  return language === "en" ? "The specialist who can help you with this question is:" : "Šajā jautājumā Jums palīdzēs kompetentais speciālists:";
}

export function referralLabels(language: ReplyLanguage): { location: string; hours: string; phone: string; email: string } {
  return language === "en"
    ? { location: "Where", hours: "Office hours", phone: "Phone", email: "E-mail" }
    : { location: "Pieņemšanas vieta", hours: "Pieņemšanas laiks", phone: "Tālrunis", email: "E-pasts" };
}

export function apologyLine(language: ReplyLanguage): string {
  return language === "en" ? "We apologise for our mistake." : "Atvainojamies par mūsu pieļauto kļūdu.";
}

export function complaintLines(language: ReplyLanguage, handler: string): string[] {
  return language === "en"
    ? ["If you are not satisfied with how we have handled this, you have the right to submit a complaint.", `Complaints are examined by: ${handler}.`]
    : ["Ja mūsu rīcība Jūs neapmierina, Jums ir tiesības iesniegt sūdzību.", `Sūdzības izskata: ${handler}.`];
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
    return p
      ? `If you have any further questions, please contact me by replying to this e-mail or by phone at ${p}.`
      : "If you have any further questions, please contact me by replying to this e-mail.";
  }
  return p
    ? `Ja Jums rodas papildu jautājumi, lūdzu, sazinieties ar mani, atbildot uz šo e-pastu vai zvanot pa tālruni ${p}.`
    : "Ja Jums rodas papildu jautājumi, lūdzu, sazinieties ar mani, atbildot uz šo e-pastu.";
}

export function thanksOrApologyLine(language: ReplyLanguage, closing: "thanks" | "apology", scenario: string): string {
  if (closing === "apology") return language === "en" ? "Once again, we apologise for the inconvenience." : "Vēlreiz atvainojamies par sagādātajām neērtībām.";
  if (scenario === "holding") return language === "en" ? "Thank you for your patience." : "Paldies par sapratni!";
  return language === "en" ? "Thank you for your question." : "Paldies par Jūsu jautājumu!";
}

export function signatureLabels(language: ReplyLanguage): { phone: string; email: string } {
  return language === "en" ? { phone: "Phone:", email: "E-mail:" } : { phone: "Tālr.", email: "E-pasts:" };
}

export function defaultSignOff(language: ReplyLanguage): string {
  return language === "en" ? "Kind regards," : "Ar cieņu";
}
