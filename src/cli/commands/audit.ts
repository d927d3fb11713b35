/**
 * `atbilde audit [--config organization.json] [--domain adazi.lv] [--since YYYY-MM-DD]
 * [--report report.html] [--csv FILE] [--json FILE] [--by-sender] [--excerpts] [--lang lv|en]
 * [--timeout SECONDS] [--max-memory MB] PATH...`: checks the organization's outgoing replies to external clients in folders of
 * exported e-mails (.eml, .msg) and summarises how well they follow the standard.
 */
import * as fs from "fs";
import { isIsoDate, normaliseDomain, resolveConfig } from "../../core/config";
import type { UiLanguage } from "../../core/rules/types";
import { InputError, UsageError } from "../errors";
import { cliRules } from "../rules";
import { findMailFiles } from "../audit/walk";
import { AUDIT_READ_BYTES, compiledAuditChild, runAudit } from "../audit/runAudit";
import { formatCsv, formatHtml, formatJson, formatSummary } from "../audit/report";
import { loadConfigFile } from "./check";
import type { Command } from "./types";

const DEFAULT_TIMEOUT_S = 60;
const DEFAULT_MEMORY_MB = 1024;
/** Below this the rules and word lists alone do not fit. */
const MIN_MEMORY_MB = 128;

function positiveNumber(value: unknown, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== "string" || !Number.isFinite(n) || n <= 0) throw new UsageError(`${option} must be a positive number (got "${String(value)}")`);
  return n;
}

const PROGRESS_WIDTH = 30;
const PROGRESS_INTERVAL_MS = 100;

function progressBar(write: (text: string) => void): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    const filled = total ? Math.round((done / total) * PROGRESS_WIDTH) : PROGRESS_WIDTH;
    const pct = total ? Math.floor((100 * done) / total) : 100;
    write(`\r[${"#".repeat(filled)}${".".repeat(PROGRESS_WIDTH - filled)}] ${String(pct).padStart(3)}% ${done}/${total}${done === total ? "\n" : ""}`);
  };
}

function writeOutput(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text);
  } catch (e) {
    throw new InputError(`${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

export const auditCommand: Command = {
  name: "audit",
  summary: "audit exported replies to clients (.eml, .msg) and report compliance",
  usage: "atbilde audit [--config organization.json] [--domain DOMAIN] [--since YYYY-MM-DD] [--report report.html] [--csv FILE] [--json FILE] [--by-sender] [--excerpts] [--lang lv|en] [--timeout SECONDS] [--max-memory MB] PATH...",
  description: [
    "Walks the folders (recursively) for exported e-mails — .eml and Outlook .msg — and counts only",
    "the organization's outgoing replies to external clients: the sender is in one of the",
    "organization's domains (--domain, else the config's internalDomains, else the most common",
    "sender domain, which the report then says) and at least one recipient is outside them.",
    "Each is checked with every rule, spelling included, under the config's profile.",
    "",
    "Prints a summary (e-mails found, read, unreadable with the reason, counted, share fully",
    "compliant, findings per rule and per clause, trend by ISO week); --report writes a",
    "self-contained HTML report (inline SVG charts, printable), --csv one row per counted e-mail,",
    "--json the same data. No employee names without --by-sender and no e-mail text without",
    "--excerpts. Each file is read and checked in a separate process with a time limit (--timeout)",
    "and a memory limit (--max-memory); a file that fails, is corrupt, takes too long or needs too",
    "much memory is listed as unreadable with the reason, never fatal. Of an .eml only the first",
    `${AUDIT_READ_BYTES / 1048576} MB are read (the text comes before the attachments).`,
    "",
    "Exit status: 0 done; 2 bad usage (no PATH, a PATH that does not exist, a bad option).",
  ].join("\n"),
  options: [
    { name: "config", short: "c", value: { placeholder: "FILE" }, description: "organization.json (profile, internalDomains, rules…)" },
    { name: "domain", short: "d", value: { placeholder: "DOMAIN" }, multiple: true, description: "the organization's e-mail domain (repeatable); overrides the config" },
    { name: "since", value: { placeholder: "YYYY-MM-DD" }, description: "skip e-mails sent before this day" },
    { name: "report", short: "r", value: { placeholder: "FILE" }, description: "write the HTML report here" },
    { name: "csv", value: { placeholder: "FILE" }, description: "write one CSV row per counted e-mail here" },
    { name: "json", value: { placeholder: "FILE" }, description: "write the full result as JSON here" },
    { name: "by-sender", description: "include the per-employee breakdown" },
    { name: "excerpts", description: "include short excerpts of the text the findings point at" },
    { name: "progress", description: "show the progress bar even when stderr is not a terminal" },
    { name: "timeout", value: { placeholder: "SECONDS" }, description: `time limit for reading and checking one file (default ${DEFAULT_TIMEOUT_S})` },
    { name: "max-memory", value: { placeholder: "MB" }, description: `memory limit of the process reading one file (default ${DEFAULT_MEMORY_MB})` },
    { name: "lang", short: "l", value: { placeholder: "LANG", choices: ["lv", "en"] }, description: "language of the summary and report: lv (default) or en" },
  ],
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError("audit needs at least one PATH (a folder of exported .eml/.msg files)");
    const lang = (args.values["lang"] as UiLanguage | undefined) ?? "lv";
    const since = typeof args.values["since"] === "string" ? args.values["since"] : null;
    if (since !== null && !isIsoDate(since)) throw new UsageError(`--since must be a date YYYY-MM-DD (got "${since}")`);
    const domains = ((args.values["domain"] as string[] | undefined) ?? []).map((d) => normaliseDomain(d));
    for (const d of domains) if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(d)) throw new UsageError(`--domain must be a domain like adazi.lv (got "${d}")`);
    const timeoutS = positiveNumber(args.values["timeout"], "--timeout", DEFAULT_TIMEOUT_S);
    const memoryMb = positiveNumber(args.values["max-memory"], "--max-memory", DEFAULT_MEMORY_MB);
    if (memoryMb < MIN_MEMORY_MB) throw new UsageError(`--max-memory must be at least ${MIN_MEMORY_MB} (MB)`);
    const config = typeof args.values["config"] === "string" ? loadConfigFile(args.values["config"], lang) : resolveConfig({}).config;
    const files = await findMailFiles(args.positionals);
    const rules = await cliRules(config);
    const child = compiledAuditChild();
    const showProgress = args.values["progress"] === true || process.stderr.isTTY === true;
    const result = await runAudit(files, {
      config,
      rules,
      lang,
      domains,
      since,
      bySender: args.values["by-sender"] === true,
      excerpts: args.values["excerpts"] === true,
      onProgress: showProgress ? progressBar((t) => io.stderr(t)) : undefined,
      // Always isolated when compiled; only tests running the TypeScript sources read in-process.
      isolation: child ? { script: child, limits: { timeoutMs: timeoutS * 1000, memoryMb: Math.round(memoryMb) } } : undefined,
    });
    io.stdout(formatSummary(result));
    if (typeof args.values["report"] === "string") writeOutput(args.values["report"], formatHtml(result));
    if (typeof args.values["csv"] === "string") writeOutput(args.values["csv"], formatCsv(result));
    if (typeof args.values["json"] === "string") writeOutput(args.values["json"], formatJson(result));
    return 0;
  },
};
