/**
 * `atbilde answers suggest [--config organization.json] [--format text|json] [--limit N] FILE`:
 * the organization's model answers that fit a client's message (.txt, .html or .eml), best first —
 * the same matcher as the Draft view's "Līdzīgi jautājumi" (src/core/answers). Only the client's
 * new text counts, never the quoted thread below it; an .eml's subject counts too.
 */
import * as fs from "fs";
import { buildAnswerIndex, suggestAnswers, type AnswerMatch } from "../../core/answers";
import { resolveConfig } from "../../core/config";
import type { OrganizationConfig } from "../../core/config/types";
import { parseDraft } from "../../core/draft";
import { UsageError } from "../errors";
import { readInput } from "../readInput";
import { loadConfigFile } from "./check";
import type { Command } from "./types";

/** What of a message file the matcher reads: the client's new text and the subject. */
export interface ClientMessage {
  text: string;
  subject?: string;
}

export async function readClientMessage(file: string): Promise<ClientMessage> {
  const input = await readInput(file);
  const draft = parseDraft(input.body, input.format);
  const subject = input.message?.subject ?? undefined;
  return subject ? { text: draft.text, subject } : { text: draft.text };
}

const DEFAULT_CONFIG = "organization.json";

function configFor(option: unknown): OrganizationConfig {
  if (typeof option === "string") return loadConfigFile(option, "en");
  // Without --config, organization.json in the current folder, as an administrator keeps it.
  if (fs.existsSync(DEFAULT_CONFIG)) return loadConfigFile(DEFAULT_CONFIG, "en");
  return resolveConfig({}).config;
}

function formatText(matches: AnswerMatch[]): string {
  if (matches.length === 0) return "no answer fits\n";
  return (
    matches
      .map((m, i) => `${i + 1}. ${m.title} (${m.id}) ${m.score.toFixed(3)}\n   matched: ${m.why.terms.join(", ")}\n   in: ${m.why.sentence.replace(/\s+/g, " ")}`)
      .join("\n") + "\n"
  );
}

export const answersCommand: Command = {
  name: "answers",
  summary: "suggest the organization's model answers for a client's message",
  usage: "atbilde answers suggest [--config organization.json] [--format json|text] [--limit N] FILE",
  description: [
    "  atbilde answers suggest [--config FILE] [--format json|text] [--limit N] FILE",
    "      Reads the client's message (.txt, .html or .eml; the quoted thread is left out) and prints",
    "      the model answers of organization.json (\"answers\") that fit it, best first, as JSON",
    '      [{ "id", "title", "score" }] — an empty array when none fits well enough. --format text',
    "      also shows which words and which sentence matched. Without --config, organization.json in",
    "      the current folder is used when there is one. --limit: at most N answers (default 3).",
    "",
    "Exit status: 0 done (whether or not an answer fits); 2 bad usage or unreadable input.",
  ].join("\n"),
  options: [
    { name: "config", short: "c", value: { placeholder: "FILE" }, description: "organization.json with the answers library" },
    { name: "format", short: "f", value: { placeholder: "FORMAT", choices: ["json", "text"] }, description: "json (default) or text" },
    { name: "limit", short: "n", value: { placeholder: "N" }, description: "at most N answers (default 3)" },
  ],
  async run(args, io) {
    const [sub, ...rest] = args.positionals;
    if (sub === undefined) throw new UsageError("answers needs a subcommand: suggest (atbilde answers --help)");
    if (sub !== "suggest") throw new UsageError(`unknown answers subcommand "${sub}" (suggest; atbilde answers --help)`);
    if (rest.length !== 1) throw new UsageError(rest.length ? "answers suggest takes one FILE" : "answers suggest needs a FILE (.txt, .html or .eml)");
    let limit = 3;
    if (args.values["limit"] !== undefined) {
      const raw = String(args.values["limit"]);
      if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 100) throw new UsageError(`--limit must be a whole number from 1 to 100 (got "${raw}")`);
      limit = Number(raw);
    }
    const config = configFor(args.values["config"]);
    const message = await readClientMessage(rest[0]);
    const matches = suggestAnswers(buildAnswerIndex(config.answers), message.text, { subject: message.subject, limit });
    if (args.values["format"] === "text") io.stdout(formatText(matches));
    else io.stdout(JSON.stringify(matches.map((m) => ({ id: m.id, title: m.title, score: m.score })), null, 2) + "\n");
    return 0;
  },
};
