/**
 * `atbilde check [--format text|json] [--config organization.json] [--lang lv|en] FILE...`:
 * runs the rule catalogue on each file and reports findings like ESLint. Exit 0 when no finding
 * is an error, 1 when one is, 2 for bad usage or unreadable input.
 */
import * as fs from "fs";
import { checkMessage, type MessageFacts } from "../../core/check/message";
import { formatIssue, resolveConfig } from "../../core/config";
import type { OrganizationConfig } from "../../core/config/types";
import type { Finding, Recipient, Rule, UiLanguage } from "../../core/rules/types";
import { clauseLabel, getProfile } from "../../core/standard";
import { InputError, UsageError } from "../errors";
import { assertJsonDepth } from "../jsonDepth";
import { readInput, type InputDocument, type MessageAddress } from "../readInput";
import type { Command } from "./types";
import { cliRules } from "../rules";
import { countPhrase } from "../../core/lv/plural";
import { assertFixable, dryRunOutput, fixDocument, fixSummary, loadSignatureFile, writeFixed, type FixedFile } from "./fix";

export interface FileFindings {
  file: string;
  findings: Finding[];
}

/** Reads and validates organization.json; any error is bad input (exit 2). */
export function loadConfigFile(file: string, lang: UiLanguage): OrganizationConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : e instanceof SyntaxError ? `not valid JSON (${e.message})` : String((e as Error).message ?? e);
    throw new InputError(`${file}: ${reason}`);
  }
  assertJsonDepth(raw, file, lang);
  const { config, errors } = resolveConfig(raw);
  if (errors.length) {
    throw new InputError(`${file}: ${errors.length} error(s) in the config; first: ${formatIssue(errors[0], lang)} (run \`atbilde config check ${file}\`)`);
  }
  return config;
}

/**
 * Line and column (1-based, columns in characters) of offsets in one text: the line starts and the
 * surrogate pairs are found once, then each offset is two binary searches. Counting from the start
 * for every finding took 249 s on 4.3 MB with 8,008 findings (issue 13).
 */
export function lineColumnIndex(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  // Where a surrogate pair starts: its two code units are one character.
  const pairs: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) pairs.push(i++);
    }
  }
  return (offset: number) => {
    const at = Math.max(0, Math.min(offset, text.length));
    const line = countAtMost(lineStarts, at);
    const lineStart = lineStarts[line - 1];
    // Pairs wholly before `at` (a pair `at` cuts counts as one character, as Array.from counts it).
    const pairsBefore = countAtMost(pairs, at - 2) - countAtMost(pairs, lineStart - 1);
    return { line, column: at - lineStart - pairsBefore + 1 };
  };
}

/** How many of the sorted numbers are ≤ value. */
function countAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What an input file says about its message, in the shape every front door gives the checker. */
export function messageFacts(input: InputDocument): MessageFacts {
  const m = input.message;
  const people = (list: MessageAddress[] | undefined, kind: Recipient["kind"]): Recipient[] => (list ?? []).map((a) => ({ email: a.address, name: a.name, kind }));
  return {
    body: input.body,
    format: input.format,
    recipients: m ? [...people(m.to, "to"), ...people(m.cc, "cc"), ...people(m.bcc, "bcc")] : [],
    // From the headers (readInput's composeTypeFromHeaders), never guessed from the subject.
    composeType: m?.composeType ?? "unknown",
    // Only an .eml says what was attached; for a bare body, attachments are unknown, not absent.
    attachments: m ? m.attachments.map((name) => ({ name })) : [],
    // The file's sender is the employee who wrote it: their address and name.
    user: m?.from ? { name: m.from.name, email: m.from.address } : null,
  };
}

export function checkDocument(input: InputDocument, config: OrganizationConfig, lang: UiLanguage, rules: readonly Rule[]): { findings: Finding[]; text: string } {
  const result = checkMessage(messageFacts(input), config, { rules, lang });
  return { findings: result.findings, text: result.draft.text };
}

const SEVERITY_WIDTH = 7;

export function formatText(results: { file: string; findings: Finding[]; text: string }[], config: OrganizationConfig, lang: UiLanguage): string {
  const profile = getProfile(config.profile);
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    if (!r.findings.length) continue;
    out.push(r.file);
    const lineColumnOf = lineColumnIndex(r.text);
    for (const f of r.findings) {
      totals[f.severity] += 1;
      const { line, column } = lineColumnOf(f.start);
      const where = `${line}:${column}`.padEnd(7);
      const suggestion = f.suggestions?.length ? `  → ${f.suggestions.slice(0, 3).join(" | ")}` : "";
      out.push(`  ${where} ${f.severity.padEnd(SEVERITY_WIDTH)} ${f.message}  ${f.rule} (${clauseLabel(profile, f.clause, lang)})${suggestion}`);
    }
    out.push("");
  }
  const problems = totals.error + totals.warning + totals.info;
  const files = countPhrase("en", "file", results.length);
  if (problems === 0) {
    out.push(lang === "lv" ? `✔ Problēmu nav (pārbaudīto failu skaits: ${results.length})` : `✔ ${files} checked, no problems`);
  } else {
    const parts = [countPhrase(lang, "error", totals.error), countPhrase(lang, "warning", totals.warning), countPhrase(lang, "info", totals.info)];
    out.push(`✖ ${countPhrase(lang, "problem", problems)} (${parts.join(", ")})`);
  }
  return out.join("\n") + "\n";
}

export const checkCommand: Command = {
  name: "check",
  summary: "check drafts against the customer-service standard",
  usage: "atbilde check [--format text|json] [--config organization.json] [--lang lv|en] [--fix | --fix-dry-run] [--signature signature.json] FILE...",
  description: [
    "Checks each mail body (.txt, .html or .eml) — only the employee's new text, never the quoted",
    "thread — against the rule catalogue and the active profile of organization.json (Ādaži 2023",
    "by default). Every finding cites the profile's clause, or \"laba prakse\" where it has none.",
    "",
    "Text output reads like ESLint's: file, line:column in the new text, severity, message, rule,",
    "clause and suggestions, then a summary line. --format json prints",
    '[{ "file": "...", "findings": [Finding, ...] }].',
    "",
    "--fix applies every safe fix and writes the files (.txt and .html, UTF-8): the missing greeting,",
    "reference to the client's request, closing, thanks and signature fields are inserted where they",
    "belong, and the rules' own fixes that keep the words (polite \"Jūs\") are made; the employee's",
    "words are never removed or reordered. --fix-dry-run prints the fixed files instead. The signature",
    "comes from --signature signature.json ({ name, position, institution, phone, email, website }, as",
    "in Settings), else from organization.json. Then the findings that remain are reported.",
    "",
    "Exit status: 0 no error-severity finding; 1 at least one error; 2 bad usage or unreadable input.",
  ].join("\n"),
  options: [
    { name: "format", short: "f", value: { placeholder: "FORMAT", choices: ["text", "json"] }, description: "text (default) or json" },
    { name: "config", short: "c", value: { placeholder: "FILE" }, description: "organization.json (profile, rules, jargon, known words…)" },
    { name: "lang", short: "l", value: { placeholder: "LANG", choices: ["lv", "en"] }, description: "language of the messages: lv (default) or en" },
    { name: "fix", description: "apply every safe fix and write the files" },
    { name: "fix-dry-run", description: "apply every safe fix and print the files instead of writing them" },
    { name: "signature", value: { placeholder: "FILE" }, description: "signature.json: the signature fields --fix inserts (name, position, institution, phone, email, website)" },
  ],
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError("check needs at least one FILE (.txt, .html or .eml)");
    const lang = (args.values["lang"] as UiLanguage | undefined) ?? "lv";
    const config = typeof args.values["config"] === "string" ? loadConfigFile(args.values["config"], lang) : resolveConfig({}).config;
    const rules = await cliRules(config);
    const fix = args.values["fix"] === true;
    const dryRun = args.values["fix-dry-run"] === true;
    if (fix && dryRun) throw new UsageError("--fix and --fix-dry-run cannot be used together");
    const signatureFile = args.values["signature"];
    if (signatureFile !== undefined && !fix && !dryRun) throw new UsageError("--signature needs --fix or --fix-dry-run");
    if (fix || dryRun) {
      const saved = typeof signatureFile === "string" ? loadSignatureFile(signatureFile, lang) : {};
      // Every file is read and judged writable before the first one is written.
      const inputs = [];
      for (const file of args.positionals) {
        const input = await readInput(file);
        for (const warning of input.warnings) io.stderr(`atbilde: warning: ${warning}\n`);
        assertFixable(input, lang);
        inputs.push(input);
      }
      const fixed: FixedFile[] = inputs.map((input) => fixDocument(input, messageFacts(input), config, lang, rules, saved));
      if (fix) for (const r of fixed) if (r.changed) writeFixed(r.file, r.output);
      const json = args.values["format"] === "json";
      // A dry run's stdout is the fixed files; what was fixed and what remains goes to stderr.
      const report = dryRun && !json ? io.stderr : io.stdout;
      if (dryRun && !json) dryRunOutput(fixed, io);
      if (json) {
        const entries = fixed.map((r) => ({ file: r.file, findings: r.findings, fixed: r.applied, skipped: r.skipped, ...(dryRun ? { output: r.output } : {}) }));
        io.stdout(JSON.stringify(entries, null, 2) + "\n");
      } else {
        report(fixSummary(fixed, lang));
        report(formatText(fixed, config, lang));
      }
      return fixed.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
    }
    const results: { file: string; findings: Finding[]; text: string }[] = [];
    for (const file of args.positionals) {
      const input = await readInput(file);
      for (const warning of input.warnings) io.stderr(`atbilde: warning: ${warning}\n`);
      results.push({ file, ...checkDocument(input, config, lang, rules) });
    }
    if (args.values["format"] === "json") {
      const json: FileFindings[] = results.map((r) => ({ file: r.file, findings: r.findings }));
      io.stdout(JSON.stringify(json, null, 2) + "\n");
    } else {
      io.stdout(formatText(results, config, lang));
    }
    return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
  },
};
