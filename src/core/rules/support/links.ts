/**
 * What the link rules need to know about an address: its scheme as a browser would read it (however
 * the href was obfuscated), its host, and whether that host is one only colleagues can reach.
 * No URL class: Outlook's JavaScript-only runtime may not have one, and WHATWG URL would reject
 * (or silently "fix") exactly the odd addresses these rules are about.
 */

/** Named character references that can hide a scheme ("java&Tab;script&colon;"). */
const NAMED_REFERENCES: Record<string, string> = {
  colon: ":",
  tab: "\t",
  newline: "\n",
  amp: "&",
  sol: "/",
  period: ".",
};

/**
 * Decodes character references left in an href. The HTML parser has already decoded the
 * attribute once; this only matters for hrefs that reach a rule another way (plain text, .eml
 * headers), and is harmless otherwise.
 */
function decodeReferences(href: string): string {
  if (href.indexOf("&") < 0) return href;
  return href.replace(/&(#x[\da-f]+|#\d+|[a-z]+);?/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The href as a browser parses it (WHATWG URL: leading and trailing C0 controls and spaces are
 * stripped, tabs and newlines anywhere are removed), so " java\tscript:" is "javascript:".
 */
export function browserHref(href: string): string {
  const decoded = decodeReferences(href);
  let start = 0;
  let end = decoded.length;
  while (start < end && decoded.charCodeAt(start) <= 0x20) start++;
  while (end > start && decoded.charCodeAt(end - 1) <= 0x20) end--;
  let out = "";
  for (let k = start; k < end; k++) {
    const c = decoded.charCodeAt(k);
    if (c !== 0x09 && c !== 0x0a && c !== 0x0d) out += decoded[k];
  }
  return out;
}

const SCHEME = /^([a-z][\d+.a-z-]*):/i;

/** The lower-case scheme of an href ("javascript", "https"), or "" for a relative address. */
export function schemeOf(href: string): string {
  const m = SCHEME.exec(browserHref(href));
  return m ? m[1].toLowerCase() : "";
}

export interface ParsedAddress {
  scheme: string;
  /** Lower-case host without brackets, port, user info or a trailing dot ("" when there is none). */
  host: string;
  /** Path, query and fragment as written ("" or starting with /, ? or #). */
  rest: string;
}

/** Scheme, host and path of a hierarchical address ("https://host/path"), or null for others. */
export function parseAddress(href: string): ParsedAddress | null {
  const clean = browserHref(href);
  const m = SCHEME.exec(clean);
  if (!m) return null;
  const scheme = m[1].toLowerCase();
  let k = m[0].length;
  // Browsers treat backslashes in web addresses as slashes.
  const slashes = (c: string): boolean => c === "/" || c === "\\";
  if (!slashes(clean[k] ?? "") || !slashes(clean[k + 1] ?? "")) return null;
  k += 2;
  let end = k;
  while (end < clean.length && !slashes(clean[end]) && clean[end] !== "?" && clean[end] !== "#") end++;
  let authority = clean.slice(k, end);
  const at = authority.lastIndexOf("@");
  if (at >= 0) authority = authority.slice(at + 1);
  let host: string;
  if (authority[0] === "[") {
    const close = authority.indexOf("]");
    host = close < 0 ? authority.slice(1) : authority.slice(1, close);
  } else {
    const colon = authority.indexOf(":");
    host = colon < 0 ? authority : authority.slice(0, colon);
  }
  host = host.toLowerCase();
  while (host.endsWith(".")) host = host.slice(0, -1);
  return { scheme, host, rest: clean.slice(end) };
}

/** Four decimal octets, or null. */
function ipv4Octets(host: string): number[] | null {
  const parts = host.split(".");
  if (parts.length !== 4) return null;
  const octets: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    octets.push(n);
  }
  return octets;
}

/** 10/8, 172.16/12, 192.168/16, 127/8 (loopback), 169.254/16 (link-local), 0/8 ("this network"). */
function isPrivateIpv4(o: readonly number[]): boolean {
  return (
    o[0] === 10 ||
    o[0] === 127 ||
    o[0] === 0 ||
    (o[0] === 172 && o[1] >= 16 && o[1] <= 31) ||
    (o[0] === 192 && o[1] === 168) ||
    (o[0] === 169 && o[1] === 254)
  );
}

/** fc00::/7 (unique local), fe80::/10 (link-local), ::1 (loopback) and v4-mapped private addresses. */
function isPrivateIpv6(host: string): boolean {
  const zone = host.indexOf("%");
  const address = zone >= 0 ? host.slice(0, zone) : host;
  const groups = address.split(":");
  const tail = groups[groups.length - 1];
  if (tail.indexOf(".") >= 0) {
    const mapped = ipv4Octets(tail);
    return mapped !== null && isPrivateIpv4(mapped);
  }
  if (/^0{0,3}1$/.test(tail) && groups.slice(0, -1).every((g) => /^0{0,4}$/.test(g))) return true;
  if (!/^[\da-f]{1,4}$/.test(groups[0])) return false;
  const first = parseInt(groups[0], 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
}

/** Top-level names that never resolve on the public internet (RFC 6762, RFC 8375, common practice). */
const PRIVATE_SUFFIXES = [".local", ".lan", ".internal", ".intranet", ".corp", ".home.arpa", ".localdomain", ".localhost"];

export type InternalHostKind = "localhost" | "private-ip" | "no-dot" | "private-suffix";

/** Why a host can be reached only from inside the organization's network, or null if it is public. */
export function internalHostKind(host: string): InternalHostKind | null {
  if (host === "") return null;
  if (host === "localhost" || host.endsWith(".localhost")) return "localhost";
  if (host.indexOf(":") >= 0) return isPrivateIpv6(host) ? "private-ip" : null;
  const octets = ipv4Octets(host);
  if (octets) return isPrivateIpv4(octets) ? "private-ip" : null;
  if (host.indexOf(".") < 0) return "no-dot";
  for (const suffix of PRIVATE_SUFFIXES) if (host.endsWith(suffix)) return "private-suffix";
  return null;
}

/**
 * A OneDrive for Business address copied from the browser ("https://org-my.sharepoint.com/personal/
 * ilze_org_lv/Documents/…"): it opens only for people the file is shared with. Sharing links
 * ("…/:w:/g/personal/…") are not matched: they may well be open to anyone.
 */
export function isPersonalOneDrive(address: ParsedAddress): boolean {
  return address.host.endsWith("-my.sharepoint.com") && address.rest.toLowerCase().startsWith("/personal/");
}
