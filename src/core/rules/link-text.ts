/**
 * link-text: the visible text of a link should say where it leads. "Šeit", "saite", "spiediet
 * šeit", "here", "click here" say nothing — not to a client who scans the letter, and not to a
 * screen reader that lists the links. A link with no visible text at all (an image without alt
 * text) is reported too. Bare addresses (the URL is the text) are not this rule's business.
 */
import type { Draft, DraftLink } from "../draft/types";
import type { RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { excerptOf } from "./message";
import { MAX_FINDINGS_PER_RULE } from "./support/limits";

/**
 * Link texts that say nothing about the target, normalised (lower case, single spaces, no
 * surrounding punctuation). Latvian first, then English (after the list Lighthouse's
 * "link-text" audit uses).
 */
const EMPTY_MEANING: ReadonlySet<string> = new Set([
  // Latvian
  "šeit",
  "te",
  "tepat",
  "šeit pat",
  "saite",
  "saiti",
  "saitē",
  "šī saite",
  "šo saiti",
  "šajā saitē",
  "šeit saite",
  "saite šeit",
  "hipersaite",
  "šī hipersaite",
  "šajā hipersaitē",
  "spied",
  "spied šeit",
  "spiediet šeit",
  "spiest šeit",
  "uzspied šeit",
  "uzspiediet šeit",
  "nospiediet šeit",
  "klikšķini šeit",
  "klikšķiniet šeit",
  "noklikšķini šeit",
  "noklikšķiniet šeit",
  "uzklikšķiniet šeit",
  "klikšķis šeit",
  "skatīt šeit",
  "skatiet šeit",
  "skat. šeit",
  "lasīt šeit",
  "lasiet šeit",
  "atvērt",
  "atvērt šeit",
  "vairāk",
  "lasīt vairāk",
  "lasiet vairāk",
  "uzzināt vairāk",
  "uzziniet vairāk",
  "skatīt vairāk",
  "vairāk šeit",
  "vairāk informācijas",
  "sīkāk",
  "sīkāka informācija",
  "informācija",
  "šī lapa",
  "šajā lapā",
  // English
  "here",
  "click here",
  "click",
  "click this",
  "click this link",
  "right here",
  "tap here",
  "link",
  "this link",
  "the link",
  "follow this link",
  "this",
  "this page",
  "go",
  "more",
  "read more",
  "learn more",
  "see more",
  "more info",
  "more information",
  "information",
]);

/** Quotes, brackets, arrows and punctuation around a link text ("»Šeit«", "šeit.", "→ here"). */
const EDGE = "\"'`«»„“”‘’()[]{}<>.,;:!?…–—-→›‹·*";

/** Characters of the longest listed text: a link text with more letters than this names something. */
const LONGEST_LISTED = Math.max(...Array.from(EMPTY_MEANING, (t) => t.length));

/**
 * Whether a link text has more than `limit` characters that are neither spaces nor edge
 * punctuation; stops counting there, so a long link text costs no more than a short one.
 */
function hasMoreLettersThan(text: string, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c.trim() === "" || EDGE.indexOf(c) >= 0) continue;
    if (++count > limit) return true;
  }
  return false;
}

/** The link text as compared with the list: lower case, single spaces, no edge punctuation. */
export function normaliseLinkText(text: string): string {
  let t = text.toLowerCase().split(/\s+/).filter(Boolean).join(" ");
  let start = 0;
  let end = t.length;
  while (start < end && (EDGE.indexOf(t[start]) >= 0 || t[start] === " ")) start++;
  while (end > start && (EDGE.indexOf(t[end - 1]) >= 0 || t[end - 1] === " ")) end--;
  t = t.slice(start, end);
  return t;
}

type MessageId = "empty" | "vague";

const meta: RuleMeta<MessageId> = {
  id: "link-text",
  severity: "warning",
  title: {
    lv: "Saites teksts neko nepasaka",
    en: "Link text says nothing",
  },
  description: {
    lv:
      "Saites tekstam jāpasaka, kur saite ved: klients, kas pārlasa vēstuli, un ekrāna lasītājs, kas nolasa saišu sarakstu, ar vārdu „šeit” neuzzinās neko. Nosauciet dokumentu vai lapu — piemēram, „Pabalsta pieprasīšanas veidlapa” vai „Saistošie noteikumi Nr. 5”.",
    en:
      "Link text should say where the link leads: a client rereading the letter, or a screen reader listing the links, learns nothing from \"here\". Name the document or page — for example \"Benefit application form\" or \"Binding regulations No. 5\".",
  },
  messages: {
    lv: {
      vague: "Saites teksts „{text}” nepasaka, kur saite ved. Uzrakstiet saitē lapas vai dokumenta nosaukumu, piemēram, „Iesnieguma veidlapa”.",
      empty: "Saitei nav redzama teksta. Uzrakstiet saitē lapas vai dokumenta nosaukumu.",
    },
    en: {
      vague: "The link text \"{text}\" does not say where the link leads. Use the page or document title as the link text, e.g. \"Application form\".",
      empty: "The link has no visible text. Use the page or document title as the link text.",
    },
  },
  topic: "links",
  onSend: { group: "problem", lv: "saites teksts neko nepasaka", en: "link text that says nothing" },
  examples: {
    good: [
      'Iesniegumu var aizpildīt tiešsaistē: <a href="https://www.adazunovads.lv/pakalpojumi/sociala-palidziba">Sociālās palīdzības pieprasījums</a>.',
      'Maksas apmērs noteikts <a href="https://likumi.lv/ta/id/123456">Ādažu novada saistošajos noteikumos Nr. 12</a>.',
      "Pieteikuma veidlapa pieejama www.adazunovads.lv/veidlapas.",
    ],
    bad: [
      'Iesnieguma veidlapu varat lejupielādēt <a href="https://www.adazunovads.lv/veidlapas/iesniegums.docx">šeit</a>.',
      'Plašāka informācija par nekustamā īpašuma nodokli pieejama <a href="https://www.adazunovads.lv/nodokli">šajā saitē</a>.',
      'Lai pieteiktos rindā uz pašvaldības dzīvokli, <a href="https://www.adazunovads.lv/dzivokli">spiediet šeit</a>.',
    ],
  },
};

function check(draft: Draft, _context: RuleContext): RuleReport<MessageId>[] {
  const findings: RuleReport<MessageId>[] = [];
  const signature = draft.signature;
  const inSignature = (link: DraftLink): boolean => signature !== null && link.start >= signature.start && link.start <= signature.end;
  for (const link of draft.links) {
    if (findings.length >= MAX_FINDINGS_PER_RULE) break;
    if (link.bare) continue;
    if (hasMoreLettersThan(link.text, LONGEST_LISTED)) continue;
    const visible = normaliseLinkText(link.text);
    if (visible === "") {
      // Icon links (social media, logo) in the signature carry no text by design.
      if (inSignature(link)) continue;
      findings.push({
        messageId: "empty",
        start: link.start,
        end: link.end,
        excerpt: excerptOf(draft.text, link.start, link.start),
      });
      continue;
    }
    if (!EMPTY_MEANING.has(visible)) continue;
    findings.push({
      messageId: "vague",
      data: { text: draft.text.slice(link.start, link.end).trim() || link.text },
      start: link.start,
      end: link.end,
    });
  }
  return findings;
}

export const rule: Rule<MessageId> = { meta, check };
