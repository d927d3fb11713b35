/**
 * New text vs quoted thread, decided line by line. The HTML reader marks what the markup says
 * (quote containers, a client's cut marker, plain blockquotes); this module adds what only the
 * text says: "-----Original Message-----" separators, "From:/Sent:" header blocks in many
 * languages, "… wrote:" lines (also split over two or three lines) and ">"-quoted lines.
 *
 * Two kinds of marker:
 * - a cut: everything from here on is the earlier thread (Outlook header blocks, separators,
 *   a "wrote:" line with nothing marked as quoted after it);
 * - a region: this container or these ">" lines are quoted, and text after them is the
 *   employee's again (inline and bottom-posted replies).
 */
import {
  HEADER_LABELS,
  HEADER_OPENERS,
  SEPARATOR_PHRASES,
  SEPARATOR_PHRASES_BARE,
  WROTE_PHRASES,
  WROTE_VERBS,
} from "./quoteMarkers";

export type HeaderLabelKind = keyof typeof HEADER_LABELS;

const LABEL_KIND = new Map<string, HeaderLabelKind>();
(Object.keys(HEADER_LABELS) as HeaderLabelKind[]).forEach((kind) => {
  for (const label of HEADER_LABELS[kind]) if (!LABEL_KIND.has(label)) LABEL_KIND.set(label, kind);
});
const SEPARATORS = new Set(SEPARATOR_PHRASES);
const SEPARATORS_BARE = new Set(SEPARATOR_PHRASES_BARE);
const VERBS = new Set(WROTE_VERBS);
const OPENERS = new Set(HEADER_OPENERS);
/** "you wrote:" is the employee quoting the client in their own words, not a quote header. */
const SECOND_PERSON = new Set(["you", "jūs", "tu", "вы", "ты", "sie", "du", "te", "sa", "jūs", "vous", "ty", "wy"]);
const DELIMITER_CHARS = "-_=*~—–";
const WORDS = /\p{L}+/gu;

/** The kind of a header label that opens `line` ("From: …" → "from"), or null. */
export function headerLabelKind(line: string): HeaderLabelKind | null {
  let t = line.trim();
  while (t.startsWith("*") || t.startsWith(">")) t = t.slice(1).replace(/^\s+/, "");
  const colon = t.indexOf(":");
  if (colon <= 0 || colon > 32) return null;
  const label = t.slice(0, colon).split("*").join("").replace(/\s+/g, " ").trim().toLowerCase();
  return LABEL_KIND.get(label) ?? null;
}

/** "From: a Sent: b To: c" on one line (a header block flattened by a client). */
function isOneLineHeader(line: string): boolean {
  if (headerLabelKind(line) !== "from") return false;
  const lower = " " + line.toLowerCase().split("*").join("") + " ";
  let kinds = 0;
  for (const kind of ["sent", "to", "subject"] as const) {
    if (HEADER_LABELS[kind].some((label) => label.length > 1 && lower.includes(" " + label + ": "))) kinds++;
  }
  return kinds >= 2 || (kinds === 1 && carriesDateOrAddress(line));
}

/** A separator line such as "-----Original Message-----" or "Begin forwarded message:". */
export function isSeparatorLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 6 || t.length > 80) return false;
  let a = 0;
  let b = t.length;
  while (a < b && (DELIMITER_CHARS.includes(t[a]) || t[a] === " ")) a++;
  while (b > a && (DELIMITER_CHARS.includes(t[b - 1]) || t[b - 1] === " ")) b--;
  const core = t.slice(a, b).toLowerCase().replace(/\s+/g, " ");
  if (a >= 2 || t.length - b >= 2) return SEPARATORS.has(core);
  return SEPARATORS_BARE.has(core);
}

/** A line of only underscores or dashes (Outlook's plain-text rule above "From:"). */
function isRuleLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 5) return false;
  for (let k = 0; k < t.length; k++) if (t[k] !== "_" && t[k] !== "-" && t[k] !== "=") return false;
  return true;
}

/** Mailman's footer rule: a long line of underscores. */
function isMailingListRule(line: string): boolean {
  const t = line.trim();
  return t.length >= 30 && /^_+$/.test(t);
}

/** A ">"-quoted line. */
export function isAngleQuoted(line: string): boolean {
  return line.startsWith(">");
}

export interface WroteHeader {
  /** It carries a date, time or address: a header, not an ordinary sentence. */
  strong: boolean;
}

/** A date, a time or an address: what makes a line a quote header rather than a sentence. */
function carriesDateOrAddress(text: string): boolean {
  return text.includes("@") || /\d{1,2}[:.]\d{2}/.test(text) || /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/.test(text);
}

/** Whether `line` ends a "<date>, <name> wrote:" header, in any of the known languages. */
export function wroteHeaderEnd(line: string): WroteHeader | null {
  const t = line.trim();
  if (t.length > 400) return null;
  const colon = t.endsWith(":") || t.endsWith("：");
  const lower = t.toLowerCase();
  const words = lower.match(WORDS) ?? [];
  let verbAt = -1;
  for (let k = 0; k < words.length; k++) if (VERBS.has(words[k])) verbAt = k;
  const phrase = WROTE_PHRASES.some((p) => lower.includes(p));
  const body = colon ? t.slice(0, -1).trim() : t;
  const tokens = body.split(/\s+/);
  const endsWithAddress = colon && tokens.length > 0 && tokens[tokens.length - 1].includes("@");
  if (verbAt < 0 && !phrase && !endsWithAddress) return null;
  if (verbAt > 0 && SECOND_PERSON.has(words[verbAt - 1])) return null;
  // Without the colon only "… <a@b.lv> wrote" counts: the verb last and an address before it.
  if (!colon && !(verbAt >= 0 && verbAt === words.length - 1 && t.includes("@"))) return null;
  const strong = carriesDateOrAddress(t);
  if (verbAt < 0 && !phrase && !strong) return null;
  return { strong };
}

function startsLikeHeader(line: string): boolean {
  const t = line.trim();
  if (/^\d/.test(t)) return true;
  const first = t.toLowerCase().match(/^\p{L}+/u);
  return first !== null && OPENERS.has(first[0]);
}

/** Where a header ending on line `end` starts: Gmail wraps long headers over up to three lines. */
function wroteHeaderStart(texts: readonly string[], end: number, blocked: (i: number) => boolean): number {
  if (startsLikeHeader(texts[end])) return end;
  for (let back = 1; back <= 2; back++) {
    const i = end - back;
    if (i < 0 || blocked(i)) break;
    const prev = texts[i].trim();
    if (prev.length === 0 || prev.length > 250 || /[.!?]$/.test(prev)) break;
    if (startsLikeHeader(prev)) return i;
    if (prev.length > 80) break;
  }
  return end;
}

export interface QuoteLine {
  text: string;
  /** Inside a quote container. */
  containerQuoted: boolean;
  /** Id of the plain blockquote the line is in, or -1. */
  candidate: number;
}

export interface QuoteClassification {
  /** Per line: part of the quoted thread. */
  quoted: boolean[];
  /** First line of the cut-off thread (lines.length when there is none). */
  cut: number;
}

/**
 * Classifies lines as new or quoted. `cutLine` is a cut the markup already showed (a client's
 * container or bookmark), Infinity if none.
 */
export function classifyLines(lines: readonly QuoteLine[], cutLine: number): QuoteClassification {
  const n = lines.length;
  const texts = lines.map((l) => l.text);
  const quoted = lines.map((l) => l.containerQuoted || isAngleQuoted(l.text));
  let cut = Math.min(n, cutLine);
  const blocked = (i: number): boolean => quoted[i];
  const quotedCandidates = new Set<number>();

  const nextNonBlank = (from: number): number => {
    for (let j = from; j < n; j++) if (texts[j].trim().length > 0) return j;
    return -1;
  };

  // Whether a line before i is quoted, kept as i advances (asking anew per line was quadratic).
  let quotedBefore = false;
  for (let i = 0; i < cut; i++) {
    if (i > 0 && quoted[i - 1]) quotedBefore = true;
    if (quoted[i]) continue;
    const text = texts[i];
    if (text.length === 0) continue;
    if (isSeparatorLine(text)) {
      cut = i;
      break;
    }
    if (isOneLineHeader(text)) {
      cut = i;
      break;
    }
    const blockStart = headerBlockStart(texts, i, blocked);
    if (blockStart >= 0) {
      // Outlook's plain-text rule ("____…" or "-----…") above the block belongs to it.
      let rule = blockStart - 1;
      while (rule >= 0 && texts[rule].trim().length === 0 && blockStart - rule <= 3) rule--;
      cut = rule >= 0 && isRuleLine(texts[rule]) && !quoted[rule] ? rule : blockStart;
      break;
    }
    const header = wroteHeaderEnd(text);
    const next = nextNonBlank(i + 1);
    const quoteFollows = next >= 0 && (quoted[next] || lines[next].candidate >= 0);
    if (header) {
      const start = wroteHeaderStart(texts, i, blocked);
      if (quoteFollows) {
        for (let j = start; j <= i; j++) quoted[j] = true;
        if (!lines[next].containerQuoted && lines[next].candidate >= 0) quotedCandidates.add(lines[next].candidate);
      } else if (header.strong || carriesDateOrAddress(texts.slice(start, i + 1).join(" "))) {
        cut = start;
        break;
      }
    } else if (quoteFollows && headerLabelKind(text) === "from" && text.includes("@")) {
      // A lone "From: a@b.lv" above quoted text is that quote's header.
      quoted[i] = true;
      if (!lines[next].containerQuoted && lines[next].candidate >= 0) quotedCandidates.add(lines[next].candidate);
    } else if (isMailingListRule(text) && quotedBefore) {
      // A mailing list's footer ("____…" then the list's name) after the quoted message.
      cut = i;
      break;
    }
  }
  for (let i = 0; i < n; i++) {
    if (i >= cut || (lines[i].candidate >= 0 && quotedCandidates.has(lines[i].candidate))) quoted[i] = true;
  }
  return { quoted, cut };
}

/**
 * If line i is the "from" line of a header block ("From:" with "Sent:/To:/Subject:" beside
 * it), returns the block's first line; otherwise -1.
 */
function headerBlockStart(texts: readonly string[], i: number, blocked: (i: number) => boolean): number {
  if (headerLabelKind(texts[i]) !== "from") return -1;
  // The sender is a name or an address, never a date: "No: 1. decembra …" is a sentence.
  const sender = texts[i].slice(texts[i].indexOf(":") + 1).split("*").join("").trim();
  if (/^\d/.test(sender) || sender.length > 200) return -1;
  const kinds = new Set<HeaderLabelKind>(["from"]);
  let first = i;
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    if (blocked(j)) break;
    const kind = headerLabelKind(texts[j]);
    if (kind === null) break;
    kinds.add(kind);
    first = j;
  }
  for (let j = i + 1; j < Math.min(texts.length, i + 6); j++) {
    const kind = headerLabelKind(texts[j]);
    if (kind === null) {
      // A wrapped value (a long "To:" list) may continue on the next line.
      if (texts[j].trim().length > 0 && j + 1 < texts.length && headerLabelKind(texts[j + 1]) !== null) continue;
      break;
    }
    kinds.add(kind);
  }
  return kinds.size >= 2 ? first : -1;
}
