/**
 * Hunspell compares affixes, conditions and dictionary words byte by byte in UTF-8, and some of
 * its behaviour (wildcard dots, condition groups with multi-byte letters) only makes sense at
 * that level. The compiler therefore works on "byte strings": JavaScript strings whose every
 * code unit is one UTF-8 byte (0–255), so the port can follow the C++ code step by step.
 */

/** UTF-8 bytes of a file -> byte string. */
export function bytesToByteString(bytes: Uint8Array): string {
  let out = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    out += String.fromCharCode.apply(null, Array.prototype.slice.call(bytes, i, i + chunk) as number[]);
  }
  return out;
}

/** Ordinary (UTF-16) string -> byte string of its UTF-8 encoding. */
export function toByteString(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (code < 0x80) out += String.fromCharCode(code);
    else if (code < 0x800) out += String.fromCharCode(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000)
      out += String.fromCharCode(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else
      out += String.fromCharCode(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
  }
  return out;
}

/**
 * Byte string -> ordinary string. Returns null when the bytes are not valid UTF-8 (Hunspell can
 * strip a single byte of a multi-byte letter; such a string is never a dictionary word).
 */
export function fromByteString(bytes: string): string | null {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes.charCodeAt(i);
    if (b0 < 0x80) {
      out += bytes[i];
      i++;
      continue;
    }
    let need: number;
    let code: number;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      need = 1;
      code = b0 & 0x1f;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      code = b0 & 0x0f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      code = b0 & 0x07;
    } else return null;
    if (i + need >= bytes.length) return null;
    for (let k = 1; k <= need; k++) {
      const b = bytes.charCodeAt(i + k);
      if ((b & 0xc0) !== 0x80) return null;
      code = (code << 6) | (b & 0x3f);
    }
    i += need + 1;
    out += String.fromCodePoint(code);
  }
  return out;
}
