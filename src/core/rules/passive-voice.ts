/**
 * passive-voice: the Latvian passive "tiek / tika / tiks (+ an adverb or pronoun) + past passive
 * participle" ("tiek izskatīts", "tika pieņemts lēmums", "tiks Jums nosūtīta"). It hides who acts;
 * plain-language guidance asks for the active voice ("Mēs izskatīsim …"). Latvian only.
 *
 * Precision matters more than recall here (the rule is informational): the participle must end like
 * one (-ts, -ta, -ti, -tas, i.e. an infinitive in -t plus an ending), the words in between may only be
 * adverbs or pronouns — never a preposition, so "tikt pie vietas", "tiek galā", "tiksim cauri" are not
 * passives — and a capitalised word ends the search ("tiks Rīgā").
 */
import type { Draft, Token } from "../draft/types";
import type { RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { makeSpanCursor } from "./support/structure";
import { proseOf } from "./support/prose";

type Tense = "present-or-future" | "past" | "other";

/** Forms of the auxiliary "tikt" (with ne- they are negated) and the tense an active rewrite would take. */
const AUXILIARY: ReadonlyMap<string, Tense> = new Map<string, Tense>([
  ["tiek", "present-or-future"],
  ["tiks", "present-or-future"],
  ["tiksiet", "present-or-future"],
  ["tiksit", "present-or-future"],
  ["tika", "past"],
  ["tikāt", "past"],
  ["tieku", "other"],
  ["tiec", "other"],
  ["tiekam", "other"],
  ["tiekat", "other"],
  ["tiku", "other"],
  ["tiki", "other"],
  ["tikām", "other"],
  ["tikšu", "other"],
  ["tiksi", "other"],
  ["tiksim", "other"],
  ["tikt", "other"],
  ["tiktu", "other"],
  ["tiekot", "other"],
  ["tikšot", "other"],
  // Perfect: "ir ticis izskatīts", "nav tikusi nosūtīta" (negated by the word before, so no rewrite is offered).
  ["ticis", "other"],
  ["tikusi", "other"],
  ["tikuši", "other"],
  ["tikušas", "other"],
]);

/**
 * Words that may stand between the auxiliary and the participle: adverbs and pronouns common in
 * replies ("tiks Jums nosūtīts", "tika arī pieņemts", "tiek regulāri pārbaudīts").
 */
const IN_BETWEEN: ReadonlySet<string> = new Set([
  "jums", "jūs", "mums", "viņam", "viņai", "viņiem", "tam", "tai", "arī", "jau", "vēl", "tikai", "nekavējoties",
  "drīz", "drīzumā", "tūlīt", "uzreiz", "šodien", "rīt", "šobrīd", "pašlaik", "tagad", "nekad", "vienmēr",
  "bieži", "regulāri", "parasti", "automātiski", "elektroniski", "rakstiski", "pilnībā", "daļēji", "atkārtoti",
  "noteikti", "savlaicīgi", "ātri", "ātrāk", "papildus", "oficiāli", "atsevišķi", "individuāli", "pienācīgi",
  "attiecīgi", "pēc", "iespējas", "ne", "vairs", "gan", "taču", "tomēr", "un", "vai",
]);

/** An adverb or pronoun that may stand between the auxiliary and the participle. */
function isInBetween(word: string): boolean {
  if (IN_BETWEEN.has(word.toLowerCase())) return true;
  // Adverbs made from adjectives end in -i or -āk ("rūpīgi", "ātrāk"); a capitalised word is a name.
  return word.length >= 4 && (word.endsWith("i") || word.endsWith("āk")) && /^\p{Ll}+$/u.test(word);
}

/** Nouns ending like a participle that follow "tikt" in "get a …" ("Vai man tiks vieta?"). */
const NOT_PARTICIPLES: ReadonlySet<string> = new Set(["vieta", "vietas", "lieta", "lietas", "pilsēta", "pilsētas", "summa"]);

const PARTICIPLE = /^\p{Ll}+t(?:[ais]|as)$/u;

/** Cheap test run on every word before the map look-up: forms of "tikt" start with t or ne-. */
function mayBeAuxiliary(word: string): boolean {
  const first = word.charCodeAt(0) | 0x20; // ASCII lower case
  return word.length >= 3 && word.length <= 9 && (first === 0x74 || first === 0x6e);
}

/** -ts, -ta, -ti, -tas: checked by hand before the regular expression, which is slower. */
function isParticiple(word: string): boolean {
  const n = word.length;
  if (n < 4) return false;
  const last = word.charCodeAt(n - 1);
  const tAt = last === 0x73 && word.charCodeAt(n - 2) === 0x61 ? n - 3 : n - 2; // "-tas" or "-ts/-ta/-ti"
  if (word.charCodeAt(tAt) !== 0x74) return false;
  if (tAt === n - 2 && last !== 0x73 && last !== 0x61 && last !== 0x69) return false;
  return PARTICIPLE.test(word) && !NOT_PARTICIPLES.has(word);
}

/** Infinitive of a past passive participle: "izskatīts" → "izskatīt", "nosūtītas" → "nosūtīt". */
function infinitiveOf(participle: string): string {
  if (participle.endsWith("as")) return participle.slice(0, -2);
  return participle.slice(0, -1);
}

/** "mēs … -sim" where the future is regular: not after s/z (dzēst → dzēsīsim, griezt → griezīsim). */
function futureWe(infinitive: string): string | null {
  if (infinitive.length < 4 || /[sz]t$/u.test(infinitive)) return null;
  return `${infinitive.slice(0, -1)}sim`;
}

/** First-conjugation verbs in -īt whose past is irregular (dzīt → dzinām, vīt → vijām), without prefix. */
const IRREGULAR_IT: ReadonlySet<string> = new Set(["dzīt", "vīt", "rīt", "līt", "pīt", "šķīt", "krīt", "sīt", "tīt", "bīt"]);
const VERB_PREFIXES = ["aiz", "ap", "at", "iz", "ie", "no", "pa", "pār", "pie", "sa", "uz"];

/** "norīt" → "rīt", "sadalīt" → "dalīt": the verb without one prefix (or as it is). */
function isIrregularIt(infinitive: string): boolean {
  if (IRREGULAR_IT.has(infinitive)) return true;
  for (const prefix of VERB_PREFIXES) if (infinitive.startsWith(prefix) && IRREGULAR_IT.has(infinitive.slice(prefix.length))) return true;
  return false;
}

/** "mēs … -jām" for the regular -āt, -ēt, -īt and -ot verbs (not dot → devām). */
function pastWe(infinitive: string): string | null {
  if (infinitive.length < 4) return null;
  if (!/[āēīo]t$/u.test(infinitive)) return null;
  if (infinitive.endsWith("dot") || isIrregularIt(infinitive)) return null;
  return `${infinitive.slice(0, -1)}jām`;
}

/** An active rewrite such as "Mēs izskatīsim …", or null where the form cannot be derived safely. */
function activeExample(tense: Tense, negated: boolean, participle: string): string | null {
  const infinitive = infinitiveOf(participle);
  const verb = tense === "present-or-future" ? futureWe(infinitive) : tense === "past" ? pastWe(infinitive) : null;
  if (verb === null) return null;
  return `Mēs ${negated ? "ne" : ""}${verb} …`;
}

type MessageId = "withExample" | "generic";

const meta: RuleMeta<MessageId> = {
  id: "passive-voice",
  severity: "info",
  title: {
    lv: "Ciešamā kārta",
    en: "Passive voice",
  },
  description: {
    lv:
      "Vienkāršā valodā skaidri pasaka, kas ko dara. Ciešamajā kārtā („tiks izskatīts”, „tika pieņemts lēmums”) darītājs pazūd, un klients nezina, kurš par viņa lietu atbild. Darāmajā kārtā („Mēs izskatīsim”, „Komisija nolēma”) teikums ir īsāks un skaidrāks.",
    en:
      "Plain language says clearly who does what. In the passive („tiks izskatīts”, „tika pieņemts lēmums”) the doer disappears and the client does not know who is responsible for their case. In the active („Mēs izskatīsim”, „Komisija nolēma”) the sentence is shorter and clearer.",
  },
  messages: {
    lv: {
      withExample: "„{phrase}” ir ciešamā kārta — nav redzams, kas to dara. Rakstiet darāmajā kārtā, piemēram, „{example}”.",
      generic:
        "„{phrase}” ir ciešamā kārta — nav redzams, kas to dara. Ja iespējams, nosauciet darītāju, piemēram, „Mēs izskatīsim …” vai „Būvvalde nosūtīs …”.",
    },
    en: {
      withExample: "“{phrase}” is in the passive voice — it does not say who acts. Use the active voice, e.g. “{example}”.",
      generic: "“{phrase}” is in the passive voice — it does not say who acts. Where you can, name who does it, e.g. “Mēs izskatīsim …” (we will review …).",
    },
  },
  topic: "language",
  onSend: { group: "problem", lv: "ciešamā kārta", en: "passive voice" },
  examples: {
    good: [
      "Komisija Jūsu iesniegumu izskatīs nākamajā sēdē.",
      "Lēmumu par pabalsta piešķiršanu pieņēmām 12. martā.",
      "Atbildi Jums nosūtīsim pa pastu līdz mēneša beigām.",
      "Ja netiekat galā ar veidlapas aizpildīšanu, zvaniet mums.",
      "Ja dokumenti būs kārtībā, bērns tiks pie vietas bērnudārzā septembrī.",
    ],
    bad: [
      "Jūsu iesniegums tiks izskatīts nākamajā komisijas sēdē.",
      "Lēmums par pabalsta piešķiršanu tika pieņemts 12. martā.",
      "Atbilde Jums tiks nosūtīta pa pastu līdz mēneša beigām.",
      "Ielas seguma remonts netiek veikts, kamēr nav noslēgts līgums.",
    ],
  },
};

function check(draft: Draft, context: RuleContext): RuleReport<MessageId>[] {
  if (context.language !== "lv") return [];
  const findings: RuleReport<MessageId>[] = [];
  const tokens: readonly Token[] = draft.tokens;
  const prose = proseOf(draft);
  const quoted = makeSpanCursor(prose.quotations);
  for (let i = 0; i < tokens.length; i++) {
    const aux = tokens[i];
    if (aux.start >= prose.end) break;
    if (aux.kind !== "word" || !mayBeAuxiliary(aux.text)) continue;
    const lower = aux.text.toLowerCase();
    const negated = lower.startsWith("ne") && AUXILIARY.has(lower.slice(2));
    const tense = AUXILIARY.get(negated ? lower.slice(2) : lower);
    if (tense === undefined || quoted(aux.start)) continue;
    const participleAt = findParticiple(draft.text, tokens, i);
    if (participleAt < 0) continue;
    const participle = tokens[participleAt].text;
    const start = aux.start;
    const end = tokens[participleAt].end;
    const phrase = draft.text.slice(start, end);
    const example = activeExample(tense, negated, participle);
    // The active rewrite ("Mēs izskatīsim …") needs the sentence rebuilt: advice in the message,
    // never a one-click replacement (issue 17).
    findings.push({
      messageId: example ? "withExample" : "generic",
      data: example ? { phrase, example } : { phrase },
      start,
      end,
    });
    i = participleAt;
  }
  return findings;
}

/** Only spaces (no comma, no line break) between two tokens of one clause. */
function sameClause(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text[k] !== " ") return false;
  return true;
}

/**
 * Index of the participle that completes the auxiliary at `aux`, or -1: the next word, or the word
 * after up to three adverbs/pronouns. An adverb made from a participle ("tiek detalizēti izvērtēts")
 * is passed over when another participle follows it.
 */
function findParticiple(text: string, tokens: readonly Token[], aux: number): number {
  let found = -1;
  for (let k = aux + 1, skipped = 0; k < tokens.length && k <= aux + 4; k++) {
    const token = tokens[k];
    if (token.kind !== "word" || !sameClause(text, tokens[k - 1].end, token.start)) break;
    const word = token.text;
    if (isParticiple(word)) {
      if (found >= 0) return k; // "detalizēti izvērtēts": the second one is the verb
      found = k;
      if (!word.endsWith("ti")) return k;
      continue;
    }
    if (found >= 0) return found;
    if (skipped === 3 || !isInBetween(word)) break;
    skipped++;
  }
  return found;
}

export const rule: Rule<MessageId> = { meta, check };
