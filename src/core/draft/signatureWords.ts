/**
 * Word lists for the signature detector (signature.ts). Data only: add a word here, not a rule
 * there. Stems are matched against the start of each lower-case word, so one stem covers
 * Latvian inflection ("speciālist" → speciālists, speciāliste, speciālistes).
 */

/** Closing phrases that introduce a signature, lower case; the longest match wins. */
export const CLOSING_PHRASES: readonly string[] = [
  // Latvian
  "ar cieņu", "ar cieņu un labiem vēlējumiem", "ar cieņu un labām vēlmēm", "ar cieņu un pateicību", "ar patiesu cieņu",
  "ar dziļu cieņu", "ar labām vēlmēm", "ar vislabākajām vēlmēm", "ar labiem vēlējumiem", "ar vislabākajiem vēlējumiem",
  "ar sveicieniem", "ar labiem sveicieniem", "ar draudzīgu sveicienu", "ar draudzīgiem sveicieniem", "sveicieni",
  "cieņā", "ar pateicību", "paldies", "paldies jau iepriekš", "visu labu", "jauku dienu", "jauku dienu vēlot",
  "veiksmīgu dienu", "ar labu vēlējumu", "ar labākajiem vēlējumiem", "ar cienu", "ar cieņu un sveicieniem",
  // English
  "kind regards", "best regards", "warm regards", "warmest regards", "kindest regards", "regards", "with regards",
  "with kind regards", "with best regards", "many thanks", "thanks", "thank you", "thanks and regards", "sincerely",
  "yours sincerely", "sincerely yours", "yours faithfully", "faithfully", "best wishes", "with best wishes", "best",
  "cheers", "all the best", "respectfully", "yours truly", "br",
  // Russian, Ukrainian
  "с уважением", "с наилучшими пожеланиями", "всего доброго", "всего хорошего", "спасибо", "заранее спасибо",
  "с благодарностью", "з повагою",
  // Neighbours and other common locales
  "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "viele grüße", "beste grüße", "mfg",
  "lugupidamisega", "parimate soovidega", "tervitustega", "pagarbiai", "su pagarba", "linkėjimai", "z poważaniem",
  "pozdrawiam", "z wyrazami szacunku", "cordialement", "bien cordialement", "salutations", "atentamente", "saludos",
  "un saludo", "cordiali saluti", "distinti saluti", "met vriendelijke groet", "met vriendelijke groeten",
  "med vänlig hälsning", "vänliga hälsningar", "med venlig hilsen", "med vennlig hilsen", "ystävällisin terveisin",
  "s pozdravem", "üdvözlettel", "saygılarımla",
];

/**
 * Stems of Latvian job titles, in the masculine (or cut before the gender ending, as
 * "vadītāj" for vadītājs and vadītāja). The feminine stems are derived from these with
 * FEMININE_TITLE_ENDINGS ("vietniek" → "vietniec"), so list only the masculine here — unless
 * the feminine is another word (medmāsa beside medbrālis).
 */
export const POSITION_STEMS_LV: readonly string[] = [
  "speciālist", "vadītāj", "referent", "konsultant", "sekretār", "lietved", "inženier", "jurist", "juriskonsult",
  "direktor", "izpilddirektor", "pārvaldniek", "grāmatved", "ekonomist", "priekšsēdētāj", "vietniek", "padomniek",
  "koordinator", "asistent", "administrator", "darbiniek", "inspektor", "arhitekt", "ekspert", "analītiķ",
  "menedžer", "operator", "tehniķ", "dispečer", "kasier", "bibliotekār", "skolotāj", "pedagog", "psiholog",
  "metodiķ", "kurator", "auditor", "revident", "deputāt", "lektor", "pārzin", "aprūpētāj", "pārstāv",
  "māksliniek", "tulkotāj", "programmētāj", "izstrādātāj", "plānotāj", "apsaimniekotāj", "ārst", "medbrāl", "medmāsa",
  "feldšer", "stratēģ", "redaktor", "valdes locekl", "uzraug", "meistar", "būvinženier", "zemes ierīcītāj",
  "mērniek",
];
/**
 * Latvian job titles matched as whole words only, because as a stem they would start other
 * words ("mērs" would start Mērsrags, its feminine "mēre" would start mērens).
 */
export const POSITION_WORDS_LV: readonly string[] = ["mērs"];

/**
 * Endings of Latvian agent nouns (who does something): a lower-case head word of a short line
 * ending in one of them is a job title not in the list ("zemes ierīkotājs", "pašvaldības
 * policists", "sporta organizatore"), in both genders.
 */
export const AGENT_NOUN_ENDINGS: readonly string[] = ["tājs", "tāja", "ējs", "ēja", "ists", "iste", "nieks", "niece", "ors", "ore", "ārs", "āre"];
/** Words with those endings that name things, not people ("skaitītājs" is a meter). */
export const NOT_AGENT_NOUNS: readonly string[] = [
  "sektors", "faktors", "koridors", "motors", "monitors", "projektors", "radiators", "ventilators", "akumulators",
  "kalkulators", "indikators", "kalendārs", "komentārs", "seminārs", "inventārs", "honorārs", "skaitītājs",
  "rādītājs", "sildītājs", "slēdzējs", "mērītājs", "dzesētājs", "dators",
];

/**
 * How a Latvian masculine job title (stem or whole word) becomes feminine, as [masculine
 * ending, feminine ending]; the first row whose ending matches applies, and a stem that matches
 * no row already covers both genders ("speciālist": speciālists, speciāliste).
 */
export const FEMININE_TITLE_ENDINGS: readonly (readonly [string, string])[] = [
  ["nieks", "niece"], ["niek", "niec"], // vietnieks → vietniece
  ["vedis", "vede"], // lietvedis → lietvede
  ["ieris", "iere"], // inženieris → inženiere
  ["eklis", "ekle"], // loceklis → locekle
  ["ķis", "ķe"], // tehniķis → tehniķe
  ["tājs", "tāja"], ["ājs", "āja"], ["ējs", "ēja"], // vadītājs → vadītāja, uzņēmējs → uzņēmēja
  ["ists", "iste"], ["ents", "ente"], ["ants", "ante"], // jurists → juriste, referents → referente
  ["ors", "ore"], ["ārs", "āre"], ["ērs", "ēre"], ["āns", "āne"], // direktors → direktore, sekretārs → sekretāre
  ["augs", "audze"], ["aug", "audz"], // uzraugs → uzraudze
  ["logs", "loģe"], ["log", "loģ"], ["gogs", "goģe"], ["gog", "goģ"], // psihologs → psiholoģe, pedagogs → pedagoģe
];

/** Stems of English job titles. */
export const POSITION_STEMS_EN: readonly string[] = [
  "specialist", "manager", "officer", "assistant", "director", "head of", "coordinator", "consultant", "adviser",
  "advisor", "engineer", "lawyer", "secretary", "administrator", "accountant", "analyst", "clerk", "executive",
  "chairman", "chairperson", "president", "ceo", "cfo", "cto", "coo", "representative", "agent", "team lead",
  "developer", "designer", "architect", "inspector", "supervisor", "mayor", "expert", "counsel", "attorney",
  "librarian", "teacher", "lecturer", "professor", "researcher", "planner", "associate", "intern", "partner",
  "founder", "owner", "editor", "translator", "technician", "operator",
];

/** Stems of Russian job titles. */
export const POSITION_STEMS_RU: readonly string[] = [
  "специалист", "менеджер", "руководител", "директор", "консультант", "инженер", "юрист", "секретар", "бухгалтер",
  "начальник", "заведующ", "ассистент", "референт", "инспектор", "администратор", "эксперт",
];

/** All job-title stems as listed (masculine Latvian; signature.ts adds the feminine ones). */
export const POSITION_STEMS: readonly string[] = [...POSITION_STEMS_LV, ...POSITION_STEMS_EN, ...POSITION_STEMS_RU];

/** Stems of institutions (Latvian, English, Russian); "primary" ones name the organisation itself. */
export const INSTITUTION_PRIMARY_STEMS: readonly string[] = [
  "pašvaldīb", "dome", "domes", "novada", "novads", "pilsētas", "valstspilsēt", "pagasta", "pagastu", "ministrij",
  "aģentūr", "iestād", "inspekcij", "dienest", "valsts", "republikas", "universitāt", "koledž", "slimnīc",
  "biedrīb", "nodibinājum", "fond", "kapitālsabiedrīb", "sabiedrīb", "birojs", "tiesa", "tiesas",
  "bāriņties", "būvvald", "policij", "komisij", "padome", "padomes", "municipality", "municipal", "council",
  "agency", "ministry", "authority", "university", "college", "hospital", "foundation", "association", "company",
  "city of", "county", "government", "администрац", "муниципалитет", "дума", "агентств", "министерств",
  "управлени", "самоуправлени",
];
export const INSTITUTION_SECONDARY_STEMS: readonly string[] = [
  "centr", "nodaļ", "daļa", "daļas", "kancelej", "pārvalde", "pārvaldes", "departament", "biroj", "skola", "skolas", "bibliotēk", "muzej",
  "teātr", "nams", "nama", "klientu apkalpošanas", "apvienīb", "struktūrvienīb", "direkcij", "department",
  "division", "office", "centre", "center", "unit", "service", "services", "school", "library", "museum", "центр",
  "отдел", "служб",
];
/** Legal-form abbreviations, matched as whole words and case-sensitively ("AS", not "as"). */
export const INSTITUTION_LEGAL_FORMS: readonly string[] = [
  "SIA", "AS", "VSIA", "PSIA", "VAS", "PAS", "IK", "ZS", "Ltd", "Ltd.", "LLC", "Inc", "Inc.", "GmbH", "OÜ", "UAB",
  "ООО", "АО", "ПАО", "BO", "SIA,",
];

/** Titles before or after a name ("k-dze Ilze Ozola", "Dr. Jānis Bērziņš"), lower case, without dots. */
export const HONORIFICS: readonly string[] = [
  "k-dze", "kdze", "kundze", "k-gs", "kgs", "kungs", "mr", "mrs", "ms", "miss", "dr", "prof", "mg", "ing", "г-н", "г-жа",
  "господин", "госпожа",
];

/** Labels in front of a phone number. */
export const PHONE_LABELS: readonly string[] = [
  "tālr", "tālrunis", "tālruņa", "tel", "telefons", "t", "mob", "mobilais", "m", "p", "phone", "mobile", "cell",
  "тел", "телефон", "моб", "fakss", "fax", "f", "ph", "tālr./fakss", "tālrunis/fakss",
];

/** Top-level domains accepted for a bare website ("adazi.lv") in a signature. */
export const WEBSITE_TLDS: readonly string[] = [
  "lv", "eu", "com", "org", "net", "gov", "edu", "info", "ee", "lt", "ru", "de", "uk", "fi", "se", "no", "dk", "pl",
  "io", "biz", "int", "by", "ua", "fr", "it", "es", "nl", "be", "at", "ch", "cz", "sk", "hu", "us", "ca", "online",
];

/** Words that are never a person's name although they are capitalised in a signature. */
export const NOT_NAME_WORDS: readonly string[] = [
  "labdien", "sveiki", "paldies", "lūdzu", "cieņā", "sveicieni", "informācija", "pielikumā", "adrese", "e-pasts",
  "tālrunis", "mājaslapa", "tīmekļvietne", "mob", "tel", "tālr", "fakss", "iela", "ielā", "novads", "latvija",
  "latvia", "riga", "rīga", "ādaži", "regards", "thanks", "thank", "best", "kind", "dear", "hello", "hi", "phone",
  "email", "website", "address", "mobile", "office", "confidential", "konfidenciāli", "piezīme", "uzmanību",
  "pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena", "janvāris",
  "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris", "oktobris", "novembris",
  "decembris", "darba", "laiks", "pieņemšanas", "un", "ar", "par", "no", "uz", "the", "and", "of",
  // pronouns written with a capital in polite Latvian, and the words of wishes that end a letter
  // ("Jauku Dienu", "Priecīgus Svētkus", "Uz Tikšanos")
  "jūs", "jums", "jūsu", "mēs", "mums", "mūsu", "lai", "līdz", "visu", "labu", "jauku", "laimīgu", "priecīgus",
  "diena", "dienu", "vakaru", "nedēļu", "svētki", "svētkus", "gadu", "veiksmi", "tikšanos", "tikšanās", "redzēšanos",
];
