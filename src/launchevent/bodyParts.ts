/**
 * Cheap, linear looks at a compose body's HTML before (or instead of) parsing it: where the quoted
 * earlier thread starts, and whether a signature is already in the employee's part. The handlers use
 * them where the full parser would cost too much of the send budget (a multi-megabyte thread) or
 * would miss what Outlook itself put there (its signature containers, our own marker).
 */

/**
 * Where mail clients start the quoted thread in a reply or forward (docs/architecture.md lists them):
 * OWA and new Outlook, classic Outlook's header block, Outlook for Mac, Gmail, Thunderbird, Apple
 * Mail and plain "Original Message" separators. Lower case; matched against lower-cased HTML.
 */
const QUOTE_MARKERS = [
  'id="divrplyfwdmsg"',
  "id=divrplyfwdmsg",
  'id="appendonsend"',
  "id=appendonsend",
  "mail-editor-reference-message-container",
  "olk_src_body_section",
  'class="gmail_quote',
  "moz-cite-prefix",
  'type="cite"',
  "-----original message-----",
  "border-top:solid #e1e1e1",
  "border-top: solid #e1e1e1",
  "border-top:solid #b5c4df",
];

/** The class our inserted signature carries, so a second OnNewMessageCompose never adds another. */
export const SIGNATURE_MARKER_CLASS = "atbilde-signature";

/**
 * Outlook's own signature containers (classic Outlook's _MailAutoSig bookmark, OWA and new Outlook's
 * #Signature, Outlook mobile's) and ours; received copies prefix ids and classes with "x_".
 */
const SIGNATURE_MARKERS = [
  "_mailautosig",
  'id="signature"',
  "id=signature",
  'id="x_signature"',
  "id=x_signature",
  "ms-outlook-mobile-signature",
  SIGNATURE_MARKER_CLASS,
];

/** Index of the element that carries the first of the markers, or -1. */
function firstMarker(lower: string, markers: readonly string[]): number {
  let first = -1;
  for (const marker of markers) {
    const at = lower.indexOf(marker);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  if (first < 0) return -1;
  // Back to the start of the element that carries the marker (a marker may sit in an attribute).
  const tag = lower.lastIndexOf("<", first);
  return tag >= 0 && lower.indexOf(">", tag) >= first ? tag : first;
}

/**
 * The employee's part of the body: everything before the quoted thread (`quoteFound`), else the
 * first `limit` characters. Linear in min(html.length, limit).
 */
export function newPartOf(html: string, limit: number = html.length): { html: string; quoteFound: boolean } {
  const head = html.length > limit ? html.slice(0, limit) : html;
  const at = firstMarker(head.toLowerCase(), QUOTE_MARKERS);
  if (at < 0) return { html: head, quoteFound: false };
  return { html: html.slice(0, at), quoteFound: true };
}

/** Whether Outlook's or our own signature container is in the employee's part of the body. */
export function hasSignatureContainer(html: string): boolean {
  return firstMarker(newPartOf(html).html.toLowerCase(), SIGNATURE_MARKERS) >= 0;
}
