/**
 * `atbilde check [--format text|json] [--config organization.json] [--lang lv|en] FILE...`:
 * runs the rule catalogue on each file and reports findings like ESLint. Exit 0 when no finding
 * is an error, 1 when one is, 2 for bad usage or unreadable input.
 */
import * as fs from "fs";
import { parseDraft } from "../../core/draft";
import { buildContext } from "../../core/check/context";
import { checkDraftDetailed } from "../../core/check/checkDraft";
import { formatIssue, resolveConfig } from "../../core/config";
import type { OrganizationConfig } from "../../core/config/types";
import type { Finding, Recipient, Rule, UiLanguage } from "../../core/rules/types";
import { clauseLabel, getProfile } from "../../core/standard";
import { InputError, UsageError } from "../errors";
import { assertJsonDepth } from "../jsonDepth";
import { readInput, type InputDocument } from "../readInput";
import type { Command } from "./types";
import { cliRules } from "../rules";
import { countPhrase } from "../../core/lv/plural";

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

/** Line and column (1-based, in characters) of an offset in the draft text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: Array.from(text.slice(lineStart, offset)).length + 1 };
}

function recipientsOf(input: InputDocument): Recipient[] {
  const m = input.message;
  if (!m) return [];
  return [...m.to.map((a) => ({ email: a.address, name: a.name, kind: "to" as const })), ...m.cc.map((a) => ({ email: a.address, name: a.name, kind: "cc" as const }))];
}

export function checkDocument(input: InputDocument, config: OrganizationConfig, lang: UiLanguage, rules: readonly Rule[]): { findings: Finding[]; text: string } {
  const draft = parseDraft(input.body, input.format);
  const m = input.message;
  const subject = m?.subject ?? "";
  const context = buildContext({
    draft,
    config,
    lang,
    recipients: recipientsOf(input),
    composeType: /^\s*(re|atb|aw|sv)\s*:/i.test(subject) ? "reply" : /^\s*(fw|fwd|pārs|wg)\s*:/i.test(subject) ? "forward" : "unknown",
    // Only an .eml says what was attached; for a bare body, attachments are unknown, not absent.
    attachments: m ? m.attachments.map((name) => ({ name })) : [],
    userEmail: m?.from?.address,
    threadNames: m?.from?.name ? [m.from.name] : [],
  });
  const result = checkDraftDetailed(draft, context, rules);
  return { findings: result.findings, text: draft.text };
}

const SEVERITY_WIDTH = 7;

export function formatText(results: { file: string; findings: Finding[]; text: string }[], config: OrganizationConfig, lang: UiLanguage): string {
  const profile = getProfile(config.profile);
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    if (!r.findings.length) continue;
    out.push(r.file);
    for (const f of r.findings) {
      totals[f.severity] += 1;
      const { line, column } = lineColumn(r.text, f.start);
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
  usage: "atbilde check [--format text|json] [--config organization.json] [--lang lv|en] FILE...",
  description: [
    "Checks each mail body (.txt, .html or .eml) — only the employee's new text, never the quoted",
    "thread — against the rule catalogue and the active profile of organization.json (Ādaži 2023",
    "by default). Every finding cites the profile's clause, or \"laba prakse\" where it has none.",
    "",
    "Text output reads like ESLint's: file, line:column in the new text, severity, message, rule,",
    "clause and suggestions, then a summary line. --format json prints",
    '[{ "file": "...", "findings": [Finding, ...] }].',
    "",
    "Exit status: 0 no error-severity finding; 1 at least one error; 2 bad usage or unreadable input.",
  ].join("\n"),
  options: [
    { name: "format", short: "f", value: { placeholder: "FORMAT", choices: ["text", "json"] }, description: "text (default) or json" },
    { name: "config", short: "c", value: { placeholder: "FILE" }, description: "organization.json (profile, rules, jargon, known words…)" },
    { name: "lang", short: "l", value: { placeholder: "LANG", choices: ["lv", "en"] }, description: "language of the messages: lv (default) or en" },
  ],
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError("check needs at least one FILE (.txt, .html or .eml)");
    const lang = (args.values["lang"] as UiLanguage | undefined) ?? "lv";
    const config = typeof args.values["config"] === "string" ? loadConfigFile(args.values["config"], lang) : resolveConfig({}).config;
    const rules = await cliRules(config);
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
