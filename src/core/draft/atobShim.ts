/**
 * htmlparser2's entity decoder unpacks its tables with `atob` (or Node's Buffer) when it loads.
 * Browsers and Node have `atob`; Outlook's JavaScript-only event runtime is not promised to.
 * Without it the whole handler bundle would fail at load, so we supply a small decoder, only
 * where `atob` is missing. html.ts imports this module before htmlparser2.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decodes base64 to a "binary string" (one char per byte), as atob does. */
export function decodeBase64ToBinary(input: string): string {
  const clean = input.replace(/[^A-Z0-9+/]/gi, "");
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (let k = 0; k < clean.length; k++) {
    buffer = (buffer << 6) | ALPHABET.indexOf(clean[k]);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return out;
}

type GlobalWithAtob = { atob?: (data: string) => string };

declare const globalThis: GlobalWithAtob | undefined;
declare const self: GlobalWithAtob | undefined;

const root: GlobalWithAtob | undefined =
  typeof globalThis === "object" && globalThis ? globalThis : typeof self === "object" && self ? self : undefined;
if (root && typeof root.atob !== "function") root.atob = decodeBase64ToBinary;
