/**
 * Builds small Outlook .msg files (OLE compound documents) for tests, with the compound-file
 * writer msgreader itself ships (Burner): subject, HTML or plain body, sender and recipients as
 * MAPI string properties. Corrupt and truncated variants are made from these bytes, so the tests
 * need no real mailbox export.
 */
import * as fs from "fs";
import * as path from "path";
import { burn, type Entry } from "@kenjiuno/msgreader/lib/Burner";

const DIRECTORY = 1;
const DOCUMENT = 2;
const ROOT = 5;

export interface MsgSpec {
  subject: string;
  html?: string;
  text?: string;
  from: { name: string; address: string };
  to: { name: string; address: string }[];
}

/** A Unicode string property's stream: __substg1.0_<tag>001F with UTF-16LE text. */
function stringStream(tag: string, value: string): Entry {
  const bytes = new Uint8Array(Buffer.from(value, "utf16le")); // its own buffer: Burner reads from offset 0
  return { name: `__substg1.0_${tag}001F`, type: DOCUMENT, length: bytes.length, binaryProvider: () => bytes };
}

function binaryStream(tag: string, bytes: Uint8Array): Entry {
  return { name: `__substg1.0_${tag}0102`, type: DOCUMENT, length: bytes.length, binaryProvider: () => bytes };
}

/** A property stream with only its header (8 bytes for a recipient, 32 for the message): no fixed-size properties. */
function propertiesStream(headerBytes: number): Entry {
  const bytes = new Uint8Array(headerBytes);
  return { name: "__properties_version1.0", type: DOCUMENT, length: bytes.length, binaryProvider: () => bytes };
}

export function buildMsg(spec: MsgSpec): Uint8Array {
  const entries: Entry[] = [{ name: "Root Entry", type: ROOT, length: 0, children: [] }];
  const add = (parent: number, entry: Entry): number => {
    entries.push(entry);
    const index = entries.length - 1;
    entries[parent].children!.push(index);
    return index;
  };
  add(0, propertiesStream(32));
  add(0, stringStream("0037", spec.subject));
  add(0, stringStream("0C1A", spec.from.name));
  add(0, stringStream("5D01", spec.from.address));
  if (spec.text !== undefined) add(0, stringStream("1000", spec.text));
  if (spec.html !== undefined) add(0, binaryStream("1013", new Uint8Array(Buffer.from(spec.html, "utf8"))));
  spec.to.forEach((r, k) => {
    const dir = add(0, { name: `__recip_version1.0_#${k.toString(16).toUpperCase().padStart(8, "0")}`, type: DIRECTORY, length: 0, children: [] });
    add(dir, propertiesStream(8));
    add(dir, stringStream("3001", r.name));
    add(dir, stringStream("39FE", r.address));
  });
  return burn(entries);
}

/**
 * Real Outlook samples (never copied into the repository) in the shared folder beside the
 * checkout, one or two levels up (a worktree sits one level deeper). Tests use them only where present.
 */
export const MSG_SAMPLES: string = ((): string => {
  const root = path.join(__dirname, "..", "..", "..");
  const candidates = [path.join(root, "..", "shared", "msg-samples"), path.join(root, "..", "..", "shared", "msg-samples")];
  return candidates.find((dir) => fs.existsSync(dir)) ?? candidates[0];
})();
