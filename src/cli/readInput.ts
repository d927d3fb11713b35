/**
 * Reads a mail body from a file for the CLI: .txt, .html/.htm (the declared charset honoured)
 * and .eml (MIME, through postal-mime: quoted-printable, base64, charsets,
 * multipart/alternative; the HTML part preferred). For .eml the sender, recipients, subject,
 * date and attachment names are kept for the rules' context.
 */
import { promises as fs } from "fs";
import * as path from "path";
import PostalMime from "postal-mime";
import { InputError } from "./errors";
import type { ComposeType } from "../core/vocabulary";

export interface MessageAddress {
  name: string;
  address: string;
}

export interface MessageMeta {
  from: MessageAddress | null;
  to: MessageAddress[];
  cc: MessageAddress[];
  /** Bcc, where the file keeps it (a saved draft does; a received message does not). */
  bcc?: MessageAddress[];
  subject: string | null;
  /** ISO 8601 when the Date header parses, else as written. */
  date: string | null;
  /** File names of real attachments (not images the HTML shows inline). */
  attachments: string[];
  /** File names of inline parts (signature logos and the like). */
  inlineAttachments: string[];
  /** What the message's headers say it is (composeTypeFromHeaders); absent when the reader cannot tell. */
  composeType?: ComposeType;
}

export interface InputDocument {
  path: string;
  kind: "text" | "html" | "eml";
  /** The body handed to parseDraft and its format. */
  body: string;
  format: "html" | "text";
  /** Charset the bytes were decoded with. */
  charset: string;
  message: MessageMeta | null;
  /** Things the user should know (a guessed charset); one line each. */
  warnings: string[];
}

/** Files larger than this are refused rather than parsed. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const UTF8 = "utf-8";
/** The legacy Baltic code page: what a Latvian text that is not UTF-8 most likely is. */
const LEGACY_FALLBACK = "windows-1257";

export interface ReadOptions {
  /**
   * Read at most this many bytes and decode what was read (with a warning) instead of refusing a
   * larger file. For the audit: an .eml's text comes before its attachments, and a 49 MB export
   * read whole took 93 s and 5 GB.
   */
  maxBytes?: number;
}

export async function readInput(file: string, options: ReadOptions = {}): Promise<InputDocument> {
  let bytes: Buffer;
  let truncatedFrom: number | null = null;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new InputError(`${file} is a directory, not a file`);
    if (options.maxBytes !== undefined && stat.size > options.maxBytes) {
      bytes = await readHead(file, options.maxBytes);
      truncatedFrom = stat.size;
    } else if (stat.size > MAX_INPUT_BYTES) {
      throw new InputError(`${file} is too large (${Math.round(stat.size / 1048576)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
    } else {
      bytes = await fs.readFile(file);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${file}: no such file`);
    if (code === "EACCES" || code === "EPERM") throw new InputError(`${file}: permission denied`);
    throw new InputError(`${file}: cannot read (${code ?? "error"})`);
  }
  const input = await decodeInput(bytes, file);
  if (truncatedFrom !== null) input.warnings.push(`${file} is ${Math.round(truncatedFrom / 1048576)} MB; only its first ${Math.round(bytes.length / 1048576)} MB were read`);
  return input;
}

/** The first `length` bytes of a file (fewer if it is shorter), without reading the rest. */
export async function readHead(file: string, length: number): Promise<Buffer> {
  const handle = await fs.open(file, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Decodes file bytes by the file's extension (or, for other names, by sniffing the content). */
export async function decodeInput(bytes: Uint8Array, file: string): Promise<InputDocument> {
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`${file} is too large (the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
  const binary = binaryKind(bytes);
  if (binary) throw new InputError(`${file} ${binary}`);
  const ext = path.extname(file).toLowerCase();
  let kind: InputDocument["kind"];
  if (ext === ".eml" || ext === ".mht" || ext === ".mhtml") kind = "eml";
  else if (ext === ".html" || ext === ".htm" || ext === ".xhtml") kind = "html";
  else if (ext === ".txt" || ext === ".text") kind = "text";
  else if (ext === ".msg") throw new InputError(`${file}: Outlook .msg files are not supported; save the message as .eml`);
  else kind = sniffKind(bytes);

  if (kind === "eml") return readEml(bytes, file);
  const warnings: string[] = [];
  const declared = kind === "html" ? declaredHtmlCharset(bytes) : null;
  const { text, charset } = decodeBytes(bytes, declared, file, warnings);
  return { path: file, kind, body: text, format: kind === "html" ? "html" : "text", charset, message: null, warnings };
}

/** Why the bytes are not a mail body (a binary file), or null. */
function binaryKind(bytes: Uint8Array): string | null {
  const head = (n: number): number[] => Array.from(bytes.subarray(0, n));
  const starts = (...sig: number[]): boolean => sig.every((b, k) => bytes[k] === b);
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return "is an Outlook .msg or other OLE file; save the message as .eml";
  if (starts(0x25, 0x50, 0x44, 0x46)) return "is a PDF file, not a mail body";
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "is a ZIP (or .docx) file, not a mail body";
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return "is an image, not a mail body";
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return null; // UTF-16 with a byte-order mark
  const sample = head(65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return "looks like a binary file (it contains NUL bytes), not a mail body";
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.1) return "looks like a binary file, not a mail body";
  return null;
}

function sniffKind(bytes: Uint8Array): InputDocument["kind"] {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  if (/^(?:[A-Z][A-Z0-9-]*:[^\r\n]*\r?\n)+/i.test(head) && /\r?\n\r?\n/.test(head) && /^(?:from|to|subject|date|mime-version|received|return-path|message-id|content-type):/im.test(head)) {
    return "eml";
  }
  if (/<(?:html|body|div|p|br|table|span|head|meta)\b/i.test(head)) return "html";
  return "text";
}

/** The charset an HTML file declares in <meta charset> or <meta http-equiv=Content-Type>. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 8192)).toString("latin1");
  const lower = head.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf("<meta", from);
    if (at < 0) return null;
    const close = lower.indexOf(">", at);
    const tag = lower.slice(at, close < 0 ? lower.length : close);
    from = at + 5;
    const charsetAt = tag.indexOf("charset");
    if (charsetAt < 0) continue;
    let k = charsetAt + "charset".length;
    while (k < tag.length && tag[k] === " ") k++;
    if (tag[k] !== "=") continue;
    k++;
    while (k < tag.length && (tag[k] === " " || tag[k] === '"' || tag[k] === "'")) k++;
    let end = k;
    while (end < tag.length && /[a-z0-9_.:-]/.test(tag[end])) end++;
    if (end > k) return tag.slice(k, end);
  }
}

function decoderFor(label: string, fatal: boolean): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
}

/**
 * Decodes bytes: a byte-order mark wins; then the declared charset; then UTF-8, falling back
 * to windows-1257 (with a warning) when the bytes are not valid UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, declared: string | null, file: string, warnings: string[]): { text: string; charset: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder(UTF8).decode(bytes.subarray(3)), charset: UTF8 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), charset: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), charset: "utf-16be" };
  if (declared) {
    const decoder = decoderFor(declared, false);
    if (!decoder) {
      warnings.push(`${file} declares an unknown charset "${declared}"; reading it as UTF-8`);
    } else if (decoder.encoding.startsWith("utf-16")) {
      // Bytes that are UTF-16 start with a byte-order mark (handled above); a document that
      // declares UTF-16 in a <meta> without one is 8-bit, and browsers read it as UTF-8 (HTML
      // standard, "prescan a byte stream": a UTF-16 meta charset means UTF-8). Decoding it as
      // UTF-16 would turn every pair of bytes into one unrelated character, silently.
      warnings.push(`${file} declares charset "${declared}" but has no UTF-16 byte-order mark; read as 8-bit text, as browsers do`);
    } else if (decoder.encoding !== UTF8) {
      return { text: decoder.decode(bytes), charset: decoder.encoding };
    }
  }
  try {
    return { text: new TextDecoder(UTF8, { fatal: true }).decode(bytes), charset: UTF8 };
  } catch {
    warnings.push(`${file} is not valid UTF-8; read as ${LEGACY_FALLBACK}`);
    return { text: new TextDecoder(LEGACY_FALLBACK).decode(bytes), charset: LEGACY_FALLBACK };
  }
}

function addresses(list: PostalMime.Address[] | undefined): MessageAddress[] {
  const out: MessageAddress[] = [];
  for (const entry of list ?? []) {
    if (entry.group) for (const member of entry.group) out.push({ name: member.name, address: member.address });
    else if (entry.address !== undefined) out.push({ name: entry.name, address: entry.address });
  }
  return out;
}

/**
 * Turns `format=flowed` off in the message's Content-Type headers, so that postal-mime hands
 * the text over unjoined, and says whether it was on (and with DelSp=yes). postal-mime joins
 * flowed lines across quote depths ("> Hi " + "Hello" -> "> Hi Hello"), which RFC 3676 4.5
 * forbids and which would glue the reply to the quote; decodeFlowed below does it right.
 */
function unflowHeaders(bytes: Uint8Array): { bytes: Uint8Array; flowed: boolean; delSp: boolean } {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  if (!/format\s*=\s*"?flowed/i.test(raw)) return { bytes, flowed: false, delSp: false };
  const lines = raw.split("\n");
  let inContentType = false;
  let flowed = false;
  let delSp = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^content-type\s*:/i.test(line)) inContentType = true;
    else if (!/^[ \t]/.test(line)) inContentType = false;
    if (!inContentType || !/format\s*=\s*"?flowed/i.test(line)) continue;
    flowed = true;
    if (/delsp\s*=\s*"?yes/i.test(line) || (i + 1 < lines.length && /^[ \t].*delsp\s*=\s*"?yes/i.test(lines[i + 1]))) delSp = true;
    lines[i] = line.replace(/format(\s*)=(\s*)("?)flowed/i, "format$1=$2$3fixed");
  }
  return flowed ? { bytes: Buffer.from(lines.join("\n"), "latin1"), flowed, delSp } : { bytes, flowed: false, delSp: false };
}

/** RFC 3676 format=flowed decoding that never joins lines of different quote depth. */
export function decodeFlowed(text: string, delSp: boolean): string {
  const out: string[] = [];
  let current: { depth: number; text: string; open: boolean } | null = null;
  for (const rawLine of text.split(/\r?\n/)) {
    let depth = 0;
    while (depth < rawLine.length && rawLine[depth] === ">") depth++;
    let line = rawLine.slice(depth);
    if (line.startsWith(" ")) line = line.slice(1); // space-stuffing, or the space after ">"
    const isSignatureSeparator = line === "-- ";
    const soft = line.endsWith(" ") && !isSignatureSeparator;
    const content = soft && delSp ? line.slice(0, -1) : line;
    if (current && current.open && current.depth === depth) {
      current.text += content;
    } else {
      if (current) out.push((current.depth ? ">".repeat(current.depth) + " " : "") + current.text);
      current = { depth, text: content, open: false };
    }
    current.open = soft;
  }
  if (current) out.push((current.depth ? ">".repeat(current.depth) + " " : "") + current.text);
  return out.join("\n");
}

/**
 * The compose type from the message's own headers: In-Reply-To or References (RFC 5322 §3.6.4) make
 * it a reply, Thunderbird's X-Forwarded-Message-Id a forward; anything else is unknown. The subject
 * is no evidence ("Re:" is typed by people, translated by clients and kept by forwards), so it is
 * not read (docs/decisions.md).
 */
export function composeTypeFromHeaders(headers: readonly { key: string; value: string }[]): ComposeType {
  const has = (name: string) => headers.some((h) => h.key.toLowerCase() === name && h.value.trim() !== "");
  if (has("x-forwarded-message-id")) return "forward";
  if (has("in-reply-to") || has("references")) return "reply";
  return "unknown";
}

/** Reads an .eml; its HTML part is preferred unless `prefer` is "text" (and the message has one). */
export async function readEml(bytes: Uint8Array, file: string, prefer: "html" | "text" = "html"): Promise<InputDocument> {
  let email: PostalMime.Email;
  const unflowed = unflowHeaders(bytes);
  try {
    email = await PostalMime.parse(unflowed.bytes, { attachmentEncoding: "arraybuffer" });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new InputError(`${file}: cannot read the MIME message (${reason})`);
  }
  const html = email.html ?? "";
  const text = unflowed.flowed && email.text ? decodeFlowed(email.text, unflowed.delSp) : (email.text ?? "");
  const useHtml = html.trim().length > 0 && !(prefer === "text" && text.trim().length > 0);
  const from = email.from ? addresses([email.from])[0] ?? null : null;
  const attachments: string[] = [];
  const inlineAttachments: string[] = [];
  email.attachments.forEach((a, k) => {
    const name = a.filename ?? `${a.mimeType.replace("/", ".")}-${k + 1}`;
    const inline = a.related === true || (a.disposition === "inline" && a.mimeType.startsWith("image/") && a.contentId !== undefined);
    (inline ? inlineAttachments : attachments).push(name);
  });
  return {
    path: file,
    kind: "eml",
    body: useHtml ? html : text,
    format: useHtml ? "html" : "text",
    charset: "MIME (each part's own charset)",
    message: {
      from,
      to: addresses(email.to),
      cc: addresses(email.cc),
      bcc: addresses(email.bcc),
      subject: email.subject ?? null,
      date: email.date ?? null,
      attachments,
      inlineAttachments,
      composeType: composeTypeFromHeaders(email.headers),
    },
    warnings: [],
  };
}
