/**
 * The facts of the client's message a reply quotes — its date, sender and subject — read from the
 * quoted header at the top of the earlier thread (docs/architecture.md, "Text that is not the
 * employee's own"): Outlook desktop / OWA / new Outlook / Mac header blocks ("No: … Nosūtīts: …
 * Tēma: …", "From: … Sent: … Subject: …", "От: … Отправлено: … Тема: …") and "On …, X wrote:"
 * lines ("2026. gada 18. nov., plkst. 10:12 X rakstīja:", "ср, 18 нояб. 2026 г. в 10:12, X:").
 *
 * A pure function over the quoted text (as the draft model's `quotedText` gives it), so it works
 * with whichever quote detector found the thread. A fact it cannot read for certain is null —
 * the reply then names no date rather than invent one.
 */
import { HEADER_LABELS, WROTE_PHRASES, WROTE_VERBS } from "../draft/quoteMarkers";

export interface OriginalFacts {
  /** YYYY-MM-DD, or null when the header gives no date that can be read for certain. */
  date: string | null;
  /** The sender as the header writes them ("Jānis Bērziņš <janis@inbox.lv>"). */
  from: string | null;
  subject: string | null;
}

type Label = "from" | "sent" | "subject" | "to" | "cc";

const LABELS = new Map<string, Label>();
(Object.keys(HEADER_LABELS) as Label[]).forEach((kind) => {
  for (const label of HEADER_LABELS[kind]) if (!LABELS.has(label)) LABELS.set(label, kind);
});

/** Month names and their abbreviations (lv, en, ru, de), matched as word prefixes of three letters or more. */
const MONTH_STEMS: readonly (readonly string[])[] = [
  ["jan", "янв", "jän"],
  ["feb", "фев"],
  ["mar", "мар", "mär"],
  ["apr", "апр"],
  ["mai", "may", "мая", "май"],
  ["jūn", "jun", "июн"],
  ["jūl", "jul", "июл"],
  ["aug", "авг"],
  ["sep", "сен"],
  ["okt", "oct", "окт"],
  ["nov", "ноя"],
  ["dec", "dez", "дек"],
];

function monthOf(word: string): number | null {
  const w = word.toLowerCase();
  if (w.length < 3) return null;
  for (let m = 0; m < MONTH_STEMS.length; m++) {
    if (MONTH_STEMS[m].some((stem) => w.startsWith(stem))) return m + 1;
  }
  return null;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

interface Token {
  text: string;
  /** A number (not part of a time of day), else a word. */
  number: number | null;
}

/**
 * The calendar date in a header's date text, in any of the layouts mail clients write:
 * "trešdiena, 2026. gada 18. novembris 10:12", "Wednesday, November 18, 2026 10:12 AM",
 * "18 ноября 2026 г.", "18.11.2026 10:12", "2026-11-18", "Wed, 18 Nov 2026 10:12:00 +0200".
 * null when there is none, or when it could be read two ways ("05/11/2026").
 */
export function headerDate(text: string): string | null {
  const isoMatch = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(text);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const dotted = /(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)/.exec(text);
  if (dotted) return iso(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const slashed = /(?:^|[^\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?!\d)/.exec(text);
  if (slashed) {
    const a = Number(slashed[1]);
    const b = Number(slashed[2]);
    // Day and month can be told apart only when one of them is over 12.
    if (a > 12 && b <= 12) return iso(Number(slashed[3]), b, a);
    if (b > 12 && a <= 12) return iso(Number(slashed[3]), a, b);
    return null;
  }
  // Drop times of day ("10:12", "10:12:00") so their numbers are not taken for a day.
  const withoutTimes = text.replace(/\d{1,2}:\d{2}(?::\d{2})?/g, " ");
  const tokens: Token[] = [];
  const re = /\d+|\p{L}+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(withoutTimes))) tokens.push({ text: m[0], number: /^\d+$/.test(m[0]) ? Number(m[0]) : null });
  const year = tokens.find((t) => t.number !== null && t.text.length === 4 && t.number >= 1900 && t.number < 2100);
  if (!year) return null;
  const monthIndex = tokens.findIndex((t) => t.number === null && monthOf(t.text) !== null);
  if (monthIndex < 0) return null;
  const month = monthOf(tokens[monthIndex].text) as number;
  const isDay = (t: Token | undefined) => t !== undefined && t !== year && t.number !== null && t.text.length <= 2 && t.number >= 1 && t.number <= 31;
  // "18. novembris", "18 November", "18 ноября" — or "November 18", "Nov 18".
  const before = tokens[monthIndex - 1];
  const after = tokens[monthIndex + 1];
  const day = isDay(before) ? before : isDay(after) ? after : null;
  return day ? iso(year.number as number, month, day.number as number) : null;
}

/** The label and value of a "Label: value" header line ("*From:* X", "> Sent: …"), or null. */
function labelled(line: string): { kind: Label; value: string } | null {
  let t = line.trim();
  while (t.startsWith("*") || t.startsWith(">")) t = t.slice(1).replace(/^\s+/, "");
  const colon = t.indexOf(":");
  if (colon <= 0 || colon > 32) return null;
  const label = t.slice(0, colon).split("*").join("").replace(/\s+/g, " ").trim().toLowerCase();
  const kind = LABELS.get(label);
  if (!kind) return null;
  return { kind, value: t.slice(colon + 1).split("*").join("").trim() };
}

/** Words some clients put before the sender's name ("— lietotājs Kārlis Apinis (<k@x>) rakstīja:"). */
const SENDER_PREFIXES = /^(?:lietotājs|lietotāja|user|пользователь)\s+/iu;

/** "Jānis Bērziņš [mailto:janis@inbox.lv]" -> "Jānis Bērziņš <janis@inbox.lv>"; blank -> null. */
function sender(value: string): string | null {
  const v = value
    .replace(/\[mailto:([^\]]+)\]/i, "<$1>")
    .replace(/\(\s*(<[^>]+>)\s*\)/, "$1")
    .replace(/\s+/g, " ")
    .trim()
    .replace(SENDER_PREFIXES, "");
  return v || null;
}

const VERBS = new Set(WROTE_VERBS);

/** "On …, X wrote:" / "… X rakstīja:" / "…, X:" — the date and the sender of one such line. */
function wroteLine(line: string): OriginalFacts | null {
  const t = line.trim();
  if (!t.endsWith(":")) return null;
  let body = t.slice(0, -1).trim();
  const lower = body.toLowerCase();
  const phrase = WROTE_PHRASES.find((p) => lower.endsWith(" " + p));
  if (phrase) body = body.slice(0, body.length - phrase.length).trim();
  else {
    const last = /(\p{L}+)(?:\((?:а|a)\))?$/u.exec(body); // "написал(а)"
    if (last && VERBS.has(last[1].toLowerCase())) body = body.slice(0, last.index).trim();
    else if (!/[@>]/.test(body)) return null; // "…, X:" only with an address ("ср, 18 нояб. 2026 г. в 10:12, X <x@y>:")
  }
  const date = headerDate(body);
  if (!date) return null;
  // The sender follows the date and time: after the last time of day, else after the year.
  const time = /\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|am|pm|a\.m\.|p\.m\.))?(?:\s*(?:\(GMT[+-]\d{2}:\d{2}\)|GMT[+-]\d{2}:\d{2}|[+-]\d{4}|\p{Lu}{2,5}(?=,)))?/gu;
  let cut = -1;
  let tm: RegExpExecArray | null;
  while ((tm = time.exec(body))) cut = tm.index + tm[0].length;
  if (cut < 0) {
    const year = /(?:19|20)\d{2}(?:\.?\s*(?:г\.|gada))?/g;
    let ym: RegExpExecArray | null;
    while ((ym = year.exec(body))) cut = ym.index + ym[0].length;
  }
  let from = cut >= 0 ? body.slice(cut).replace(/^[\s,.;–—-]+/, "").trim() : "";
  // "Am 17.11.2026 um 10:15 schrieb Hans Müller <…>:" — the verb before the name.
  const first = /^(\p{L}+)\s+/u.exec(from);
  if (first && VERBS.has(first[1].toLowerCase())) from = from.slice(first[0].length);
  return { date, from: sender(from), subject: null };
}

/** The first lines of the quoted text worth reading: at most this many non-blank ones. */
const HEAD_LINES = 14;

/** The original message's date, sender and subject from the quoted text's header. */
export function originalFacts(quotedText: string): OriginalFacts {
  const lines = quotedText
    .split(/\r?\n/)
    .map((l) => l.replace(/\u00a0/g, " "))
    .filter((l) => l.trim() !== "")
    .slice(0, HEAD_LINES);
  // A header block: "From:" with its neighbours, in any order.
  const facts: OriginalFacts = { date: null, from: null, subject: null };
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = labelled(lines[i]);
    if (!l) {
      if (seen >= 2) break; // the block has ended
      continue;
    }
    seen++;
    // "No:" alone on its line, the sender on the next (Outlook desktop's HTML block).
    const value = l.value === "" && i + 1 < lines.length && !labelled(lines[i + 1]) ? lines[++i] : l.value;
    if (l.kind === "from" && facts.from === null) facts.from = sender(value);
    else if (l.kind === "sent" && facts.date === null) facts.date = headerDate(value);
    else if (l.kind === "subject" && facts.subject === null) facts.subject = value.trim() || null;
  }
  if (seen >= 2 && (facts.from !== null || facts.date !== null)) return facts;
  // A "wrote:" line, possibly split over up to three lines.
  for (let i = 0; i < lines.length; i++) {
    for (let span = 1; span <= 3 && i + span <= lines.length; span++) {
      const found = wroteLine(lines.slice(i, i + span).map((l) => l.trim()).join(" "));
      if (found) return found;
    }
  }
  return { date: null, from: null, subject: null };
}
