/**
 * attachment-mention: the reply says something is attached ("Pielikumā nosūtām lēmumu",
 * "pievienoju veidlapu", "pievienotajā failā", "please find attached") but the message has no
 * attachment a client could open (inline images do not count).
 *
 * Matching works on word tokens, sentence by sentence, and knows the inflected forms. It does not
 * report what is not a mention of our own attachment: an annex of a law ("noteikumu 2. pielikumā"),
 * the client's attachment ("Jūsu iesnieguma pielikumā", "your attached form"), a missing one
 * ("pielikums netika pievienots"), a link that is "added" ("pievienoju saiti: https://…"), a letter
 * sent by post, and the confidentiality disclaimer under a signature.
 */
import type { Draft, Token } from "../draft/types";
import type { AttachmentInfo, RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { ANNEX_OWNERS, ATTACHABLE_EXACT, ATTACHABLE_STEMS, ATTACHED_DEFINITE, ATTACHED_SHORT, ATTACH_VERBS, CLIENT_POSSESSIVES, DISCLAIMER_STEMS, ENGLISH_MESSAGE_NOUNS, MESSAGE_NOUNS, NEGATIONS, NOT_ATTACHMENT_STEMS, NOT_ATTACHMENT_WORDS, SEE_VERBS } from "../lv/attachmentWords";

type MessageId = "missing";

const meta: RuleMeta<MessageId> = {
  id: "attachment-mention",
  severity: "warning",
  title: {
    lv: "Minēts pielikums, bet tā nav",
    en: "Attachment mentioned but missing",
  },
  description: {
    lv:
      "Ja atbildē teikts, ka dokuments ir pielikumā, klientam tas jāsaņem kopā ar vēstuli. Aizmirsts pielikums nozīmē vēl vienu vēstuli un lieku gaidīšanu klientam.",
    en:
      "If the reply says a document is attached, the client must receive it with the letter. A forgotten attachment means another e-mail and needless waiting for the client.",
  },
  messages: {
    lv: {
      missing: "Tekstā minēts pielikums („{cue}”), bet vēstulei nekas nav pievienots. Pievienojiet failu vai izlabojiet tekstu.",
    },
    en: {
      missing: "The text mentions an attachment (\"{cue}\"), but nothing is attached. Attach the file or change the text.",
    },
  },
  topic: "structure",
  onSend: { group: "problem", lv: "minēts pielikums, bet tā nav", en: "an attachment is mentioned but missing" },
  examples: {
    good: [
      "Iesnieguma veidlapa pieejama mūsu tīmekļvietnē www.adazunovads.lv sadaļā „Pakalpojumi”.",
      "Maksas apmērs noteikts saistošo noteikumu 2. pielikumā.",
      "Pieteikuma veidlapu varat aizpildīt portālā, pievienoju saiti: https://latvija.gov.lv.",
      "Diemžēl Jūsu e-pastam nebija pielikuma, lūdzu, nosūtiet to vēlreiz.",
    ],
    bad: [
      "Pielikumā nosūtām domes lēmumu par nekustamā īpašuma nodokļa atvieglojumu.",
      "Pievienoju iesnieguma veidlapu, ko lūdzu aizpildīt un atsūtīt atpakaļ.",
      "Sīkāka informācija par maksājumiem atrodama pievienotajā failā.",
      "Please find attached the decision on your application.",
    ],
  },
};

function startsWithAny(word: string, stems: readonly string[]): boolean {
  for (const stem of stems) if (word.startsWith(stem)) return true;
  return false;
}

function isAttachable(word: string): boolean {
  if (word === "kopijā") return false;
  return ATTACHABLE_EXACT.has(word) || startsWithAny(word, ATTACHABLE_STEMS);
}

/** An attachment the client receives: not an inline (signature) image. */
function isRealAttachment(a: AttachmentInfo): boolean {
  if (a.isInline) return false;
  // Outlook names inline pictures image001.png; they reach us without the inline flag from .eml files.
  if (a.isInline === undefined && /^image\d{3}\.(?:png|jpe?g|gif)$/i.test(a.name)) return false;
  return true;
}

interface SentenceWords {
  /** Lower-case word tokens of the sentence. */
  words: string[];
  /** Their tokens. */
  tokens: Token[];
  /** For each word, the token after it (any kind), if in the sentence. */
  next: (Token | undefined)[];
  /** For each word, the token before it (any kind), if in the sentence. */
  previous: (Token | undefined)[];
}

function sentenceWords(tokens: readonly Token[], from: number, to: number): SentenceWords {
  const result: SentenceWords = { words: [], tokens: [], next: [], previous: [] };
  for (let t = from; t < to; t++) {
    const token = tokens[t];
    if (token.kind !== "word") continue;
    result.words.push(token.text.toLowerCase());
    result.tokens.push(token);
    result.previous.push(t > from ? tokens[t - 1] : undefined);
    result.next.push(t + 1 < to ? tokens[t + 1] : undefined);
  }
  return result;
}

function near(words: readonly string[], i: number, before: number, after: number, set: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, i - before); k <= Math.min(words.length - 1, i + after); k++) if (k !== i && set.has(words[k])) return true;
  return false;
}

/** "2. pielikumā", "pielikumā Nr. 3", "noteikumu pielikumā": an annex of some document, cited. */
function isCitedAnnex(s: SentenceWords, i: number, tokens: readonly Token[]): boolean {
  const previous = s.previous[i];
  if (previous && (previous.kind === "number" || (previous.text === "." && tokenBefore(tokens, previous)?.kind === "number"))) return true;
  if (i > 0 && ANNEX_OWNERS.has(s.words[i - 1])) return true;
  const next = s.next[i];
  if (next && (next.kind === "number" || next.text.toLowerCase() === "nr")) return true;
  return false;
}

/** The token just before `token` (tokens are in text order, so a binary search finds it). */
function tokenBefore(tokens: readonly Token[], token: Token): Token | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].start < token.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? tokens[lo - 1] : undefined;
}

/** Index of the first word in the sentence that says something is attached, or -1. */
function findCue(s: SentenceWords, allTokens: readonly Token[], sentenceHasLink: boolean): number {
  const { words } = s;
  let hasAttachable = false;
  let hasMessageNoun = false;
  let hasNotAttachment = sentenceHasLink;
  let hasSeeVerb = false;
  let hasAttachVerb = false;
  let namesEnglishMessage = false;
  for (const w of words) {
    if (startsWithAny(w, DISCLAIMER_STEMS)) return -1;
    if (isAttachable(w)) hasAttachable = true;
    if (MESSAGE_NOUNS.has(w)) hasMessageNoun = true;
    if (NOT_ATTACHMENT_WORDS.has(w) || startsWithAny(w, NOT_ATTACHMENT_STEMS)) hasNotAttachment = true;
    if (SEE_VERBS.has(w)) hasSeeVerb = true;
    if (ATTACH_VERBS.has(w) || ATTACHED_DEFINITE.has(w) || ATTACHED_SHORT.has(w)) hasAttachVerb = true;
    if (ENGLISH_MESSAGE_NOUNS.has(w)) namesEnglishMessage = true;
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let cue = false;
    if (w.startsWith("pielikum")) {
      const header = s.next[i]?.text === ":";
      cue = (w === "pielikumā" || w === "pielikumos" || header || hasSeeVerb || hasAttachVerb) && !isCitedAnnex(s, i, allTokens);
    } else if (ATTACHED_DEFINITE.has(w)) {
      // "pievienotajā failā", "šai vēstulei pievienoto veidlapu"; not "iesniegumam pievienotie
      // dokumenti" (attached to the client's application) nor "pievienotās vērtības nodoklis"
      const before = words[i - 1] ?? "";
      const toOurMessage = MESSAGE_NOUNS.has(before);
      const toSomethingElse = !toOurMessage && /(?:am|ai|iem|ām)$/.test(before);
      cue = (isAttachable(words[i + 1] ?? "") || toOurMessage) && !toSomethingElse && !hasNotAttachment;
    } else if (ATTACHED_SHORT.has(w)) {
      cue = hasMessageNoun && !hasNotAttachment;
    } else if (ATTACH_VERBS.has(w)) {
      cue = hasAttachable && !hasNotAttachment;
    } else if (w === "attached" || w === "enclosed") {
      const nextWord = words[i + 1] ?? "";
      cue = nextWord !== "to" || namesEnglishMessage; // "attached to this e-mail", not "conditions attached to the permit"
    } else if (w === "attachment" || w === "attachments") {
      const before = words[i - 1] ?? "";
      cue = before === "the" || before === "see" || before === "this" || before === "our" || before === "my" || before === "an";
    } else if (w === "attach" || w === "attaching") {
      const before = words[i - 1] ?? "";
      cue = w === "attaching" || before === "i" || before === "we";
    }
    if (!cue) continue;
    if (near(words, i, 3, 3, NEGATIONS)) continue;
    // the client's attachment ("Jūsu iesnieguma pielikumā", "the form you attached") is not ours
    if (near(words, i, 2, 0, CLIENT_POSSESSIVES) || words[i - 1] === "you") continue;
    return i;
  }
  return -1;
}

function check(draft: Draft, context: RuleContext): RuleReport<MessageId>[] {
  if (context.attachments.some(isRealAttachment)) return [];
  const signatureStart = draft.signature ? draft.signature.start : Infinity;
  let l = 0;
  for (const sentence of draft.sentences) {
    if (sentence.start >= signatureStart) break;
    // A link in the sentence (an <a> or a bare address) is what "pievienoju" adds there.
    while (l < draft.links.length && draft.links[l].end <= sentence.start && draft.links[l].start < sentence.start) l++;
    let hasLink = l < draft.links.length && draft.links[l].start < sentence.end;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const kind = draft.tokens[t].kind;
      if (kind === "url" || kind === "email") hasLink = true;
    }
    const words = sentenceWords(draft.tokens, sentence.tokenStart, sentence.tokenEnd);
    const i = findCue(words, draft.tokens, hasLink);
    if (i < 0) continue;
    const token = words.tokens[i];
    return [
      {
        messageId: "missing",
        data: { cue: token.text },
        start: token.start,
        end: token.end,
      },
    ];
  }
  return [];
}

export const rule: Rule<MessageId> = { meta, check };
