/**
 * Link targets: unwrapping the redirect wrappers mail systems put around links (Microsoft Safe
 * Links first) and normalising bare addresses found in text. No URL class: Outlook's
 * JavaScript-only runtime may not have one.
 */

/** Wrapper hosts and the query parameter that holds the real target. */
const WRAPPERS: readonly { host: RegExp; param: string }[] = [
  { host: /(?:^|\.)safelinks\.protection\.outlook\.com$/i, param: "url" },
  { host: /(?:^|\.)safelinks\.protection\.office365\.us$/i, param: "url" },
  { host: /^(?:www\.)?google\.[a-z.]+$/i, param: "q" },
  { host: /^l\.facebook\.com$/i, param: "u" },
];

function hostOf(href: string): string {
  const scheme = href.indexOf("://");
  if (scheme < 0) return "";
  let rest = href.slice(scheme + 3);
  const stop = rest.search(/[/?#]/);
  if (stop >= 0) rest = rest.slice(0, stop);
  const at = rest.lastIndexOf("@");
  if (at >= 0) rest = rest.slice(at + 1);
  const colon = rest.indexOf(":");
  return (colon >= 0 ? rest.slice(0, colon) : rest).toLowerCase();
}

function queryParam(href: string, name: string): string | null {
  const q = href.indexOf("?");
  if (q < 0) return null;
  const hash = href.indexOf("#", q);
  const query = href.slice(q + 1, hash < 0 ? href.length : hash);
  for (const pair of query.split("&")) {
    const eq = pair.indexOf("=");
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (key.toLowerCase() !== name) continue;
    const value = eq < 0 ? "" : pair.slice(eq + 1);
    try {
      return decodeURIComponent(value.split("+").join(" "));
    } catch {
      return value;
    }
  }
  return null;
}

/**
 * The real target of a link: Safe Links (https://*.safelinks.protection.outlook.com/?url=…)
 * and similar wrappers are unwrapped, repeatedly if they are nested.
 */
export function unwrapLink(href: string): string {
  let current = href.trim();
  for (let depth = 0; depth < 5; depth++) {
    const host = hostOf(current);
    const wrapper = WRAPPERS.find((w) => w.host.test(host));
    if (!wrapper) break;
    if (wrapper.param === "q" && !/\/url\?/i.test(current)) break; // only google.com/url?q=
    const target = queryParam(current, wrapper.param);
    if (!target) break;
    current = target.trim();
  }
  return current;
}

/** The href of a bare address found in text: "www.adazi.lv" → "https://www.adazi.lv". */
export function normaliseBareHref(text: string): string {
  if (/^www\./i.test(text)) return "https://" + text;
  return text;
}
