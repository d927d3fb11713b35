/** Escaping and link checks for everything the composer writes. */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}

const SAFE_SCHEMES = ["https:", "http:", "mailto:", "tel:"];

/** The URL if it is https, http, mailto or tel with no control characters; otherwise null. */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  // eslint-disable-next-line no-control-regex
  if (trimmed === "" || /[\u0000-\u001f\u007f\s<>"]/.test(trimmed)) return null;
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (!m) return null;
  const scheme = m[1].toLowerCase() + ":";
  if (SAFE_SCHEMES.indexOf(scheme) < 0) return null;
  if ((scheme === "https:" || scheme === "http:") && !/^https?:\/\/[^/?#]+\.[^/?#]+/i.test(trimmed)) return null;
  return trimmed;
}

/** "https://www.adazi.lv/" -> "www.adazi.lv" for the signature's website line. */
export function displayWebsite(url: string): string {
  return url.trim().replace(/^https?:\/\//i, "").replace(/\/+$/, "");
}

/** A website for an href: adds https:// when the scheme is missing. */
export function websiteHref(url: string): string {
  const t = url.trim();
  return /^https?:\/\//i.test(t) ? t : `https://${t}`;
}
