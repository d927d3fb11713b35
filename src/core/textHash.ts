/**
 * A 32-bit FNV-1a hash of a string's UTF-16 code units: cheap, stable across runs and machines, and
 * enough to tell whether a text changed (the Check view's body, issue 17) or to count one client
 * message once without keeping its text (the audit's answer topics, issue 21). Not for security.
 */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
