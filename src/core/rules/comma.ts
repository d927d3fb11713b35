/**
 * comma: a missing comma around a subordinate or relative clause (issue 20): "Informējam ka Jūsu
 * iesniegums …", "… dokumentus lai mēs varētu …", "Mēs pārbaudīsim vai maksājums …", and both
 * commas of "Dokuments kuru Jūs iesniedzāt ir …". Ādaži 9.5 asks the employee to check the text
 * before sending.
 *
 * Precision first (docs/architecture.md; issue 20: ambiguity means silence). The opening comma is
 * reported only where a clause-opening word follows another word with nothing between them, inside
 * one line of the employee's own prose, and not where Latvian punctuation exempts it or the word
 * can be read otherwise:
 * - a clause at the start of a sentence or after a punctuation mark;
 * - a subordinator after a coordinating conjunction or a particle ("un ka", "vai ja", "pat ja",
 *   "tikai ja": the comma, if any, belongs before that word);
 * - "vai" and "kā" only as an indirect question after a verb of asking, knowing or seeing
 *   ("pārbaudīsim vai …", "redzējām kā …"), never between two verbs of one form ("pārbaudiet vai
 *   nomainiet": "or"), never before a second "vai" ("vai … vai": "either … or"); so "kā" in a
 *   comparison ("nekā", "it kā", "tāpat kā", "kā arī") and "tā kā" are never judged;
 * - indefinite pronouns ("kaut kas", "ja kas", "daudz ko", "diez ko", "cerēja ko iekrāt") and
 *   "nav ko/kur" ("there is nothing to …"); with the analyzer also "kas", "ko", "kam", "kur", "ka"
 *   or "cik" that no finite verb follows before the next mark ("tur slēpjas kas, …", "viņai kas
 *   smagi", "tāpat godīgi ka strādnieks" — old spelling of "kā" —, a broken-off "cik…"), and
 *   "kas"/"kur" inside a clause whose own verb has not come yet ("kad tā brīžiem kur izgāja");
 * - "lai" as the optative particle: no finite verb before it in its clause and a 3rd-person
 *   present after it ("Šī diena lai mums paliek atmiņā", "Par to lai bīstas citi");
 * - an interrogative in a sentence that ends with "?" (a direct question);
 * - "jo" before a comparative or "īpaši" ("jo vairāk", "jo īpaši");
 * - a capitalised word (a name or a title), quotations, links and the signature block.
 * The fix inserts the comma after the word before the clause (before its preposition: "dokuments,
 * par kuru …").
 *
 * Also judged, each only with a verb of the clause in sight (docs/decisions.md, issue 20 part F):
 * "kā"/"vai" after any form of a verb of asking, knowing, thinking or perceiving (by its lemma), after
 * "no tā"/"par to", and "kā" between a noun and an infinitive ("veidu, kā samazināt"); a form of "kāds"
 * after a verb of asking or knowing; "līdz"/"kopš" before a finite verb; a relative "ko" after its
 * preposition; "tāpēc ka" and "tik daudz ka" with neither comma ("tāpēc, ka"); a relative in a question
 * opened by "Vai".
 *
 * And (issue 20 part G): a clause whose participle stands for its verb with "ir" left out ("atkritumi, kas
 * lēti savākti", "konstatēts, ka jumts bojāts"); a relative after a noun in a question already asked; "kaut
 * gan", "kaut arī", "kaut viņš", "pirms", "kādēļ", "cikreiz", "pat ja" (the comma before "pat"); "kā" with a
 * pronoun and its verb ("rīkojieties, kā Jūs vēlaties"), "kā rezultātā", "tāds … kāds", "tur kur", "tik cik",
 * "tā ka", "tādēļ lai", "ka" after a verb's "arī"/"gan"/"vēl"; "un, kad …, tad"; a relative after a
 * demonstrative ("tie, kas"); and the comma before a gerund phrase opened by an adverb ("šķirojam, atsevišķi
 * nodalot …", message `beforePhrase`).
 *
 * The closing comma of a relative clause embedded in its main clause ("Dokuments, kuru Jūs
 * iesniedzāt, ir nepilnīgs") is reported only where the analyzer leaves no doubt: the main clause
 * has no verb before the relative pronoun (kurš … or kas), the relative clause's verb is a certain
 * finite form ("būt"/"tikt" only with a participle or adjective right after: "kas ir saņemts")
 * directly followed — coordinated verbs of one person ("parakstījāt un iesniedzāt") and one
 * infinitive included — by another certain finite verb or a form of "būt"/"tikt", with no mark
 * between. The rule needs the loaded analyzer (core/lv/morphology), so it is made by
 * createCommaRule(analyzer) and runs late, like preposition-case (docs/decisions.md, issue 20
 * part D).
 */
import type { Draft, Sentence, Token } from "../draft/types";
import { closedClassForms, type Analysis, type MorphAnalyzer } from "../lv/morphology";
import type { LanguageOnlyRule, RuleContext, RuleMeta, RuleReport } from "./types";
import { proseOf } from "./support/prose";
import { makeSpanCursor } from "./support/structure";
import { MAX_FINDINGS_PER_RULE } from "./support/limits";
import { isWord } from "./support/wordFix";

type MessageId = "beforeClause" | "afterClause" | "beforePhrase";

export const meta: RuleMeta<MessageId> = {
  id: "comma",
  topic: "language",
  severity: "warning",
  fixable: "code",
  title: { lv: "Komati ap palīgteikumu", en: "Commas around a subordinate clause" },
  description: {
    lv: "Palīgteikumu no virsteikuma atdala ar komatu: „Informējam, ka …”, „… dokumentus, lai mēs varētu …”; palīgteikumu virsteikuma vidū — ar komatiem abās pusēs: „Dokuments, kuru Jūs iesniedzāt, ir nepilnīgs.” Komatu neliek pirms „kā” salīdzinājumā un starp vienlīdzīgiem palīgteikumiem, kas saistīti ar „un”.",
    en: "A subordinate clause is set off by a comma in Latvian: „Informējam, ka …” (we inform you that …); one inside the main clause by a comma on each side: „Dokuments, kuru Jūs iesniedzāt, ir nepilnīgs.” (the document that you submitted is incomplete). No comma goes before “kā” in a comparison or between clauses joined by “un”.",
  },
  messages: {
    lv: {
      beforeClause: "Pirms palīgteikuma lieciet komatu: „{fixed}”.",
      afterClause: "Aiz palīgteikuma lieciet komatu: „{fixed}”.",
      beforePhrase: "Pirms divdabja teiciena lieciet komatu: „{fixed}”.",
    },
    en: {
      beforeClause: "Put a comma before the subordinate clause: „{fixed}”.",
      afterClause: "Put a comma after the subordinate clause: „{fixed}”.",
      beforePhrase: "Put a comma before the participial phrase: „{fixed}”.",
    },
  },
  // The on-send handler does not load the analyzer (docs/decisions.md, issue 20).
  onSend: { group: "pane-only", lv: "trūkst komata", en: "a missing comma" },
  examples: {
    good: [
      "Informējam, ka Jūsu iesniegums ir saņemts.",
      "Pārbaudīsim, vai maksājums ir saņemts, un atbildēsim, tiklīdz būs zināms vairāk.",
      "Dokumentus, kurus Jūs iesniedzāt, izskatīsim tāpat kā iepriekš.",
      "Iesniegums, kas pienāca vakar, ir nodots speciālistam.",
    ],
    bad: [
      "Informējam ka Jūsu iesniegums ir saņemts.",
      "Lūdzu, atsūtiet dokumentus lai mēs varētu izskatīt iesniegumu.",
      "Mēs pārbaudīsim vai maksājums ir saņemts.",
      "Dokuments kuru Jūs iesniedzāt ir nepilnīgs.",
    ],
  },
};

/** Words that open a subordinate or relative clause and need a comma before them mid-sentence. */
const RELATIVE_FORMS = ["kurš", "kura", "kuru", "kuram", "kurā", "kuri", "kuras", "kuriem", "kurām", "kuros", "kurās", "kurai", "kurus"];
const SUBORDINATORS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "ka", "lai", "ja", "jo", "kas", "ko", "kam", "kur", "kad", "kāpēc", "kādēļ", "cik", "cikreiz", "ciktāl", "tiklīdz", "līdzko", "kolīdz", "kamēr", "iekams", "iekām",
  ...RELATIVE_FORMS,
]);
const RELATIVES: ReadonlySet<string> = /*#__PURE__*/ new Set(RELATIVE_FORMS);

/**
 * Words after which no comma is wanted, or after which it belongs before that word: coordinating
 * conjunctions, other subordinators, particles, and the first halves of indefinite pronouns.
 */
const NO_COMMA_AFTER: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "un", "vai", "bet", "jeb", "nevis", "ne", "nedz", "gan", "taču", "tomēr", "kā", "ka", "lai", "ja", "jo", "kas", "ko", "kam", "kur", "kad",
  "tā", "tāpēc", "tādēļ", "tādējādi", "it", "kaut", "diez", "nez", "dievs", "pat", "tikai", "vien", "arī", "īpaši", "sevišķi", "tieši", "vēl",
  "proti", "nu", "tik", "šad", "šur", "tur", "citur", "vienalga", "lūk", "jā", "nē", "nezin", "diezin", "varbūt", "maz", "daudz", "jau", "diezgan",
  "mazliet", "drusku", "reti",
  ...RELATIVE_FORMS,
]);

/** Coordinating conjunctions (and "ne", "gan" of their pairs). */
const COORDINATING: ReadonlySet<string> = /*#__PURE__*/ new Set(["un", "vai", "bet", "jeb", "nevis", "ne", "nedz", "gan", "taču", "tomēr", "kā"]);

/** Words between "ir" and an indefinite pronoun: "nebija īsti ko teikt", "viņai ir viss kas". */
const TO_BE_FILLERS: ReadonlySet<string> = /*#__PURE__*/ new Set(["īsti", "vairs", "viss", "man", "tev", "viņam", "viņai", "mums", "jums", "viņiem", "tur", "te"]);
/** Words that may ask a direct question: in a sentence that ends with "?" they are left alone ("Sanī, tu ko dzersi?"). */
const INTERROGATIVES: ReadonlySet<string> = /*#__PURE__*/ new Set(["kas", "ko", "kam", "kur", "kad", "kāpēc", "kādēļ", "cik", "cikreiz", ...RELATIVE_FORMS]);
/** "es lai", "jums lai": "lai" after a personal pronoun is the jussive particle ("Ko es lai jums dāvāju?"). */
const PERSONAL_PRONOUNS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "es", "tu", "viņš", "viņa", "mēs", "jūs", "viņi", "viņas", "man", "tev", "viņam", "viņai", "mums", "jums", "viņiem", "viņām", "mani", "tevi", "viņu", "mūs",
]);
const INDEFINITE_AFTER_TO_BE: ReadonlySet<string> = /*#__PURE__*/ new Set(["kas", "ko", "kam", "kur", "kad"]);
/** Prepositions and postpositions a relative pronoun may come with ("dokuments, par kuru …"). */
const PREPOSITIONS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "par", "ar", "uz", "no", "pie", "pēc", "līdz", "pret", "bez", "aiz", "zem", "virs", "starp", "caur", "pa", "pār", "priekš", "pirms", "kopš", "ap", "gar",
  "pāri", "saskaņā", "apakš", "iekš", "ārpus", "iekšpus", "augšpus", "lejpus", "otrpus", "šaipus", "viņpus", "pretī", "līdzās", "blakus", "garām", "dēļ", "labad",
]);
/** Before "no kuriem", "starp kuriem": a quantity word makes the clause start there ("vairāki risinājumi, viens no kuriem …"). */
const QUANTITY_WORDS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "viens", "viena", "divi", "divas", "trīs", "daži", "dažas", "daudzi", "daudzas", "neviens", "neviena", "katrs", "katra", "lielākā", "daļa", "vairākums", "puse", "visi", "visas", "abi", "abas",
]);

/**
 * Forms of the verbs of asking, checking, knowing and perceiving after which "vai" and "kā" open an
 * indirect question ("pārbaudīsim vai …", "redzējām kā …"): stems with their endings, each also with
 * "ne-" and the debitive "jā-".
 */
const CLAUSE_VERB_STEMS: ReadonlyArray<readonly [string, readonly string[]]> = [
    ["pārbaud", ["īt", "īsim", "īšu", "īs", "īsiet", "īsit", "iet", "i", "ām", "u", "a", "īja", "īju", "ījām", "ījāt", "ītu"]],
    ["noskaidro", ["t", "sim", "šu", "s", "siet", "jiet", "", "jam", "ju", "ja", "jām", "jāt", "tu"]],
    ["pajautā", ["t", "sim", "šu", "s", "siet", "jiet", "ju", "ja", "jām", "jāt"]],
    ["jautā", ["t", "sim", "šu", "s", "siet", "jiet", "ju", "jam", "jat", "ja", "jām", "jāt", ""]],
    ["apjautā", ["ties", "jos", "jās", "jāmies", "simies"]],
    ["vaicā", ["t", "sim", "šu", "s", "jiet", "ju", "ja", "jām", "jāt", ""]],
    ["uzzinā", ["t", "sim", "šu", "s", "siet", "ju", "ja", "jām", "jāt", "tu"]],
    ["izvērtē", ["t", "sim", "šu", "s", "siet", "jiet", "jam", "ju", "ja", "jām"]],
    ["precizē", ["t", "sim", "šu", "s", "siet", "jiet", "jam", "ju", "ja", "jām"]],
    ["zin", ["āt", "u", "i", "a", "ām", "āju", "āja", "ājām", "ājāt"]],
    ["atcer", ["ēties", "os", "ies", "as", "amies", "aties", "ējos", "ējās"]],
    ["redz", ["ēt", "u", "i", "", "am", "at", "ēju", "ēja", "ējām", "ējāt", "ējuši", "ējis", "ēsiet", "ēsim"]],
    ["dzird", ["ēt", "u", "", "ēju", "ēja", "ējām", "ējis"]],
    ["skatī", ["ties", "jos", "jās", "jāmies"]],
    ["sapr", ["ast", "otu", "ot", "otam", "otat", "ata", "atu", "atām", "atīsiet", "atīsim"]],
    ["pastāst", ["īt", "iet", "īšu", "īsim", "īja", "īju"]],
    ["izskaidro", ["t", "sim", "šu", "jiet", "ja", "ju"]],
] as const;


/**
 * Verbs of asking, checking, knowing and perceiving by their lemma, for the forms the list above
 * does not spell out ("skatījos kā …", "sajūtiet kā …", "atcerieties kā …", "prognozēt vai …").
 */
const CLAUSE_VERB_LEMMAS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "skatīties", "noskatīties", "paskatīties", "vērot", "novērot", "noraudzīties", "sajust", "just", "izjust", "atcerēties", "redzēt", "ieraudzīt",
  "dzirdēt", "zināt", "jautāt", "pajautāt", "vaicāt", "pārbaudīt", "noskaidrot", "uzzināt", "saprast", "izprast", "prognozēt", "izvērtēt",
  "novērtēt", "paskaidrot", "izskaidrot", "pastāstīt", "parādīt", "apsvērt", "izlemt", "pārliecināties", "interesēties", "painteresēties",
  "domāt", "izdomāt", "apdomāt", "padomāt", "aizdomāties",
  "pētīt", "izpētīt", "pamanīt", "secināt", "uzminēt", "šaubīties", "brīnīties",
  "prasīt", "paprasīt", "rēķināt", "aprēķināt", "lemt", "spriest", "vērtēt", "atgādināt", "iemācīties", "mācīt",
]);
/** Predicatives after which "vai" and "kā" ask ("nav skaidrs, vai …", "nav zināms, kā …"). */
const PREDICATIVES_OF_KNOWING: ReadonlySet<string> = /*#__PURE__*/ new Set(["skaidrs", "neskaidrs", "zināms", "nezināms", "svarīgi", "būtiski", "neskaidri"]);
/** Of those, the verbs after which a form of "kāds" asks ("zinām, kāds būs nodoklis"); after one of seeing it is "some" ("redzēju kādu vīrieti"). */
const ASKING_LEMMAS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "zināt", "jautāt", "pajautāt", "vaicāt", "noskaidrot", "uzzināt", "saprast", "parādīt", "pārbaudīt", "izvērtēt", "paskaidrot", "izskaidrot", "pastāstīt", "prognozēt",
]);
/** The forms of the interrogative "kāds" (what kind of). */
const KADS_FORMS: ReadonlySet<string> = /*#__PURE__*/ new Set(["kāds", "kāda", "kādu", "kādi", "kādas", "kādus", "kādam", "kādai", "kādiem", "kādām", "kādā", "kādos", "kādās"]);
/** Prepositions that are also conjunctions: "gaidīsim, līdz lēmums stāsies spēkā", "kopš saņēmām …". */
const PREPOSITION_OR_CONJUNCTION: ReadonlySet<string> = /*#__PURE__*/ new Set(["līdz", "kopš", "pirms"]);
/** How many words after a form of "kāds" its clause's verb is looked for ("kāds dabas resursu nodoklis būs"). */
const MAX_KADS_CLAUSE_WORDS = 4;
/** Relative and interrogative pronouns whose clause may start at a preposition before them ("elastība, ar ko saprot …"). */
const AFTER_A_PREPOSITION: ReadonlySet<string> = /*#__PURE__*/ new Set([...RELATIVE_FORMS, "ko"]);

/** The forms of "tikt" (to be, of the passive), each also with "ne-": like "būt", possibly an auxiliary. */
const TIKT_FORMS = ["tiek", "tieku", "tiec", "tiekam", "tiekat", "tika", "tiku", "tiki", "tikām", "tikāt", "tiks", "tikšu", "tiksi", "tiksim", "tiksiet", "tiksit", "tiktu", "tiekot"];
/** Indefinite "kas"/"kur" and the like ("tur slēpjas kas", "ka viņai kas smagi", "tāpat godīgi ka strādnieks"): no clause without a finite verb after them. */
const NEED_A_VERB_AFTER: ReadonlySet<string> = /*#__PURE__*/ new Set(["ka", "kas", "ko", "kam", "kur", "cik"]);
/** "kad tā pa vaļas brīžiem kur izgāja": inside a clause whose verb has not come yet, "kur" is "somewhere". */
const INDEFINITE_INSIDE_A_CLAUSE: ReadonlySet<string> = /*#__PURE__*/ new Set(["kas", "ko", "kam", "kur"]);
/** The conjunctions that open such a clause (a relative pronoun's clause may have a participle for its verb: "kas skaidrojams ar …"). */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = /*#__PURE__*/ new Set(["ka", "kad", "ja", "jo", "lai", "kamēr", "tiklīdz"]);
/** Demonstratives a relative pronoun refers back to ("tie, kas …", "to, ko …"). */
const DEMONSTRATIVES: ReadonlySet<string> = /*#__PURE__*/ new Set(["tas", "tie", "tās", "to", "tos", "tam", "tiem", "tām"]);
/** Forms of "viss" a relative clause may follow ("zināt visu, kas noticis"). */
const ALL_FORMS: ReadonlySet<string> = /*#__PURE__*/ new Set(["visu", "visi", "visiem", "visas", "visām"]);
/** Personal and demonstrative pronouns in the nominative: "kā tas ir pašlaik", "kā Jūs vēlaties" open a clause of manner. */
const NOMINATIVE_PRONOUNS: ReadonlySet<string> = /*#__PURE__*/ new Set(["es", "tu", "viņš", "viņa", "mēs", "jūs", "viņi", "viņas", "tas", "tā", "tie", "tās", "šis", "šī", "šie", "šīs"]);
/** The forms of "tāds" (such), the correlative of "kāds" ("tādā apmērā, kādā …"). */
const TADS_FORMS: ReadonlySet<string> = /*#__PURE__*/ new Set(["tāds", "tāda", "tādu", "tādi", "tādas", "tādus", "tādam", "tādai", "tādiem", "tādām", "tādā", "tādos", "tādās"]);
/** Particles of a main clause's verb before "ka" ("zinu gan, ka …", "pieminēja arī, ka …", "teica vēl, ka …"). */
const PARTICLES_OF_THE_VERB: ReadonlySet<string> = /*#__PURE__*/ new Set(["arī", "gan", "vēl"]);
/** Conjunctions after which a clause may be set in before the rest of the main clause ("un, kad …, tad …"). */
const CONJUNCTIONS_BEFORE_AN_INSERTED_CLAUSE: ReadonlySet<string> = /*#__PURE__*/ new Set(["un", "bet", "ka", "jo"]);
/** The ending of a gerund ("radot", "sadarbojoties"). */
const GERUND_ENDING = /ot(?:ies)?$/;
/** Particles that open a gerund phrase ("tādējādi radot …", "nemaz nerunājot par …"). */
const GERUND_PARTICLES: ReadonlySet<string> = /*#__PURE__*/ new Set(["tikai", "pat", "nemaz", "vien", "tā", "tādējādi"]);
/** Adverbs of place and time, which rather belong to the verb before a gerund ("palika turpat sēžot", "izstiepjas allaž pīpējot"). */
const PLACE_AND_TIME_ADVERBS: ReadonlySet<string> = /*#__PURE__*/ new Set(["turpat", "tur", "te", "šeit", "allaž", "vienmēr", "joprojām", "bieži", "reizēm", "tagad", "tad", "vēl", "jau", "arī"]);
/** Conjunctions joining two verbs of one relative clause ("kuru Jūs parakstījāt un iesniedzāt"). */
const VERB_COORDINATORS: ReadonlySet<string> = /*#__PURE__*/ new Set(["un", "vai", "jeb"]);
/** Nominative endings of the participles that stand for a clause's verb with its "ir" left out: active past (-is, -usi, -uši …), passive past (-ts, -ta …), -ams/-āms. */
const PARTICIPLE_PREDICATE_ENDING = /(?:[^aeiouāēīū]is|ies|usi|uši|ušas|usies|ušies|ušās|ts|ta|ti|tas|[aā]ms|[aā]ma|[aā]mi|[aā]mas)$/;
/** How far after a relative pronoun its clause's verb is looked for. */
const MAX_RELATIVE_CLAUSE_WORDS = 8;

interface WordSets {
  /** Verbs of asking, knowing and seeing, every listed form. */
  clauseVerbs: ReadonlySet<string>;
  /** The forms of "būt" (with ne-; "nav ko darīt" after them). */
  toBe: ReadonlySet<string>;
  /** "būt" and "tikt": certain finite verbs that may also be a compound predicate's auxiliary. */
  auxiliaries: ReadonlySet<string>;
}

let wordSetsBuilt: WordSets | null = null;

/** Built on first use, so a module that only reads the rule's `meta` (the catalogue) runs none of it. Loops rather than flatMap: core also runs in ES2016 runtimes (docs/architecture.md). */
function wordSets(): WordSets {
  if (wordSetsBuilt) return wordSetsBuilt;
  const clauseVerbs = new Set<string>();
  for (const [stem, endings] of CLAUSE_VERB_STEMS) for (const ending of endings) for (const prefix of ["", "ne", "jā"]) clauseVerbs.add(`${prefix}${stem}${ending}`);
  // The analyzer's own table of "būt" (every person and tense, "nav", "esot", "būtu"), and the
  // future reported form it does not list.
  const toBe = new Set<string>(closedClassForms((r) => r.lemma === "būt" && r.pos === "verb" && !r.infinitive));
  toBe.add("būšot");
  const auxiliaries = new Set<string>(toBe);
  for (const form of TIKT_FORMS) {
    auxiliaries.add(form);
    auxiliaries.add(`ne${form}`);
  }
  wordSetsBuilt = { clauseVerbs, toBe, auxiliaries };
  return wordSetsBuilt;
}

function isLower(word: string): boolean {
  return word === word.toLowerCase();
}

/** "jo vairāk", "jo labāk", "jo īpaši": "the more", "especially", not "because". */
function isComparativeJo(next: Token | undefined): boolean {
  if (!next || next.kind !== "word") return false;
  const word = next.text.toLowerCase();
  return /āk(?:[saāoi]|ais|ie|ās|ajā|ajam|ajai|ajos|ajās)?$/.test(word) || word === "īpaši" || word === "sevišķi" || word === "vairs";
}

/** "pārbaudiet vai nomainiet", "zināt vai nezināt": "vai" joins two verbs of one form. */
function sameVerbForm(previous: string, next: string): boolean {
  const tail = (word: string) => word.slice(-3);
  return next.length > 3 && tail(previous) === tail(next);
}

/** An infinitive ("darīt", "teikt", "iepirkties"), not the past "-jāt" of the polite plural ("meklējāt"). */
function isInfinitive(word: string): boolean {
  return /(ties|[ēīou]t|[^jāēīaeiouū]āt|[^aeiouāēīū]t)$/.test(word) && !/jāt$/.test(word);
}

/** Whether only spaces (no line break, no mark) lie between two tokens. */
function onlySpacesBetween(text: string, a: Token, b: Token): boolean {
  return /^[ \t]+$/.test(text.slice(a.end, b.start));
}

/** The sentence holding an offset, for offsets asked in increasing order (one pass over the sentences). */
function makeSentenceCursor(draft: Draft): (offset: number) => Sentence | undefined {
  let k = 0;
  return (offset) => {
    while (k < draft.sentences.length && draft.sentences[k].end <= offset) k++;
    return k < draft.sentences.length && draft.sentences[k].start <= offset ? draft.sentences[k] : undefined;
  };
}

/** A sentence that ends with a question mark (quotation marks and "?!" allowed after it). */
function isQuestion(sentence: Sentence | undefined): boolean {
  return sentence !== undefined && /\?[!.…"”]*\s*$/.test(sentence.text);
}

/** "nav ko darīt", "nebija īsti ko teikt": a form of "būt" just before, or two before with a filler between. */
function afterToBe(tokens: readonly Token[], i: number): boolean {
  const toBe = wordSets().toBe;
  const word = (k: number) => (k >= 0 && tokens[k].kind === "word" ? tokens[k].text.toLowerCase() : "");
  return toBe.has(word(i - 1)) || (toBe.has(word(i - 2)) && TO_BE_FILLERS.has(word(i - 1)));
}

/** A mark that ends a stretch of one clause; a lone "." inside a sentence is an ordinal or an abbreviation's dot ("15. decembrī"), a quotation mark opens or closes words of the clause. */
function isMark(token: Token): boolean {
  return token.kind === "punct" && token.text !== "." && !isQuotationMark(token);
}

function isQuotationMark(token: Token): boolean {
  return token.kind === "punct" && /^["'„“”«»‘’]$/.test(token.text);
}

/** An ellipsis or a dash right after a clause's opener: the sentence broke off ("izteikt cik… na"). */
function isBreakOff(token: Token): boolean {
  return token.kind === "punct" && /^(?:\.\.|[…—–-])/.test(token.text);
}

function isComma(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "punct" && token.text === ",";
}

/** Function words whose analyses include a verb ("kur": kurt, "tur": turēt): never a clause's verb here. */
function isFunctionWord(word: string): boolean {
  return SUBORDINATORS.has(word) || NO_COMMA_AFTER.has(word) || PREPOSITIONS.has(word) || PERSONAL_PRONOUNS.has(word);
}

/**
 * Whether a word is a finite verb (a clause's predicate): "certain" when every reading is one,
 * "possible" when some are (a conditional "-tu" is also a participle's accusative, the relative
 * mood "-ot" also a gerund), "unknown" when the analyzer does not know the word.
 */
type Finiteness = "none" | "unknown" | "possible" | "certain";

/** A finite reading: the analyzer gives the conditional "-tu" ("varētu") its own reading beside the participle's. */
function isFiniteReading(a: Analysis): boolean {
  return a.pos === "verb" && a.infinitive !== true && a.participle !== true;
}

export function createCommaRule(analyzer: MorphAnalyzer): LanguageOnlyRule<MessageId> {
  const { auxiliaries, clauseVerbs } = wordSets();

  function finiteness(token: Token): Finiteness {
    if (token.kind !== "word") return "none";
    const word = token.text.toLowerCase();
    if (auxiliaries.has(word)) return "certain";
    if (isFunctionWord(word)) return "none";
    const analyses = analyzer.analyze(token.text);
    if (analyses.length === 0) return "unknown";
    // A vocative reading ("vakar", "tik") is a homograph's accident, not a reading of prose.
    const readings = analyses.filter((a) => !(a.pos === "noun" && a.case === "voc"));
    const finite = readings.filter(isFiniteReading);
    if (finite.length === 0) return "none";
    return finite.length === readings.length && !word.endsWith("tu") && finite.every((a) => a.mood !== "qot") ? "certain" : "possible";
  }

  /**
   * "guvis", "nopirkusi", "savākti", "atslēgts", "gaidāms": a participle in the nominative, the predicate of a clause that
   * leaves out its "ir" ("ka viņš guvis …", "kas lēti savākti"). The ending tells which kinds may do so (past active, past
   * passive, "-ams"; not "-ošs" or "-dams"): the analyzer does not tell one kind of participle from another.
   */
  function isParticiplePredicate(token: Token): boolean {
    const word = token.text.toLowerCase();
    return token.kind === "word" && PARTICIPLE_PREDICATE_ENDING.test(word) && analyzer.analyze(token.text).some((a) => a.pos === "verb" && a.participle === true);
  }

  /** A lower-case noun every reading of which is a nominative or an accusative ("ļaudis", "speciālists"): a clause's subject or object. */
  function isSubjectOrObjectNoun(token: Token): boolean {
    return isNounOnly(token) && analyzer.analyze(token.text).every((a) => a.case === "nom" || a.case === "acc");
  }

  /** A lower-case word the analyzer knows, every reading of which is one of these parts of speech. */
  function isLowerWordOf(token: Token, ...parts: Analysis["pos"][]): boolean {
    const readings = analyzer.analyze(token.text);
    return token.kind === "word" && isLower(token.text) && readings.length > 0 && readings.every((a) => parts.indexOf(a.pos) >= 0);
  }

  /** A lower-case word every reading of which is an adjective ("plika", "gatavs"). */
  function isAdjectiveOnly(token: Token): boolean {
    return isLowerWordOf(token, "adj");
  }

  /** A lower-case word every reading of which is an adjective or an adverb ("dzīvas", "laipni"). */
  function isAdjectiveOrAdverb(token: Token): boolean {
    return isLowerWordOf(token, "adj", "adv");
  }

  /** A lower-case word every reading of which is a noun ("atkritumiem", "veidu"). */
  function isNounOnly(token: Token): boolean {
    return isLowerWordOf(token, "noun");
  }

  /** A verb of asking, knowing or seeing: a listed form, or a finite form or infinitive of a listed lemma. */
  function isClauseVerb(word: string): boolean {
    // The "-dams" participle acts like its verb ("nezinādama, kas noticis").
    const dams = /dam(?:[sai]|as|ies|ās)$/.test(word);
    return clauseVerbs.has(word) || analyzer.analyze(word).some((a) => (isFiniteReading(a) || a.infinitive === true || (dams && a.participle === true)) && CLAUSE_VERB_LEMMAS.has(a.lemma));
  }

  /** The 3rd-person present of the optative "lai" ("lai dzīvo", "lai paliek"), not a conditional. */
  function isThirdPersonPresent(token: Token): boolean {
    const word = token.text.toLowerCase();
    // The relative mood reports the wish: "lai viņš paliekot mājās".
    return !word.endsWith("tu") && analyzer.analyze(token.text).some((a) => a.pos === "verb" && ((a.person === 3 && a.tense === "pres" && a.mood === "ind") || a.mood === "qot"));
  }

  // Only the draft's language is read of the context, so the pane's worker can run the rule on a draft alone.
  function check(draft: Draft, context: Pick<RuleContext, "language">): RuleReport<MessageId>[] {
    if (context.language !== "lv") return [];
    const { end, quotations } = proseOf(draft);
    const reports = openingCommas(draft, end, makeSpanCursor(quotations), clauseReader(draft))
      .concat(askingVai(draft, end, makeSpanCursor(quotations)))
      .concat(closingCommas(draft, end, makeSpanCursor(quotations)))
      .concat(gerundPhrases(draft, end, makeSpanCursor(quotations)));
    return reports.sort((a, b) => a.start - b.start).slice(0, MAX_FINDINGS_PER_RULE);
  }

  /** What the analyzer tells of the stretch of a clause around a token: the words up to the nearest mark in its sentence. */
  function clauseReader(draft: Draft) {
    const tokens = draft.tokens;
    const sentenceOf = makeSentenceCursor(draft);
    return {
      /** The sentence's token range, asked for tokens in increasing order. */
      bounds(i: number): { first: number; last: number; sentence: Sentence | undefined } {
        const sentence = sentenceOf(tokens[i].start);
        return sentence ? { first: sentence.tokenStart, last: sentence.tokenEnd - 1, sentence } : { first: 0, last: tokens.length - 1, sentence };
      },
      /**
       * The words after token i up to the next mark but a comma (not beyond `last`; a parenthesis may
       * stand inside the clause: "kas, pēc ārsta domām, varētu …") hold no word that is or may be a
       * finite verb, and no infinitive but one right after the opener ("ko nepieciešams garantēt"); with
       * `infinitiveRightAfter` that one too (after a verb of asking or thinking: "nezinām, ko darīt"); with
       * `participles` no participle in the nominative either ("ka viņš guvis …", "kas lēti savākti").
       */
      noVerbAfter(i: number, last: number, participles = false, infinitiveRightAfter = false): boolean {
        for (let k = i + 1; k <= last && (!isMark(tokens[k]) || isComma(tokens[k])); k++) {
          if (finiteness(tokens[k]) !== "none") return false;
          if (participles && isParticiplePredicate(tokens[k])) return false;
          if ((k > i + 1 || infinitiveRightAfter) && tokens[k].kind === "word" && analyzer.analyze(tokens[k].text).some((a) => a.infinitive === true)) return false;
        }
        return true;
      },
      /**
       * A word after token i and before the next mark (a comma included) that is, may be or is not known
       * not to be a finite verb, or an infinitive (the analyzer reads "atbilst", "pieder" as infinitives only); with
       * `participles` also a participle in the nominative ("prognozēt, vai šogad gaidāms …").
       */
      verbBeforeMark(i: number, last: number, participles = false): boolean {
        for (let k = i + 1; k <= last && !isMark(tokens[k]); k++) {
          if (finiteness(tokens[k]) !== "none" || (tokens[k].kind === "word" && analyzer.analyze(tokens[k].text).some((a) => a.infinitive === true))) return true;
          if (participles && isParticiplePredicate(tokens[k])) return true;
        }
        return false;
      },
      /** The words before token i back to the previous mark (not before `first`) hold no known finite verb (unknown words are left out). */
      noKnownVerbBefore(i: number, first: number): boolean {
        for (let k = i - 1; k >= first && !isMark(tokens[k]); k--) {
          const f = finiteness(tokens[k]);
          if (f === "possible" || f === "certain") return false;
        }
        return true;
      },
      /** Going back from token i, a conjunction opening a clause comes before any other subordinator and any word that is, may be or is not known not to be a finite verb (or a participle in its place). */
      insideVerblessClause(i: number, first: number): boolean {
        for (let k = i - 1; k >= first && !isMark(tokens[k]); k--) {
          const word = tokens[k].kind === "word" ? tokens[k].text.toLowerCase() : "";
          if (CLAUSE_CONJUNCTIONS.has(word)) return true;
          // A participle that stands for the verb ("ja darbinieks pieļāvis kļūdu kas …") has come too; not a noun's homograph ("kārta").
          if (SUBORDINATORS.has(word) || finiteness(tokens[k]) !== "none" || (k < i - 1 && isParticiplePredicate(tokens[k]) && analyzer.analyze(tokens[k].text).every((a) => a.participle === true))) return false;
        }
        return false;
      },
      /** The first word after token i (up to the next mark) that is or may be a finite verb. */
      firstVerbAfter(i: number, last: number): Token | undefined {
        for (let k = i + 1; k <= last && !isMark(tokens[k]); k++) {
          const f = finiteness(tokens[k]);
          if (f === "possible" || f === "certain") return tokens[k];
        }
        return undefined;
      },
    };
  }

  function openingCommas(draft: Draft, end: number, quoted: (offset: number) => boolean, clauses: ReturnType<typeof clauseReader>): RuleReport<MessageId>[] {
    const text = draft.text;
    const tokens = draft.tokens;
    const adjacent = (a: Token, b: Token) => onlySpacesBetween(text, a, b);
    const reports: RuleReport<MessageId>[] = [];
    for (let i = 1; i < tokens.length && tokens[i].end <= end && reports.length < MAX_FINDINGS_PER_RULE; i++) {
      const token = tokens[i];
      if (token.kind !== "word" || !isLower(token.text)) continue;
      const word = token.text;
      // "kaut gan", "kaut arī" (although): "kaut" alone is "some-" ("kaut kas") or "if only".
      // "kaut viņš …" (although he …) too, with a pronoun in the nominative.
      const concessive = word === "kaut" && i + 1 < tokens.length && (tokens[i + 1].text === "gan" || tokens[i + 1].text === "arī" || NOMINATIVE_PRONOUNS.has(tokens[i + 1].text.toLowerCase()));
      if (!SUBORDINATORS.has(word) && !concessive) continue;
      let before = tokens[i - 1];
      if (before.kind !== "word" || !adjacent(before, token)) continue;
      let previous = before.text.toLowerCase();
      const next = tokens[i + 1];
      const nextWord = next && next.kind === "word" ? next.text.toLowerCase() : "";
      // The clause starts at the preposition of a relative pronoun: "dokuments par kuru" → "dokuments, par kuru".
      let clauseStart = token;
      if (AFTER_A_PREPOSITION.has(word) && PREPOSITIONS.has(previous)) {
        if (i < 2 || tokens[i - 2].kind !== "word" || !adjacent(tokens[i - 2], before)) continue;
        clauseStart = before;
        before = tokens[i - 2];
        previous = before.text.toLowerCase();
        if (QUANTITY_WORDS.has(previous)) continue;
        // "nav par ko", "runāt par ko citu, jo …": "ko" is a clause only with its own verb before the next mark.
        if (!RELATIVES.has(word) && (afterToBe(tokens, i - 1) || !clauses.verbBeforeMark(i, clauses.bounds(i).last, isClauseVerb(previous)))) continue;
      }
      // "palīdzēsim pat ja …" → "palīdzēsim, pat ja …": "pat" belongs to the clause.
      if ((word === "ja" || word === "kad") && previous === "pat" && clauseStart === token && i >= 2 && isWord(tokens[i - 2]) && adjacent(tokens[i - 2], before)) {
        clauseStart = before;
        before = tokens[i - 2];
        previous = before.text.toLowerCase();
      }
      if ((NO_COMMA_AFTER.has(previous) && !isCorrelativeBeforeKa(i, clauses.bounds(i).sentence) && !insertedBeforeTad(i) && !isCorrelativeDemonstrative(i)) || PREPOSITIONS.has(previous)) continue;
      if (INDEFINITE_AFTER_TO_BE.has(word) && afterToBe(tokens, i)) continue;
      if (word === "jo" && (isComparativeJo(next) || nextWord === previous)) continue;
      // "attīstās jo dzīvas valodas", "pieņemt jo ātri": before an adjective or adverb with no verb after it in the clause, "jo" is "very", not "because".
      if (word === "jo" && next && isAdjectiveOrAdverb(next) && clauses.noVerbAfter(i, clauses.bounds(i).last)) continue;
      // "cik iespējams ātri", "cik vien iespējams", "cik varēdams": a fixed measure phrase, not a clause.
      if (word === "cik" && /^(?:iespējams|vien|necik|varēdam[sia]|spēdam[sia])$/.test(nextWord)) continue;
      if (word === "ka" && /āk(?:[saiuāo]|ais)?$/.test(previous)) continue;
      if (word === "lai" && (PERSONAL_PRONOUNS.has(previous) || previous === "tad")) continue;
      // "ja ne līdzīgs, tad vismaz cienīgs": "ja ne …, tad …" (if not …, then …) opens no clause.
      if (word === "ja" && nextWord === "ne") continue;
      // "par visu citu ko", "kaut kas cits": with "cits" the pronoun is "something else".
      if (INDEFINITE_INSIDE_A_CLAUSE.has(word) && analyzer.analyze(before.text).some((a) => a.lemma === "cits")) continue;
      // "cerējusi ko iekrāt", "pietiek ko dzīvot": before an infinitive, an indefinite "something to …".
      // After its preposition "ko" is relative ("kādu, ar ko izrunāties"); "nav ar ko" was left above.
      if (INDEFINITE_AFTER_TO_BE.has(word) && clauseStart === token && next && mayBeInfinitive(next) && finiteness(next) !== "certain" && !isClauseVerb(previous)) continue;
      const { first, last, sentence } = clauses.bounds(i);
      if (INTERROGATIVES.has(word) && isQuestion(sentence) && !inQuestionAlreadyAsked(i, first, before)) continue;
      if (RELATIVES.has(word) && nextWord.startsWith("katr")) continue;
      if (quoted(before.start) || quoted(token.start)) continue;
      // A clause has words after its opener ("izteikt cik…" broken off is none), and "kas", "ka" … a finite verb.
      if (i === last || isBreakOff(tokens[i + 1])) continue;
      if (concessive && !clauses.verbBeforeMark(i + 1, last)) continue;
      // "ka, piemēram, …": only the pronouns are indefinite ("tur slēpjas kas, …"); "ka viņš guvis …" leaves out the "ir" of a past participle,
      // and so may an indirect question ("noskaidrosim, ko iestāde nopirkusi").
      // A relative "kas" right after its noun may leave it out too ("atkritumi, kas lēti savākti"); an indefinite one follows a verb,
      // a pronoun or a dative ("kaimiņam kas noticis": something happened to him).
      const asked = INDEFINITE_AFTER_TO_BE.has(word) && isClauseVerb(previous) && !isQuestion(sentence);
      const dative = !PREPOSITIONS.has(tokens[i - 2] && tokens[i - 2].kind === "word" ? tokens[i - 2].text.toLowerCase() : "") && analyzer.analyze(before.text).some((a) => a.case === "dat");
      const participles = word === "ka" || asked || (word === "kas" && ((isNounOnly(before) && !dative) || DEMONSTRATIVES.has(previous) || ALL_FORMS.has(previous)));
      if (NEED_A_VERB_AFTER.has(word) && (clauses.noVerbAfter(i, last, participles, asked || clauseStart !== token) || (word !== "ka" && isComma(tokens[i + 1]) && finiteness(before) !== "none"))) continue;
      // "ka tie kas mitinās …": after a demonstrative the pronoun is its relative ("tie, kas"), not "somewhere"/"something".
      // So is "kas" after a noun that can only be a nominative ("ka tas bērns kas še bija …"); "ja bērnam kas sāp" asks nothing.
      const afterItsSubject = word === "kas" && isNounOnly(before) && analyzer.analyze(before.text).every((a) => a.case === "nom");
      if (INDEFINITE_INSIDE_A_CLAUSE.has(word) && !DEMONSTRATIVES.has(previous) && !afterItsSubject && clauses.insideVerblessClause(i, first)) continue;
      if (word === "lai" && isOptativeLai(i, first, last, clauses)) continue;
      reports.push(commaAfter("beforeClause", before, token.end, `${before.text}, ${text.slice(clauseStart.start, token.end)}`));
    }
    return reports;

    /**
     * "Vai ir kādas lietas ko varētu ieviest?", "Vai zināt kas notika?": a question opened by "Vai" asks yes or no, so a
     * later "ko", "kas", "kura" … opens a relative clause or an embedded question; not after a pronoun ("Vai Jūs ko
     * redzējāt?", "Vai kāds ko zina?": "anything"). A question opened by another interrogative has asked already, so one
     * after a noun is relative ("Kā vērtējat ieceri ko dome noraidīja?"; "Dokumentu kad iesniedzāt?" asks).
     */
    function inQuestionAlreadyAsked(i: number, first: number, before: Token): boolean {
      if (i - first < 2) return false;
      if (tokens[first].text === "Vai") return !PERSONAL_PRONOUNS.has(before.text.toLowerCase()) && !analyzer.analyze(before.text).some((a) => a.pos === "pron");
      const opener = tokens[first].text.toLowerCase();
      return (INTERROGATIVES.has(opener) || opener === "kā" || KADS_FORMS.has(opener)) && isNounOnly(before);
    }

    /**
     * "Pērk tāpēc ka …", "arī tāpēc ka …", "tāpēc vien ka …", "runāja tā ka …", "tādēļ lai …", "dariet tā lai …": with no comma before
     * "tāpēc"/"tādēļ"/"tā" either, one of "…, tāpēc ka" and "… tāpēc, ka" is missing (both are right); the fix writes the
     * second ("tik daudz, ka" likewise). Not after a coordinating conjunction or a subordinator ("un tāpēc ka", "kaut vai
     * tāpēc"), where the clause may be joined differently. And "ka" after a particle of its main clause's verb ("zinu gan,
     * ka …", "pieminēja arī, ka …"), but not in "gan …, gan" (both … and).
     */
    function isCorrelativeBeforeKa(i: number, sentence: Sentence | undefined): boolean {
      const opener = tokens[i].text;
      if (opener !== "ka" && opener !== "lai") return false;
      let k = i - 1;
      const particle = tokens[k].text.toLowerCase();
      if (opener === "ka" && PARTICLES_OF_THE_VERB.has(particle)) {
        const verb = tokens[k - 1];
        const later = sentence ? text.slice(tokens[i].end, sentence.end) : "";
        return verb !== undefined && adjacent(verb, tokens[k]) && finiteness(verb) === "certain" && !(particle === "gan" && /\bgan\b/.test(later));
      }
      // "tik daudz ka …", "tik maz ka …": "tik" points to the clause.
      const quantity = tokens[k].text.toLowerCase();
      if (opener === "ka" && (quantity === "daudz" || quantity === "maz") && k > 0 && tokens[k - 1].text.toLowerCase() === "tik" && adjacent(tokens[k - 1], tokens[k])) return true;
      if (tokens[k].text.toLowerCase() === "vien" && k > 0 && adjacent(tokens[k - 1], tokens[k])) k--;
      const correlative = tokens[k].text.toLowerCase();
      if (correlative !== "tāpēc" && correlative !== "tādēļ" && correlative !== "tā") return false;
      const before = tokens[k - 1];
      if (!before || before.kind !== "word" || !adjacent(before, tokens[k])) return false;
      const word = before.text.toLowerCase();
      return !COORDINATING.has(word) && !SUBORDINATORS.has(word) && !PREPOSITIONS.has(word);
    }

    /**
     * "un kad viņš atnāca, tad …" → "un, kad …": a "kad"/"ja" clause set between a conjunction and the rest of its main clause,
     * which "tad" or its verb resumes after the clause's comma ("un kad viņa ienāca, sākās …"); not when an earlier "kad"/"ja" of the sentence may be coordinated with it
     * ("ja X un ja Y, tad …"), nor after a sentence's first word.
     */
    function insertedBeforeTad(i: number): boolean {
      const opener = tokens[i].text;
      if ((opener !== "kad" && opener !== "ja") || !CONJUNCTIONS_BEFORE_AN_INSERTED_CLAUSE.has(tokens[i - 1].text.toLowerCase())) return false;
      const { first, last } = clauses.bounds(i);
      // A sentence that opens with "Un kad …" is often written without it: silence there.
      if (i - 1 <= first) return false;
      for (let k = first; k < i; k++) if (tokens[k].kind === "word" && tokens[k].text.toLowerCase() === opener) return false;
      let verb = false;
      for (let k = i + 1; k < last; k++) {
        const t = tokens[k];
        if (isComma(t)) return verb && (tokens[k + 1].text === "tad" || finiteness(tokens[k + 1]) === "certain");
        if (isMark(t)) return false;
        if (finiteness(t) !== "none") verb = true;
      }
      return false;
    }

    /** "tur kur …", "tik cik …", "no tā ko …": "tur", "tik" and "tā" after its preposition point to the clause ("tur, kur", "no tā, ko"). */
    function isCorrelativeDemonstrative(i: number): boolean {
      const word = tokens[i].text;
      const previous = tokens[i - 1].text.toLowerCase();
      // Not "šur tur kur …" (here and there).
      if (previous === "tik") return word === "cik";
      if (previous === "tur") return word === "kur" && !(i >= 2 && isWord(tokens[i - 2]) && /^(?:šur|šad)$/i.test(tokens[i - 2].text));
      const preposition = tokens[i - 2];
      return previous === "tā" && INDEFINITE_INSIDE_A_CLAUSE.has(word) && preposition !== undefined && isWord(preposition) && adjacent(preposition, tokens[i - 1]) && PREPOSITIONS.has(preposition.text.toLowerCase());
    }

    /** "Šī diena lai mums paliek atmiņā": no verb before "lai" in its clause, a 3rd-person present after it. */
    function isOptativeLai(i: number, first: number, last: number, reader: ReturnType<typeof clauseReader>): boolean {
      if (!reader.noKnownVerbBefore(i, first)) return false;
      const verb = reader.firstVerbAfter(i, last);
      if (verb === undefined) return false;
      // "Bet šis lai būtu tikai sākums": right after its subject (a word that can only be a nominative) the wish may take the conditional too.
      const subject = analyzer.analyze(tokens[i - 1].text);
      const afterSubject = subject.length > 0 && subject.every((a) => (a.pos === "noun" || a.pos === "pron") && a.case === "nom");
      return isThirdPersonPresent(verb) || (afterSubject && analyzer.analyze(verb.text).some((a) => a.pos === "verb" && a.mood === "cnd" && a.person === 3));
    }
  }

  /**
   * "Mēs pārbaudīsim vai maksājums …", "redzējām kā …": "vai" and "kā" after a verb of asking, knowing or seeing open an indirect
   * question; so does a form of "kāds" after a verb of asking or knowing ("zinām kāds būs …"). "līdz" and "kopš" open a clause
   * where a finite verb follows at once or after a word that can only be a nominative ("gaidīsim līdz lēmums stāsies …").
   */
  function askingVai(draft: Draft, end: number, quoted: (offset: number) => boolean): RuleReport<MessageId>[] {
    const text = draft.text;
    const tokens = draft.tokens;
    const sentenceOf = makeSentenceCursor(draft);
    const reader = clauseReader(draft);
    const reports: RuleReport<MessageId>[] = [];
    for (let i = 1; i + 1 < tokens.length && tokens[i].end <= end; i++) {
      const token = tokens[i];
      if (token.kind !== "word" || (token.text !== "vai" && token.text !== "kā" && !KADS_FORMS.has(token.text) && !PREPOSITION_OR_CONJUNCTION.has(token.text))) continue;
      const before = tokens[i - 1];
      const next = tokens[i + 1];
      if (before.kind !== "word" || next.kind !== "word" || !onlySpacesBetween(text, before, token)) continue;
      const previous = before.text.toLowerCase();
      const nextWord = next.text.toLowerCase();
      if (KADS_FORMS.has(token.text) || PREPOSITION_OR_CONJUNCTION.has(token.text)) {
        if (!isLower(token.text) || NO_COMMA_AFTER.has(previous) || PREPOSITIONS.has(previous) || quoted(before.start) || isQuestion(sentenceOf(token.start))) continue;
        const opens = KADS_FORMS.has(token.text) ? ((asksWhatKind(previous) || correlativeOfTads(i)) && finiteVerbSoon(i)) || relativeKads(i) : opensAClause(i);
        if (opens) reports.push(commaAfter("beforeClause", before, token.end, `${before.text}, ${token.text}`));
        continue;
      }
      const howTo = token.text === "kā" && isNounAskingHow(i - 1) && infinitiveAhead(i);
      // "rīkoties kā Jūs vēlaties", "kā tas ir pašlaik": a pronoun's finite verb makes "kā" a clause of manner, not a comparison;
      // "kā rezultātā" is relative (as a result of which).
      // Not near a question's start ("Jūs kā to darāt?").
      const sentenceStart = sentenceOf(token.start)?.tokenStart ?? 0;
      if (token.text === "kā" && i - sentenceStart >= 2 && !NO_COMMA_AFTER.has(previous) && !PREPOSITIONS.has(previous) && !comparisonBefore(i - 1) && !quoted(before.start)) {
        const after = tokens[i + 2];
        // After a verb or an adjective a noun in the nominative or accusative may begin the clause too ("plika, kā ļaudis
        // runāja"); after a noun or a pronoun it is "as" ("Jūs kā klients varat …").
        const subject = NOMINATIVE_PRONOUNS.has(nextWord) || (isSubjectOrObjectNoun(next) && (finiteness(before) === "certain" || isAdjectiveOnly(before)));
        const mannerClause = subject && after !== undefined && onlySpacesBetween(text, next, after) && finiteness(after) === "certain";
        if (mannerClause || (nextWord === "rezultātā" && isNounOnly(before))) {
          reports.push(commaAfter("beforeClause", before, token.end, `${before.text}, ${token.text}`));
          continue;
        }
      }
      if (!(howTo || isClauseVerb(previous) || PREDICATIVES_OF_KNOWING.has(previous) || isCorrelative(i - 1)) || sameVerbForm(previous, nextWord) || nextWord.startsWith("cit") || nextWord === "ne" || nextWord === "nē") continue;
      // "jautāt vai rakstīt": two infinitives joined; "zinu kā savus pirkstus": a comparison has no verb of its own. Both read
      // up to the next mark, a comma included ("varat jautāt vai zvanīt, ja …").
      // An indirect "vai" question may leave out the "ir" of its participle ("atcerēties, vai viņš to uzsitis").
      if (!howTo && (isInfinitiveOnly(next) || !reader.verbBeforeMark(i, reader.bounds(i).last, token.text === "vai"))) continue;
      // "nezināja vai smieties vai raudāt": a second "vai" makes the first an "either"; a question asks itself.
      const sentence = sentenceOf(token.start);
      if (isQuestion(sentence) || (sentence && token.text === "vai" && / vai /.test(text.slice(token.end - 1, sentence.end)))) continue;
      if (quoted(before.start)) continue;
      reports.push(commaAfter("beforeClause", before, token.end, `${before.text}, ${token.text}`));
    }
    return reports;

    /**
     * "veids kā pieteikties", "instruments kā samazināt": a noun (every reading) before "kā" and an infinitive; not in a
     * comparison ("nav labāka veida kā mācīties": a comparative among the three words before).
     */
    function isNounAskingHow(k: number): boolean {
      return isNounOnly(tokens[k]) && !comparisonBefore(k - 1);
    }

    /** A comparative, "tāpat", "tik", "tikpat" or a form of "tāds" among the three words up to token k: "kā" compares ("tāds pats kā mēs"). */
    function comparisonBefore(k: number): boolean {
      for (let j = k; j >= 0 && j >= k - 2 && isWord(tokens[j]); j--) {
        const word = tokens[j].text.toLowerCase();
        if (/āk/.test(word) || word === "tāpat" || word === "tik" || word === "tikpat" || TADS_FORMS.has(word)) return true;
      }
      return false;
    }

    /** An infinitive after "kā" at once or past a preposition, a pronoun or an adverb ("veidus, kā ar to cīnīties"). */
    function infinitiveAhead(i: number): boolean {
      for (let k = i + 1; k < tokens.length && k <= i + 3 && isWord(tokens[k]) && onlySpacesBetween(text, tokens[k - 1], tokens[k]); k++) {
        if (isInfinitiveOnly(tokens[k])) return true;
        const readings = analyzer.analyze(tokens[k].text);
        if (!PREPOSITIONS.has(tokens[k].text.toLowerCase()) && !(readings.length > 0 && readings.every((a) => a.pos === "pron" || a.pos === "adv"))) return false;
      }
      return false;
    }

    /** "atkarīgs no tā kā …", "par to vai …": a demonstrative after its preposition points to the clause ("no tā, kā …"); "to vai citu" is "this or that". */
    function isCorrelative(k: number): boolean {
      const word = tokens[k].text;
      return (word === "to" || word === "tā" || word === "tam") && k > 0 && isWord(tokens[k - 1]) && onlySpacesBetween(text, tokens[k - 1], tokens[k]) && PREPOSITIONS.has(tokens[k - 1].text.toLowerCase());
    }

    /** "zina kādas blaknes ir …": a form of "kāds" after a finite verb of asking or knowing. */
    function asksWhatKind(previous: string): boolean {
      return analyzer.analyze(previous).some((a) => a.pos === "verb" && a.participle !== true && a.infinitive !== true && ASKING_LEMMAS.has(a.lemma));
    }

    /** "stāvoklis, kādu viņš ieņem": a form of "kāds" after a noun, then a pronoun in the nominative and its finite verb. */
    function relativeKads(i: number): boolean {
      const pronoun = tokens[i + 1];
      const verb = tokens[i + 2];
      return isNounOnly(tokens[i - 1]) && NOMINATIVE_PRONOUNS.has(pronoun.text.toLowerCase()) && verb !== undefined && isWord(verb) && onlySpacesBetween(text, pronoun, verb) && finiteness(verb) === "certain";
    }

    /** "tādā apmērā kādā …", "tādus dokumentus kādus …": a form of "kāds" after a noun that a form of "tāds" points to. */
    function correlativeOfTads(i: number): boolean {
      return i >= 2 && isNounOnly(tokens[i - 1]) && isWord(tokens[i - 2]) && TADS_FORMS.has(tokens[i - 2].text.toLowerCase());
    }

    /** A finite verb within a few words after token i, before any mark, subordinator or coordinator ("parādīsim kādu piemēru un izskaidrosim"). */
    function finiteVerbSoon(i: number): boolean {
      for (let k = i + 1; k < tokens.length && k <= i + MAX_KADS_CLAUSE_WORDS && tokens[k].kind === "word"; k++) {
        const word = tokens[k].text.toLowerCase();
        if (SUBORDINATORS.has(word) || VERB_COORDINATORS.has(word) || word === "bet") return false;
        const f = finiteness(tokens[k]);
        if (f === "certain") return true;
        if (f !== "none") return false;
      }
      return false;
    }

    /** "līdz adaptējos", "līdz šķidrums kļūst": a certain finite verb right after, or after a word every reading of which is a nominative. */
    function opensAClause(i: number): boolean {
      // "līdz beidzot …", "līdz pēdīgi …": "finally" belongs to the clause.
      if (tokens[i].text === "līdz" && /^(?:beidzot|pēdīgi)$/.test(tokens[i + 1].text) && i + 2 < tokens.length && onlySpacesBetween(text, tokens[i + 1], tokens[i + 2])) i++;
      const next = tokens[i + 1];
      if (finiteness(next) === "certain") return true;
      const after = tokens[i + 2];
      if (!after || after.kind !== "word" || !onlySpacesBetween(text, next, after) || !isLower(next.text)) return false;
      const readings = analyzer.analyze(next.text);
      return readings.length > 0 && readings.every((a) => (a.pos === "noun" || a.pos === "pron") && a.case === "nom") && finiteness(after) === "certain";
    }
  }

  /**
   * "Dokuments(,) kuru Jūs iesniedzāt ir nepilnīgs" → "iesniedzāt, ir": the closing comma of a
   * relative clause inside its main clause, where the relative clause's certain finite verb is
   * directly followed by another (the main clause's), and the main clause has no verb before.
   */
  /**
   * "šķirojam atsevišķi nodalot …" → "šķirojam, atsevišķi nodalot …": a gerund phrase (divdabja teiciens with "-ot",
   * "-oties") opened by an adverb or a particle, after a word of a main clause whose certain finite verb came before it (back
   * to the previous mark or subordinator), so that the "-ot" is no relative mood ("viņš tagad dzīvojot Rīgā"). A lone gerund
   * ("runāja smaidot") is no phrase and not judged; nor one after a pronoun or inside a preposition's phrase, which may be the
   * gerund's own words ("viņiem to pat nemanot", "par mājām vien domājot").
   */
  function gerundPhrases(draft: Draft, end: number, quoted: (offset: number) => boolean): RuleReport<MessageId>[] {
    const text = draft.text;
    const tokens = draft.tokens;
    const sentenceOf = makeSentenceCursor(draft);
    const reports: RuleReport<MessageId>[] = [];
    for (let i = 1; i + 1 < tokens.length && tokens[i].end <= end; i++) {
      const token = tokens[i];
      const before = tokens[i - 1];
      if (token.kind !== "word" || before.kind !== "word" || !isLower(token.text) || !onlySpacesBetween(text, before, token)) continue;
      // Cheap first: a gerund's ending one or two words on, before the analyzer is asked anything.
      if (!GERUND_ENDING.test(tokens[i + 1].text) && !(i + 2 < tokens.length && GERUND_ENDING.test(tokens[i + 2].text))) continue;
      const previous = before.text.toLowerCase();
      if (NO_COMMA_AFTER.has(previous) || PREPOSITIONS.has(previous) || SUBORDINATORS.has(previous)) continue;
      // After another adverb the phrase may start one word earlier or later ("šķirojam rūpīgi tādējādi …"): silence.
      if (!isModifier(token) || isModifier(before)) continue;
      let k = i + 1;
      // "nereti pat riskējot", "tā tikai attālinot": a particle may stand second.
      if (k < tokens.length && (tokens[k].text === "pat" || tokens[k].text === "tikai") && onlySpacesBetween(text, tokens[k - 1], tokens[k])) k++;
      if (k >= tokens.length || !isGerund(tokens[k]) || !onlySpacesBetween(text, tokens[k - 1], tokens[k])) continue;
      const sentence = sentenceOf(token.start);
      const first = sentence ? sentence.tokenStart : 0;
      let verbBefore = false;
      for (let j = i - 1; j >= first && !verbBefore && !isMark(tokens[j]) && !(tokens[j].kind === "word" && SUBORDINATORS.has(tokens[j].text.toLowerCase())); j--) {
        if (finiteness(tokens[j]) === "certain") verbBefore = true;
      }
      if (!verbBefore || quoted(before.start)) continue;
      if (analyzer.analyze(before.text).some((a) => a.pos === "pron") || (i >= 2 && tokens[i - 2].kind === "word" && PREPOSITIONS.has(tokens[i - 2].text.toLowerCase()))) continue;
      reports.push(commaAfter("beforePhrase", before, token.end, `${before.text}, ${token.text}`));
    }
    return reports;
  }

  /** An adverb (or an adjective's "-i" form, which the analyzer reads as an adjective) or a particle that may open a gerund phrase. */
  function isModifier(token: Token): boolean {
    if (token.kind !== "word") return false;
    const word = token.text.toLowerCase();
    if (GERUND_PARTICLES.has(word)) return true;
    if (PLACE_AND_TIME_ADVERBS.has(word)) return false;
    const readings = analyzer.analyze(token.text);
    return readings.length > 0 && readings.every((a) => a.pos === "adv" || (a.pos === "adj" && word.endsWith("i")));
  }

  /** A gerund "-ot"/"-oties" (the analyzer's relative mood), not "esot"/"tiekot". */
  function isGerund(token: Token): boolean {
    const word = token.text.toLowerCase();
    return token.kind === "word" && GERUND_ENDING.test(word) && !auxiliaries.has(word) && analyzer.analyze(token.text).some((a) => a.pos === "verb" && a.mood === "qot");
  }

  function closingCommas(draft: Draft, end: number, quoted: (offset: number) => boolean): RuleReport<MessageId>[] {
    const text = draft.text;
    const tokens = draft.tokens;
    const sentenceOf = makeSentenceCursor(draft);
    const adjacent = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.kind === "word" && b.kind === "word" && onlySpacesBetween(text, a, b);
    const reports: RuleReport<MessageId>[] = [];
    for (let i = 1; i < tokens.length && tokens[i].end <= end; i++) {
      const token = tokens[i];
      if (token.kind !== "word" || !isLower(token.text)) continue;
      const word = token.text;
      if (!RELATIVES.has(word) && !INDEFINITE_INSIDE_A_CLAUSE.has(word)) continue;
      const sentence = sentenceOf(token.start);
      const first = sentence ? sentence.tokenStart : 0;
      const last = sentence ? sentence.tokenEnd - 1 : tokens.length - 1;
      if ((!RELATIVES.has(word) && isQuestion(sentence)) || quoted(token.start)) continue;
      const opener = i > first && isWord(tokens[i - 1]) && PREPOSITIONS.has(tokens[i - 1].text.toLowerCase()) ? i - 1 : i;
      if (!verblessMainClauseBefore(opener, first)) continue;
      let verb = relativeClauseVerb(i, last);
      if (verb < 0) continue;
      if (auxiliaries.has(tokens[verb].text.toLowerCase())) {
        // "kas ir saņemts tiks …": "būt"/"tikt" with the participle or adjective right after it; anything
        // else after it ("kas ir jāiesniedz", "kas ir pie Jums") may still be the relative clause.
        if (verb + 2 > last || !adjacent(tokens[verb], tokens[verb + 1]) || !isParticipleOrAdjective(tokens[verb + 1])) continue;
        verb += 1;
      }
      // "kuru Jūs parakstījāt un iesniedzāt": the clause goes on to its last coordinated verb.
      while (
        verb + 2 <= last &&
        adjacent(tokens[verb], tokens[verb + 1]) &&
        VERB_COORDINATORS.has(tokens[verb + 1].text.toLowerCase()) &&
        adjacent(tokens[verb + 1], tokens[verb + 2]) &&
        finiteness(tokens[verb + 2]) === "certain" &&
        samePerson(tokens[verb], tokens[verb + 2])
      ) {
        verb += 2;
      }
      // "ko Jūs varat saņemt ir …": the relative clause's verb with its infinitive.
      if (verb + 2 <= last && adjacent(tokens[verb], tokens[verb + 1]) && isInfinitiveOnly(tokens[verb + 1])) verb += 1;
      const clauseVerb = tokens[verb];
      const mainVerb = tokens[verb + 1];
      if (verb + 1 > last || !adjacent(clauseVerb, mainVerb) || mainVerb.end > end || finiteness(mainVerb) !== "certain") continue;
      reports.push(commaAfter("afterClause", clauseVerb, mainVerb.end, `${clauseVerb.text}, ${mainVerb.text}`));
    }
    return reports;

    /**
     * No word before the relative clause's opener (past its comma, if any) is or may be a finite
     * verb, back to the sentence's start, a colon or semicolon, or the subordinator of the clause
     * it is embedded in ("…, ka dokuments kuru …"); commas are crossed, any other mark is doubt.
     */
    function verblessMainClauseBefore(opener: number, first: number): boolean {
      let k = opener - 1;
      if (k >= first && tokens[k].kind === "punct" && tokens[k].text === ",") k--;
      if (k < first || tokens[k].kind !== "word") return false;
      for (; k >= first; k--) {
        const t = tokens[k];
        if (t.kind === "punct") {
          if (t.text === ":" || t.text === ";") return true;
          if (t.text === "," || t.text === ".") continue;
          return false;
        }
        if (t.kind === "word" && SUBORDINATORS.has(t.text.toLowerCase())) return true;
        if (finiteness(t) !== "none") return false;
      }
      return true;
    }

    /** The first word after the relative pronoun that is or may be a finite verb, if it certainly is one (-1 otherwise). */
    function relativeClauseVerb(i: number, last: number): number {
      for (let k = i + 1; k <= last && k <= i + MAX_RELATIVE_CLAUSE_WORDS; k++) {
        if (tokens[k].kind === "punct") return -1;
        const f = finiteness(tokens[k]);
        if (f === "certain") return k;
        if (f !== "none") return -1;
      }
      return -1;
    }
  }

  /** Every reading a participle or an adjective ("saņemts", "derīgs"), not a conditional "-tu". */
  function isParticipleOrAdjective(token: Token): boolean {
    const readings = analyzer.analyze(token.text).filter((a) => !(a.pos === "noun" && a.case === "voc"));
    return readings.length > 0 && !token.text.endsWith("tu") && readings.every((a) => a.pos === "adj" || (a.pos === "verb" && a.participle === true));
  }

  /** An infinitive by the analyzer, or by its ending where the analyzer does not know the word ("daudzkārt" is an adverb). */
  function mayBeInfinitive(token: Token): boolean {
    if (token.kind !== "word") return false;
    const analyses = analyzer.analyze(token.text);
    return analyses.length > 0 ? analyses.some((a) => a.infinitive === true) : isInfinitive(token.text.toLowerCase());
  }

  /** Every reading an infinitive ("saņemt", "iesniegt"). */
  function isInfinitiveOnly(token: Token): boolean {
    const analyses = analyzer.analyze(token.text);
    return analyses.length > 0 && analyses.every((a) => a.infinitive === true);
  }

  /** Two finite verbs of one person ("parakstījāt un iesniedzāt"). */
  function samePerson(a: Token, b: Token): boolean {
    const persons = (t: Token) => analyzer.analyze(t.text).filter((r) => r.pos === "verb").map((r) => `${r.person}${r.number ?? ""}`);
    const of = persons(b);
    return persons(a).some((p) => of.indexOf(p) >= 0);
  }

  return { meta, check };
}

/** A report from `word` to `end` whose fix inserts a comma right after the word; `fixed` shows the words corrected. */
function commaAfter(messageId: MessageId, word: Token, end: number, fixed: string): RuleReport<MessageId> {
  return { messageId, data: { fixed }, start: word.start, end, suggestions: [fixed], fix: { start: word.end, end: word.end, text: "," } };
}
