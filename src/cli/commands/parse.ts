/**
 * `atbilde parse [--format json|text] FILE`: what the checker sees in a mail body — the new
 * text without the quoted thread, its language, links and signature fields.
 */
import { draftToJson, parseDraft, type Draft, type DraftJson } from "../../core/draft";
import { UsageError } from "../errors";
import { readInput, type InputDocument, type MessageAddress } from "../readInput";
import type { Command } from "./types";

export interface ParseOutput extends DraftJson {
  file: string;
  format: "html" | "text";
  /** Sender, recipients, subject, date and attachments of an .eml file. */
  message?: InputDocument["message"];
}

export function parseOutput(input: InputDocument, draft: Draft): ParseOutput {
  const output: ParseOutput = { file: input.path, format: input.format, ...draftToJson(draft) };
  if (input.message) output.message = input.message;
  return output;
}

function formatAddress(a: MessageAddress): string {
  return a.name ? `${a.name} <${a.address}>` : a.address;
}

const FIELD_LABELS: [keyof DraftJson["signature"], string][] = [
  ["name", "name"],
  ["position", "position"],
  ["institution", "institution"],
  ["phone", "phone"],
  ["email", "e-mail"],
  ["website", "website"],
];

/** The readable summary of `--format text`. */
export function formatParseText(input: InputDocument, draft: Draft): string {
  const json = draftToJson(draft);
  const out: string[] = [];
  out.push(`file:        ${input.path} (${input.kind}, ${input.charset})`);
  if (input.message) {
    const m = input.message;
    if (m.from) out.push(`from:        ${formatAddress(m.from)}`);
    if (m.to.length) out.push(`to:          ${m.to.map(formatAddress).join(", ")}`);
    if (m.cc.length) out.push(`cc:          ${m.cc.map(formatAddress).join(", ")}`);
    if (m.subject !== null) out.push(`subject:     ${m.subject}`);
    if (m.date !== null) out.push(`date:        ${m.date}`);
    if (m.attachments.length) out.push(`attachments: ${m.attachments.join(", ")}`);
  }
  out.push(`language:    ${json.language}`);
  out.push(
    `quoted:      ${json.quoted ? `yes, ${draft.quotedText.length} characters of earlier thread cut off` : "no"}`,
  );
  out.push(`footer:      ${json.footer === null ? "none" : json.footer.split("\n").join(" ⏎ ")}`);
  out.push(`counts:      ${json.paragraphs} paragraphs, ${json.sentences} sentences, ${json.words} words`);
  out.push("");
  out.push("text:");
  out.push(json.text.length > 0 ? json.text.split("\n").map((l) => `  | ${l}`).join("\n") : "  (empty)");
  out.push("");
  out.push(`sentences (${draft.sentences.length}):`);
  draft.sentences.forEach((s, k) => out.push(`  ${String(k + 1).padStart(3)}. ${s.text.split("\n").join(" ⏎ ")}`));
  out.push("");
  out.push(`links (${json.links.length}):`);
  for (const link of json.links) {
    const notes = [link.bare ? "bare" : "", link.rawHref ? `unwrapped from ${link.rawHref}` : ""].filter(Boolean).join("; ");
    out.push(`  ${link.href}  "${link.text}"${notes ? `  (${notes})` : ""}`);
  }
  out.push("");
  if (!draft.signature) {
    out.push("signature:   none found");
  } else {
    const how =
      draft.signature.source === "after-closing"
        ? `after "${draft.signature.closing}"`
        : draft.signature.source === "trailing-block"
          ? "trailing block"
          : `${draft.signature.source}${draft.signature.closing ? `, after "${draft.signature.closing}"` : ""}`;
    out.push(`signature (${how}):`);
    for (const [key, label] of FIELD_LABELS) out.push(`  ${label.padEnd(12)} ${json.signature[key] ?? "— (missing)"}`);
  }
  return out.join("\n") + "\n";
}

export const parseCommand: Command = {
  name: "parse",
  summary: "show what the checker sees in a mail body: new text, language, links, signature",
  usage: "atbilde parse [--format json|text] FILE",
  description: [
    "Reads one mail body (.txt, .html or .eml) and prints the draft model: the employee's new",
    "text with the quoted earlier thread cut off, its language, links (Safe Links unwrapped)",
    "and the signature fields (name, position, institution, phone, e-mail, website; null when",
    "missing). Mail furniture kept out of the text (\"Sent from my iPhone\", mailing-list and",
    "legal footers) is shown as \"footer\" (null when none). JSON is the default; --format text",
    "prints a readable summary instead.",
    "",
    "HTML files are decoded with the charset they declare; .eml files may be quoted-printable",
    "or base64 in any charset, and their HTML part is preferred.",
  ].join("\n"),
  options: [
    { name: "format", short: "f", value: { placeholder: "FORMAT", choices: ["json", "text"] }, description: "json (default) or text" },
  ],
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError("parse needs a FILE (.txt, .html or .eml)");
    if (args.positionals.length > 1) throw new UsageError("parse takes one FILE");
    const input = await readInput(args.positionals[0]);
    for (const warning of input.warnings) io.stderr(`atbilde: warning: ${warning}\n`);
    const draft = parseDraft(input.body, input.format);
    if (args.values["format"] === "text") io.stdout(formatParseText(input, draft));
    else io.stdout(JSON.stringify(parseOutput(input, draft), null, 2) + "\n");
    return 0;
  },
};
