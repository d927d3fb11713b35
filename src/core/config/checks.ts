/**
 * Value checks the JSON Schema cannot express well (or that need a reason in the message): domains,
 * URLs, e-mail addresses, phone numbers and dates. Written as small parsers rather than one big regular
 * expression so that no input can make them backtrack, and so each failure has a precise reason.
 * (No `URL` global: Outlook's JavaScript-only runtime need not have it.)
 */

export type DomainProblem = "empty" | "has-scheme" | "has-path" | "has-at" | "bad-label" | "no-tld" | "too-long";

const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})$/;

/** Checks a bare domain such as "adazi.lv"; returns null when it is valid. */
export function domainProblem(input: string): DomainProblem | null {
  const domain = input.trim().toLowerCase();
  if (domain === "") return "empty";
  if (domain.indexOf("://") >= 0) return "has-scheme";
  if (domain.indexOf("/") >= 0) return "has-path";
  if (domain.indexOf("@") >= 0) return "has-at";
  if (domain.length > 253) return "too-long";
  const labels = domain.split(".");
  if (labels.length < 2) return "no-tld";
  for (const label of labels) {
    if (label.length === 0 || label.length > 63 || !LABEL.test(label)) return "bad-label";
  }
  if (!TLD.test(labels[labels.length - 1])) return "no-tld";
  return null;
}

/** "adazi.lv" from " @Adazi.LV " — how internal domains are stored. */
export function normaliseDomain(input: string): string {
  let d = input.trim().toLowerCase();
  if (d.charAt(0) === "@") d = d.slice(1);
  return d;
}

export type UrlVerdict =
  | { ok: true; scheme: "https"; host: string }
  | { ok: false; scheme: "http"; host: string; reason: "http" }
  | { ok: false; scheme: string; host: string; reason: "scheme" | "no-host" | "bad-host" | "whitespace" | "no-scheme" };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Classifies an address meant for clients: only https is fine, http is a warning, the rest is an error. */
export function checkWebUrl(input: string): UrlVerdict {
  const url = input.trim();
  if (/\s/.test(url)) return { ok: false, scheme: "", host: "", reason: "whitespace" };
  const m = SCHEME.exec(url);
  if (!m) return { ok: false, scheme: "", host: "", reason: "no-scheme" };
  const scheme = m[1].toLowerCase();
  if (scheme !== "https" && scheme !== "http") return { ok: false, scheme, host: "", reason: "scheme" };
  const rest = url.slice(m[0].length);
  if (rest.slice(0, 2) !== "//") return { ok: false, scheme, host: "", reason: "no-host" };
  let authority = rest.slice(2);
  const end = firstIndexOfAny(authority, "/?#");
  if (end >= 0) authority = authority.slice(0, end);
  if (authority.indexOf("@") >= 0) return { ok: false, scheme, host: authority, reason: "bad-host" };
  const colon = authority.lastIndexOf(":");
  let host = authority;
  if (colon >= 0) {
    const port = authority.slice(colon + 1);
    if (!/^\d{1,5}$/.test(port)) return { ok: false, scheme, host: authority, reason: "bad-host" };
    host = authority.slice(0, colon);
  }
  host = host.toLowerCase();
  if (host === "") return { ok: false, scheme, host, reason: "no-host" };
  if (domainProblem(host) !== null) return { ok: false, scheme, host, reason: "bad-host" };
  if (scheme === "http") return { ok: false, scheme: "http", host, reason: "http" };
  return { ok: true, scheme: "https", host };
}

function firstIndexOfAny(text: string, chars: string): number {
  for (let i = 0; i < text.length; i++) if (chars.indexOf(text.charAt(i)) >= 0) return i;
  return -1;
}

/** A plain address check: something@valid-domain, no spaces, one "@". */
export function isEmailAddress(input: string): boolean {
  const email = input.trim();
  const at = email.lastIndexOf("@");
  if (at <= 0 || at !== email.indexOf("@")) return false;
  const local = email.slice(0, at);
  if (local.length > 64 || /[\s"(),:;<>[\\\]]/.test(local)) return false;
  return domainProblem(email.slice(at + 1)) === null;
}

/** Latvian and international numbers: 7–15 digits, with spaces, dashes, dots, brackets or a leading +. */
export function isPhoneNumber(input: string): boolean {
  const phone = input.trim();
  if (!/^\+?[\d\s().-]+$/.test(phone)) return false;
  const digits = phone.replace(/\D/g, "").length;
  return digits >= 7 && digits <= 15;
}

/** YYYY-MM-DD that names a real calendar day. */
export function isIsoDate(input: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return d <= days;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Day of week, 0 = Sunday … 6 = Saturday, of a valid YYYY-MM-DD. */
export function weekday(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Levenshtein distance, for "did you mean" suggestions on unknown keys. */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** The closest candidate within a small distance, or null. */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const distance = editDistance(lower, c.toLowerCase());
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return best !== null && bestDistance <= limit ? best : null;
}
