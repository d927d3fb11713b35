/**
 * abbreviation: an acronym ("VID", "NĪN", "PMLP", "VARAM") that the reply does not explain where it
 * first uses it. Explained means the full form and the acronym stand together in brackets, either way
 * round: "Valsts ieņēmumu dienests (VID)", "VID (Valsts ieņēmumu dienests)", or the legal style
 * "Valsts ieņēmumu dienests (turpmāk – VID)". One finding per acronym, at its first use.
 *
 * Not reported: acronyms every client knows (support/acronyms.ts), Roman numerals ("II grupa"),
 * anything in the signature or in quotation marks (names of companies and documents), names written
 * in capitals ("Anna OZOLA", recipients and place names the context knows), and capitals
 * that shout — a run such as "LŪDZU IEVĒROJIET TERMIŅU" belongs to `tone` (support/caps.ts).
 * Latvian and English replies.
 */
import type { Draft, Token } from "../draft/types";
import type { RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { makeSpanCursor } from "./support/structure";
import { proseOf } from "./support/prose";
import { ACRONYM_EXPANSIONS, WELL_KNOWN_ACRONYMS } from "./support/acronyms";
import { isAllCapsWord, looksLikeAcronym, shoutingSpans } from "./support/caps";
import { isKnownFirstName } from "../lv/names";

const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

type MessageId = "known" | "unknown";

const meta: RuleMeta<MessageId> = {
  id: "abbreviation",
  severity: "info",
  title: {
    lv: "Nepaskaidrots saīsinājums",
    en: "Unexplained abbreviation",
  },
  description: {
    lv:
      "Vienkāršā valodā saīsinājumus paskaidro, kad tos lieto pirmo reizi. Darbiniekam „VID” vai „NĪN” ir pašsaprotami, bet klientam tie var neko neizteikt, un viņam nāksies zvanīt un jautāt. Pirmajā reizē uzrakstiet pilnu nosaukumu un saīsinājumu iekavās; tālāk pietiek ar saīsinājumu.",
    en:
      "Plain language explains an abbreviation the first time it is used. “VID” or “NĪN” is obvious to staff but may mean nothing to a client, who then has to call and ask. Write the full name with the abbreviation in brackets the first time; after that the abbreviation is enough.",
  },
  messages: {
    lv: {
      known: "Paskaidrojiet saīsinājumu „{acronym}”, kad to lietojat pirmo reizi: uzrakstiet pilnu nosaukumu un saīsinājumu iekavās — „{explanation}”.",
      unknown:
        "Paskaidrojiet saīsinājumu „{acronym}”, kad to lietojat pirmo reizi: uzrakstiet pilnu nosaukumu un saīsinājumu iekavās, piemēram, „Valsts ieņēmumu dienests (VID)”.",
    },
    en: {
      known: "Explain the abbreviation “{acronym}” where you first use it: write the full name with the abbreviation in brackets — “{explanation}”.",
      unknown: "Explain the abbreviation “{acronym}” where you first use it: write the full name with the abbreviation in brackets, e.g. “State Revenue Service (VID)”.",
    },
  },
  topic: "language",
  onSend: { group: "problem", lv: "nepaskaidroti saīsinājumi", en: "unexplained abbreviations" },
  examples: {
    good: [
      "Par nodokļa atvieglojumu lūdzam sazināties ar Valsts ieņēmumu dienestu (VID). VID konsultē arī pa tālruni.",
      "Nekustamā īpašuma nodokļa (NĪN) maksāšanas paziņojumu nosūtīsim līdz 15. februārim.",
      "Dokumentus var iesniegt jebkurā VPVKAC (valsts un pašvaldību vienotajā klientu apkalpošanas centrā).",
      "Rēķinu PDF formātā pievienojām vēstulei; maksa ir 25 EUR, ieskaitot PVN.",
      "Pabalstu piešķir personām ar II grupas invaliditāti.",
    ],
    bad: [
      "Par nodokļa atvieglojumu lūdzam sazināties ar VID.",
      "NĪN maksāšanas paziņojumu nosūtīsim līdz 15. februārim.",
      "Iesniegumu var iesniegt jebkurā VPVKAC vai nosūtīt uz mūsu e-pastu.",
      "Vietu bērnam piešķirs tuvākajā PII, kurā būs brīvas vietas.",
    ],
  },
};

/** Is tokens[i] a word? */
function isWordAt(tokens: readonly Token[], i: number): boolean {
  return i >= 0 && i < tokens.length && tokens[i].kind === "word";
}

function isPunct(tokens: readonly Token[], i: number, mark: string): boolean {
  return i >= 0 && i < tokens.length && tokens[i].kind === "punct" && tokens[i].text === mark;
}

/** "VID (Valsts ieņēmumu dienests)": brackets right after the acronym, with at least two words inside. */
function explainedAfter(tokens: readonly Token[], i: number): boolean {
  return isPunct(tokens, i + 1, "(") && isWordAt(tokens, i + 2) && isWordAt(tokens, i + 3);
}

/**
 * "Valsts ieņēmumu dienests (VID)" or "… (turpmāk – VID)": the acronym is the last word in brackets
 * that open at most four tokens before it, and two words stand before the brackets.
 */
function explainedBefore(text: string, tokens: readonly Token[], i: number): boolean {
  if (!isPunct(tokens, i + 1, ")")) return false;
  for (let open = i - 1; open >= 0 && open >= i - 4; open--) {
    if (isPunct(tokens, open, ")")) return false;
    if (!isPunct(tokens, open, "(")) continue;
    if (!isWordAt(tokens, open - 1) || !isWordAt(tokens, open - 2)) return false;
    return !text.slice(tokens[open - 2].start, tokens[open].start).includes("\n");
  }
  return false;
}

/** Titles that stand before a surname (English) or after it (Latvian: "ZARIŅA kungs"). */
const TITLES_BEFORE: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "miss", "dr", "prof"]);
const TITLES_AFTER: ReadonlySet<string> = new Set([
  "kungs", "kunga", "kungam", "kungu", "kungā", "kundze", "kundzes", "kundzei", "kundzi", "k-gs", "k-dze",
]);

/**
 * A surname or place written in capitals ("Anna OZOLA", "A. OZOLA", "ZARIŅA kungs"): the word is a name
 * the context knows (recipients, thread names, the organization's place names), or stands next to a
 * first name, an initial or a title.
 */
function isNameInCapitals(tokens: readonly Token[], i: number, knownNames: ReadonlySet<string>): boolean {
  if (knownNames.has(tokens[i].text.toLowerCase())) return true;
  if (isWordAt(tokens, i - 1) && (isKnownFirstName(tokens[i - 1].text) || TITLES_BEFORE.has(tokens[i - 1].text.toLowerCase()))) return true;
  if (isWordAt(tokens, i + 1) && TITLES_AFTER.has(tokens[i + 1].text.toLowerCase())) return true;
  const initial = i >= 2 ? tokens[i - 2] : null;
  return isPunct(tokens, i - 1, ".") && initial !== null && initial.kind === "word" && initial.text.length === 1 && initial.end === tokens[i - 1].start;
}

/** Words that label a number or code ("Nr. BV-2026-145", "kods NEVIS", "reference ABC"), lower case. */
const CODE_LABELS: ReadonlySet<string> = new Set([
  "nr", "no", "numurs", "numura", "numuru", "numurā", "kods", "koda", "kodu", "kodā", "reģ", "šifrs", "šifra", "šifru",
  "identifikators", "identifikatoru", "code", "ref", "reference", "id",
]);

/**
 * A registration number or code, not an acronym to explain (issue 15, cause 8): capitals glued
 * to digits ("BV-2026-145", "ĀND/3-14/25/118"), or right after a label ("Nr. BV", "kods NEVIS").
 */
function isCode(tokens: readonly Token[], i: number): boolean {
  const glued = (a: number, b: number): boolean => a >= 0 && b < tokens.length && tokens[a].end === tokens[b].start;
  const joinsNumber = (joint: number, number: number): boolean =>
    glued(i, joint) && isNumberAt(tokens, number) && (joint === number || (/^[-/.]$/u.test(tokens[joint].text) && glued(joint, number)));
  const afterNumber = i >= 1 && glued(i - 1, i) && (isNumberAt(tokens, i - 1) || (/^[-/]$/u.test(tokens[i - 1].text) && isNumberAt(tokens, i - 2)));
  if (joinsNumber(i + 1, i + 1) || joinsNumber(i + 1, i + 2) || afterNumber) return true;
  for (let back = i - 1; back >= 0 && back >= i - 3; back--) {
    if (tokens[back].kind === "punct" && /^[.:#№]$/u.test(tokens[back].text)) continue;
    return isWordAt(tokens, back) && CODE_LABELS.has(tokens[back].text.toLowerCase());
  }
  return false;
}

function isNumberAt(tokens: readonly Token[], i: number): boolean {
  return i >= 0 && i < tokens.length && tokens[i].kind === "number";
}

/** Known words that are names rather than acronyms (written in ordinary case), lower-cased. */
function knownNamesOf(context: RuleContext): Set<string> {
  const names = new Set<string>();
  for (const w of context.knownWords ?? []) if (!isAllCapsWord(w)) names.add(w.toLowerCase());
  return names;
}

function check(draft: Draft, context: RuleContext): RuleReport<MessageId>[] {
  if (context.language !== "lv" && context.language !== "en") return [];
  const text = draft.text;
  const tokens = draft.tokens;
  const prose = proseOf(draft);
  const quoted = makeSpanCursor(prose.quotations);
  const shouting = makeSpanCursor(shoutingSpans(draft));
  const seen = new Set<string>();
  const knownNames = knownNamesOf(context);
  const findings: RuleReport<MessageId>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.start >= prose.end) break;
    if (token.kind !== "word") continue;
    const word = token.text;
    if (!looksLikeAcronym(word) || WELL_KNOWN_ACRONYMS.has(word) || ROMAN_NUMERAL.test(word)) continue;
    // (The cursors are asked in increasing order of offset, as they require.)
    if (quoted(token.start) || shouting(token.start) || seen.has(word)) continue;
    if (isNameInCapitals(tokens, i, knownNames) || isCode(tokens, i)) continue;
    seen.add(word);
    if (explainedAfter(tokens, i) || explainedBefore(text, tokens, i)) continue;
    const expansion: string | undefined = context.language === "lv" ? ACRONYM_EXPANSIONS[word] : undefined;
    const explanation = expansion ? `${expansion} (${word})` : undefined;
    // The full form is in the nominative and the sentence may need another case ("ar VID" →
    // "ar Valsts ieņēmumu dienestu"): the message shows it, no one-click replacement (issue 17).
    findings.push({
      messageId: explanation ? "known" : "unknown",
      data: explanation ? { acronym: word, explanation } : { acronym: word },
      start: token.start,
      end: token.end,
    });
  }
  return findings;
}

export const rule: Rule<MessageId> = { meta, check };
