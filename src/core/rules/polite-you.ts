/**
 * polite-you: writing to one client, the polite "Jūs", "Jūsu", "Jums" (and "Jūsējais …",
 * "Jūsuprāt") take a capital letter; addressing several people ("Labdien, kolēģi!", "Godātie
 * vecāki!", "jūs abi") they stay in lower case, which is then correct. Quotations and the signature
 * are not the employee's own address to the client and are left alone. Latvian only.
 */
import type { Draft } from "../draft/types";
import { externalRecipients } from "./support/recipients";
import { planGreeting } from "../lv/names";
import type { RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { findGreeting } from "./support/greeting";
import { draftWords, wordRange, type MatchWord } from "./support/phrases";
import { bodyEnd, makeSpanCursor, quotationSpans } from "./support/structure";

type MessageId = "lowercase";

const meta: RuleMeta<MessageId> = {
  id: "polite-you",
  severity: "warning",
  fixable: "code",
  title: { lv: "Pieklājības forma „Jūs”", en: "Polite “Jūs”" },
  description: {
    lv: "Uzrunājot vienu personu, pieklājības formas „Jūs”, „Jūsu”, „Jums” raksta ar lielo sākumburtu — tā rakstītājs izrāda cieņu. Ja uzrunā vairākus cilvēkus („Labdien, kolēģi!”, „Godātie vecāki!”), vietniekvārdu raksta ar mazo burtu.",
    en: "Writing to one person in Latvian, the polite forms “Jūs”, “Jūsu”, “Jums” take a capital letter as a sign of respect. Addressing several people (“Labdien, kolēģi!”), the pronoun stays in lower case.",
  },
  messages: {
    lv: { lowercase: "Uzrunājot vienu klientu, pieklājības formu rakstiet ar lielo sākumburtu: „{fixed}”." },
    en: { lowercase: "Writing to one client, capitalise the polite form: “{fixed}”." },
  },
  topic: "language",
  onSend: { group: "problem", lv: "„Jūs” ar mazo burtu", en: "“Jūs” in lower case" },
  examples: {
    good: [
      "Labdien, Bērziņa kungs!\n\nPaldies par Jūsu e-pastu. Jums piešķirto pabalstu izmaksāsim līdz 10. decembrim.",
      "Labdien!\n\nJūsu iesniegums ir saņemts, un atbildi Jums nosūtīsim desmit darba dienu laikā.",
      "Godātie vecāki!\n\nInformējam, ka jūsu bērnu pieteikumi bērnudārzam ir reģistrēti.",
      "Labdien!\n\nJūs abi esat reģistrēti kā dzīvokļa īpašnieki, tāpēc jums abiem jāparaksta iesniegums.",
      "Labdien!\n\nIesniegumā rakstījāt: „Vai jūs varat salabot apgaismojumu?” Apgaismojums ir salabots.",
    ],
    bad: [
      "Labdien!\n\nPaldies par jūsu e-pastu. Būvatļauja ir sagatavota.",
      "Labdien, Kalniņas kundze!\n\nInformējam, ka jums ir piešķirts nekustamā īpašuma nodokļa atvieglojums.",
      "Labdien!\n\nJa jums rodas jautājumi, lūdzu, sazinieties ar mani.",
      "Godātā Kalniņas kundze!\n\nAtvainojamies, ka jūs gaidījāt atbildi tik ilgi.",
    ],
  },
};

const POLITE_FORMS = new Set(["jūs", "jūsu", "jums", "jūsuprāt"]);
/** "jūs abi", "visi jūs", "jums katram": several people are addressed, lower case is right. */
const PLURAL_NEIGHBOURS = new Set([
  "abi", "abas", "abus", "abiem", "abām", "visi", "visas", "visus", "visiem", "visām", "katrs", "katra", "katram", "katrai", "katru", "vairāki", "vairākiem",
]);

function isPoliteForm(word: string): boolean {
  return POLITE_FORMS.has(word) || word.startsWith("jūsēj");
}

/** Whether the reply addresses one client: not several recipients, not a plural greeting. */
function addressesOneClient(draft: Draft, context: RuleContext): boolean {
  if (findGreeting(draft)?.audience === "several") return false;
  // Without recipients (a file checked on its own), the greeting is all there is to go by.
  if (context.recipients.length === 0) return true;
  const clients = externalRecipients(context);
  if (clients.length !== 1) return false;
  // "Jānis un Anna Bērziņi", "Bērziņu ģimene": one address, several people.
  const name = clients[0].name;
  return !name || planGreeting({ fullName: name, language: "lv", register: "neutral" }).audience !== "several";
}

function capitalised(word: MatchWord): string {
  return word.original[0].toUpperCase() + word.original.slice(1);
}

function check(draft: Draft, context: RuleContext): RuleReport<MessageId>[] {
  if (context.language !== "lv") return [];
  if (!addressesOneClient(draft, context)) return [];
  const words = draftWords(draft);
  const end = bodyEnd(draft);
  const { from, to } = wordRange(words, 0, end);
  const quoted = makeSpanCursor(quotationSpans(draft.text, 0, end));
  const findings: RuleReport<MessageId>[] = [];
  for (let i = from; i < to; i++) {
    const word = words[i];
    if (word.original[0] !== "j" || !isPoliteForm(word.text)) continue;
    if (quoted(word.start)) continue;
    if ((i + 1 < to && PLURAL_NEIGHBOURS.has(words[i + 1].text)) || (i > from && PLURAL_NEIGHBOURS.has(words[i - 1].text))) continue;
    const fixed = capitalised(word);
    findings.push({
      messageId: "lowercase",
      data: { fixed },
      start: word.start,
      end: word.end,
      suggestions: [fixed],
      fix: { start: word.start, end: word.end, text: fixed },
    });
  }
  return findings;
}

export const rule: Rule<MessageId> = { meta, check };
