/**
 * comma: a missing comma before a subordinate or relative clause (issue 20): "Informējam ka Jūsu
 * iesniegums …", "… dokumentus lai mēs varētu …", "Dokuments kuru Jūs iesniedzāt …", "Mēs
 * pārbaudīsim vai maksājums …". Ādaži 9.5 asks the employee to check the text before sending.
 *
 * Precision first (docs/architecture.md; issue 20: ambiguity means silence). The rule reports only
 * where a clause-opening word follows another word with nothing between them, inside one line of the
 * employee's own prose, and leaves alone what Latvian punctuation exempts or what can be read
 * otherwise:
 * - a clause at the start of a sentence or after a punctuation mark;
 * - a subordinator after a coordinating conjunction or a particle ("un ka", "vai ja", "pat ja",
 *   "tikai ja": the comma, if any, belongs before that word);
 * - "vai" and "kā" only as an indirect question after a verb of asking, knowing or seeing
 *   ("pārbaudīsim vai …", "redzējām kā …"), never between two verbs of one form ("pārbaudiet vai
 *   nomainiet": "or"), never before a second "vai" ("vai … vai": "either … or"); so "kā" in a
 *   comparison ("nekā", "it kā", "tāpat kā", "kā arī") and "tā kā" are never judged;
 * - indefinite pronouns ("kaut kas", "ja kas", "daudz ko", "diez ko", "cerēja ko iekrāt") and
 *   "nav ko/kur" ("there is nothing to …");
 * - an interrogative in a sentence that ends with "?" (a direct question);
 * - "jo" before a comparative or "īpaši" ("jo vairāk", "jo īpaši");
 * - a capitalised word (a name or a title), quotations, links and the signature block.
 * The fix inserts the comma after the word before the clause (before its preposition: "dokuments,
 * par kuru …").
 */
import type { Draft, Sentence, Token } from "../draft/types";
import type { RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { proseOf } from "./support/prose";
import { makeSpanCursor } from "./support/structure";
import { MAX_FINDINGS_PER_RULE } from "./support/limits";

type MessageId = "beforeClause";

const meta: RuleMeta<MessageId> = {
  id: "comma",
  topic: "language",
  severity: "warning",
  fixable: "code",
  title: { lv: "Komats pirms palīgteikuma", en: "Comma before a subordinate clause" },
  description: {
    lv: "Palīgteikumu no virsteikuma atdala ar komatu: „Informējam, ka …”, „… dokumentus, lai mēs varētu …”, „Dokuments, kuru Jūs iesniedzāt, …”. Komatu neliek pirms „kā” salīdzinājumā un starp vienlīdzīgiem palīgteikumiem, kas saistīti ar „un”.",
    en: "A subordinate clause is set off by a comma in Latvian: „Informējam, ka …” (we inform you that …), „Dokuments, kuru Jūs iesniedzāt, …” (the document that you submitted …). No comma goes before “kā” in a comparison or between clauses joined by “un”.",
  },
  messages: {
    lv: { beforeClause: "Pirms palīgteikuma lieciet komatu: „{fixed}”." },
    en: { beforeClause: "Put a comma before the subordinate clause: „{fixed}”." },
  },
  onSend: { group: "pane-only", lv: "trūkst komata", en: "a missing comma" },
  examples: {
    good: [
      "Informējam, ka Jūsu iesniegums ir saņemts.",
      "Pārbaudīsim, vai maksājums ir saņemts, un atbildēsim, tiklīdz būs zināms vairāk.",
      "Dokumentus, kurus Jūs iesniedzāt, izskatīsim tāpat kā iepriekš.",
    ],
    bad: ["Informējam ka Jūsu iesniegums ir saņemts.", "Lūdzu, atsūtiet dokumentus lai mēs varētu izskatīt iesniegumu.", "Mēs pārbaudīsim vai maksājums ir saņemts."],
  },
};

/** Words that open a subordinate or relative clause and need a comma before them mid-sentence. */
const RELATIVE_FORMS = ["kurš", "kura", "kuru", "kuram", "kurā", "kuri", "kuras", "kuriem", "kurām", "kuros", "kurās", "kurai", "kurus"];
const SUBORDINATORS: ReadonlySet<string> = new Set(["ka", "lai", "ja", "jo", "kas", "ko", "kam", "kur", "kad", "kāpēc", "cik", "tiklīdz", "kamēr", ...RELATIVE_FORMS]);
const RELATIVES: ReadonlySet<string> = new Set(RELATIVE_FORMS);

/**
 * Words after which no comma is wanted, or after which it belongs before that word: coordinating
 * conjunctions, other subordinators, particles, and the first halves of indefinite pronouns.
 */
const NO_COMMA_AFTER: ReadonlySet<string> = new Set([
  "un", "vai", "bet", "jeb", "nevis", "ne", "nedz", "gan", "taču", "tomēr", "kā", "ka", "lai", "ja", "jo", "kas", "ko", "kam", "kur", "kad",
  "tā", "tāpēc", "tādēļ", "tādējādi", "it", "kaut", "diez", "nez", "dievs", "pat", "tikai", "vien", "arī", "īpaši", "sevišķi", "tieši", "vēl",
  "proti", "nu", "tik", "šad", "šur", "tur", "citur", "vienalga", "lūk", "jā", "nē", "nezin", "diezin", "varbūt", "maz", "daudz", "jau", "diezgan",
  "mazliet", "drusku",
  ...RELATIVE_FORMS,
]);

/** "nav ko darīt", "ir kur paslēpties": an indefinite pronoun, no clause. */
const TO_BE: ReadonlySet<string> = new Set([
  "ir", "nav", "bija", "nebija", "būs", "nebūs", "būtu", "nebūtu", "būšot", "esmu", "esi", "esam", "esat", "biju", "bijām", "būšu", "būsim",
]);
/** Words between "ir" and an indefinite pronoun: "nebija īsti ko teikt", "viņai ir viss kas". */
const TO_BE_FILLERS: ReadonlySet<string> = new Set(["īsti", "vairs", "viss", "man", "tev", "viņam", "viņai", "mums", "jums", "viņiem", "tur", "te"]);
/** Words that may ask a direct question: in a sentence that ends with "?" they are left alone ("Sanī, tu ko dzersi?"). */
const INTERROGATIVES: ReadonlySet<string> = new Set(["kas", "ko", "kam", "kur", "kad", "kāpēc", "cik", ...RELATIVE_FORMS]);
/** "es lai", "jums lai": "lai" after a personal pronoun is the jussive particle ("Ko es lai jums dāvāju?"). */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([
  "es", "tu", "viņš", "viņa", "mēs", "jūs", "viņi", "viņas", "man", "tev", "viņam", "viņai", "mums", "jums", "viņiem", "viņām", "mani", "tevi", "viņu", "mūs",
]);
const INDEFINITE_AFTER_TO_BE: ReadonlySet<string> = new Set(["kas", "ko", "kam", "kur", "kad"]);
/** Prepositions and postpositions a relative pronoun may come with ("dokuments, par kuru …"). */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  "par", "ar", "uz", "no", "pie", "pēc", "līdz", "pret", "bez", "aiz", "zem", "virs", "starp", "caur", "pa", "pār", "priekš", "pirms", "kopš", "ap", "gar",
  "pāri", "saskaņā", "apakš", "iekš", "ārpus", "iekšpus", "augšpus", "lejpus", "otrpus", "šaipus", "viņpus", "pretī", "līdzās", "blakus", "garām", "dēļ", "labad",
]);
/** Before "no kuriem", "starp kuriem": a quantity word makes the clause start there ("vairāki risinājumi, viens no kuriem …"). */
const QUANTITY_WORDS: ReadonlySet<string> = new Set([
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

/** Loops rather than flatMap: core also runs in classic Outlook's ES2016 runtime (docs/architecture.md). */
const CLAUSE_VERB_FORMS: ReadonlySet<string> = (() => {
  const forms = new Set<string>();
  for (const [stem, endings] of CLAUSE_VERB_STEMS) for (const ending of endings) for (const prefix of ["", "ne", "jā"]) forms.add(`${prefix}${stem}${ending}`);
  return forms;
})();

function isLower(word: string): boolean {
  return word === word.toLowerCase();
}

/** "jo vairāk", "jo labāk", "jo īpaši": "the more", "especially", not "because". */
function isComparativeJo(next: Token | undefined): boolean {
  if (!next || next.kind !== "word") return false;
  const word = next.text.toLowerCase();
  return /āk(?:[saāo]|ais|ie|ās|ajā|ajam|ajai|ajos|ajās)?$/.test(word) || word === "īpaši" || word === "sevišķi" || word === "vairs";
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
  const word = (k: number) => (k >= 0 && tokens[k].kind === "word" ? tokens[k].text.toLowerCase() : "");
  return TO_BE.has(word(i - 1)) || (TO_BE.has(word(i - 2)) && TO_BE_FILLERS.has(word(i - 1)));
}

function check(draft: Draft, context: RuleContext): RuleReport<MessageId>[] {
  if (context.language !== "lv") return [];
  const { end, quotations } = proseOf(draft);
  const quoted = makeSpanCursor(quotations);
  const text = draft.text;
  const tokens = draft.tokens;
  const adjacent = (a: Token, b: Token) => onlySpacesBetween(text, a, b);
  const sentenceOf = makeSentenceCursor(draft);
  const reports: RuleReport<MessageId>[] = [];
  for (let i = 1; i < tokens.length && tokens[i].end <= end && reports.length < MAX_FINDINGS_PER_RULE; i++) {
    const token = tokens[i];
    if (token.kind !== "word" || !isLower(token.text)) continue;
    const word = token.text;
    if (!SUBORDINATORS.has(word)) continue;
    let before = tokens[i - 1];
    if (before.kind !== "word" || !adjacent(before, token)) continue;
    let previous = before.text.toLowerCase();
    const next = tokens[i + 1];
    const nextWord = next && next.kind === "word" ? next.text.toLowerCase() : "";
    // The clause starts at the preposition of a relative pronoun: "dokuments par kuru" → "dokuments, par kuru".
    let clauseStart = token;
    if (RELATIVES.has(word) && PREPOSITIONS.has(previous)) {
      if (i < 2 || tokens[i - 2].kind !== "word" || !adjacent(tokens[i - 2], before)) continue;
      clauseStart = before;
      before = tokens[i - 2];
      previous = before.text.toLowerCase();
      if (QUANTITY_WORDS.has(previous)) continue;
    }
    if (NO_COMMA_AFTER.has(previous) || PREPOSITIONS.has(previous)) continue;
    if (INDEFINITE_AFTER_TO_BE.has(word) && afterToBe(tokens, i)) continue;
    if (word === "jo" && (isComparativeJo(next) || nextWord === previous)) continue;
    if (word === "ka" && /āk(?:[saiuāo]|ais)?$/.test(previous)) continue;
    if (word === "lai" && (PERSONAL_PRONOUNS.has(previous) || previous === "tad")) continue;
    // "cerējusi ko iekrāt", "pietiek ko dzīvot": before an infinitive, an indefinite "something to …".
    if (INDEFINITE_AFTER_TO_BE.has(word) && isInfinitive(nextWord) && !CLAUSE_VERB_FORMS.has(previous)) continue;
    if (INTERROGATIVES.has(word) && isQuestion(sentenceOf(token.start))) continue;
    if (RELATIVES.has(word) && nextWord.startsWith("katr")) continue;
    if (quoted(before.start) || quoted(token.start)) continue;
    const fixed = `${before.text}, ${text.slice(clauseStart.start, token.end)}`;
    reports.push({
      messageId: "beforeClause",
      data: { fixed },
      start: before.start,
      end: token.end,
      suggestions: [fixed],
      fix: { start: before.end, end: before.end, text: "," },
    });
  }
  return reports.concat(askingVai(draft, end, makeSpanCursor(quotations))).sort((a, b) => a.start - b.start);
}

/** "Mēs pārbaudīsim vai maksājums …", "redzējām kā …": "vai" and "kā" after a verb of asking, knowing or seeing open an indirect question. */
function askingVai(draft: Draft, end: number, quoted: (offset: number) => boolean): RuleReport<MessageId>[] {
  const text = draft.text;
  const tokens = draft.tokens;
  const sentenceOf = makeSentenceCursor(draft);
  const reports: RuleReport<MessageId>[] = [];
  for (let i = 1; i + 1 < tokens.length && tokens[i].end <= end; i++) {
    const token = tokens[i];
    if (token.kind !== "word" || (token.text !== "vai" && token.text !== "kā")) continue;
    const before = tokens[i - 1];
    const next = tokens[i + 1];
    if (before.kind !== "word" || next.kind !== "word" || !onlySpacesBetween(text, before, token)) continue;
    const previous = before.text.toLowerCase();
    const nextWord = next.text.toLowerCase();
    if (!CLAUSE_VERB_FORMS.has(previous) || sameVerbForm(previous, nextWord) || nextWord === "ne" || nextWord === "nē") continue;
    // "nezināja vai smieties vai raudāt": a second "vai" makes the first an "either"; a question asks itself.
    const sentence = sentenceOf(token.start);
    if (isQuestion(sentence) || (sentence && token.text === "vai" && / vai /.test(text.slice(token.end - 1, sentence.end)))) continue;
    if (quoted(before.start)) continue;
    const fixed = `${before.text}, ${token.text}`;
    reports.push({ messageId: "beforeClause", data: { fixed }, start: before.start, end: token.end, suggestions: [fixed], fix: { start: before.end, end: before.end, text: "," } });
  }
  return reports;
}

export const rule: Rule<MessageId> = { meta, check };
