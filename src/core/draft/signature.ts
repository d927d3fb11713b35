/**
 * The signature block and its fields: name, position, institution, phone, e-mail, website.
 *
 * Where the block is, in order of trust: a mail client's own signature container (Outlook's
 * #Signature and _MailAutoSig, Gmail's .gmail_signature, …); the lines after a closing such as
 * "Ar cieņu,"; the lines after a "--" delimiter; a trailing block of short lines that carries
 * contact details. Inside it, each line is split into parts (by |, •, commas) and each part is
 * classified with the word lists in signatureWords.ts.
 */
import type { Signature, SignatureFields } from "./types";
import type { SignatureContainerSource } from "./lineBuilder";
import {
  CLOSING_PHRASES,
  FEMININE_TITLE_ENDINGS,
  HONORIFICS,
  INSTITUTION_LEGAL_FORMS,
  INSTITUTION_PRIMARY_STEMS,
  INSTITUTION_SECONDARY_STEMS,
  NOT_NAME_WORDS,
  PHONE_LABELS,
  POSITION_STEMS_EN,
  POSITION_STEMS_LV,
  POSITION_STEMS_RU,
  POSITION_WORDS_LV,
  AGENT_NOUN_ENDINGS,
  NOT_AGENT_NOUNS,
  WEBSITE_TLDS,
} from "./signatureWords";
import { isKnownFirstName } from "../lv/names/gender";
import { isDeviceFooterLine } from "./footer";
import { findEmails, findUrls, type FoundSpan } from "./tokens";

/** A line of the draft's text as the signature detector sees it. */
export interface SignatureLine {
  start: number;
  end: number;
  text: string;
  /** Id of the signature container the line is in, or -1. */
  sig: number;
  sigSource: SignatureContainerSource | null;
  /** Lines of one block element (or, in plain text, between blank lines) share an id; -1 for none. */
  blockId?: number;
}

const CLOSINGS = [...CLOSING_PHRASES].map((p) => p.toLowerCase()).sort((a, b) => b.length - a.length);
const PHONE_LABEL_SET = new Set(PHONE_LABELS);
const TLDS = new Set(WEBSITE_TLDS);
const NOT_NAMES = new Set(NOT_NAME_WORDS);
const LEGAL_FORMS = new Set(INSTITUTION_LEGAL_FORMS);
const HONORIFIC_SET = new Set(HONORIFICS);
const LETTER = /\p{L}/u;
const LETTERS = /[\p{L}\p{M}]+/gu;

// ---------------------------------------------------------------------------------------------
// Field detectors (exported: rules and the composer use them too)
// ---------------------------------------------------------------------------------------------

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

/** Whether a phone label ("Tālr.", "Mob:", "T.") stands right before offset `at`. */
function labelledAt(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && " :.\t".includes(text[k - 1])) k--;
  let w = k;
  while (w > 0 && (LETTER.test(text[w - 1]) || text[w - 1] === "/" || text[w - 1] === ".")) w--;
  const label = text.slice(w, k).toLowerCase().replace(/\.$/, "");
  return label.length > 0 && (PHONE_LABEL_SET.has(label) || PHONE_LABEL_SET.has(label.split(".").join("")));
}

const DATE_LIKE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})\.?$/;

/** Phone numbers in the forms Latvians write them: +371 67 895 400, 67895400, 29123456, "Tālr. 6789 5400". */
export function findPhones(text: string): FoundSpan[] {
  const spans: FoundSpan[] = [];
  let k = 0;
  while (k < text.length) {
    const c = text[k];
    const startsNumber = isDigit(c) || ((c === "+" || c === "(") && k + 1 < text.length && (isDigit(text[k + 1]) || text[k + 1] === "+"));
    if (!startsNumber || (k > 0 && (LETTER.test(text[k - 1]) || isDigit(text[k - 1])))) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < text.length) {
      const d = text[end];
      if (isDigit(d) || d === "(" || d === ")" || d === "-" || d === "." || d === "/") end++;
      else if (d === "+" && end === k + 1 && c === "(") end++; // "(+371) …"
      else if (d === " " && end + 1 < text.length && (isDigit(text[end + 1]) || text[end + 1] === "(")) end++;
      else break;
    }
    while (end > k && !isDigit(text[end - 1])) end--;
    const raw = text.slice(k, end);
    const digits = raw.replace(/\D/g, "");
    const labelled = labelledAt(text, k);
    const hasDots = raw.includes(".") || raw.includes("/");
    let ok = false;
    if (DATE_LIKE.test(raw)) ok = false;
    else if (raw.startsWith("+") || raw.startsWith("(+")) ok = digits.length >= 8 && digits.length <= 15;
    else if (raw.startsWith("00")) ok = digits.length >= 10 && digits.length <= 15;
    else if (labelled) ok = digits.length >= 7 && digits.length <= 15;
    else ok = !hasDots && digits.length === 8 && /^[2689]/.test(digits) && !/^\d{4}-\d{2}-\d{2}$/.test(raw);
    if (ok) spans.push({ start: k, end });
    k = Math.max(end, k + 1);
  }
  return spans;
}

export function findPhone(text: string): string | null {
  const span = findPhones(text)[0];
  return span ? text.slice(span.start, span.end) : null;
}

export function findEmail(text: string): string | null {
  const span = findEmails(text)[0];
  return span ? text.slice(span.start, span.end) : null;
}

const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/\S*)?$/u;

/** A website: with a scheme, a www. address, or a bare domain with a known TLD ("adazi.lv"). */
export function findWebsite(text: string): string | null {
  for (const span of findUrls(text)) {
    const url = text.slice(span.start, span.end);
    if (!/^mailto:/i.test(url)) return url;
  }
  const emails = findEmails(text);
  let offset = 0;
  for (const chunk of text.split(/\s+/)) {
    const at = text.indexOf(chunk, offset);
    offset = at + chunk.length;
    if (chunk.includes("@") || emails.some((e) => at < e.end && e.start < at + chunk.length)) continue;
    const trimmed = chunk.replace(/^[(<["'«„“]+/, "").replace(/[.,;:!?)>\]"'»”]+$/, "");
    if (!DOMAIN.test(trimmed)) continue;
    const host = trimmed.split("/")[0];
    const tld = host.slice(host.lastIndexOf(".") + 1).toLowerCase();
    if (TLDS.has(tld) && !/^\d+(?:\.\d+)+$/.test(host)) return trimmed;
  }
  return null;
}

function lowerWords(text: string): string[] {
  return text.toLowerCase().match(LETTERS) ?? [];
}

function matchesStem(text: string, words: readonly string[], stem: string): boolean {
  if (stem.includes(" ")) return (" " + text.toLowerCase() + " ").includes(" " + stem);
  if (stem.length <= 3) return words.indexOf(stem) >= 0;
  return words.some((w) => w.startsWith(stem));
}

/**
 * The feminine of a Latvian masculine job title, stem or whole word ("vietniek" → "vietniec",
 * "vadītājs" → "vadītāja"), by FEMININE_TITLE_ENDINGS; the title itself when no ending applies
 * (stems such as "speciālist" already cover both genders).
 */
export function feminineTitle(masculine: string): string {
  for (const [from, to] of FEMININE_TITLE_ENDINGS) {
    if (masculine.length > from.length && masculine.endsWith(from)) return masculine.slice(0, -from.length) + to;
  }
  return masculine;
}

function withFeminine(titles: readonly string[]): string[] {
  const all = new Set<string>();
  for (const title of titles) {
    all.add(title);
    all.add(feminineTitle(title));
  }
  return [...all];
}

/** Every job-title stem: Latvian in both genders, English, Russian. */
const POSITION_STEM_LIST: readonly string[] = [...withFeminine(POSITION_STEMS_LV), ...POSITION_STEMS_EN, ...POSITION_STEMS_RU];
/** Job titles matched only as whole words, both genders. */
const POSITION_WORD_SET = new Set(withFeminine(POSITION_WORDS_LV));

/** Latvian stems long enough to be recognised inside a compound ("būvinspektore", "energopārvaldnieks"). */
const COMPOUND_TITLE_STEMS: readonly string[] = withFeminine(POSITION_STEMS_LV).filter((stem) => stem.length > 5 && !stem.includes(" "));
const NOT_AGENT_NOUN_SET = new Set(NOT_AGENT_NOUNS);

/**
 * A title by Latvian morphology, not by the list (issue 15): the head — the last word of a short
 * line — is a compound of a listed title, or a lower-case agent noun ("zemes ierīkotājs").
 * A capitalised single word needs the compound: "Viktors" and "Dārznieks" are names.
 */
function isTitleByMorphology(text: string): boolean {
  if (text.length < 6 || text.length > 120) return false;
  const raw = text.trim().split(/\s+/);
  if (raw.length > 6) return false;
  const head = raw[raw.length - 1].replace(/[.,;:]+$/u, "");
  if (head.length < 6 || !/^\p{L}+$/u.test(head)) return false;
  const lower = head.toLowerCase();
  if (COMPOUND_TITLE_STEMS.some((stem) => lower.indexOf(stem) >= 3)) return true;
  if (raw.length < 2 || head !== lower || NOT_AGENT_NOUN_SET.has(lower)) return false;
  return AGENT_NOUN_ENDINGS.some((ending) => lower.length >= ending.length + 3 && lower.endsWith(ending));
}

/** Whether the text names a job title ("Klientu apkalpošanas speciāliste", "Project Manager"). */
export function isPositionText(text: string): boolean {
  const words = lowerWords(text);
  return words.some((w) => POSITION_WORD_SET.has(w)) || POSITION_STEM_LIST.some((stem) => matchesStem(text, words, stem)) || isTitleByMorphology(text);
}

/**
 * How strongly the text names an institution: 0 not at all, 1 a unit ("Klientu apkalpošanas
 * centrs"), 2 the organisation ("Ādažu novada pašvaldība", "SIA …", "Municipality").
 */
export function institutionScore(text: string): number {
  const words = lowerWords(text);
  const raw = text.split(/[\s,]+/);
  if (raw.some((w) => LEGAL_FORMS.has(w)) || INSTITUTION_PRIMARY_STEMS.some((stem) => matchesStem(text, words, stem))) return 2;
  if (INSTITUTION_SECONDARY_STEMS.some((stem) => matchesStem(text, words, stem))) return 1;
  return 0;
}

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{Lu}[\p{Ll}\p{M}'’]*)*\.?$/u;
const CAPS_WORD = /^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u;
const INITIAL = /^\p{Lu}\.$/u;

/** Whether the text looks like a person's name: 1–4 capitalised words ("Jānis Bērziņš", "J. Bērziņš"). */
export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 60 || /\d|@/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 4) return false;
  let initials = 0;
  let caps = 0;
  for (const word of words) {
    if (INITIAL.test(word)) initials++;
    else if (CAPS_WORD.test(word)) caps++;
    else if (!NAME_WORD.test(word)) return false;
    if (NOT_NAMES.has(word.toLowerCase().replace(/\.$/, ""))) return false;
  }
  if (initials === words.length) return false;
  if (words.length === 1 && (caps === 1 || t.length < 3)) return false;
  if (caps > 0 && caps !== words.length - initials) return false;
  return !isPositionText(t) && institutionScore(t) === 0;
}

/** The name without a title before or after it: "k-dze Ilze Ozola" -> "Ilze Ozola". */
export function stripHonorifics(text: string): string {
  const words = text.trim().split(/\s+/);
  const isTitle = (w: string | undefined): boolean => w !== undefined && HONORIFIC_SET.has(w.toLowerCase().replace(/\.$/, ""));
  while (words.length > 1 && isTitle(words[0])) words.shift();
  while (words.length > 1 && isTitle(words[words.length - 1])) words.pop();
  return words.join(" ");
}

/**
 * The organisation named inside a longer line: up to the last word with an organisation stem
 * ("Ādažu novada pašvaldības Būvvaldes vadītājs" -> "Ādažu novada pašvaldības"), or null.
 */
function leadingInstitution(text: string): string | null {
  const words = text.trim().split(/\s+/);
  let last = -1;
  words.forEach((word, k) => {
    const lower = word.toLowerCase();
    if (INSTITUTION_PRIMARY_STEMS.some((stem) => !stem.includes(" ") && (stem.length <= 3 ? lower === stem : lower.startsWith(stem)))) last = k;
  });
  return last >= 0 ? words.slice(0, last + 1).join(" ") : null;
}

/** "Sent from my iPhone" and the like (footer.ts decides; the signature only steps over it). */
export function isDeviceSignatureLine(line: string): boolean {
  return isDeviceFooterLine(line);
}

export interface ClosingMatch {
  /** The closing phrase as written ("Ar cieņu"). */
  phrase: string;
  /** What follows it on the same line ("Jānis Bērziņš"), or "". */
  rest: string;
}

const PUNCT_EDGES = ",.!:;–—- \t";

function trimPunctuation(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && PUNCT_EDGES.includes(text[a])) a++;
  while (b > a && PUNCT_EDGES.includes(text[b - 1])) b--;
  return text.slice(a, b);
}

/** A closing line ("Ar cieņu,", "Kind regards", "Ar cieņu, Jānis Bērziņš"), or null. */
export function matchClosing(line: string): ClosingMatch | null {
  const t = line.trim();
  if (t.length === 0 || t.length > 120) return null;
  const lower = t.toLowerCase();
  for (const phrase of CLOSINGS) {
    if (!lower.startsWith(phrase)) continue;
    const after = t.slice(phrase.length);
    if (after.length > 0 && LETTER.test(after[0])) continue; // "Paldies" is not "Paldiesi"
    const rest = trimPunctuation(after);
    if (rest.length === 0) return { phrase: trimPunctuation(t.slice(0, phrase.length)), rest: "" };
    const firstPart = stripHonorifics(splitParts(rest)[0] ?? "");
    if (isPersonName(firstPart)) return { phrase: trimPunctuation(t.slice(0, phrase.length)), rest };
    return null;
  }
  return null;
}

/** Splits a signature line into its parts: "Jānis Bērziņš | Speciālists | …". */
export function splitParts(line: string): string[] {
  return line
    .split(/\s*[|•·◦▪]\s*|\s+[–—]\s+|\s+\/\s+|;\s*|,\s+/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

// ---------------------------------------------------------------------------------------------
// The block
// ---------------------------------------------------------------------------------------------

/** Labels in front of a value ("E-pasts:", "Mājaslapa:") are dropped before a part is classified. */
function dropLabel(part: string): string {
  const colon = part.indexOf(":");
  if (colon > 0 && colon <= 20 && !/\/\//.test(part.slice(colon, colon + 3))) return part.slice(colon + 1).trim();
  return part;
}

function isAddressLike(part: string): boolean {
  return /\d/.test(part) && /\b(?:iela|ielā|iel\.|bulvāris|prospekts|laukums|gatve|šoseja|LV-\d{4}|street|st\.|road|ул\.)/iu.test(part);
}

interface BlockLine {
  line: SignatureLine;
  /** Text to classify (a closing line contributes only what follows the phrase). */
  content: string;
}

function emptyFields(): SignatureFields {
  return { name: null, position: null, institution: null, phone: null, email: null, website: null };
}

/** Fills the six fields from the block's lines; returns the fields and the last line that gave one. */
function readFields(block: readonly BlockLine[]): { fields: SignatureFields; lastUsed: number } {
  const fields = emptyFields();
  let institutionScoreBest = 0;
  let embeddedInstitution: string | null = null;
  let lastUsed = -1;
  let partIndex = 0;
  block.forEach((entry, lineIndex) => {
    if (isDeviceSignatureLine(entry.content)) return;
    if (entry.content.length > 160) return; // a disclaimer paragraph
    for (const rawPart of splitParts(entry.content)) {
      const firstPart = partIndex === 0;
      partIndex++;
      const part = rawPart.trim();
      let used = false;
      const phone = findPhone(part);
      const email = findEmail(part);
      const website = findWebsite(part);
      if (phone && !fields.phone) fields.phone = phone;
      if (email && !fields.email) fields.email = email;
      if (website && !fields.website) fields.website = website;
      if (phone || email || website) {
        lastUsed = lineIndex;
        continue;
      }
      const value = dropLabel(part);
      if (value.length === 0 || isAddressLike(value)) continue;
      if (isPositionText(value)) {
        // "Būvvaldes vadītājs Jānis Kalniņš": the name shares the line with the title.
        const named = splitNameFromPosition(value);
        const position = named ? named.position : value;
        if (named && (!fields.name || isFullerName(named.name, fields.name))) {
          fields.name = named.name;
          used = true;
        }
        if (!fields.position) {
          fields.position = position;
          used = true;
        }
        if (institutionScore(position) === 2 && !embeddedInstitution) embeddedInstitution = leadingInstitution(position) ?? position;
        if (used) lastUsed = lineIndex;
        continue;
      }
      const institution = institutionScore(value);
      if (institution > 0) {
        if (institution > institutionScoreBest) {
          fields.institution = value;
          institutionScoreBest = institution;
        }
        used = true;
      } else {
        const name = stripHonorifics(value);
        const words = name.split(/\s+/).length;
        if (isPersonName(name) && (firstPart || words >= 2)) {
          if (!fields.name || isFullerName(name, fields.name)) {
            fields.name = name;
            used = true;
          }
        }
      }
      if (used) lastUsed = lineIndex;
    }
  });
  if (!fields.institution && embeddedInstitution) fields.institution = embeddedInstitution;
  return { fields, lastUsed };
}

/** "Thanks, John" then "John Doe": the fuller form of the same name wins. */
function isFullerName(name: string, current: string): boolean {
  return current.split(/\s+/).length === 1 && name.split(/\s+/).length > 1 && name.startsWith(current + " ");
}

function startsLowerCase(word: string): boolean {
  return /^\p{Ll}/u.test(word);
}

/**
 * A job title and a name written on one line: "Būvvaldes vadītājs Jānis Kalniņš" or "Jānis
 * Kalniņš Būvvaldes vadītājs". The name is two words, or three when the middle one is a first
 * name too ("Anna Marija Liepiņa"). After the title it must begin with a known first name or
 * follow a lower-case word (so "Sales Manager Northern Europe" keeps its region); before the
 * title it must begin with a known first name. Null when the line is the title alone.
 */
export function splitNameFromPosition(text: string): { name: string; position: string } | null {
  const words = text.trim().split(/\s+/);
  if (words.length < 3) return null;
  const nameAt = (from: number, count: number): string | null => {
    if (count === 3 && !isKnownFirstName(words[from + 1])) return null;
    const name = words.slice(from, from + count).join(" ");
    return isPersonName(name) ? name : null;
  };
  for (const count of [3, 2]) {
    const from = words.length - count;
    if (from < 1) continue;
    const name = nameAt(from, count);
    const position = words.slice(0, from).join(" ");
    if (name && isPositionText(position) && (isKnownFirstName(words[from]) || startsLowerCase(words[from - 1]))) return { name, position };
  }
  for (const count of [3, 2]) {
    if (words.length - count < 1 || !isKnownFirstName(words[0])) continue;
    const name = nameAt(0, count);
    const position = words.slice(count).join(" ");
    if (name && isPositionText(position)) return { name, position };
  }
  return null;
}

function hasAnyField(fields: SignatureFields): boolean {
  return Object.keys(fields).some((k) => fields[k as keyof SignatureFields] !== null);
}

function fieldCount(fields: SignatureFields): number {
  return Object.keys(fields).filter((k) => fields[k as keyof SignatureFields] !== null).length;
}

function toBlock(lines: readonly SignatureLine[], from: number, to: number, closingRest: string | null): BlockLine[] {
  const block: BlockLine[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line.text.trim().length === 0) continue;
    block.push({ line, content: i === from && closingRest !== null ? closingRest : line.text });
  }
  return block;
}

function makeSignature(
  block: readonly BlockLine[],
  startLine: SignatureLine,
  closing: string | null,
  source: Signature["source"],
): Signature {
  const { fields, lastUsed } = readFields(block);
  let endLine = startLine;
  const last = lastUsed >= 0 ? lastUsed : block.length - 1;
  for (let i = last; i >= 0; i--) {
    if (!isDeviceSignatureLine(block[i].content) && block[i].content.length <= 160) {
      endLine = block[i].line;
      break;
    }
  }
  if (endLine.end < startLine.end) endLine = startLine;
  return { start: startLine.start, end: endLine.end, fields, closing, source };
}

/** How many lines from the end a closing may stand. */
const CLOSING_SEARCH_LINES = 25;
/** At most this many non-blank lines may follow a closing for it to open the signature. */
const MAX_LINES_AFTER_CLOSING = 14;

/** Finds the signature in the draft's lines (the new text only). */
export function detectSignature(lines: readonly SignatureLine[], sigStartLine = -1): Signature | null {
  const n = lines.length;
  if (n === 0) return null;

  // 1. A client's signature container, or Outlook's _MailAutoSig bookmark.
  const containerFirst = lines.findIndex((l) => l.sig >= 0);
  if (containerFirst >= 0 || sigStartLine >= 0) {
    const useBookmark = sigStartLine >= 0 && (containerFirst < 0 || sigStartLine < containerFirst);
    const first = useBookmark ? sigStartLine : containerFirst;
    let last = n;
    if (!useBookmark) {
      const id = lines[containerFirst].sig;
      last = containerFirst;
      for (let i = containerFirst; i < n; i++) if (lines[i].sig === id) last = i + 1;
    }
    let start = first;
    let closing: ClosingMatch | null = null;
    for (let i = first; i < last && !closing; i++) {
      if (lines[i].text.trim().length === 0) continue;
      closing = matchClosing(lines[i].text);
      if (closing) start = i;
      break;
    }
    if (!closing) {
      let prev = first - 1;
      while (prev >= 0 && lines[prev].text.trim().length === 0) prev--;
      if (prev >= 0) {
        closing = matchClosing(lines[prev].text);
        if (closing) start = prev;
      }
    }
    const block = toBlock(lines, start, last, closing ? closing.rest : null);
    const source: Signature["source"] = useBookmark ? "outlook-container" : (lines[containerFirst].sigSource ?? "client-container");
    const signature = makeSignature(block, lines[start], closing ? closing.phrase : null, source);
    if (hasAnyField(signature.fields)) return signature;
    // an empty container ("Sent from my Galaxy", "Get Outlook for iOS"): look at the text instead
  }

  // 2. After a closing phrase.
  let end = n;
  while (end > 0 && (lines[end - 1].text.trim().length === 0 || isDeviceSignatureLine(lines[end - 1].text))) end--;
  for (let i = end - 1, seen = 0; i >= 0 && seen < CLOSING_SEARCH_LINES; i--) {
    if (lines[i].text.trim().length === 0) continue;
    seen++;
    const closing = matchClosing(lines[i].text);
    if (!closing) continue;
    const after = lines.slice(i + 1, end).filter((l) => l.text.trim().length > 0);
    if (after.length > MAX_LINES_AFTER_CLOSING) break;
    if (after.length > 0 && after[0].text.length > 100) break;
    const block = toBlock(lines, i, end, closing.rest);
    return makeSignature(block, lines[i], closing.phrase, "after-closing");
  }

  // 3. After a "--" delimiter, or 4. a trailing block of short lines with contact details.
  for (let i = end - 1, seen = 0; i >= 0 && seen < CLOSING_SEARCH_LINES; i--) {
    const t = lines[i].text.trim();
    if (t.length === 0) continue;
    seen++;
    if (t === "--" || t === "—" || t === "-- —" || t === "___") {
      const block = toBlock(lines, i + 1, end, null);
      if (block.length === 0) return null;
      return makeSignature(block, block[0].line, null, "trailing-block");
    }
  }
  return trailingBlock(lines, end) ?? bareNameSignature(lines, end);
}

function signatureLike(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 100) return false;
  if (t.split(/\s+/).length > 12) return false;
  if (/[?!]$/.test(t)) return false;
  if (t.endsWith(".") && !/\d|@|www\.|https?:/i.test(t) && !/(?:^|\s)\p{Lu}\.$/u.test(t)) return false;
  return true;
}

function trailingBlock(lines: readonly SignatureLine[], end: number): Signature | null {
  let first = end;
  let blankGaps = 0;
  for (let i = end - 1; i >= 0 && end - i <= 12; i--) {
    const t = lines[i].text.trim();
    if (t.length === 0) {
      if (++blankGaps > 1) break;
      continue;
    }
    if (!signatureLike(t)) break;
    first = i;
  }
  if (first >= end) return null;
  const block = toBlock(lines, first, end, null);
  const { fields } = readFields(block);
  const contact = (fields.phone ? 1 : 0) + (fields.email ? 1 : 0) + (fields.position ? 1 : 0) + (fields.institution ? 1 : 0);
  if (contact === 0 || (fieldCount(fields) < 2 && !fields.phone && !fields.email)) return null;
  return makeSignature(block, block[0].line, null, "trailing-block");
}

/** A word of a bare signed name: capitalised, no dots, digits or all-capitals ("Ozola", "Kalniņa-Ozola"). */
const BARE_NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*$/u;
/**
 * Endings of Latvian oblique cases (accusative, dative, locative, plural), which a name signed
 * in the nominative does not have: they give away wishes like "Jauku Dienu" or "Gaišus Svētkus".
 */
const OBLIQUE_ENDING = /(?:[iuāēī]|us|os|iem|ām|ai|ei|am)$/u;

/**
 * Whether a line, alone, is a name signed without a closing ("Ilze Ozola"): 2–3 capitalised
 * words without punctuation that isPersonName accepts, beginning with a known first name — or,
 * for names the list does not know, no word in an oblique case, so a wish stays a wish.
 */
export function isBareSignedName(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  if (!words.every((w) => BARE_NAME_WORD.test(w)) || !isPersonName(t)) return false;
  if (isKnownFirstName(words[0])) return true;
  return words.every((w) => !OBLIQUE_ENDING.test(w.toLowerCase()));
}

/**
 * A reply signed with the name alone, as its own last paragraph ("…\n\nIlze Ozola"). Not when
 * the line before introduces it ("Sazinieties ar kolēģi:") or when nothing comes before it.
 */
function bareNameSignature(lines: readonly SignatureLine[], end: number): Signature | null {
  const last = end - 1;
  if (last < 1) return null;
  const line = lines[last];
  if (!isBareSignedName(line.text)) return null;
  const previous = lines[last - 1];
  const blockId = line.blockId ?? -1;
  const ownParagraph = previous.text.trim().length === 0 || (blockId >= 0 && previous.blockId !== undefined && previous.blockId !== blockId);
  if (!ownParagraph) return null;
  let before = last - 1;
  while (before >= 0 && lines[before].text.trim().length === 0) before--;
  if (before < 0 || lines[before].text.trim().endsWith(":")) return null;
  return makeSignature(toBlock(lines, last, end, null), line, null, "trailing-block");
}
