/**
 * long-sentence: a sentence longer than the organization's limit (the rule's "limit" option, else
 * config.sentenceLimit, 25 words by default). Words are counted, not tokens: numbers, addresses and hyphenated words count as one word
 * each, punctuation does not. The signature block is not prose, and words the employee quotes in
 * quotation marks (a law's title, the client's own words) are not theirs to shorten, so neither counts.
 */
import type { Draft } from "../draft/types";
import type { RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { makeSpanCursor } from "./support/structure";
import { proseOf } from "./support/prose";

type MessageId = "tooLong";

const meta: RuleMeta<MessageId> = {
  id: "long-sentence",
  severity: "warning",
  title: {
    lv: "Pārāk garš teikums",
    en: "Sentence too long",
  },
  description: {
    lv:
      "Atbildei jābūt uzrakstītai vienkāršā, saprotamā valodā. Garā teikumā lasītājs pazaudē domas pavedienu un bieži palaiž garām galveno — termiņu, summu vai to, kas viņam jādara. Īsos teikumos katra doma ir redzama atsevišķi.",
    en:
      "A reply should be written in simple, understandable language. In a long sentence the reader loses the thread and often misses the main point — the deadline, the amount or what they have to do. In short sentences each idea stands on its own.",
  },
  messages: {
    lv: {
      tooLong:
        "Vārdu skaits teikumā: {count} (ieteicams ne vairāk kā {limit}). Sadaliet to divos vai vairākos īsākos teikumos — vienā teikumā vienu domu.",
    },
    en: {
      tooLong: "This sentence has {count} words (the limit is {limit}). Split it into two or more shorter sentences — one idea per sentence.",
    },
  },
  options: {
    limit: { type: "integer", minimum: 10, maximum: 80, description: "Words per sentence before the rule reports it. Default: sentenceLimit (25)." },
  },
  topic: "language",
  onSend: { group: "problem", lv: "pārāk gari teikumi", en: "sentences too long" },
  examples: {
    good: [
      "Jūsu iesniegumu saņēmām 3. martā. Komisija to izskatīs 15. aprīļa sēdē. Par lēmumu Jūs informēsim rakstiski.",
      "Lai saņemtu atļauju koku ciršanai, aizpildiet iesnieguma veidlapu un pievienojiet zemes robežu plānu ar atzīmētiem kokiem.",
      "Nekustamā īpašuma nodokļa maksāšanas paziņojumu nosūtīsim līdz 15. februārim, un pirmais maksājums būs jāveic līdz 31. martam.",
      "Thank you for your letter of 3 March. The commission will review your application on 15 April and we will let you know the decision in writing.",
    ],
    bad: [
      "Informējam, ka Jūsu iesniegums par nekustamā īpašuma nodokļa atvieglojuma piešķiršanu ir saņemts un Sociālā dienesta komisija to izskatīs sēdē, kas notiks 2026. gada 15. aprīlī, un par pieņemto lēmumu Jūs informēsim rakstiski uz iesniegumā norādīto e-pasta adresi.",
      "Lai saņemtu atļauju koku ciršanai ārpus meža zemes, Jums jāiesniedz iesniegums pašvaldības klientu apkalpošanas centrā vai elektroniski, pievienojot zemes robežu plānu ar atzīmētiem kokiem, kurus plānots nocirst, kā arī zemes īpašnieka rakstisku piekrišanu, ja neesat īpašnieks.",
      "Pēc tam, kad būsim saņēmuši visus nepieciešamos dokumentus, tostarp izziņu par ienākumiem pēdējo trīs mēnešu laikā un īres līguma kopiju, sociālais darbinieks ar Jums sazināsies, lai vienotos par mājas apmeklējuma laiku.",
      "Thank you for your application of 3 March, which we have forwarded to the Building Board, and we would like to inform you that the decision will be taken at the next meeting of the commission, which is expected at the end of April.",
    ],
  },
};

/** Tokens that are words for counting: words, numbers, web and e-mail addresses (not punctuation or symbols). */
function countsAsWord(kind: string): boolean {
  return kind === "word" || kind === "number" || kind === "url" || kind === "email";
}

function check(draft: Draft, context: RuleContext): RuleReport<MessageId>[] {
  const option = context.config.rules["long-sentence"]?.limit;
  const limit = typeof option === "number" ? option : context.config.sentenceLimit;
  const prose = proseOf(draft);
  const quoted = makeSpanCursor(prose.quotations);
  const findings: RuleReport<MessageId>[] = [];
  for (const sentence of draft.sentences) {
    if (sentence.start >= prose.end) break;
    let count = 0;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const token = draft.tokens[i];
      if (countsAsWord(token.kind) && !quoted(token.start)) count++;
    }
    if (count <= limit) continue;
    findings.push({
      messageId: "tooLong",
      data: { count, limit },
      start: sentence.start,
      end: sentence.end,
    });
  }
  return findings;
}

export const rule: Rule<MessageId> = { meta, check };
