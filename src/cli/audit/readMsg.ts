/**
 * Reads an Outlook .msg file (OLE compound document) through @kenjiuno/msgreader into the same
 * shape readInput gives an .eml: body (HTML when Outlook stored it, else the plain body), sender,
 * recipients, subject, date and attachment names.
 */
import { promises as fs } from "fs";
import MsgReader from "@kenjiuno/msgreader";
import { InputError } from "../errors";
import { MAX_INPUT_BYTES, type InputDocument, type MessageAddress } from "../readInput";

/** TextDecoder label for a Windows code page number (PidTagInternetCodepage). */
export function codepageLabel(codepage: number | undefined): string {
  if (codepage === undefined || codepage === 65001 || codepage === 1200) return "utf-8";
  if (codepage >= 1250 && codepage <= 1258) return `windows-${codepage}`;
  if (codepage >= 28591 && codepage <= 28605) return `iso-8859-${codepage - 28590}`;
  // 20127 is US-ASCII; windows-1252 is its superset and never fails.
  if (codepage === 20127) return "windows-1252";
  return "utf-8";
}

function decodeHtml(bytes: Uint8Array, codepage: number | undefined): string {
  try {
    return new TextDecoder(codepageLabel(codepage)).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** The SMTP address among what Outlook stored (Exchange keeps an X.500 path in the plain field). */
function smtp(...candidates: (string | undefined)[]): string | null {
  for (const c of candidates) if (c && c.indexOf("@") > 0 && c.charAt(0) !== "/") return c.trim();
  return null;
}

function isoDate(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

export async function readMsg(file: string): Promise<InputDocument> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_INPUT_BYTES) throw new InputError(`${file} is too large (the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (!(bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)) {
    throw new InputError(`${file}: not an Outlook .msg file (no OLE signature)`);
  }
  let data: ReturnType<MsgReader["getFileData"]>;
  try {
    data = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)).getFileData();
  } catch (error) {
    throw new InputError(`${file}: cannot read the .msg file (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
  }
  if (data.error) throw new InputError(`${file}: cannot read the .msg file (${data.error})`);

  const html = data.html && data.html.length > 0 ? decodeHtml(data.html, data.internetCodepage) : (data.bodyHtml ?? "");
  const useHtml = html.trim().length > 0;
  const body = useHtml ? html : (data.body ?? "");
  const fromAddress = smtp(data.senderSmtpAddress, data.senderEmail);
  const to: MessageAddress[] = [];
  const cc: MessageAddress[] = [];
  for (const r of data.recipients ?? []) {
    const address = smtp(r.smtpAddress, r.email);
    if (!address) continue;
    const entry = { name: (r.name ?? "").replace(/^'(.*)'$/, "$1"), address };
    if (r.recipType === "cc") cc.push(entry);
    else if (r.recipType !== "bcc") to.push(entry);
  }
  const attachments: string[] = [];
  const inlineAttachments: string[] = [];
  (data.attachments ?? []).forEach((a, k) => {
    const name = a.fileName ?? a.name ?? `attachment-${k + 1}`;
    (a.attachmentHidden || a.pidContentId ? inlineAttachments : attachments).push(name);
  });
  return {
    path: file,
    // An Outlook message carries headers like an .eml; the rules treat both alike.
    kind: "eml",
    body,
    format: useHtml ? "html" : "text",
    charset: useHtml ? codepageLabel(data.internetCodepage) : "UTF-16 (MAPI)",
    message: {
      from: fromAddress ? { name: data.senderName ?? "", address: fromAddress } : null,
      to,
      cc,
      subject: data.subject ?? null,
      date: isoDate(data.messageDeliveryTime ?? data.clientSubmitTime),
      attachments,
      inlineAttachments,
    },
    warnings: [],
  };
}
