/**
 * Mail furniture: lines below the employee's text that neither they nor the client wrote —
 * a phone's or mail client's "Sent from my iPhone", a mailing list's footer, a legal
 * disclaimer. It is kept out of Draft.text (the rules judge only what the employee wrote) but
 * reported as Draft.footer, so nothing is silently lost (docs/architecture.md, "parse").
 *
 * Data (quoteMarkers.ts) says which words mark furniture in each language; the few structural
 * patterns here say where furniture may stand. Every function is one pass over the lines.
 */
import {
  DEVICE_SIGNATURE_PREFIXES,
  LEGAL_CONFIDENTIAL_STEMS,
  LEGAL_RECIPIENT_STEMS,
  MAILING_LIST_MARKERS,
} from "./quoteMarkers";

const LETTER = /\p{L}/u;
/** More words than this after "Sent from my" is a sentence, not a client's footer. */
const MAX_DEVICE_WORDS = 8;

/** Drops a trailing link a client appends to its footer: "<https://aka.ms/…>" or "(http://…)". */
function withoutTrailingLink(text: string): string {
  const t = text.trim();
  const last = t[t.length - 1];
  const open = last === ">" ? t.lastIndexOf("<") : last === ")" ? t.lastIndexOf("(") : -1;
  if (open <= 0) return t;
  const inside = t.slice(open + 1, -1).toLowerCase();
  return inside.startsWith("http") || inside.startsWith("www.") ? t.slice(0, open).trim() : t;
}

/**
 * "Sent from my iPhone", "Nosūtīts no mana iPhone", "Envoyé à partir de Outlook pour iOS",
 * "Get Outlook for Android": a known opening, then a few words naming a device or app — no
 * comma, no sentence ("Sent from my desk, is much easier …" is the writer's own line).
 */
export function isDeviceFooterLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 120) return false;
  const lower = t.toLowerCase();
  for (const prefix of DEVICE_SIGNATURE_PREFIXES) {
    if (!lower.startsWith(prefix)) continue;
    if (t.length > prefix.length && LETTER.test(t[prefix.length - 1]) && LETTER.test(t[prefix.length])) continue; // "sent fromage"
    const rest = withoutTrailingLink(t.slice(prefix.length));
    if (/[,;?!]/.test(rest) || rest.endsWith(":")) return false;
    const words = rest.split(/\s+/).filter((w) => w.length > 0);
    return words.length <= MAX_DEVICE_WORDS;
  }
  return false;
}

/** A rule line or signature delimiter: "__", "-----", "-- ", "—", "====". */
export function isDelimiterLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 200) return false;
  if (t === "—" || t === "–") return true;
  if (t.length < 2) return false;
  for (let k = 0; k < t.length; k++) {
    const c = t[k];
    if (c !== "_" && c !== "-" && c !== "=" && c !== "*" && c !== "~") return false;
  }
  return true;
}

function includesAny(lower: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (lower.includes(needle)) return true;
  return false;
}

/** A paragraph that names confidentiality and the intended recipient (or delivery in error). */
export function isLegalDisclaimer(paragraph: string): boolean {
  const lower = paragraph.toLowerCase();
  return includesAny(lower, LEGAL_CONFIDENTIAL_STEMS) && includesAny(lower, LEGAL_RECIPIENT_STEMS);
}

/** Lines a mailing list's footer holds after its rule; its marker must show within them. */
const LIST_FOOTER_REACH = 4;

export interface FurnitureResult {
  /** Per line: furniture (not the employee's text, not the quoted thread). */
  footer: boolean[];
}

/**
 * Finds furniture among the lines not already quoted and marks it in `footer`. Below a
 * phone's "Sent from my …" line the rest is the earlier thread (phones put their footer at the
 * end of what was typed and the thread after it, often with no marker): those lines are marked
 * in `quoted` (updated in place).
 */
export function markFurniture(texts: readonly string[], quoted: boolean[]): FurnitureResult {
  const n = texts.length;
  const footer: boolean[] = new Array<boolean>(n).fill(false);
  const blank = (i: number): boolean => texts[i].trim().length === 0;
  let writerText = false;
  let sawQuoted = false;
  for (let i = 0; i < n; i++) {
    if (quoted[i]) sawQuoted = true;
    if (quoted[i] || blank(i)) continue;
    const text = texts[i];
    // The footer line ends its paragraph: "Sent from my office on Monday" running on is prose.
    if (writerText && (i + 1 === n || blank(i + 1) || quoted[i + 1]) && isDeviceFooterLine(text)) {
      footer[i] = true;
      for (let j = i + 1; j < n; j++) if (!blank(j)) quoted[j] = true;
      break;
    }
    if (writerText && furnitureStartsAt(texts, quoted, i, sawQuoted)) {
      // From here to the end, whatever is not quoted is furniture: a list or a mail server
      // appends its footer below everything, the quoted thread included.
      for (let j = i; j < n; j++) if (!quoted[j]) footer[j] = true;
      break;
    }
    if (!isDelimiterLine(text)) writerText = true;
  }
  return { footer };
}

/** Mailman's rule: a long line of underscores. After a quoted message it opens the list's footer. */
export function isMailingListRule(line: string): boolean {
  const t = line.trim();
  if (t.length < 30) return false;
  for (let k = 0; k < t.length; k++) if (t[k] !== "_") return false;
  return true;
}

/**
 * Whether furniture starts at line i: a mailing list's rule with its marker below (or, after a
 * quoted message, Mailman's long rule alone), a legal disclaimer paragraph, or a delimiter
 * ("-- ", "____") right above either.
 */
function furnitureStartsAt(texts: readonly string[], quoted: readonly boolean[], i: number, afterQuote: boolean): boolean {
  const n = texts.length;
  if (isDelimiterLine(texts[i])) {
    if (afterQuote && isMailingListRule(texts[i])) return true;
    let seen = 0;
    let prose = false;
    for (let j = i + 1; j < n && seen < LIST_FOOTER_REACH; j++) {
      if (quoted[j]) break;
      const t = texts[j].trim();
      if (t.length === 0) continue;
      seen++;
      if (afterQuote && isMailingListRule(t)) return true;
      if (includesAny(t.toLowerCase(), MAILING_LIST_MARKERS)) return true;
      if (!prose && !isDelimiterLine(t)) {
        // The first paragraph below the rule may be a disclaimer.
        prose = true;
        if (isLegalDisclaimer(paragraphAt(texts, quoted, j))) return true;
      }
    }
    return false;
  }
  // A disclaimer starts furniture only at its paragraph's first line.
  if (i > 0 && texts[i - 1].trim().length > 0 && !quoted[i - 1]) return false;
  return isLegalDisclaimer(paragraphAt(texts, quoted, i));
}

/** A disclaimer is a paragraph or two; anything longer is the writer's prose. */
const MAX_DISCLAIMER_LENGTH = 3000;

/**
 * The paragraph (run of non-blank, non-quoted lines up to a delimiter) that starts at line i,
 * joined; "" when too long.
 */
function paragraphAt(texts: readonly string[], quoted: readonly boolean[], i: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let j = i; j < texts.length && !quoted[j] && texts[j].trim().length > 0 && !(j > i && isDelimiterLine(texts[j])); j++) {
    length += texts[j].length + 1;
    if (length > MAX_DISCLAIMER_LENGTH) return "";
    parts.push(texts[j]);
  }
  return parts.join(" ");
}
