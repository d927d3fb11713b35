/**
 * Reader of a compiled word automaton (layout: dawgFormat.ts). Loading is a header parse and,
 * where the bytes are 4-byte aligned, no copy at all: the edge table is a typed-array view of
 * the asset, so a 7-million-form Latvian dictionary is ready in a few milliseconds.
 */
import {
  DAWG_MAGIC,
  DawgHeader,
  EDGE_KIND_MASK,
  EDGE_KIND_SHIFT,
  EDGE_LAST,
  EDGE_TARGET_MASK,
} from "./dawgFormat";

export class WordAutomaton {
  readonly header: DawgHeader;
  readonly edges: Uint32Array;
  readonly labels: Uint8Array | Uint16Array;
  readonly alphabet: string;
  readonly root: number;
  /** Label id by UTF-16 code unit, -1 when the character never occurs. */
  private readonly labelByCode: Int16Array;

  constructor(asset: Uint8Array | ArrayBuffer | string) {
    const bytes =
      typeof asset === "string" ? decodeBase64(asset) : asset instanceof Uint8Array ? asset : new Uint8Array(asset);
    for (let i = 0; i < DAWG_MAGIC.length; i++) {
      if (bytes[i] !== DAWG_MAGIC.charCodeAt(i)) throw new Error("not a compiled word list (bad magic)");
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = view.getUint32(8, true);
    this.header = JSON.parse(decodeUtf8(bytes, 12, 12 + headerLength)) as DawgHeader;
    if (this.header.format !== 1) throw new Error(`unknown word list format ${String(this.header.format)}`);
    let pos = 12 + ((headerLength + 3) & ~3);
    const edgeCount = view.getUint32(pos, true);
    pos += 4;
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    if (littleEndian && (bytes.byteOffset + pos) % 4 === 0) {
      this.edges = new Uint32Array(bytes.buffer, bytes.byteOffset + pos, edgeCount);
    } else {
      this.edges = new Uint32Array(edgeCount);
      for (let i = 0; i < edgeCount; i++) this.edges[i] = view.getUint32(pos + i * 4, true);
    }
    pos += edgeCount * 4;
    if (this.header.labelBytes === 1) {
      this.labels = bytes.subarray(pos, pos + edgeCount);
    } else if (littleEndian && (bytes.byteOffset + pos) % 2 === 0) {
      this.labels = new Uint16Array(bytes.buffer, bytes.byteOffset + pos, edgeCount);
    } else {
      const labels = new Uint16Array(edgeCount);
      for (let i = 0; i < edgeCount; i++) labels[i] = view.getUint16(pos + i * 2, true);
      this.labels = labels;
    }
    this.alphabet = this.header.alphabet;
    this.root = this.header.root;
    this.labelByCode = new Int16Array(0x10000).fill(-1);
    for (let i = 0; i < this.alphabet.length; i++) this.labelByCode[this.alphabet.charCodeAt(i)] = i;
  }

  get edgeCount(): number {
    return this.edges.length;
  }

  /** Label id of a character, or -1. */
  labelOf(char: string): number {
    return this.labelByCode[char.charCodeAt(0)];
  }

  /** Kind bits of a word (0: not in the list). */
  lookup(word: string): number {
    let state = this.root;
    let kind = 0;
    const edges = this.edges;
    const labels = this.labels;
    for (let i = 0; i < word.length; i++) {
      const label = this.labelByCode[word.charCodeAt(i)];
      if (label < 0 || state === 0) return 0;
      let e = state;
      for (;;) {
        if (labels[e] === label) break;
        if (edges[e] & EDGE_LAST) return 0;
        e++;
      }
      const edge = edges[e];
      state = edge & EDGE_TARGET_MASK;
      kind = (edge >>> EDGE_KIND_SHIFT) & EDGE_KIND_MASK;
    }
    return word.length ? kind : 0;
  }

  /** The state reached by reading `prefix` from the root (-1: none; 0: a state without edges). */
  walk(prefix: string, from = this.root): number {
    let state = from;
    for (let i = 0; i < prefix.length; i++) {
      const label = this.labelByCode[prefix.charCodeAt(i)];
      if (label < 0 || state === 0) return -1;
      let e = state;
      for (;;) {
        if (this.labels[e] === label) break;
        if (this.edges[e] & EDGE_LAST) return -1;
        e++;
      }
      state = this.edges[e] & EDGE_TARGET_MASK;
    }
    return state;
  }
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Base64 -> bytes, without atob (not every JavaScript runtime of Outlook has it). */
export function decodeBase64(text: string): Uint8Array {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < BASE64.length; i++) values[BASE64.charCodeAt(i)] = i;
  values["-".charCodeAt(0)] = 62;
  values["_".charCodeAt(0)] = 63;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let bits = 0;
  let count = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? values[code] : -1;
    if (value < 0) continue; // padding, line breaks
    bits = (bits << 6) | value;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out[n++] = (bits >> count) & 0xff;
    }
  }
  return out.subarray(0, n);
}

/** Bytes -> base64 (for front doors that must embed the asset as text). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += BASE64[n >> 18] + BASE64[(n >> 12) & 63] + BASE64[(n >> 6) & 63] + BASE64[n & 63];
  }
  if (i < bytes.length) {
    const n = (bytes[i] << 16) | ((i + 1 < bytes.length ? bytes[i + 1] : 0) << 8);
    out += BASE64[n >> 18] + BASE64[(n >> 12) & 63] + (i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : "=") + "=";
  }
  return out;
}

/** UTF-8 bytes [start, end) -> string, without TextDecoder. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  const parts: string[] = [];
  let codes: number[] = [];
  let i = start;
  while (i < end) {
    const b0 = bytes[i++];
    let code = b0;
    if (b0 >= 0xf0) {
      code = ((b0 & 0x07) << 18) | ((bytes[i] & 0x3f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
      i += 3;
    } else if (b0 >= 0xe0) {
      code = ((b0 & 0x0f) << 12) | ((bytes[i] & 0x3f) << 6) | (bytes[i + 1] & 0x3f);
      i += 2;
    } else if (b0 >= 0xc0) {
      code = ((b0 & 0x1f) << 6) | (bytes[i] & 0x3f);
      i += 1;
    }
    if (code >= 0x10000) {
      code -= 0x10000;
      codes.push(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
    } else codes.push(code);
    if (codes.length >= 4096) {
      parts.push(String.fromCharCode.apply(null, codes));
      codes = [];
    }
  }
  parts.push(String.fromCharCode.apply(null, codes));
  return parts.join("");
}
