/**
 * Word lists of the tone rule (src/core/rules/tone.ts): reproachful and lecturing phrases in Latvian
 * and English, each with neutral wording to suggest instead. Data only — the matching lives in the
 * rule and in rules/support/phrases.ts, whose syntax the patterns use.
 */

export interface TonePhrase {
  /** Phrases in support/phrases.ts syntax: "word*" any ending, "a|b" alternatives, "~2" up to two words. */
  patterns: string[];
  /** Neutral wording to write instead. */
  suggestions: string[];
  /** Keep the match only when an infinitive follows within two words ("Jums vajadzēja iesniegt"). */
  needsInfinitive?: boolean;
  /** Skip the match after one of these words: a condition ("ja Jūs neesat …") or our own fault ("esam Jūs nepareizi sapratuši"). */
  notAfter?: string[];
}

/** Verbs of telling and explaining, in the forms that follow "kā jau", "vairākkārt", "atkārtoti". */
const TOLD = [
  "rakstīj*", "minēj*", "norādīj*", "teic*", "teikuš*", "skaidroj*", "paskaidroj*", "informēj*", "atbildēj*", "ziņoj*",
  "rakstīts", "minēts", "norādīts", "teikts", "skaidrots", "paskaidrots", "informēts", "ziņots",
].join("|");

export const LATVIAN_PHRASES: readonly TonePhrase[] = [
  {
    patterns: [`kā jau ~3 ${TOLD}`],
    suggestions: ["Atgādinām, ka …", "Paskaidrojam: …"],
  },
  {
    patterns: [`vairākkārt|daudzkārt|atkārtoti ~2 ${TOLD}`, "neskaitām* reiz*", "vēlreiz atkārto*", "atkārtoju|atkārtojam vēlreiz"],
    suggestions: ["Paskaidrojam: …", "Atgādinām, ka …"],
  },
  {
    patterns: ["jums ~2 vajadzēja"],
    suggestions: ["Turpmāk iesakām …", "Lūdzam …"],
    needsInfinitive: true,
    notAfter: ["vai"],
  },
  {
    patterns: [
      "jums ~2 bija|būtu jāzina|jāsaprot|jāizlasa|jāiepazīst*|jāpārzina",
      "jums ~2 vajadzētu zināt|saprast|izlasīt",
      "jums ~2 jāsaprot|jāapzinās",
      "jums ~1 jāzina ka",
    ],
    suggestions: ["Vēršam uzmanību, ka …", "Informējam, ka …"],
  },
  {
    patterns: [
      "jūs ~2 kļūdāties|maldāties|kļūdījāties|maldījāties|kļūdījies|kļūdījusies|kļūdījušies|maldījies|maldījusies|maldījušies",
      "jūs ~3 nepareizi saprot*|saprat*|izprot*|izprat*|interpretē*|interpretēj*",
      "jūs ~2 neesat saprat*|izprat*|izlasīj*|iepazin*",
    ],
    suggestions: ["Precizējam: …", "Iespējams, mūsu informācija nebija pietiekami skaidra, tāpēc paskaidrojam: …"],
    notAfter: ["ja", "vai", "esam", "mēs", "neesam", "būsim", "bijām"],
  },
  {
    patterns: ["ja jūs ~1 būtu ~2 izlasīj*|iepazin*|ievēroj*|pārbaudīj*"],
    suggestions: ["Precizējam: …", "Iespējams, mūsu informācija nebija pietiekami skaidra, tāpēc paskaidrojam: …"],
  },
  {
    patterns: ["tas|tā|tad ~2 ir acīmredzam*", "tas taču ir skaidr*", "skaidri un gaiši", "kā ikviens|katrs|jebkurš zina|saprot", "visiem|ikvienam ir zināms"],
    suggestions: ["Paskaidrojam: …"],
  },
  {
    patterns: ["nesaprotam|nesaprotu|nesapratām|nesapratu kāpēc|kādēļ|kā jūs|jums|jūsu", "nevaram|nevaru saprast kāpēc|kādēļ|kā jūs|jums|jūsu"],
    suggestions: ["Lūdzam precizēt, …", "Lai varētu palīdzēt, lūdzam paskaidrot, …"],
  },
  {
    patterns: [
      "nav mūsu problēm*|darīšan*|bēd*|vain*",
      "ir jūsu darīšan*|bēd*",
      "ir jūsu paša|pašas|pašu problēm*|darīšan*|bēd*",
      "jūsu paša|pašas|pašu vain*",
      "pats|pati|paši ~1 esat vainīg*",
      "jūs ~2 esat vainīg*",
    ],
    suggestions: ["Diemžēl šis jautājums nav pašvaldības kompetencē; ar to var vērsties …", "Diemžēl šajā jautājumā nevaram palīdzēt, taču iesakām …"],
  },
  {
    patterns: ["būt|esiet|bijāt|būtu|jābūt ~1 uzmanīgāk*|rūpīgāk*"],
    suggestions: ["Lūdzam pārbaudīt, vai …", "Iesakām pirms iesniegšanas pārbaudīt …"],
    // "Mums vajadzēja būt uzmanīgākiem" is an apology; "Jums vajadzēja būt …" is caught above.
    notAfter: ["mums", "mēs", "vajadzēja", "vajadzētu"],
  },
  {
    patterns: ["absurd*", "muļķīg*", "stulb*", "smieklīg*"],
    suggestions: ["nav pamatots", "neatbilst noteikumiem"],
  },
];

export const ENGLISH_PHRASES: readonly TonePhrase[] = [
  {
    patterns: ["as ~2 already told|said|explained|stated|mentioned|informed|advised|pointed", "as i|we said", "as we have told you", "told you ~2 times|before"],
    suggestions: ["Please note that …", "To clarify: …"],
  },
  {
    patterns: ["it is|it's obvious", "obviously", "it should be obvious|clear", "clearly stated|explained"],
    suggestions: ["To clarify: …"],
  },
  {
    patterns: ["you should have read|known|checked|noticed|realised|realized|understood|paid|contacted"],
    suggestions: ["In future, we recommend …", "Please …"],
  },
  {
    patterns: ["you are|were ~1 mistaken|wrong", "you ~1 misunderstood|misread", "you failed to"],
    suggestions: ["To clarify: …", "We have not received …"],
  },
  {
    patterns: ["not our problem|fault|concern", "your own fault|problem", "your fault"],
    suggestions: ["Unfortunately this is outside our remit; you can contact …"],
  },
  {
    patterns: ["you must|need to understand|realise|realize", "for the last time", "let me repeat", "we repeat"],
    suggestions: ["Please note that …"],
  },
  {
    patterns: ["ridiculous", "absurd", "stupid", "nonsense"],
    suggestions: ["unfounded", "not in line with the rules"],
  },
];

/** "pat" is no verb; "Jums vajadzēja saņemt mūsu vēstuli" states an expectation, not a reproach. */
export const NOT_REPROACH_INFINITIVES: ReadonlySet<string> = new Set(["pat", "saņemt", "pienākt", "nonākt"]);
