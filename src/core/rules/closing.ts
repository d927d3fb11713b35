/**
 * closing: before the signature the reply sums up and says what happens next — what the
 * municipality will do or what the client can or should do ("Ja Jums rodas papildu jautājumi,
 * lūdzu, sazinieties …", "Lūdzam iesniegt … līdz …", "Atbildi sniegsim līdz …", "Gaidīsim Jūsu …",
 * "If you have any further questions, please contact us"). Looked for in the last two paragraphs
 * before the signature (at least the last three sentences).
 */
import type { Draft } from "../draft/types";
import type { RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { findGreeting } from "./support/greeting";
import { quotable, structureRulesApply, suggestionLanguage } from "./support/language";
import { compilePhrases, draftWords, findPhrase, wordRange, type MatchWord } from "./support/phrases";
import { closingInsertPoint, closingRegion } from "./support/structure";

type MessageId = "missing";

const meta: RuleMeta<MessageId> = {
  id: "closing",
  severity: "warning",
  title: { lv: "Nobeigums un turpmākās darbības", en: "Closing and next steps" },
  description: {
    lv: "Nobeigumā apkopo galveno un pasaka, kas notiks tālāk: ko darīs pašvaldība, kas jādara klientam un līdz kuram laikam, kur vērsties ar jautājumiem. Tā klients zina, kā rīkoties, un viņam nav jāraksta vēlreiz.",
    en: "The closing part sums up the main point and says what happens next: what the municipality will do, what the client needs to do and by when, whom to ask. Then the client knows how to proceed and need not write again.",
  },
  messages: {
    lv: { missing: "Pirms paraksta īsi apkopojiet galveno un pasakiet, kas notiks tālāk, piemēram, „{example}”." },
    en: { missing: "Before the signature, sum up the main point and say what happens next, e.g. “{example}”." },
  },
  topic: "structure",
  onSend: { group: "missing", lv: "nobeigums ar turpmākajām darbībām", en: "a closing with next steps" },
  examples: {
    good: [
      "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota.\n\nTo varat saņemt Klientu apkalpošanas centrā darba dienās no 8.00 līdz 17.00.\n\nAr cieņu,\nIlze Ozola",
      "Labdien!\n\nPaldies par Jūsu iesniegumu. Atbildi sniegsim desmit darba dienu laikā.\n\nAr cieņu,\nIlze Ozola",
      "Labdien!\n\nPaldies par Jūsu iesniegumu. Pabalsta piešķiršanai trūkst izziņas par ienākumiem. Lūdzam to iesniegt līdz 15. decembrim.\n\nAr cieņu,\nIlze Ozola",
      "Labdien!\n\nPaldies par jautājumu. Nekustamā īpašuma nodokļa atvieglojums Jums ir piešķirts.\n\nJa Jums rodas papildu jautājumi, lūdzu, sazinieties ar mani.\n\nAr cieņu,\nIlze Ozola",
      "Labdien!\n\nPaldies, ka informējāt par bīstamo koku Pils ielā. Koks ir apsekots. Nākamnedēļ to nozāģēs mūsu darbinieki.\n\nAr cieņu,\nIlze Ozola",
      "Dear Ms Kalniņa,\n\nThank you for your e-mail. The permit is ready.\n\nIf you have any further questions, please contact me.\n\nKind regards,\nIlze Ozola",
    ],
    bad: [
      "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota.\n\nAr cieņu,\nIlze Ozola",
      "Labdien, Bērziņa kungs!\n\nPaldies par Jūsu iesniegumu. Ielas apgaismojums Pils ielā ir salabots.\n\nAr cieņu,\nIlze Ozola",
      "Labdien!\n\nJūsu pieteikums bērnudārza rindai ir reģistrēts ar numuru 1542.\n\nPaldies!\nIlze Ozola",
      "Labdien!\n\nAtbildot uz Jūsu jautājumu, informējam, ka pašvaldība šādu pakalpojumu nesniedz.",
      "Dear Ms Kalniņa,\n\nThank you for your e-mail. The permit was issued on 18 November.\n\nKind regards,\nIlze Ozola",
    ],
  },
};

/** Words and phrases of a closing part: questions welcome, requests, deadlines, next steps, summary. */
const CLOSING_PHRASES = compilePhrases([
  // Latvian: further questions, contact
  "ja ~5 jautājum*|neskaidrīb*|neskaidr*|papildu",
  "jautājumu|neskaidrību gadījumā",
  "ja ~2 nepieciešam*|vajadzīg*|vēlaties|interesē|rodas|radīsies|rastos|radušies|nepieciešama|nepieciešams",
  "sazināties|sazinieties|sazināsimies|sazināsies|sazinies|sazinoties|vērsties|griezties",
  "ieteic*|iesak*|aicin*",
  "lūdzam|lūdzu",
  "labprāt|droši ~2 palīdzē*|atbildē*|sazin*|zvan*|rakst*",
  // Latvian: next steps and deadlines
  "tiks|būs|notiks|varēs|vajadzēs|nāksies|sāksies|turpināsies|beigsies|stāsies|izmaksās|netiks|nebūs|nenotiks|nevarēs",
  "varat|varēsiet|variet|iespēja|iespēju",
  "turpmāk*|nākam*|tālāk*|rīt|parīt",
  "pēc tam",
  "līdz|termiņ*",
  "dienu|nedēļu|nedēļas|mēnešu|mēneša laikā",
  "ne vēlāk kā",
  "gaidām|gaidīsim|sagaidām",
  "ceram|ceru|noder*",
  "vairāk|sīkāk*|plašāk* informācij*",
  "sīkāka|plašāka|papildu informācija",
  "uz tikšanos|redzēšanos|sadzirdēšanos",
  // Latvian: summing up
  "apkopojot|rezumējot|kopumā|tātad|tādējādi|secinām|noslēgumā|nobeigumā|kopsavilkum*|īsumā",
  "līdz ar to",
  // English
  "if ~4 question*|queries|query|concerns|anything|help|assistance|further|need|require",
  "please|hesitate|feel|let",
  "will|shall|we'll|i'll|you'll|it'll",
  "you ~2 can|may|could|should|need|must",
  "next step*", "within|deadline|until|before", "look|looking forward", "hope ~3 help*|useful|answer*|clarif*",
  "in summary|short|conclusion", "to sum up", "get back", "contact us|me",
  // Russian
  "если ~3 вопрос*", "обращайтесь|свяжитесь|пожалуйста|просим",
  "сообщим|ответим|рассмотрим|свяжемся|направим|проинформируем|будет|будут|можете|сможете|до",
]);

/** The verb "iet" (to go) and its prefixed forms end like an imperative but are infinitives. */
const IET_INFINITIVES = new Set(["aiziet", "ieiet", "iziet", "noiet", "pāriet", "pieiet", "atiet", "uziet", "apiet", "saiet", "paiet", "sasniet"]);

/**
 * Verb forms that on their own point forward: a polite imperative or future "you" ("iesniedziet",
 * "sazinieties", "saņemsiet"), the future "we" ("sniegsim", "sazināsimies") and the debitive ("jums
 * jāiesniedz").
 */
function forwardVerb(word: MatchWord): boolean {
  const w = word.text;
  if (w.length >= 6 && (w.endsWith("iet") || w.endsWith("ieties")) && !IET_INFINITIVES.has(w)) return true;
  if (w.length >= 5 && (w.endsWith("sim") || w.endsWith("simies"))) return true;
  // "jāiesniedz", "jāsamaksā" — but not a capitalised name ("Jānis", "Jāņa").
  return w.length >= 5 && w.startsWith("jā") && word.original[0] === "j" && w[2] !== "ņ" && w[2] !== "n";
}

const EXAMPLES = {
  lv: "Ja Jums rodas papildu jautājumi, lūdzu, sazinieties ar mani.",
  en: "If you have any further questions, please contact me.",
} as const;

function check(draft: Draft, context: RuleContext): RuleReport<MessageId>[] {
  if (!structureRulesApply(context.language)) return [];
  const greeting = findGreeting(draft);
  const region = closingRegion(draft, greeting ? greeting.end : 0);
  const words = draftWords(draft);
  const { from, to } = wordRange(words, region.start, region.end);
  if (findPhrase(words, CLOSING_PHRASES, from, to)) return [];
  for (let i = from; i < to; i++) if (forwardVerb(words[i])) return [];
  const at = closingInsertPoint(draft);
  const language = suggestionLanguage(context.language);
  return [
    {
      messageId: "missing",
      data: { example: quotable(EXAMPLES[language]) },
      start: at,
      end: at,
      suggestions: [EXAMPLES[language]],
    },
  ];
}

export const rule: Rule<MessageId> = { meta, check };
