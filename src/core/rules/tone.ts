/**
 * tone: wording that criticises or lectures the client ("Jums vajadzēja izlasīt", "kā jau rakstījām",
 * "Jūs kļūdāties", "as we already told you"), and shouting — words in capitals ("LŪDZU IEVĒROJIET
 * TERMIŅU") or runs of exclamation marks ("!!!", "?!"). The standards ask employees to treat every
 * client with respect and courtesy and to stay calm and polite even when the client is not.
 *
 * The phrases are data (LATVIAN_PHRASES, ENGLISH_PHRASES in ../lv/toneWords.ts) in the inflection-tolerant syntax of
 * support/phrases.ts; each carries neutral wording to suggest instead. Text in quotation marks (the
 * client's own words quoted back) and the signature are not checked.
 */
import type { Draft } from "../draft/types";
import type { RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { makeSpanCursor } from "./support/structure";
import { proseOf } from "./support/prose";
import { compilePhrases, draftWords, phraseAt, wordRange, type MatchWord, type PhraseSet } from "./support/phrases";
import { shoutingSpans } from "./support/caps";
import { ENGLISH_PHRASES, LATVIAN_PHRASES, NOT_REPROACH_INFINITIVES, type TonePhrase } from "../lv/toneWords";
import { insertableSuggestions } from "./support/insertable";

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
  topic: "language",
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
          ...insertableSuggestions(phrase.suggestions),
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
