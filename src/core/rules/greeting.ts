/**
 * greeting: the reply opens with a salutation ("Labdien!", "Labdien, Bērziņa kungs!", "Godātā
 * Kalniņas kundze!", "Dear Ms Kalniņa,"). The greeting forms are recognised in support/greeting.ts.
 */
import type { Draft } from "../draft/types";
import { planGreeting } from "../lv/names";
import { externalRecipients } from "./support/recipients";
import type { Rule, RuleContext, RuleMeta, RuleReport } from "./types";
import { findGreeting } from "./support/greeting";
import { structureRulesApply, suggestionLanguage } from "./support/language";
import { contentStart } from "./support/structure";

type MessageId = "missing";

const meta: RuleMeta<MessageId> = {
  id: "greeting",
  severity: "error",
  title: { lv: "Uzruna", en: "Greeting" },
  description: {
    lv: "Atbildi sāk ar uzrunu: tā parāda cieņu pret klientu un skaidri iezīmē, kur vēstule sākas. Der gan neitrāla uzruna („Labdien!”), gan uzruna, kurā minēts klienta uzvārds („Labdien, Kalniņas kundze!”, „Godātā Kalniņas kundze!”).",
    en: "A reply opens with a greeting: it shows respect for the client and marks clearly where the letter starts. A neutral greeting (“Hello,”) or a named one (“Dear Ms Kalniņa,”) will do.",
  },
  messages: {
    lv: { missing: "Sāciet atbildi ar uzrunu, piemēram, „{example}”." },
    en: { missing: "Open the reply with a greeting, e.g. “{example}”." },
  },
  topic: "structure",
  onSend: { group: "missing", lv: "uzruna", en: "a greeting" },
  examples: {
    good: [
      "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, un to varat saņemt Klientu apkalpošanas centrā.",
      "Labdien, Bērziņa kungs!\n\nAtbildot uz Jūsu iesniegumu, informējam, ka ielas apgaismojumu salabosim līdz piektdienai.",
      "Godātā Kalniņas kundze!\n\nPaldies, ka informējāt par bīstamo koku Pils ielā.",
      "Cienījamā Ozolas kundze,\n\nJūsu pieteikums bērnudārza rindai ir reģistrēts.",
      "Sveicināti!\n\nPaldies par Jūsu jautājumu par nekustamā īpašuma nodokli.",
      "Dear Ms Kalniņa,\n\nThank you for your e-mail of 18 November.",
    ],
    bad: [
      "Jūsu iesniegums ir saņemts, un to izskatīsim 10 darba dienu laikā. Paldies par pacietību!\n\nAr cieņu,\nIlze Ozola",
      "Paldies par Jūsu e-pastu! Būvatļauja ir sagatavota.",
      "Atbildot uz Jūsu jautājumu, nekustamā īpašuma nodoklis jāsamaksā līdz 31. martam.",
      "Jūsu pieteikums bērnudārza rindai ir reģistrēts ar numuru 1542.",
      "Thank you for your e-mail. The permit is ready for collection.",
    ],
  },
};

const NEUTRAL_EXAMPLE = { lv: "Labdien!", en: "Hello," } as const;

/** The greeting to suggest: a named one when the only external client's name makes it certain, and the neutral one. */
function suggestedGreetings(draft: Draft, context: RuleContext): string[] {
  const language = suggestionLanguage(context.language);
  const clients = externalRecipients(context);
  const suggestions: string[] = [];
  if (clients.length === 1 && clients[0].name) {
    const plan = planGreeting({ fullName: clients[0].name, language, register: "named" });
    if (plan.register === "named") suggestions.push(plan.text);
  }
  suggestions.push(NEUTRAL_EXAMPLE[language]);
  return suggestions;
}

function check(draft: Draft, context: RuleContext): RuleReport<MessageId>[] {
  if (!structureRulesApply(context.language)) return [];
  if (findGreeting(draft)) return [];
  const at = contentStart(draft.text);
  const suggestions = suggestedGreetings(draft, context);
  return [
    {
      messageId: "missing",
      data: { example: suggestions[0] },
      start: at,
      end: at,
      suggestions,
    },
  ];
}

export const rule: Rule<MessageId> = { meta, check };
