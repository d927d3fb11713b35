/**
 * The client's own words in a mail body (issue 21): in a message being read, its new text (the parser
 * already cuts the quoted thread and the footers off); in a reply being composed, the new part of the
 * quoted original — the client's message under its header, without the older thread below it.
 */
import { parseDraft, headerLabelKind, isSeparatorLine, wroteHeaderEnd } from "../draft";
import type { Draft } from "../draft/types";

/** The quoted original without its header lines ("No: …", "Sent: …", "… wrote:") and quote marks. */
function originalBody(quotedText: string): string {
  let lines = quotedText.split("\n");
  if (lines.filter((l) => l.trim()).every((l) => /^\s*>/.test(l))) lines = lines.map((l) => l.replace(/^\s*> ?/, ""));
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim() || isSeparatorLine(line) || wroteHeaderEnd(line) || headerLabelKind(line)) i++;
    else break;
  }
  return lines.slice(i).join("\n");
}

export function clientText(draft: Draft, mode: "read" | "compose"): string {
  if (mode === "read") return draft.text;
  return draft.quoted ? parseDraft(originalBody(draft.quotedText), "text").text : "";
}
