/**
 * thanks-or-apology: as the situation calls for, the reply thanks the client or apologises —
 * "Paldies", "Pateicamies", "Atvainojamies", "Lūdzam piedot", "Thank you", "We apologise", "Sorry"
 * in any inflection, anywhere in the new text. The signature's fields do not count; its closing
 * phrase does ("Ar pateicību,", "Paldies!").
 */
import type { Draft } from "../draft/types";
import type { RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { quotable, structureRulesApply, suggestionLanguage } from "./support/language";
import { compilePhrases, draftWords, findPhrase, wordRange } from "./support/phrases";
import { bodyEnd, closingInsertPoint } from "./support/structure";

type MessageId = "missing";

const meta: RuleMeta<MessageId> = {
  id: "thanks-or-apology",
  severity: "warning",
  title: { lv: "Pateicība vai atvainošanās", en: "Thanks or apology" },
  description: {
    lv: "Atkarībā no situācijas atbildē pateicas klientam (par jautājumu, informāciju, pacietību) vai atvainojas (par kavēšanos, kļūdu, neērtībām). Tas parāda cieņu un veido labas attiecības ar klientu.",
    en: "Depending on the situation, the reply thanks the client (for the question, the information, their patience) or apologises (for a delay, a mistake, the inconvenience). It shows respect and builds a good relationship.",
  },
  messages: {
    lv: { missing: "Pateicieties klientam vai, ja situācija to prasa, atvainojieties, piemēram, „{thanks}” vai „{apology}”." },
    en: { missing: "Thank the client or, where the situation calls for it, apologise, e.g. “{thanks}” or “{apology}”." },
  },
  topic: "structure",
  onSend: { group: "missing", lv: "pateicība vai atvainošanās", en: "thanks or an apology" },
  examples: {
    good: [
      "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.\n\nAr cieņu,\nIlze Ozola",
      "Labdien!\n\nAtvainojamies par kavēšanos ar atbildi uz Jūsu iesniegumu. Pabalsts Jums ir piešķirts, un to izmaksāsim līdz 10. decembrim.\n\nAr cieņu,\nIlze Ozola",
      "Labdien!\n\nAtbildot uz Jūsu e-pastu, informējam, ka ielas apgaismojums Pils ielā ir salabots. Ja tas atkal nedegs, lūdzu, rakstiet mums. Pateicamies par sapratni!\n\nAr cieņu,\nIlze Ozola",
      "Labdien!\n\nJūsu 18. novembra pieteikums ir reģistrēts ar numuru 1542. Vietu rindā varat redzēt portālā Latvija.gov.lv.\n\nAr pateicību,\nIlze Ozola",
      "Labdien!\n\nAtbildot uz Jūsu e-pastu par rēķinu: lūdzam piedot sagādātās neērtības, rēķinā bija kļūda. Labotu rēķinu nosūtīsim līdz piektdienai.\n\nAr cieņu,\nIlze Ozola",
      "Dear Ms Kalniņa,\n\nWe apologise for the delay in answering your e-mail of 18 November. The permit is ready.\n\nIf you have any further questions, please contact me.\n\nKind regards,\nIlze Ozola",
    ],
    bad: [
      "Labdien!\n\nAtbildot uz Jūsu e-pastu, informējam, ka būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.\n\nAr cieņu,\nIlze Ozola",
      "Labdien, Bērziņa kungs!\n\nAtbildot uz Jūsu iesniegumu, informējam, ka ielas apgaismojumu salabosim līdz piektdienai.\n\nAr cieņu,\nIlze Ozola",
      "Labdien!\n\nJūsu pieteikums bērnudārza rindai ir reģistrēts ar numuru 1542. Pateicoties jaunajai sistēmai, rindas numuru redzēsiet portālā.",
      "Labdien!\n\nAtbildot uz Jūsu jautājumu: nekustamā īpašuma nodoklis jāsamaksā līdz 31. martam.\n\nAr cieņu,\nIlze Ozola\nNodokļu administratore",
      "Dear Ms Kalniņa,\n\nWith reference to your e-mail of 18 November: the permit is ready and can be collected at the Client Service Centre.\n\nIf you have any further questions, please contact me.\n\nKind regards,\nIlze Ozola",
    ],
  },
};

const THANKS_OR_APOLOGY = compilePhrases([
  // Latvian ("pateicoties" — "thanks to" something — is not thanking anyone)
  "paldies",
  "pateicamies|pateicos|pateicam|pateicība|pateicību|pateicības|pateicīgi|pateicīga|pateicīgs|pateicīgas|pateikties",
  "atvainoj*|atvainošan*|atvainoties",
  "piedot|piedodiet|piedošan*",
  "nožēlojam|nožēloju",
  "novērtējam|novērtēju jūs*",
  // English
  "thank*|grateful|appreciat*|apologi*|apology|sorry|pardon",
  // Russian
  "спасибо|благодар*|извин*|прощени*",
]);

const SUGGESTIONS = {
  lv: ["Paldies, ka sazinājāties ar mums!", "Atvainojamies par sagādātajām neērtībām."],
  en: ["Thank you for contacting us.", "We apologise for the inconvenience."],
} as const;

function check(draft: Draft, context: RuleContext): RuleReport<MessageId>[] {
  if (!structureRulesApply(context.language)) return [];
  const words = draftWords(draft);
  const body = wordRange(words, 0, bodyEnd(draft));
  if (findPhrase(words, THANKS_OR_APOLOGY, body.from, body.to)) return [];
  const signature = draft.signature;
  if (signature && signature.closing !== null) {
    // The closing line that opens the signature ("Ar pateicību,", "Paldies, Ilze Ozola").
    const newline = draft.text.indexOf("\n", signature.start);
    const lineEnd = newline < 0 || newline > signature.end ? signature.end : newline;
    const closingLine = wordRange(words, signature.start, lineEnd);
    if (findPhrase(words, THANKS_OR_APOLOGY, closingLine.from, closingLine.to)) return [];
  }
  const at = closingInsertPoint(draft);
  const [thanks, apology] = SUGGESTIONS[suggestionLanguage(context.language)];
  return [
    {
      messageId: "missing",
      data: { thanks: quotable(thanks), apology: quotable(apology) },
      start: at,
      end: at,
      suggestions: [thanks, apology],
    },
  ];
}

export const rule: Rule<MessageId> = { meta, check };
