/**
 * reference: the introduction refers to the client's request or to earlier contact ("Paldies par
 * Jūsu 2026. gada 18. novembra e-pastu", "Atbildot uz Jūsu iesniegumu", "Jūsu 17.11.2026. vēstulē
 * minēto", "Kā vienojāmies telefonsarunā", "Thank you for your e-mail of …"). Looked for in the
 * greeting's paragraph and the two paragraphs after it (at least three sentences).
 */
import type { Draft } from "../draft/types";
import type { RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { findGreeting } from "./support/greeting";
import { quotable, structureRulesApply, suggestionLanguage } from "./support/language";
import { compilePhrases, draftWords, findPhrase, wordRange } from "./support/phrases";
import { contentStart, introRegion } from "./support/structure";
import type { MatchWord } from "./support/phrases";
import { weightedDistance } from "../spelling";

type MessageId = "missing";

const meta: RuleMeta<MessageId> = {
  id: "reference",
  severity: "warning",
  title: { lv: "Atsauce uz klienta pieprasījumu", en: "Reference to the client's request" },
  description: {
    lv: "Īss ievads atsaucas uz klienta pieprasījumu vai iepriekšējo saziņu ar pašvaldību, lai klients uzreiz saprot, uz ko atbilde attiecas — īpaši, ja viņš rakstījis vairākkārt vai par vairākiem jautājumiem.",
    en: "A short introduction refers to the client's request or earlier contact with the municipality, so the client sees at once what the reply is about — especially after several messages or questions.",
  },
  messages: {
    lv: { missing: "Ievadā atsaucieties uz klienta pieprasījumu vai iepriekšējo saziņu, piemēram, „{example}”." },
    en: { missing: "Refer to the client's request or earlier contact in the introduction, e.g. “{example}”." },
  },
  topic: "structure",
  onSend: { group: "missing", lv: "atsauce uz klienta jautājumu", en: "a reference to the client's request" },
  examples: {
    good: [
      "Labdien!\n\nPaldies par Jūsu 2026. gada 18. novembra e-pastu. Būvatļauja ir sagatavota.",
      "Labdien, Bērziņa kungs!\n\nAtbildot uz Jūsu iesniegumu, informējam, ka ielas apgaismojumu salabosim līdz piektdienai.",
      "Godātā Kalniņas kundze!\n\nJūsu 17.11.2026. vēstulē minētais bīstamais koks Pils ielā ir nozāģēts.",
      "Labdien!\n\nAtbildot uz Jūsu jautājumu par nekustamā īpašuma nodokli, sniedzam šādu informāciju.",
      "Labdien!\n\nKā vienojāmies telefonsarunā, iesnieguma veidlapu varat saņemt Klientu apkalpošanas centrā.",
      "Labdien!\n\nEsam saņēmuši Jūsu pieteikumu un to izskatīsim piecu darba dienu laikā.",
      "Dear Mr Bērziņš,\n\nThank you for your e-mail of 18 November. The permit is ready.",
    ],
    bad: [
      "Labdien!\n\nBūvatļauja ir sagatavota, un to varat saņemt Klientu apkalpošanas centrā.",
      "Labdien, Bērziņa kungs!\n\nInformējam, ka ielas apgaismojumu Pils ielā salabosim līdz piektdienai.",
      "Labdien!\n\nNekustamā īpašuma nodoklis jāsamaksā līdz 31. martam. Maksāt var arī portālā Latvija.gov.lv.",
      "Labdien!\n\nPaldies par sapratni. Ūdens piegādi Rīgas gatvē atjaunosim rīt.",
      "Dear Ms Kalniņa,\n\nThe permit is ready and can be collected at the Client Service Centre.",
    ],
  },
};

/** What the client sent or asked: the nouns a reference names ("e-pastu", "iesniegumu", "jautājumu"). */
const LV_REQUEST =
  "vēstul*|e-vēstul*|e-past*|epast*|iesniegum*|jautājum*|pieprasījum*|pieteikum*|ziņ*|informācij*|interes*|sūdzīb*|" +
  "ierosinājum*|priekšlikum*|zvan*|telefonzvan*|atsauksm*|lūgum*|vēstījum*|vaicājum*|iebildum*|komentār*|pretenzij*|" +
  "saziņ*|sazināšan*|apmeklējum*|vizīt*|tikšan*|sarun*|telefonsarun*|konsultācij*|pierakst*";
/** What the client did, as a participle after "paldies par" ("par sniegto informāciju"). */
const LV_SENT = "sniegt*|iesniegt*|iesūtīt*|nosūtīt*|atsūtīt*|uzdot*|norādīt*|aizpildīt*";
/** What "Jūsu …" may name besides the request itself ("Jūsu minētā situācija", "Jūsu gadījumā"). */
const LV_YOUR_MATTER = `${LV_REQUEST}|${LV_SENT}|minēt*|aprakstīt*|pieminēt*|situācij*|gadījum*|problēm*|lieta|lietu|lietā|lietas|lietai`;
/**
 * Second person plural past of contacting ("Jūs rakstījāt", "sazinājāties", "kā minējāt"): each stem
 * takes only the "-t" and "-ties" endings, so "lūdzāt" counts and the first person "lūdzām" does not.
 */
const LV_CLIENT_DID = [
  "sazinājā", "rakstījā", "jautājā", "vaicājā", "vērsā", "griezā", "iesniedzā", "informējā", "ziņojā", "lūdzā", "norādījā",
  "minējā", "pieprasījā", "zvanījā", "apmeklējā", "pieteicā", "interesējā", "pievērsā", "sūtījā", "nosūtījā", "atsūtījā",
  "iesūtījā", "uzdevā", "aizpildījā", "pastāstījā", "paskaidrojā", "izteicā", "dalījā", "piesakījā", "vēlējā", "prasījā",
  "aicinājā", "pajautājā", "uzrakstījā",
]
  .map((stem) => `${stem}t|${stem}ties`)
  .join("|");
/** Earlier contact between the municipality and the client ("mūsu telefonsarunā", "iepriekšējā vēstulē"). */
const LV_CONTACT = "sarakst*|sarun*|telefonsarun*|saziņ*|komunikācij*|tikšan*|vienošan*|konsultācij*|vēstul*|e-past*|zvan*";

const EN_REQUEST =
  "e-mail*|email*|mail|message*|letter*|enquir*|inquir*|question*|request*|application*|complaint*|call*|feedback|" +
  "note|submission*|query|queries|comment*|suggestion*|report*|claim*";

/** After "your …" a verb-like noun says nothing of a request: "blocks your way, please call us". */
const EN_YOUR_REQUEST = EN_REQUEST.split("|").filter((noun) => noun !== "call*").join("|");

const REFERENCES = compilePhrases([
  // Latvian: thanks for the request
  `paldies|pateicamies|pateicos|pateicība|pateicību par ~6 ${LV_REQUEST}|${LV_SENT}`,
  `paldies|pateicamies|pateicos ka ~2 ${LV_CLIENT_DID}`,
  // Latvian: an apology for keeping the client waiting ("Atvainojamies par novēlotu atbildi")
  "atvainoj*|piedodiet par|ka ~4 atbild*|kavēšan*|kavēj*|novēlot*|gaidīšan*|ilgo|ilgi|gaidīj*",
  // Latvian: answering, in connection with, on the basis of
  "atbild* uz",
  `saistībā|sakarā|sasaistē ar ~5 ${LV_REQUEST}`,
  "saistībā|sakarā ar jūs*",
  `attiecībā|atsaucoties|atsaucamies|pamatojoties uz ~5 ${LV_REQUEST}`,
  "attiecībā|atsaucoties|atsaucamies|pamatojoties uz jūs*",
  // Latvian: the client's own message or question named
  `jūsu ~6 ${LV_YOUR_MATTER}`,
  LV_CLIENT_DID,
  "jūs|jums interesējoš*",
  // Latvian: received
  "esam saņēm*|reģistrēj*",
  `saņēm* ~4 ${LV_REQUEST}`,
  "saņēm* jūs*",
  `saņemtaj*|saņemto|saņemtais|saņemtā|saņemtās|saņemtie ${LV_REQUEST}`,
  // Latvian: earlier contact
  `iepriekšēj* ~2 ${LV_CONTACT}|atbild*`,
  `mūsu ~3 ${LV_CONTACT}`,
  `šodienas|vakardienas|vakarējās|vakarējā|šodienējās ~2 ${LV_CONTACT}`,
  "kā|ko ~2 runājām|vienojāmies|sarunājām|solījām|solīju|minēju|minējām|pārrunājām|apsolījām|norunājām|apspriedām",
  `turpinot ~3 ${LV_CONTACT}`,
  "papildinot ~2 iepriekš*",
  "iepriekš sniegt*|nosūtīt*|minēt*|sniegtaj*|nosūtītaj*",
  // English
  `thank|thanks ~2 for ~5 ${EN_REQUEST}|contacting|writing|getting|reaching|asking|sending|letting|bringing|raising|enquiring|inquiring|applying|submitting|informing|telling|interest`,
  "in reply|response|answer to",
  "with reference|regard|respect to",
  "regarding|concerning|re your",
  "further to",
  "following ~2 your|our",
  "as ~2 requested|discussed|agreed|promised|mentioned|arranged",
  "you ~2 asked|wrote|requested|enquired|inquired|mentioned|contacted|applied|submitted|called|reported|sent|emailed|e-mailed|raised|told|informed|asked",
  `your ~6 ${EN_YOUR_REQUEST}`,
  "we|i ~2 received|receive ~3 your",
  "have ~2 received",
  "our ~3 conversation*|call*|meeting*|correspondence|discussion*|phone|talk",
  "previous|earlier ~2 e-mail*|email*|correspondence|conversation*|message*|letter*|reply|call*",
  // Russian
  "на ваш*", "в ответ на", "благодар*|спасибо за", "ваш* ~4 обращени*|письм*|вопрос*|запрос*|заявлени*|жалоб*|сообщени*",
  "по вашему", "ссылаясь на", "мы получили",
]);

/** Request nouns long enough to be told from other words by their spelling ("pieteikum", "request"). */
const REQUEST_STEMS = `${LV_REQUEST}|${EN_REQUEST}`
  .split("|")
  .filter((alternative) => alternative.endsWith("*") && alternative.length > 6)
  .map((alternative) => alternative.slice(0, -1));

/**
 * The word read as the request noun it is a typo of ("pieteikmu" → "pieteikumu"), or null: a
 * prefix within one edit of a request stem, by the spelling engine's suggestion costs, so the
 * reference survives the typo the spelling rule reports (issue 15, cause 7). This rule runs
 * without the dictionary (synchronously, beside the spelling worker), so it measures the edit
 * itself instead of asking the checker for suggestions.
 */
function asRequestNoun(word: string): string | null {
  if (word.length < 6 || REQUEST_STEMS.some((stem) => word.startsWith(stem))) return null;
  for (const stem of REQUEST_STEMS) {
    if (word[0] !== stem[0] && word[1] !== stem[1]) continue;
    for (let length = stem.length - 1; length <= stem.length + 1 && length <= word.length; length++) {
      if (weightedDistance(word.slice(0, length), stem) <= 1) return stem + word.slice(length);
    }
  }
  return null;
}

/** The words of [from, to) with typos of request nouns read as the nouns (null when there are none). */
function withRequestTyposRead(words: readonly MatchWord[], from: number, to: number): MatchWord[] | null {
  let out: MatchWord[] | null = null;
  for (let i = from; i < to; i++) {
    const read = asRequestNoun(words[i].text);
    if (!read) continue;
    if (!out) out = words.slice();
    out[i] = { ...words[i], text: read };
  }
  return out;
}

const EXAMPLES = { lv: "Paldies par Jūsu e-pastu.", en: "Thank you for your e-mail." } as const;

function check(draft: Draft, context: RuleContext): RuleReport<MessageId>[] {
  if (!structureRulesApply(context.language)) return [];
  // A new message or a forward answers no request of the client's.
  if (context.composeType === "new" || context.composeType === "forward") return [];
  const greeting = findGreeting(draft);
  const greetingEnd = greeting ? greeting.end : 0;
  const intro = introRegion(draft, greetingEnd);
  const words = draftWords(draft);
  const { from, to } = wordRange(words, intro.start, intro.end);
  if (findPhrase(words, REFERENCES, from, to)) return [];
  const read = withRequestTyposRead(words, from, to);
  if (read && findPhrase(read, REFERENCES, from, to)) return [];
  const at = contentStart(draft.text, greetingEnd);
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
