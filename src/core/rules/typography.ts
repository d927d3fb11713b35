/**
 * typography: the Latvian conventions of a written text (issue 20) — quotation marks that pair
 * („…”, „…“, “…”, «…» or straight "…"; see CLOSING), not an opening mark of one form closed by another, an en dash
 * in a range ("9.00–12.00", "1.–5. janvārim", "2025–2026"), the ordinal dot in a date ("2026. gada
 * 15. decembrī"), no space before a comma or a full stop, one space between words. Ādaži 9.5 asks
 * the employee to check the text before sending.
 *
 * Precision first (docs/architecture.md: the rules report only what is unambiguous): nothing inside
 * a link, an e-mail address or a code-like token, nothing in the signature block (phone numbers,
 * aligned contact lines), nothing inside someone else's words in quotation marks, a quotation only
 * when its words are Latvian (a Latvian letter in them), a hyphen only between numbers that are
 * certainly a range (times, days with their ordinal dot, years), never in a date, phone or file
 * number ("2026-12-15", "67-997-005", "Nr. 2-12/345"). Two spaces are judged in plain text only (see
 * doubleSpaceReports).
 */
import type { Draft, Span } from "../draft/types";
import { isMonthNameLv } from "../lv/dates";
import type { RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { proseOf } from "./support/prose";
import { MAX_FINDINGS_PER_RULE } from "./support/limits";

type MessageId = "quotesPair" | "dash" | "ordinalDot" | "spaceBefore" | "doubleSpace";

const meta: RuleMeta<MessageId> = {
  id: "typography",
  topic: "language",
  severity: "info",
  fixable: "code",
  title: { lv: "Latviešu teksta tipogrāfija", en: "Latvian typography" },
  description: {
    lv: 'Pēdiņas sākumā un beigās veido pāri („…”, “…”, «…» vai "…"), intervālā lieto domuzīmi (9.00–12.00), datumā — kārtas skaitļa punktu (2026. gada 15. decembrī). Pirms komata un punkta nav atstarpes, starp vārdiem — viena.',
    en: 'Opening and closing quotation marks pair („…”, “…”, «…» or "…"); a range takes an en dash (9.00–12.00), a date the ordinal dot (2026. gada 15. decembrī); no space before a comma or a full stop, one between words.',
  },
  messages: {
    lv: {
      quotesPair: "Pēdiņas neveido pāri: {fixed}.",
      dash: "Intervālā lietojiet domuzīmi bez atstarpēm: {fixed}.",
      ordinalDot: "Datumā aiz kārtas skaitļa lieciet punktu: {fixed}.",
      spaceBefore: "Pirms pieturzīmes „{mark}” atstarpi neliek.",
      doubleSpace: "Starp vārdiem lieciet vienu atstarpi.",
    },
    en: {
      quotesPair: "The quotation marks do not pair: {fixed}.",
      dash: "Use an en dash without spaces in a range: {fixed}.",
      ordinalDot: "Put the ordinal dot after the number in a date: {fixed}.",
      spaceBefore: "No space goes before “{mark}”.",
      doubleSpace: "Put one space between words.",
    },
  },
  onSend: { group: "pane-only", lv: "tipogrāfija", en: "typography" },
  examples: {
    good: ["Centrs strādā darbdienās 9.00–12.00.", "Izstāde „Zaļā Carnikava” būs atvērta 2026. gada 16.–20. decembrī.", "Rakstiet uz dome@adazi.lv vai zvaniet 67 997 005."],
    bad: ["Centrs strādā darbdienās 9.00-12.00.", 'Izstāde „Zaļā Carnikava" būs atvērta 2026 gada 16 decembrī .'],
  },
};

const LATVIAN_LETTER = /[āčēģīķļņšūž]/i;
/** Characters that make a quotation look like code or markup rather than words. */
const CODE_LIKE = /[=<>{}[\]\\|]|:\/\//;
/** Longest quotation the rule pairs (a longer run between two marks is more likely two quotations). */
const MAX_QUOTATION = 200;

/** Singular forms of "gads" after a year: plural forms ("pirms 2000 gadiem") count years, they do not name one. */
const YEAR_NOUNS: ReadonlySet<string> = new Set(["gads", "gada", "gadam", "gadā", "g"]);
/** Words before a number that make it a document, clause or house number, not a date ("Nr. 15 decembrī pieņemtais …"). */
const NUMBER_LABELS: ReadonlySet<string> = new Set(["nr", "punkts", "punkta", "punktā", "pants", "panta", "pantā", "lēmums", "lēmuma", "māja", "mājā", "dzīvoklis"]);

/** Spans the rule never looks into: links, e-mail addresses and code-like tokens. */
function protectedSpans(draft: Draft): Span[] {
  return draft.tokens.filter((t) => t.kind === "url" || t.kind === "email" || t.kind === "symbol").map((t) => ({ start: t.start, end: t.end }));
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start < end;
}

/** The character before `k` is a word boundary: start of text, white space, or an opening bracket. */
function opensAt(text: string, k: number): boolean {
  return k === 0 || /[\s([{–—-]/.test(text[k - 1]);
}

function closesAt(text: string, k: number): boolean {
  return k + 1 >= text.length || /[\s.,;:!?)\]}…–—-]/.test(text[k + 1]);
}

/**
 * Whether the draft.text range maps onto one run of the source with no markup or entity inside
 * (toSourceRange covers an entity whole), so replacing it cannot drop a link or formatting.
 */
function plainInSource(draft: Draft, start: number, end: number): boolean {
  const first = draft.sourceMap.toSourceRange(start);
  const last = draft.sourceMap.toSourceRange(end - 1);
  if (!first || !last) return false;
  return last.start - first.end === end - 1 - (start + 1);
}

/**
 * The Latvian quotation forms and the closing marks of each opening one, the first being what a
 * fix puts: „…” (the form this rule suggests), „…“ (the older form), “…” (the EU's
 * Interinstitutional Style Guide for Latvian, 10.1.6 "Pēdiņas"), «…». Straight "…" pairs too: it
 * is how the official gazette and likumi.lv print the titles of laws ('likuma "Par pašvaldībām"'),
 * which replies cite (docs/decisions.md, issue 20, quotation marks).
 */
const CLOSING: Readonly<Record<string, string>> = { "„": "”“", "“": "”", "«": "»" };
/** Closing marks that would not pair with an opening one, looked for only where its own is not there. */
const MISMATCHED: Readonly<Record<string, string>> = { '"': "”", "„": '"', "“": '"', "«": '"' };

/** The first of `marks` after the opening mark at `k`, on its line and within MAX_QUOTATION; -1 if none. */
function closingMark(text: string, k: number, end: number, marks: string): number {
  for (let j = k + 1; j < end && j - k <= MAX_QUOTATION; j++) {
    if (text[j] === "\n") return -1;
    if (marks.includes(text[j])) return j;
  }
  return -1;
}

function quoteReports(draft: Draft, end: number, blocked: readonly Span[]): RuleReport<MessageId>[] {
  const text = draft.text;
  const reports: RuleReport<MessageId>[] = [];
  for (let k = 0; k < end; k++) {
    const open = text[k];
    if (MISMATCHED[open] === undefined || !opensAt(text, k)) continue;
    // Its own closing mark first: a straight " inside „…” is an inch mark or a typo, not the end.
    let close = closingMark(text, k, end, open === '"' ? '"' : CLOSING[open]);
    if (close < 0) close = closingMark(text, k, end, MISMATCHED[open]);
    if (close < 0) continue;
    const start = k;
    const inner = text.slice(start + 1, close);
    k = close;
    const closing = text[close];
    if (open !== '"' && CLOSING[open].includes(closing)) continue;
    if (!closesAt(text, close) || /^\s|\s$/.test(inner) || inner.length === 0) continue;
    if (!LATVIAN_LETTER.test(inner) || CODE_LIKE.test(inner) || overlaps(blocked, start, close + 1)) continue;
    // Straight "…" pairs (see CLOSING).
    if (open === '"' && closing === '"') continue;
    // A mismatched pair keeps its Latvian opening mark; a straight opening one becomes „.
    const fixed = open === '"' ? `„${inner}”` : `${open}${inner}${CLOSING[open][0]}`;
    // One quotation per draft (docs/decisions.md, issue 20): a writer who closes „ with " does it
    // throughout, and every further finding would say the same; the next shows once this is fixed.
    if (reports.length > 0) break;
    reports.push({
      messageId: "quotesPair",
      data: { fixed },
      start,
      end: close + 1,
      ...(plainInSource(draft, start, close + 1) ? { suggestions: [fixed], fix: { start, end: close + 1, text: fixed } } : {}),
    });
  }
  return reports;
}

/**
 * Number ranges written with a hyphen: "9.00-12.00" (times), "1.-5." before a month or a word
 * (days with their ordinal dots), "2025-2026" (years, the second after the first).
 */
const RANGE = /(\d{1,2}[.:]\d{2}|\d{1,2}\.|(?:19|20)\d{2})( ?)-( ?)(\d{1,2}[.:]\d{2}|\d{1,2}\.|(?:19|20)\d{2})/g;

function isTime(value: string): boolean {
  const match = /^(\d{1,2})[.:](\d{2})$/.exec(value);
  return match !== null && Number(match[1]) <= 24 && Number(match[2]) < 60;
}

function isRange(left: string, right: string, text: string, after: number): boolean {
  if (isTime(left) && isTime(right)) return true;
  if (/^\d{1,2}\.$/.test(left) && /^\d{1,2}\.$/.test(right)) {
    // "1.-5. janvārim": a word follows; "1.-5.1." would be clause numbers.
    const day = (value: string) => Number(value.slice(0, -1));
    return day(left) >= 1 && day(left) < day(right) && day(right) <= 31 && /^ \p{Ll}/u.test(text.slice(after, after + 2));
  }
  if (/^\d{4}$/.test(left) && /^\d{4}$/.test(right)) return Number(left) < Number(right);
  return false;
}

function previousWord(text: string, k: number): string {
  const match = /(\p{L}+)\.?\s*$/u.exec(text.slice(Math.max(0, k - 20), k));
  return match ? match[1].toLowerCase() : "";
}

function dashReports(text: string, end: number, blocked: readonly Span[], quoted: readonly Span[]): RuleReport<MessageId>[] {
  const reports: RuleReport<MessageId>[] = [];
  RANGE.lastIndex = 0;
  for (let match = RANGE.exec(text); match && match.index < end; match = RANGE.exec(text)) {
    const start = match.index;
    const stop = start + match[0].length;
    const [, left, spaceBefore, spaceAfter, right] = match;
    // Part of a longer chain of numbers ("2026-12-15", "1.5-2.5.3", "LV-2164-1"): not a range.
    if (start > 0 && /[\p{L}\p{N}./:\-–_]/u.test(text[start - 1])) continue;
    if (stop < text.length && (/[\p{L}\p{N}\-/_]/u.test(text[stop]) || (/[.:]/.test(text[stop]) && /\d/.test(text[stop + 1] ?? "")))) continue;
    if (spaceBefore !== spaceAfter || !isRange(left, right, text, stop)) continue;
    if (NUMBER_LABELS.has(previousWord(text, start)) || overlaps(blocked, start, stop) || overlaps(quoted, start, stop)) continue;
    const fixed = `${left}–${right}`;
    reports.push({ messageId: "dash", data: { fixed }, start, end: stop, suggestions: [fixed], fix: { start, end: stop, text: fixed } });
  }
  return reports;
}

function ordinalDotReports(draft: Draft, end: number, blocked: readonly Span[], quoted: readonly Span[]): RuleReport<MessageId>[] {
  const text = draft.text;
  const tokens = draft.tokens;
  const reports: RuleReport<MessageId>[] = [];
  for (let i = 0; i + 1 < tokens.length && tokens[i].end <= end; i++) {
    const number = tokens[i];
    const next = tokens[i + 1];
    if (number.kind !== "number" || next.kind !== "word" || !/^\d{1,4}$/.test(number.text)) continue;
    // Exactly one space between: "2026.gada" or a line break is something else.
    if (text.slice(number.end, next.start) !== " ") continue;
    const word = next.text.toLowerCase();
    const value = Number(number.text);
    const isYear = number.text.length === 4 && value >= 1900 && value <= 2099 && YEAR_NOUNS.has(word) && (word !== "g" || text[next.end] === ".");
    const isDay = number.text.length <= 2 && value >= 1 && value <= 31 && isMonthNameLv(word) && next.text === word;
    if (!isYear && !isDay) continue;
    if (i > 0 && /[\p{L}\p{N}.\-/]/u.test(text[number.start - 1] ?? "")) continue;
    if (NUMBER_LABELS.has(previousWord(text, number.start))) continue;
    if (overlaps(blocked, number.start, next.end) || overlaps(quoted, number.start, next.end)) continue;
    const fixed = `${number.text}. ${next.text}`;
    reports.push({
      messageId: "ordinalDot",
      data: { fixed },
      start: number.start,
      end: next.end,
      suggestions: [fixed],
      fix: { start: number.end, end: number.end, text: "." },
    });
  }
  return reports;
}

/** " ," and " ." (white space, then a mark followed by white space or the end: "… .docx" and " ..." are left alone). */
const SPACE_BEFORE = /([ \t]+)([,.;:?!])(?=\s|$)/g;
const WORD_END = /[\p{L}\p{N})”]/u;
const AFTER_WORD = /[\p{L}\p{N},.;:!?)”]/u;
const WORD_START = /[\p{L}\p{N}(„]/u;

function spaceBeforeReports(text: string, end: number, blocked: readonly Span[], quoted: readonly Span[]): RuleReport<MessageId>[] {
  const reports: RuleReport<MessageId>[] = [];
  const body = text.slice(0, end);
  SPACE_BEFORE.lastIndex = 0;
  for (let match = SPACE_BEFORE.exec(body); match; match = SPACE_BEFORE.exec(body)) {
    const start = match.index;
    const stop = start + match[0].length;
    const mark = match[2];
    if (start === 0 || !WORD_END.test(text[start - 1]) || (mark === "." && text[stop] === ".")) continue;
    if (overlaps(blocked, start - 1, stop + 1) || overlaps(quoted, start, stop)) continue;
    reports.push({ messageId: "spaceBefore", data: { mark }, start, end: stop, fix: { start, end: start + match[1].length, text: "" } });
  }
  return reports;
}

/**
 * Two spaces between words. The draft's text has every white-space run collapsed to one space
 * (draft/lineBuilder.ts); in a plain-text body the source map still spans the run, and there the
 * client sees it. In HTML a run of spaces shows as one, so only plain text is judged; a run of
 * three or more is alignment and left alone.
 */
function doubleSpaceReports(draft: Draft, end: number, blocked: readonly Span[], quoted: readonly Span[]): RuleReport<MessageId>[] {
  if (draft.format !== "text") return [];
  const text = draft.text;
  const reports: RuleReport<MessageId>[] = [];
  for (let k = text.indexOf(" ", 1); k >= 0 && k + 1 < end; k = text.indexOf(" ", k + 1)) {
    if (!AFTER_WORD.test(text[k - 1]) || !WORD_START.test(text[k + 1])) continue;
    const left = draft.sourceMap.toSourceRange(k - 1);
    const right = draft.sourceMap.toSourceRange(k + 1);
    if (!left || !right || right.start - left.end !== 2) continue;
    // Digits on both sides are a number's grouping ("67  997"), not two words.
    if (/\d/.test(text[k - 1]) && /\d/.test(text[k + 1])) continue;
    if (overlaps(blocked, k - 1, k + 2) || overlaps(quoted, k, k + 1)) continue;
    let start = k - 1;
    while (start > 0 && !/\s/.test(text[start - 1])) start--;
    let stop = k + 1;
    while (stop < end && !/\s/.test(text[stop])) stop++;
    // No fix: the draft's text already holds one space there, so no edit of it can remove the other.
    reports.push({ messageId: "doubleSpace", start, end: stop });
  }
  return reports;
}

function check(draft: Draft, context: RuleContext): RuleReport<MessageId>[] {
  if (context.language !== "lv") return [];
  const { end, quotations } = proseOf(draft);
  const blocked = protectedSpans(draft);
  const reports = [
    ...quoteReports(draft, end, blocked),
    ...dashReports(draft.text, end, blocked, quotations),
    ...ordinalDotReports(draft, end, blocked, quotations),
    ...spaceBeforeReports(draft.text, end, blocked, quotations),
    ...doubleSpaceReports(draft, end, blocked, quotations),
  ];
  return reports.sort((a, b) => a.start - b.start).slice(0, MAX_FINDINGS_PER_RULE);
}

export const rule: Rule<MessageId> = { meta, check };
