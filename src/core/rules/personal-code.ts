/**
 * personal-code: a Latvian personal identity code in the text. Personal codes are personal data
 * that e-mail does not protect, and a code with a name is enough to impersonate someone in many
 * services. Reported: an old-format code DDMMYY-NNNNN with a real birth date and the right check
 * digit; a new-format code 32NNNN-NNNNN; either written without the hyphen only where the text
 * says it is a personal code ("personas kods 01019012349", "p.k. 32…") — eleven digits alone may
 * as well be a cadastral or registration number.
 *
 * The fix masks the last five digits ("010190-*****"): that part (century, serial number, check
 * digit) is what makes the code identify one person; the six digits before it are the birth date
 * (old format) or random (new format), so the client still recognises whose code it was, and the
 * mask can never leak anything the unmasked text did not. Removing the code instead is the
 * employee's call, so it is not offered as an automatic fix.
 */
import type { Draft, Token } from "../draft/types";
import type { RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { isNewFormatCode, isValidOldFormatCode } from "./support/personalCode";
import { MAX_FINDINGS_PER_RULE } from "./support/limits";

type MessageId = "code";

const meta: RuleMeta<MessageId> = {
  id: "personal-code",
  severity: "warning",
  fixable: "code",
  title: {
    lv: "Personas kods vēstulē",
    en: "Personal identity code in the message",
  },
  description: {
    lv:
      "Personas kods ir personas dati, ko e-pasts neaizsargā: vēstuli var pārsūtīt, to var nolasīt citi, un personas kods kopā ar vārdu un uzvārdu ļauj uzdoties par cilvēku. Iestāde atbild par klientu personas datu konfidencialitāti, tāpēc personas kodu vēstulē nerakstiet vai aizklājiet tā pēdējos piecus ciparus.",
    en:
      "A personal identity code is personal data that e-mail does not protect: a message can be forwarded and read by others, and a code together with a name lets someone impersonate a person. The organization is responsible for keeping clients' personal data confidential, so leave personal codes out of e-mails or mask their last five digits.",
  },
  messages: {
    lv: {
      code: "Vēstulē ir personas kods. Personas kodu pa e-pastu nesūtiet — izdzēsiet to vai aizklājiet pēdējos piecus ciparus: {masked}.",
    },
    en: {
      code: "The message contains a personal identity code. Do not send personal codes by e-mail — remove it or mask the last five digits: {masked}.",
    },
  },
  topic: "personal-data",
  onSend: { group: "problem", lv: "personas kods", en: "a personal identity code" },
  examples: {
    good: [
      "Lūdzu, norādiet savu personas kodu, kad iesniegumu iesniegsiet klātienē Klientu apkalpošanas centrā.",
      "Nekustamā īpašuma kadastra numurs ir 80440070123, platība 1200 m².",
      "Jūsu iesniegums reģistrēts 2024. gada 12. martā ar Nr. 2-12/2024/345.",
      "Personas koda pēdējie cipari aizklāti: 150385-*****.",
    ],
    bad: [
      "Pārbaudījām datus par personu ar personas kodu 150385-10412, un viņai pienākas atvieglojums.",
      "Pabalsta saņēmēja: Anna Kalniņa, p.k. 01019012349.",
      "Lēmums pieņemts par Jāni Bērziņu (personas kods 320587-14523).",
    ],
  },
};

const DASHES = "-‐‑–";

/** Words before an unhyphenated number that say it is a personal code. */
const CODE_CONTEXT = /personas\s*kod|pers\.\s*kod|p\.\s?k\.|\bp\/k\b|\bpk\b|identifikācijas\s*kod|personal\s+(?:code|identity)|identity\s+(?:code|number)|identification\s+(?:code|number)|\bid\b/;

function digitsOnly(token: Token | undefined, length: number): boolean {
  return token !== undefined && token.kind === "number" && token.text.length === length && /^\d+$/.test(token.text);
}

function isDash(token: Token | undefined): boolean {
  return token !== undefined && token.text.length === 1 && DASHES.indexOf(token.text) >= 0;
}

interface Candidate {
  start: number;
  end: number;
  digits: string;
  hyphenated: boolean;
  /** Index of the last token of the candidate. */
  last: number;
}

/** A six-digit, hyphen, five-digit group (or 6 + space + 5, or 11 digits) starting at token t. */
function candidateAt(text: string, tokens: readonly Token[], t: number): Candidate | null {
  const first = tokens[t];
  if (digitsOnly(first, 11)) return { start: first.start, end: first.end, digits: first.text, hyphenated: false, last: t };
  if (!digitsOnly(first, 6)) return null;
  const dash = tokens[t + 1];
  const second = tokens[t + 2];
  if (isDash(dash) && dash.start === first.end && digitsOnly(second, 5) && second.start === dash.end) {
    return { start: first.start, end: second.end, digits: first.text + second.text, hyphenated: true, last: t + 2 };
  }
  const spaced = tokens[t + 1];
  if (digitsOnly(spaced, 5) && spaced.start === first.end + 1 && text[first.end] === " ") {
    return { start: first.start, end: spaced.end, digits: first.text + spaced.text, hyphenated: false, last: t + 1 };
  }
  return null;
}

/** Digits glued to the group on either side ("2024-010190-12349-1"): part of some longer number. */
function isPartOfLongerNumber(tokens: readonly Token[], t: number, c: Candidate): boolean {
  const before = tokens[t - 1];
  if (before && before.end === c.start && (before.kind === "number" || (isDash(before) && tokens[t - 2]?.kind === "number" && tokens[t - 2].end === before.start))) return true;
  const after = tokens[c.last + 1];
  if (after && after.start === c.end && (after.kind === "number" || (isDash(after) && tokens[c.last + 2]?.kind === "number" && tokens[c.last + 2].start === after.end))) return true;
  return false;
}

function saysPersonalCode(text: string, start: number): boolean {
  return CODE_CONTEXT.test(text.slice(Math.max(0, start - 48), start).toLowerCase());
}

function check(draft: Draft, _context: RuleContext): RuleReport<MessageId>[] {
  const findings: RuleReport<MessageId>[] = [];
  const { text, tokens } = draft;
  for (let t = 0; t < tokens.length && findings.length < MAX_FINDINGS_PER_RULE; t++) {
    if (tokens[t].kind !== "number") continue;
    const c = candidateAt(text, tokens, t);
    if (!c) continue;
    if (isPartOfLongerNumber(tokens, t, c)) {
      t = c.last;
      continue;
    }
    const valid = isValidOldFormatCode(c.digits) || isNewFormatCode(c.digits);
    if (valid && (c.hyphenated || saysPersonalCode(text, c.start))) {
      const written = text.slice(c.start, c.end);
      const masked = written.slice(0, written.length - 5) + "*****";
      findings.push({
        messageId: "code",
        data: { masked },
        start: c.start,
        end: c.end,
        suggestions: [masked],
        fix: { start: c.end - 5, end: c.end, text: "*****" },
      });
    }
    t = c.last;
  }
  return findings;
}

export const rule: Rule<MessageId> = { meta, check };
