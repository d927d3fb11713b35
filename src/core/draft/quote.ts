/**
 * New text vs quoted thread, decided line by line. The HTML reader marks what the markup says
 * (quote containers, a client's cut marker, plain blockquotes); this module adds what only the
 * text says: "-----Original Message-----" and "----- Forwarded by … -----" separators,
 * "From:/Sent:" header blocks in many languages (and Lotus Notes' blocks without "From:"),
 * "… wrote:" lines (also split over two or three lines, or closed on a ">" line) and ">"-quoted
 * lines, with the lines a hard wrap pushed out of them. The words are data (quoteMarkers.ts);
 * the shapes are here. Mail furniture below the new text is footer.ts's.
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
  SEPARATOR_PREFIXES,
  WROTE_AFTER_ADDRESS,
  WROTE_PHRASES,
  WROTE_VERBS,
} from "./quoteMarkers";
import { markFurniture } from "./footer";

export type HeaderLabelKind = keyof typeof HEADER_LABELS;

const LABEL_KIND = new Map<string, HeaderLabelKind>();
(Object.keys(HEADER_LABELS) as HeaderLabelKind[]).forEach((kind) => {
  for (const label of HEADER_LABELS[kind]) if (!LABEL_KIND.has(label)) LABEL_KIND.set(label, kind);
});
const SEPARATORS = new Set(SEPARATOR_PHRASES);
const SEPARATORS_BARE = new Set(SEPARATOR_PHRASES_BARE);
const VERBS = new Set(WROTE_VERBS);
const ADDRESS_VERBS = new Set(WROTE_AFTER_ADDRESS);
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
  if (t.length < 6 || t.length > 160) return false;
  let a = 0;
  let b = t.length;
  while (a < b && (DELIMITER_CHARS.includes(t[a]) || t[a] === " ")) a++;
  while (b > a && (DELIMITER_CHARS.includes(t[b - 1]) || t[b - 1] === " ")) b--;
  const core = t.slice(a, b).toLowerCase().replace(/\s+/g, " ");
  if (a >= 2 && t.length - b >= 2) {
    // "----- Forwarded by Jānis Bērziņš/ADAZI on 02.12.2026 10:15 -----" (Lotus Notes / Domino)
    if (SEPARATOR_PREFIXES.some((prefix) => core.startsWith(prefix + " "))) return true;
    // "---- John Smith wrote ----" (Android), "------On 12/29/1987 17:32 PM, Julius Caesar wrote-----"
    const words = core.match(WORDS);
    if (words !== null && words.length >= 2 && VERBS.has(words[words.length - 1])) return true;
  }
  if (a >= 2 || t.length - b >= 2) return SEPARATORS.has(core);
  return SEPARATORS_BARE.has(core);
}

/** A line of only underscores or dashes (Outlook's plain-text rule above "From:"). */
function isRuleLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 4) return false;
  for (let k = 0; k < t.length; k++) if (t[k] !== "_" && t[k] !== "-" && t[k] !== "=") return false;
  return true;
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

/** "2011/4/7 Nathan <support@example.com>": a date, a name and an address, nothing else (old Gmail). */
function isDatedAddressLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 200 && /^\d/.test(t) && t.endsWith(">") && t.lastIndexOf("<") > 0 && carriesDateOrAddress(t.slice(0, t.lastIndexOf("<")));
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
  // "… Roman <romant@example.com> sent:": a verb that counts only right after the sender's address.
  const sentAfterAddress =
    colon && tokens.length >= 2 && ADDRESS_VERBS.has(tokens[tokens.length - 1].toLowerCase()) && tokens[tokens.length - 2].includes("@");
  if (verbAt < 0 && !phrase && !endsWithAddress && !sentAfterAddress) return null;
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
    // The opening line of a wrapped header carries its date ("pe 20. lokakuuta 2017 klo 17.50 …");
    // it opens with a known word, or the sender's address was wrapped in two ("… Anna <" / "anna@…> wrote:").
    const addressWrapped = back === 1 && (prev.endsWith("<") || texts[end].trim().startsWith("<"));
    if ((startsLikeHeader(prev) || addressWrapped) && /\d/.test(prev)) {
      // "On Nov 30, 2011, … Somebody <" / "4166…@somebody.com>" / "wrote:": the address line is the middle one.
      if (back === 1 && i > 0 && !blocked(i - 1) && texts[i - 1].trim().endsWith("<")) continue;
      return i;
    }
    if (prev.length > 80) break;
  }
  return end;
}

/** Lines an opening "On <date> … <name>" line may look ahead for its "wrote:" (Polymail spreads it over five). */
const SPREAD_HEADER_REACH = 6;
/** Blank lines such a spread header may hold. */
const SPREAD_HEADER_BLANKS = 2;

/**
 * Where a header that opens on line i ("On Tue, Apr 11, 2017 at 10:07 PM John Smith") and is
 * spread over the next lines, blank ones included, ends: the line that closes it with its
 * verb ("> wrote:", Polymail's "<" / "mailto:…" / "> wrote:"), or -1. The opening line carries
 * the date and starts like a header; the lines between are short and no sentence; the closing
 * line itself ends with the verb (a "wrote" further up is some sentence's), and the whole
 * carries a date or an address. Bounded: at most SPREAD_HEADER_REACH lines from each line.
 */
function spreadWroteHeaderEnd(texts: readonly string[], i: number, containerQuoted: (i: number) => boolean): number {
  const first = texts[i].trim();
  if (first.length > 250 || /[.!?:]$/.test(first) || !/\d/.test(first) || !startsLikeHeader(first) || !carriesDateOrAddress(first)) return -1;
  let joined = first;
  let blanks = 0;
  for (let j = i + 1; j < Math.min(texts.length, i + 1 + SPREAD_HEADER_REACH); j++) {
    if (containerQuoted(j)) return -1;
    const t = texts[j].trim();
    if (t.length === 0) {
      if (++blanks > SPREAD_HEADER_BLANKS) return -1;
      continue;
    }
    if (t.length > 120) return -1;
    // A ">" opens the closing line when the client closed the address on it ("> wrote:").
    const own = t.startsWith(">") ? t.slice(1).trim() : t;
    joined += " " + t;
    if (wroteHeaderEnd(own) !== null) return wroteHeaderEnd(joined)?.strong ? j : -1;
    if (t.startsWith(">") || /[.!?]$/.test(t) || headerLabelKind(t) !== null) return -1;
  }
  return -1;
}

export interface QuoteLine {
  text: string;
  /** Inside a quote container. */
  containerQuoted: boolean;
  /** Id of the plain blockquote the line is in, or -1. */
  candidate: number;
}

/** Where a quoted message's header stands: lines start..end (inclusive). */
export interface HeaderBlock {
  start: number;
  end: number;
}

export interface QuoteClassification {
  /** Per line: part of the quoted thread. */
  quoted: boolean[];
  /** Per line: mail furniture below the new text (footer.ts): neither new text nor quoted. */
  footer: boolean[];
  /** First line of the cut-off thread (lines.length when there is none). */
  cut: number;
  /** The header of the message the cut starts (its "From:/Sent:" block or "… wrote:" lines), if any. */
  header: HeaderBlock | null;
}

/** Lines the hard wrap of a ">" line may push out without their ">" (they lost it in the wrap). */
const MAX_LOST_CONTINUATION = 3;
/** A quoted line at least this long was wrapped by the client; a shorter one ended by itself. */
const WRAPPED_LENGTH = 50;

/**
 * ">" lines a client hard-wrapped: "> … Nullam pharetra d" / "ignissim odio?" / ">". A short
 * run of unmarked lines between a long ">" line and the next ">" line is the quote's.
 */
function markLostContinuations(texts: readonly string[], angle: readonly boolean[], quoted: boolean[]): void {
  const n = texts.length;
  let i = 1;
  while (i < n) {
    if (quoted[i] || !angle[i - 1] || texts[i - 1].length < WRAPPED_LENGTH || texts[i].trim().length === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && j - i < MAX_LOST_CONTINUATION && !quoted[j] && texts[j].trim().length > 0) j++;
    if (j < n && angle[j]) for (let k = i; k < j; k++) quoted[k] = true;
    i = j + 1;
  }
}

/** "… Test user <test@example.com" then ">:": the header's address closes on a ">" line. */
function closesOpenAddress(prev: string, line: string): boolean {
  const t = line.trim();
  if (!t.startsWith(">") || t.length > 40 || !t.includes(":")) return false;
  const open = prev.lastIndexOf("<");
  return open >= 0 && prev.indexOf(">", open) < 0 && prev.includes("@", open);
}

/**
 * Classifies lines as new, quoted or furniture. `cutLine` is a cut the markup already showed
 * (a client's container or bookmark), Infinity if none.
 */
export function classifyLines(lines: readonly QuoteLine[], cutLine: number): QuoteClassification {
  const n = lines.length;
  const texts = lines.map((l) => l.text);
  const angle = lines.map((l) => !l.containerQuoted && isAngleQuoted(l.text));
  const quoted = lines.map((l, i) => l.containerQuoted || angle[i]);
  /** Line i ends a header that began on line i - 1 (its address closes on a ">" line). */
  const joinsPrevious = new Set<number>();
  for (let i = 1; i < n; i++) {
    if (angle[i] && !quoted[i - 1] && closesOpenAddress(texts[i - 1], texts[i])) {
      angle[i] = false;
      quoted[i] = false;
      joinsPrevious.add(i);
    }
  }
  markLostContinuations(texts, angle, quoted);
  let cut = Math.min(n, cutLine);
  let header: HeaderBlock | null = null;
  const blocked = (i: number): boolean => quoted[i];
  const quotedCandidates = new Set<number>();

  const nextNonBlank = (from: number): number => {
    for (let j = from; j < n; j++) if (texts[j].trim().length > 0) return j;
    return -1;
  };

  for (let i = 0; i < cut; i++) {
    if (quoted[i]) continue;
    const text = texts[i];
    if (text.length === 0) continue;
    if (isSeparatorLine(text)) {
      cut = i;
      const next = nextNonBlank(i + 1);
      header = next >= 0 ? headerBlockAt(texts, next, () => false) : null;
      break;
    }
    if (isOneLineHeader(text)) {
      cut = i;
      header = { start: i, end: i };
      break;
    }
    const block = headerBlockAt(texts, i, blocked);
    if (block) {
      // Outlook's plain-text rule ("____…" or "-----…") above the block belongs to it.
      let rule = block.start - 1;
      while (rule >= 0 && texts[rule].trim().length === 0 && block.start - rule <= 3) rule--;
      cut = rule >= 0 && isRuleLine(texts[rule]) && !quoted[rule] ? rule : block.start;
      header = block;
      break;
    }
    const headerText = joinsPrevious.has(i) ? texts[i - 1] + text.trim() : text;
    const wrote = wroteHeaderEnd(headerText);
    // A header ends on this line, or opens here and ends a few lines on (spread over blank lines).
    const end = wrote ? i : spreadWroteHeaderEnd(texts, i, (j) => lines[j].containerQuoted);
    const next = nextNonBlank(end >= 0 ? end + 1 : i + 1);
    const quoteFollows = next >= 0 && (quoted[next] || lines[next].candidate >= 0);
    if (end >= 0) {
      let start = i;
      if (wrote) start = joinsPrevious.has(i) ? wroteHeaderStart(texts, i - 1, blocked) : wroteHeaderStart(texts, i, blocked);
      if (quoteFollows) {
        for (let j = start; j <= end; j++) quoted[j] = true;
        if (!lines[next].containerQuoted && lines[next].candidate >= 0) quotedCandidates.add(lines[next].candidate);
      } else if (!wrote || wrote.strong || carriesDateOrAddress(texts.slice(start, i + 1).join(" "))) {
        cut = start;
        header = { start, end };
        break;
      }
    } else if (quoteFollows && text.includes("@") && (headerLabelKind(text) === "from" || isDatedAddressLine(text))) {
      // A lone "From: a@b.lv" or "2011/4/7 Nathan <a@b.lv>" above quoted text is that quote's header.
      quoted[i] = true;
      if (!lines[next].containerQuoted && lines[next].candidate >= 0) quotedCandidates.add(lines[next].candidate);
    }
  }
  for (let i = 0; i < n; i++) {
    if (i >= cut || (lines[i].candidate >= 0 && quotedCandidates.has(lines[i].candidate))) quoted[i] = true;
  }
  const { footer } = markFurniture(texts, quoted);
  return { quoted, footer, cut, header };
}

/** Lines a header block may span around the line that showed it. */
const HEADER_REACH_BACK = 4;
const HEADER_REACH_AHEAD = 6;

/**
 * The header block of a quoted message that line i belongs to, or null. Three shapes:
 * - a "from" line ("From:", "No:", "От:" …) with another label ("Sent:", "To:", "Subject:")
 *   beside it, in any order (Outlook, OWA, Gmail's forward, Apple Mail);
 * - no "from" line at all: a name and a date line, then "To:" and "cc:"/"Subject:" (Lotus
 *   Notes / Domino), found from its "To:" line;
 * - a block that opens with its dated "Date:" line, then "To:" or "Subject:".
 * Exported so that the facts of the original message (date, sender, subject) can be read from it.
 */
export function headerBlockAt(texts: readonly string[], i: number, blocked: (i: number) => boolean): HeaderBlock | null {
  const kind = headerLabelKind(texts[i]);
  if (kind === "from") return fromHeaderBlock(texts, i, blocked);
  if (kind === "to") return namelessHeaderBlock(texts, i, blocked);
  if (kind === "sent") return datedHeaderBlock(texts, i, blocked);
  return null;
}

/** "Date: Wed, 16 May 2012 00:15:02 -0600" / "To: …": a block that opens with its date. */
function datedHeaderBlock(texts: readonly string[], i: number, blocked: (i: number) => boolean): HeaderBlock | null {
  if ((i > 0 && !blocked(i - 1) && headerLabelKind(texts[i - 1]) !== null) || !carriesDateOrAddress(texts[i])) return null;
  const kinds = new Set<HeaderLabelKind>(["sent"]);
  const end = labelRunEnd(texts, i, kinds);
  return kinds.has("to") || kinds.has("subject") ? { start: i, end } : null;
}

/** The end of the label lines that run on from line i (a wrapped value may continue a line). */
function labelRunEnd(texts: readonly string[], i: number, kinds: Set<HeaderLabelKind>): number {
  let end = i;
  for (let j = i + 1; j < Math.min(texts.length, i + HEADER_REACH_AHEAD); j++) {
    const kind = headerLabelKind(texts[j]);
    if (kind === null) {
      // A wrapped value (a long "To:" list) may continue on the next line.
      if (texts[j].trim().length > 0 && j + 1 < texts.length && headerLabelKind(texts[j + 1]) !== null) continue;
      break;
    }
    kinds.add(kind);
    end = j;
  }
  return end;
}

function fromHeaderBlock(texts: readonly string[], i: number, blocked: (i: number) => boolean): HeaderBlock | null {
  // The sender is a name or an address, never a date: "No: 1. decembra …" is a sentence.
  const sender = texts[i].slice(texts[i].indexOf(":") + 1).split("*").join("").trim();
  if (/^\d/.test(sender) || sender.length > 200) return null;
  const kinds = new Set<HeaderLabelKind>(["from"]);
  let first = i;
  for (let j = i - 1; j >= Math.max(0, i - HEADER_REACH_BACK); j--) {
    if (blocked(j)) break;
    const kind = headerLabelKind(texts[j]);
    if (kind === null) break;
    kinds.add(kind);
    first = j;
  }
  const end = labelRunEnd(texts, i, kinds);
  return kinds.size >= 2 ? { start: first, end } : null;
}

function namelessHeaderBlock(texts: readonly string[], i: number, blocked: (i: number) => boolean): HeaderBlock | null {
  const kinds = new Set<HeaderLabelKind>(["to"]);
  const end = labelRunEnd(texts, i, kinds);
  if (!kinds.has("subject") && !kinds.has("cc")) return null;
  // Above "To:": the sender's name and the date, one or two lines, right above (no blank line).
  let first = i;
  let dated = false;
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const t = texts[j].trim();
    if (blocked(j) || t.length === 0 || t.length > 120 || /[.!?]$/.test(t) || headerLabelKind(t) !== null) break;
    if (carriesDateOrAddress(t)) dated = true;
    first = j;
  }
  return dated ? { start: first, end } : null;
}
