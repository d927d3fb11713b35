/**
 * jargon: bureaucratese, calques, barbarisms and professional terms that have a plainer Latvian
 * alternative, found with the plain-language lexicon (src/core/lv/lexicon; every entry names its
 * source). Matching is inflection-aware — the lexicon's matcher handles it ("veikt apmaksu",
 * "veicot apmaksu"). The organization's config adds phrases (jargon.add, "veik* apmaks*") and removes
 * entries by id or phrase (jargon.remove). Latvian replies only.
 *
 * The message names all of the entry's alternatives; the suggestions (one-click replacements) are
 * those that can be inserted as they are — a template such as "… dēļ" or a hint in brackets stays
 * advice in the message (issue 17). A fix is offered only where it cannot break the
 * sentence: the entry has exactly one alternative, and the text matched is one of the entry's phrases
 * written out in full (no inflected form, no words in between), so the alternative drops in as is.
 */
import type { Draft } from "../draft/types";
import type { RuleReport, FindingFix, Rule, RuleContext, RuleMeta, UiLanguage } from "./types";
import type { OrganizationConfig } from "../config/types";
import { makeSpanCursor } from "./support/structure";
import { proseOf } from "./support/prose";
import { insertableSuggestions } from "./support/insertable";
import { buildLexicon, findJargon, ORGANIZATION_SOURCE_ID, type CompiledLexicon, type JargonMatch, type LexiconEntry, type LexiconKind } from "../lv/lexicon";

const KIND_NAMES: Record<UiLanguage, Record<LexiconKind, string>> = {
  lv: {
    bureaucratese: "kancelejisks izteiciens",
    calque: "kalks (burtisks pārcēlums no citas valodas)",
    barbarism: "barbarisms (nevajadzīgs aizguvums)",
    term: "speciāls termins, ko klients var nesaprast",
  },
  en: {
    bureaucratese: "bureaucratese",
    calque: "a calque (a word-for-word copy from another language)",
    barbarism: "a barbarism (an unnecessary loanword)",
    term: "a technical term the client may not understand",
  },
};

type MessageId = "lexicon" | "noAlternative" | "organization" | "explain";

const meta: RuleMeta<MessageId> = {
  id: "jargon",
  severity: "warning",
  fixable: "code",
  title: {
    lv: "Kancelejisms, kalks vai svešs termins",
    en: "Jargon, calque or technical term",
  },
  description: {
    lv:
      "Atbildei jābūt vienkāršā, saprotamā valodā, un sarežģītas lietas jāpaskaidro vienkārši. Kancelejiski izteicieni („uz doto brīdi”, „saistībā ar”), kalki no citām valodām un speciāli termini padara tekstu smagu un svešu; klients tos var pārprast. Katram vārdam sarakstā ir vienkāršāka alternatīva un avots, kas to pamato.",
    en:
      "A reply should be in simple, understandable language, and complex matters should be explained simply. Bureaucratese (“uz doto brīdi”, “saistībā ar”), calques from other languages and technical terms make the text heavy and alien, and the client may misread them. Every word on the list has a plainer alternative and a source that backs it.",
  },
  messages: {
    lv: {
      lexicon: "„{phrase}” ir {kind}. Rakstiet vienkāršāk: {alternatives}.{note}",
      organization: "„{phrase}” ir Jūsu iestādes nevēlamo vārdu sarakstā. Rakstiet: {alternatives}.{note}",
      noAlternative: "„{phrase}” ir Jūsu iestādes nevēlamo vārdu sarakstā. Pārrakstiet to vienkāršāk.{note}",
      explain: "„{phrase}” ir {kind}. Paskaidrojiet to, piemēram, iekavās: {explanation}.",
    },
    en: {
      lexicon: "“{phrase}” is {kind}. Use plainer words: {alternatives}.",
      organization: "“{phrase}” is on your organisation's list of words to avoid. Write: {alternatives}.",
      noAlternative: "“{phrase}” is on your organisation's list of words to avoid. Rewrite it more plainly.",
      explain: "“{phrase}” is {kind}. Explain it, e.g. in brackets: “{explanation}”.",
    },
  },
  topic: "language",
  onSend: { group: "problem", lv: "kancelejismi", en: "jargon" },
  examples: {
    good: [
      "Pašlaik brīvu vietu bērnudārzā nav.",
      "Lūdzam pievērst uzmanību iesniegšanas termiņam.",
      "Atbildot uz Jūsu iesniegumu, informējam, ka to izskatīs būvvalde.",
      "Lēmumu pieņems nākamajā domes sēdē.",
      "Rēķinus var apmaksāt bankas lietotnē.",
    ],
    bad: [
      "Uz doto brīdi brīvu vietu bērnudārzā nav.",
      "Lūdzam piegriezt uzmanību iesniegšanas termiņam.",
      "Saistībā ar Jūsu iesniegumu informējam, ka to izskatīs būvvalde.",
      "Lēmumu pieņems nākošajā domes sēdē.",
      "Rēķinus var apmaksāt bankas aplikācijā.",
    ],
  },
};

/** The lexicon with the organization's changes, compiled once per config. */
const lexiconCache = new WeakMap<OrganizationConfig["jargon"], CompiledLexicon>();

function lexiconFor(config: OrganizationConfig): CompiledLexicon {
  let lexicon = lexiconCache.get(config.jargon);
  if (!lexicon) {
    lexicon = buildLexicon(config.jargon);
    lexiconCache.set(config.jargon, lexicon);
  }
  return lexicon;
}

function quoteList(items: readonly string[], lang: UiLanguage): string {
  const [open, close] = lang === "lv" ? ["„", "”"] : ["“", "”"];
  const quoted = items.map((a) => `${open}${a}${close}`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${lang === "lv" ? "vai" : "or"} ${quoted[quoted.length - 1]}`;
}

/** What follows a term the writer explains on the spot: brackets, a dash, "t. i.", "proti", "tas ir". */
const EXPLAINED_AFTER = /^\p{L}*\s*(?:[(–—]|-\s|,\s*(?:t\.\s?i\.|proti|tas ir|jeb)\b)/u;

/** Plain words and single spaces: a pattern written out in full (no endings, alternatives or gaps), or a drop-in alternative. */
const PLAIN_WORDS = /^\p{L}+(?: \p{L}+)*$/u;

/** The alternative that drops in for the entry's phrase as written out in full, or null (computed once per entry). */
const dropInCache = new WeakMap<LexiconEntry, { alternative: string; baseForms: string[] } | null>();

function dropInFor(entry: LexiconEntry): { alternative: string; baseForms: string[] } | null {
  let cached = dropInCache.get(entry);
  if (cached === undefined) {
    const baseForms = entry.patterns.filter((p) => PLAIN_WORDS.test(p)).map((p) => p.toLowerCase());
    const alternative = entry.alternatives.length === 1 ? entry.alternatives[0] : "";
    cached = baseForms.length > 0 && PLAIN_WORDS.test(alternative) ? { alternative, baseForms } : null;
    dropInCache.set(entry, cached);
  }
  return cached;
}

function safeFix(match: JargonMatch): FindingFix | undefined {
  if (match.entry.explanation) return undefined; // a term is explained, never swapped
  const dropIn = dropInFor(match.entry);
  if (!dropIn) return undefined;
  const matched = match.text.replace(/\s+/g, " ").toLowerCase();
  if (dropIn.baseForms.indexOf(matched) < 0) return undefined;
  const first = match.text.charAt(0);
  const capitalised = first !== first.toLowerCase();
  const alternative = dropIn.alternative;
  const text = capitalised ? alternative.charAt(0).toUpperCase() + alternative.slice(1) : alternative;
  return { start: match.start, end: match.end, text };
}

function messageFor(match: JargonMatch, context: RuleContext): Pick<RuleReport<MessageId>, "messageId" | "data"> {
  const entry = match.entry;
  const lang = context.lang;
  const note = lang === "lv" && entry.note ? ` ${entry.note}` : "";
  const params = { phrase: match.text, note, alternatives: quoteList(entry.alternatives, lang) };
  if (entry.explanation) return { messageId: "explain", data: { phrase: match.text, kind: KIND_NAMES[lang][entry.kind], explanation: entry.explanation } };
  if (entry.sourceId === ORGANIZATION_SOURCE_ID) {
    return { messageId: entry.alternatives.length > 0 ? "organization" : "noAlternative", data: params };
  }
  return { messageId: "lexicon", data: { ...params, kind: KIND_NAMES[lang][entry.kind] } };
}

function check(draft: Draft, context: RuleContext): RuleReport<MessageId>[] {
  if (context.language !== "lv") return [];
  const prose = proseOf(draft);
  // Titles of laws and the client's own words in quotation marks are not the employee's to reword.
  const quoted = makeSpanCursor(prose.quotations);
  const findings: RuleReport<MessageId>[] = [];
  for (const match of findJargon(draft.text, draft.tokens, lexiconFor(context.config))) {
    if (match.start >= prose.end) break;
    if (quoted(match.start)) continue;
    // a term explained right after it — "(…)", "– …", ", t. i., …" — needs no finding
    if (match.entry.explanation && EXPLAINED_AFTER.test(draft.text.slice(match.end, match.end + 12))) continue;
    const fix = safeFix(match);
    findings.push({
      ...messageFor(match, context),
      start: match.start,
      end: match.end,
      ...(match.entry.rebuildsSentence ? {} : insertableSuggestions(match.entry.alternatives)),
      ...(fix ? { fix } : {}),
    });
  }
  return findings;
}

export const rule: Rule<MessageId> = { meta, check };
