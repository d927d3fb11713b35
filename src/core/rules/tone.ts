/**
 * tone: wording that criticises or lectures the client ("Jums vajadzēja izlasīt", "kā jau rakstījām",
 * "Jūs kļūdāties", "as we already told you"), and shouting — words in capitals ("LŪDZU IEVĒROJIET
 * TERMIŅU") or runs of exclamation marks ("!!!", "?!"). The standards ask employees to treat every
 * client with respect and courtesy and to stay calm and polite even when the client is not.
 *
 * The phrases are data (LATVIAN_PHRASES, ENGLISH_PHRASES) in the inflection-tolerant syntax of
 * support/phrases.ts; each carries neutral wording to suggest instead. Text in quotation marks (the
 * client's own words quoted back) and the signature are not checked.
 */
import type { Draft } from "../draft/types";
import type { RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { makeSpanCursor } from "./support/structure";
import { proseOf } from "./support/prose";
import { compilePhrases, draftWords, phraseAt, wordRange, type MatchWord, type PhraseSet } from "./support/phrases";
import { shoutingSpans } from "./support/caps";

interface TonePhrase {
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

const LATVIAN_PHRASES: readonly TonePhrase[] = [
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

const ENGLISH_PHRASES: readonly TonePhrase[] = [
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

interface CompiledTone {
  set: PhraseSet;
  bySource: Map<string, TonePhrase>;
}

function compileTone(list: readonly TonePhrase[]): CompiledTone {
  const bySource = new Map<string, TonePhrase>();
  const sources: string[] = [];
  for (const phrase of list) {
    for (const p of phrase.patterns) {
      bySource.set(p, phrase);
      sources.push(p);
    }
  }
  return { set: compilePhrases(sources), bySource };
}

const compiled: { lv?: CompiledTone; en?: CompiledTone } = {};

function toneFor(language: string): CompiledTone | null {
  if (language === "lv") return (compiled.lv ??= compileTone(LATVIAN_PHRASES));
  if (language === "en") return (compiled.en ??= compileTone(ENGLISH_PHRASES));
  return null;
}

const INFINITIVE = /^\p{Ll}+(?:t|ties)$/u;

/** "pat" is no verb; "Jums vajadzēja saņemt mūsu vēstuli" states an expectation, not a reproach. */
const NOT_REPROACH_INFINITIVES: ReadonlySet<string> = new Set(["pat", "saņemt", "pienākt", "nonākt"]);

/** Index after the infinitive within two words of words[from…to), or -1. */
function infinitiveAfter(words: readonly MatchWord[], from: number, to: number): number {
  for (let k = from; k < to && k < from + 2; k++) {
    const word = words[k].original;
    if ((word.endsWith("t") || word.endsWith("ties")) && !NOT_REPROACH_INFINITIVES.has(word) && INFINITIVE.test(word)) return k + 1;
  }
  return -1;
}

const CLAUSE_BREAKS = "„“”\"«»:;()–—\n";

/**
 * The phrase matcher skips punctuation, so a match could run from the employee's words into a quotation
 * or across a colon ("Jūs rakstījāt: „Jūs kļūdāties”"); a reproach is one clause, commas at most.
 */
function crossesClause(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (CLAUSE_BREAKS.includes(text[k])) return true;
  return false;
}

/** Marks that shout or snap: "!!", "!!!", "?!", "!?" (a single ! or ? is fine). */
function isShoutingPunctuation(mark: string): boolean {
  return mark.includes("!!") || (mark.includes("!") && mark.includes("?"));
}

const MAX_QUOTED = 60;

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > MAX_QUOTED ? `${flat.slice(0, MAX_QUOTED - 1)}…` : flat;
}

type MessageId = "lecturing" | "shouting" | "punctuation";

const meta: RuleMeta<MessageId> = {
  id: "tone",
  severity: "warning",
  fixable: "code",
  title: {
    lv: "Pārmetošs vai kliedzošs tonis",
    en: "Reproachful or shouting tone",
  },
  description: {
    lv:
      "Pret klientu izturas ar cieņu un pieklājīgi arī tad, ja viņš kļūdījies vai ir neapmierināts. Pārmetumi („kā jau rakstījām”, „Jums vajadzēja izlasīt”), pamācības un lielie burti vai „!!!” rada iespaidu, ka uz klientu kliedz vai viņu nosoda, un saruna kļūst saspringta. Rakstiet neitrāli: pasakiet, kā ir un kas jādara.",
    en:
      "Clients are treated with respect and courtesy, also when they are mistaken or upset. Reproaches (“as we already wrote”, “you should have read”), lecturing, capitals or “!!!” make the reply sound like shouting or blame and the conversation gets tense. Write neutrally: say how things are and what to do.",
  },
  messages: {
    lv: {
      lecturing: "„{phrase}” var izklausīties pārmetoši vai pamācoši. Rakstiet neitrāli un ar cieņu, piemēram: „{suggestion}”.",
      shouting:
        "Lielie burti („{phrase}”) izklausās pēc kliegšanas. Rakstiet parastiem burtiem; ja kas ir svarīgi, pasakiet to vārdiem, piemēram, „Lūdzu, ņemiet vērā: …”.",
      punctuation: "„{phrase}” izklausās pēc kliegšanas vai aizkaitinājuma. Lietojiet vienu pieturzīmi.",
    },
    en: {
      lecturing: "“{phrase}” may sound reproachful or patronising. Write neutrally and respectfully, e.g. “{suggestion}”.",
      shouting: "Capitals (“{phrase}”) read as shouting. Use normal capitalisation; if something matters, say so in words, e.g. “Please note: …”.",
      punctuation: "“{phrase}” reads as shouting or irritation. Use a single punctuation mark.",
    },
  },
  onSend: { group: "problem", lv: "pārmetošs vai kliedzošs tonis", en: "a reproachful or shouting tone" },
  examples: {
    good: [
      "Atgādinām, ka iesniegums jāiesniedz līdz 1. martam.",
      "Pirms iesnieguma iesniegšanas iesakām iepazīties ar saistošajiem noteikumiem.",
      "Precizējam: nodoklis aprēķināts pareizi, atbilstoši kadastrālajai vērtībai.",
      "Lūdzu, ņemiet vērā, ka dokumentus pieņemam līdz piektdienai.",
      "Labdien! Paldies par Jūsu jautājumu par Valsts ieņēmumu dienesta (VID) un Pilsonības un migrācijas lietu pārvaldes (PMLP) pakalpojumiem.",
      "Please note that the application must be submitted by 1 March.",
    ],
    bad: [
      "Kā jau rakstījām iepriekšējā vēstulē, iesniegums jāiesniedz līdz 1. martam.",
      "Jums vajadzēja izlasīt saistošos noteikumus pirms iesnieguma iesniegšanas.",
      "Jūs kļūdāties, nodoklis ir aprēķināts pareizi.",
      "LŪDZU IEVĒROJIET NOTEIKTO TERMIŅU.",
      "Dokumenti jāiesniedz līdz piektdienai!!!",
      "As we have already explained, the application must be submitted by 1 March.",
    ],
  },
};

function check(draft: Draft, context: RuleContext): RuleReport<MessageId>[] {
  const findings: RuleReport<MessageId>[] = [];
  const text = draft.text;
  const prose = proseOf(draft);

  const tone = toneFor(context.language);
  if (tone) {
    const quoted = makeSpanCursor(prose.quotations);
    const words = draftWords(draft);
    for (const sentence of draft.sentences) {
      if (sentence.start >= prose.end) break;
      const { from, to } = wordRange(words, sentence.start, Math.min(sentence.end, prose.end));
      for (let i = from; i < to; i++) {
        const match = phraseAt(words, i, tone.set, to);
        if (!match) continue;
        const phrase = tone.bySource.get(match.phrase) as TonePhrase;
        if (phrase.notAfter && i > from && phrase.notAfter.indexOf(words[i - 1].text) >= 0) continue;
        let last = match.last;
        if (phrase.needsInfinitive) {
          last = infinitiveAfter(words, match.last, to);
          if (last < 0) continue;
        }
        const start = match.start;
        const end = words[last - 1].end;
        if (crossesClause(text, start, end) || quoted(start)) continue;
        findings.push({
          messageId: "lecturing",
          data: { phrase: shortened(text.slice(start, end)), suggestion: phrase.suggestions[0] },
          start,
          end,
          suggestions: phrase.suggestions.slice(),
        });
        i = last - 1;
      }
    }
  }

  for (const span of shoutingSpans(draft)) {
    findings.push({
      messageId: "shouting",
      data: { phrase: shortened(text.slice(span.start, span.end)) },
      start: span.start,
      end: span.end,
    });
  }

  const quotedMark = makeSpanCursor(prose.quotations);
  for (const token of draft.tokens) {
    if (token.start >= prose.end) break;
    if (token.kind !== "punct" || quotedMark(token.start) || !isShoutingPunctuation(token.text)) continue;
    const single = token.text.includes("?") ? "?" : "!";
    findings.push({
      messageId: "punctuation",
      data: { phrase: token.text },
      start: token.start,
      end: token.end,
      suggestions: [single],
      fix: { start: token.start, end: token.end, text: single },
    });
  }

  return findings.sort((a, b) => a.start - b.start);
}

export const rule: Rule<MessageId> = { meta, check };
