/**
 * Word lists of the attachment-mention rule (src/core/rules/attachment-mention.ts): what one attaches,
 * the verbs and participles that say something is attached, and the words that show a sentence is
 * about something else (a link, the post, a cited annex, a missing attachment, a disclaimer). Data
 * only; the rule decides how they combine.
 */

/** Latvian nouns (stems) of things one attaches; "kopijā" (in copy, Cc) is left out on purpose. */
export const ATTACHABLE_STEMS: readonly string[] = [
  "fail",
  "dokument",
  "veidlap",
  "pielikum",
  "kopij",
  "skenējum",
  "skenēt",
  "attēl",
  "fotogrāfij",
  "foto",
  "bild",
  "tabul",
  "lēmum",
  "līgum",
  "izziņ",
  "rēķin",
  "prezentācij",
  "shēm",
  "protokol",
  "izdruk",
  "apliecīb",
  "atzinum",
  "instrukcij",
  "tāme",
  "tāmi",
  "tāmes",
  "akts",
  "aktu",
];
export const ATTACHABLE_EXACT: ReadonlySet<string> = new Set(["pdf", "docx", "doc", "xlsx", "xls", "odt", "zip", "jpg", "jpeg", "png", "edoc", "asice"]);

/** Definite participles: "the attached …" ("pievienotajā failā", "aizpildiet pievienoto veidlapu"). */
export const ATTACHED_DEFINITE: ReadonlySet<string> = new Set([
  "pievienotais",
  "pievienotā",
  "pievienotajam",
  "pievienoto",
  "pievienotajā",
  "pievienotie",
  "pievienotajiem",
  "pievienotos",
  "pievienotajos",
  "pievienotās",
  "pievienotajai",
  "pievienotajām",
]);

/** Short participles: "pievienots, -a, -i, -as" — ours only when the message is named ("pievienota šai vēstulei"). */
export const ATTACHED_SHORT: ReadonlySet<string> = new Set(["pievienots", "pievienota", "pievienoti", "pievienotas", "pievienotu"]);

export const ENGLISH_MESSAGE_NOUNS: ReadonlySet<string> = new Set(["e-mail", "email", "message", "letter", "reply"]);

/** Nouns naming the message itself ("pievienota šai vēstulei"). */
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set(["vēstulei", "e-pastam", "e-vēstulei", "epastam", "atbildei", "vēstulē", "e-pastā"]);

/**
 * First-person "I/we attach, send": an attachment if something attachable is named. Converbs
 * ("pievienojot", "nosūtot") are left out: they mostly tell the client how to send documents
 * ("iesniedziet, pievienojot izziņu").
 */
export const ATTACH_VERBS: ReadonlySet<string> = new Set([
  "pievienoju",
  "pievienojam",
  "pielieku",
  "pieliekam",
  "nosūtu",
  "nosūtām",
  "sūtu",
  "sūtām",
  "pārsūtu",
  "pārsūtām",
  "atsūtu",
  "atsūtām",
]);

/** Verbs that make a non-locative "pielikums/pielikumu" a mention ("skatiet pielikumu"). */
export const SEE_VERBS: ReadonlySet<string> = new Set(["skatīt", "skatiet", "skat", "skati", "apskatiet", "atradīsiet", "atrodams", "atrodama", "atrodami", "atrodamas"]);

/** Words of a sentence where "pievienoju" adds a link, a person or goes by post — not an attachment. */
export const NOT_ATTACHMENT_STEMS: readonly string[] = ["sait", "hipersait", "ierakstīt", "e-adres", "portāl", "kurjer"];
export const NOT_ATTACHMENT_WORDS: ReadonlySet<string> = new Set(["pastu", "pasta", "pastā", "sarakstam", "sarakstā", "rindai", "rindā", "grupai", "grupā"]);

/** Negations near a cue: the sentence is about an attachment that is not there. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  "nav",
  "nebija",
  "netika",
  "netiek",
  "neesam",
  "nesaņēmām",
  "nesaņēma",
  "neatradām",
  "neredzam",
  "neizdevās",
  "nevar",
  "trūkst",
  "trūka",
  "bez",
  "not",
  "no",
  "without",
  "missing",
  "wasn't",
  "isn't",
  "weren't",
  "didn't",
  "haven't",
  "hasn't",
]);

/** Documents whose annexes are cited by number, in the genitive: "noteikumu pielikumā". */
export const ANNEX_OWNERS: ReadonlySet<string> = new Set([
  "noteikumu",
  "likuma",
  "lēmuma",
  "līguma",
  "nolikuma",
  "rīkojuma",
  "standarta",
  "instrukcijas",
  "regulas",
  "kārtības",
  "programmas",
  "direktīvas",
  "konvencijas",
]);

/** Sentences of a confidentiality disclaimer. */
export const DISCLAIMER_STEMS: readonly string[] = ["konfidenciāl", "confidential", "adresāt", "addressee", "recipient"];

export const CLIENT_POSSESSIVES: ReadonlySet<string> = new Set(["jūsu", "your"]);
