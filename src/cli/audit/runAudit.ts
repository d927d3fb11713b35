/**
 * The audit itself: reads the exported e-mails one at a time, keeps the organization's outgoing
 * replies to external clients, checks each with the full rule catalogue and keeps only
 * aggregates and one small row per counted e-mail (no body text unless excerpts are asked for).
 */
import { existsSync } from "fs";
import * as os from "os";
import * as path from "path";
import { isInternalAddress, normaliseDomain } from "../../core/config";
import type { OrganizationConfig } from "../../core/config/types";
import type { Rule, UiLanguage } from "../../core/rules/types";
import { clauseLabel, getProfile, shortName } from "../../core/standard";
import { checkDocument } from "../commands/check";
import { oneLine } from "../errors";
import { readHead, readInput, type InputDocument } from "../readInput";
import { isoWeek, rigaDate } from "./dates";
import { clientTopic, TopicTally, type AnswerTally, type TopicHit } from "./topics";
import { isTaskFailure, runIsolated, type IsolationLimits } from "./isolation";
import { readMsg } from "./readMsg";

export type DomainSource = "option" | "config" | "inferred" | "none";

export interface AuditOptions {
  config: OrganizationConfig;
  rules: readonly Rule[];
  lang: UiLanguage;
  /** Domains given with --domain (take precedence over the config). */
  domains: readonly string[];
  /** YYYY-MM-DD: skip e-mails sent before this day. */
  since: string | null;
  bySender: boolean;
  excerpts: boolean;
  /** Called after each file (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Read and check each file in a child process (the CLI always does); see isolation.ts. */
  isolation?: AuditIsolation;
}

export interface AuditIsolation {
  /** The compiled child (compiledAuditChild()). */
  script: string;
  limits: IsolationLimits;
  /** Child processes at a time (default: the cores, at most 8). */
  slots?: number;
}

export interface AuditRow {
  file: string;
  date: string | null;
  week: string | null;
  /** Only with --by-sender. */
  sender?: string;
  errors: number;
  warnings: number;
  infos: number;
  /** Rule ids with at least one finding, sorted. */
  rules: string[];
  /** Only with --excerpts: what each finding points at in the text. */
  excerpts?: { rule: string; excerpt: string }[];
}

export interface RuleTally {
  rule: string;
  title: string;
  clause: string;
  clauseLabel: string;
  findings: number;
  emails: number;
}

export interface ClauseTally {
  clause: string;
  label: string;
  findings: number;
  emails: number;
}

export interface WeekTally {
  week: string;
  counted: number;
  compliant: number;
}

export interface SenderTally {
  sender: string;
  counted: number;
  compliant: number;
  findings: number;
}

export interface AuditResult {
  generatedAt: string;
  lang: UiLanguage;
  profile: { id: string; name: string };
  domains: string[];
  domainSource: DomainSource;
  /** With an inferred domain: how many of the senders had it. */
  inferredFrom?: { domain: string; senders: number; withSender: number };
  since: string | null;
  bySender: boolean;
  excerpts: boolean;
  found: number;
  read: number;
  unreadable: { file: string; reason: string }[];
  /** Sent by someone outside the organization (incoming client mail, newsletters) or without a sender. */
  notFromOrganization: number;
  /** From the organization but with no recipient outside it. */
  internalOnly: number;
  beforeSince: number;
  /** With --since, e-mails without a readable date are skipped too. */
  undated: number;
  counted: number;
  compliant: number;
  findings: { error: number; warning: number; info: number };
  perRule: RuleTally[];
  perClause: ClauseTally[];
  weeks: WeekTally[];
  senders?: SenderTally[];
  rows: AuditRow[];
  /** Per model answer, the client messages whose topic it is (issue 21); absent when the library is empty. */
  answers?: { tallies: AnswerTally[]; unmatched: number };
}

const EXCERPTS_PER_EMAIL = 5;
const EXCERPT_CHARS = 160;

/** What of an .eml the audit reads: its text comes first, attachments after (and those are not needed). */
export const AUDIT_READ_BYTES = 16 * 1048576;
/** Bodies longer than this (in characters) are listed, not checked: no reply to a client is that long. */
export const AUDIT_BODY_CHARS = 2 * 1048576;

export async function readMail(file: string): Promise<InputDocument> {
  return path.extname(file).toLowerCase() === ".msg" ? readMsg(file) : readInput(file, { maxBytes: AUDIT_READ_BYTES });
}

/** "Name <a@b.lv>" or a bare address, from the first From: header of an .eml (cheap: the head only). */
export function senderFromHead(head: string): string | null {
  const unfolded = head.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ");
  const line = /^from:[ \t]*([^\r\n]*)/im.exec(unfolded);
  if (!line) return null;
  const angle = /<([^<>\s@]+@[^<>\s]+)>/.exec(line[1]);
  if (angle) return angle[1];
  const bare = /[^\s<>,;:"]+@[^\s<>,;:"]+/.exec(line[1]);
  return bare ? bare[0] : null;
}

function domainOf(address: string): string | null {
  const at = address.lastIndexOf("@");
  return at > 0 ? normaliseDomain(address.slice(at + 1)) : null;
}

/** The sender's address of one exported e-mail, or null (unreadable files are reported by the audit pass). */
export async function readSender(file: string): Promise<string | null> {
  try {
    if (path.extname(file).toLowerCase() === ".msg") return (await readMsg(file)).message?.from?.address ?? null;
    return senderFromHead((await readHead(file, 32768)).toString("latin1"));
  } catch {
    return null;
  }
}

/** The most common domain of the senders (ties: alphabetical), with how many had it. */
export function mostCommonDomain(senders: readonly (string | null)[]): { domain: string; senders: number; withSender: number } | null {
  const counts = new Map<string, number>();
  let withSender = 0;
  for (const sender of senders) {
    const domain = sender ? domainOf(sender) : null;
    if (!domain) continue;
    withSender += 1;
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [domain, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && domain < best)) {
      best = domain;
      bestCount = n;
    }
  }
  return best ? { domain: best, senders: bestCount, withSender } : null;
}

function stripFilePrefix(reason: string, file: string): string {
  if (reason.startsWith(`${file}: `)) return reason.slice(file.length + 2);
  if (reason.startsWith(`${file} `)) return reason.slice(file.length + 1);
  return reason;
}

/** What the audit needs to judge one file; plain data, so a worker thread can be given it. */
export interface FileSetup {
  config: OrganizationConfig;
  lang: UiLanguage;
  domains: string[];
  since: string | null;
  bySender: boolean;
  excerpts: boolean;
}

export interface FindingSummary {
  rule: string;
  clause: string;
  severity: "error" | "warning" | "info";
  excerpt?: string;
}

/** The verdict on one file: everything the aggregates need, and nothing of its text unless excerpts are on. */
/** One job for an audit child process: judge a file, or only read its sender (to infer the domain). */
export interface AuditTask {
  kind: "audit" | "sender";
  file: string;
}

export type FileOutcome =
  | { kind: "unreadable"; reason: string }
  | { kind: "notFromOrganization" | "internalOnly" | "beforeSince" | "undated"; topic?: TopicHit | null }
  | { kind: "counted"; date: string | null; sender: string; findings: FindingSummary[]; topic?: TopicHit | null };

export async function auditFile(file: string, setup: FileSetup, rules: readonly Rule[]): Promise<FileOutcome> {
  const { domains } = setup;
  let input: InputDocument;
  try {
    input = await readMail(file);
  } catch (error) {
    return { kind: "unreadable", reason: stripFilePrefix(oneLine(error), file) };
  }
  if (input.body.length > AUDIT_BODY_CHARS) {
    return { kind: "unreadable", reason: `not checked: the body is ${(input.body.length / 1048576).toFixed(1)} million characters (the audit checks up to ${AUDIT_BODY_CHARS / 1048576} million)` };
  }
  const m = input.message;
  const from = m?.from?.address ?? "";
  const incoming = !m || !from || domains.length === 0 || !isInternalAddress(from, domains);
  const topic = clientTopic(input, incoming, setup.config);
  if (incoming) return { kind: "notFromOrganization", topic };
  if (!m.to.concat(m.cc).some((a) => a.address && !isInternalAddress(a.address, domains))) return { kind: "internalOnly", topic };
  const date = rigaDate(m.date);
  if (setup.since) {
    if (!date) return { kind: "undated" };
    if (date < setup.since) return { kind: "beforeSince" };
  }
  let findings;
  try {
    findings = checkDocument(input, setup.config, setup.lang, rules).findings;
  } catch (error) {
    return { kind: "unreadable", reason: `checker failed: ${oneLine(error)}` };
  }
  return {
    kind: "counted",
    topic,
    date,
    sender: from.toLowerCase(),
    findings: findings.map((f) => (setup.excerpts && f.excerpt ? { rule: f.rule, clause: f.clause, severity: f.severity, excerpt: f.excerpt.slice(0, EXCERPT_CHARS) } : { rule: f.rule, clause: f.clause, severity: f.severity })),
  };
}

/** Where the compiled child of the audit is (beside this module in build/), or null when running from TypeScript sources. */
export function compiledAuditChild(): string | null {
  const file = path.join(__dirname, "auditChild.js");
  return existsSync(file) ? file : null;
}

function failureOutcome(result: unknown): FileOutcome {
  return isTaskFailure(result) ? { kind: "unreadable", reason: result.reason } : (result as FileOutcome);
}

/**
 * Runs auditFile over the files and hands each outcome over with its index. With isolation (the
 * CLI), in child processes that a corrupt file can crash, hang or exhaust without harm
 * (isolation.ts); without (tests running the TypeScript sources), in this process.
 */
async function forEachOutcome(files: readonly string[], setup: FileSetup, rules: readonly Rule[], isolation: AuditIsolation | undefined, onOutcome: (index: number, outcome: FileOutcome) => void): Promise<void> {
  if (!isolation) {
    for (let k = 0; k < files.length; k++) onOutcome(k, await auditFile(files[k], setup, rules));
    return;
  }
  const tasks: AuditTask[] = files.map((file) => ({ kind: "audit", file }));
  await runIsolated(isolation.script, setup, tasks, isolation.slots ?? defaultSlots(), isolation.limits, (index, result) => onOutcome(index, failureOutcome(result)));
}

function defaultSlots(): number {
  return Math.max(1, Math.min(os.availableParallelism(), 8));
}

/** The senders of the files (null where there is none or the file fails), isolated like the audit. */
async function readSenders(files: readonly string[], setup: FileSetup, isolation: AuditIsolation | undefined): Promise<(string | null)[]> {
  const senders: (string | null)[] = files.map(() => null);
  if (!isolation) {
    for (let k = 0; k < files.length; k++) senders[k] = await readSender(files[k]);
    return senders;
  }
  const tasks: AuditTask[] = files.map((file) => ({ kind: "sender", file }));
  await runIsolated(isolation.script, setup, tasks, isolation.slots ?? defaultSlots(), isolation.limits, (index, result) => {
    senders[index] = typeof result === "string" ? result : null;
  });
  return senders;
}

export async function runAudit(files: readonly string[], options: AuditOptions): Promise<AuditResult> {
  const { config, rules, lang } = options;
  const profile = getProfile(config.profile);
  let domainSource: DomainSource;
  let domains: string[];
  let inferredFrom: AuditResult["inferredFrom"];
  if (options.domains.length > 0) {
    domainSource = "option";
    domains = options.domains.map(normaliseDomain);
  } else if (config.internalDomains.length > 0) {
    domainSource = "config";
    domains = config.internalDomains.slice();
  } else {
    const inferred = mostCommonDomain(await readSenders(files, { config, lang, domains: [], since: null, bySender: false, excerpts: false }, options.isolation));
    domainSource = inferred ? "inferred" : "none";
    domains = inferred ? [inferred.domain] : [];
    inferredFrom = inferred ?? undefined;
  }
  // The rules see the same organization the audit counts by (internal vs external recipients).
  const setup: FileSetup = { config: { ...config, internalDomains: domains }, lang, domains, since: options.since, bySender: options.bySender, excerpts: options.excerpts };

  const titles = new Map(rules.map((r) => [r.meta.id as string, r.meta.title[lang]]));
  const result: AuditResult = {
    generatedAt: new Date().toISOString(),
    lang,
    profile: { id: profile.id, name: shortName(profile) },
    domains,
    domainSource,
    inferredFrom,
    since: options.since,
    bySender: options.bySender,
    excerpts: options.excerpts,
    found: files.length,
    read: 0,
    unreadable: [],
    notFromOrganization: 0,
    internalOnly: 0,
    beforeSince: 0,
    undated: 0,
    counted: 0,
    compliant: 0,
    findings: { error: 0, warning: 0, info: 0 },
    perRule: [],
    perClause: [],
    weeks: [],
    rows: [],
  };
  const perRule = new Map<string, RuleTally>();
  const perClause = new Map<string, ClauseTally>();
  const weeks = new Map<string, WeekTally>();
  const senders = new Map<string, SenderTally>();
  const rowIndex: number[] = [];
  const unreadableIndex: number[] = [];
  let done = 0;
  const topics = new TopicTally();

  await forEachOutcome(files, setup, rules, options.isolation, (index, outcome) => {
    const file = files[index];
    done += 1;
    options.onProgress?.(done, files.length);
    if (outcome.kind === "unreadable") {
      // A checker failure happens after a successful read.
      if (outcome.reason.startsWith("checker failed")) result.read += 1;
      result.unreadable.push({ file, reason: outcome.reason });
      unreadableIndex.push(index);
      return;
    }
    result.read += 1;
    topics.add(outcome.topic);
    if (outcome.kind !== "counted") {
      result[outcome.kind] += 1;
      return;
    }
    const row: AuditRow = { file, date: outcome.date, week: outcome.date ? isoWeek(outcome.date) : null, errors: 0, warnings: 0, infos: 0, rules: [] };
    if (options.bySender) row.sender = outcome.sender;
    const hitRules = new Set<string>();
    const hitClauses = new Set<string>();
    for (const f of outcome.findings) {
      if (f.severity === "error") row.errors += 1;
      else if (f.severity === "warning") row.warnings += 1;
      else row.infos += 1;
      let rt = perRule.get(f.rule);
      if (!rt) {
        rt = { rule: f.rule, title: titles.get(f.rule) ?? f.rule, clause: f.clause, clauseLabel: clauseLabel(profile, f.clause, lang), findings: 0, emails: 0 };
        perRule.set(f.rule, rt);
      }
      rt.findings += 1;
      if (!hitRules.has(f.rule)) rt.emails += 1;
      hitRules.add(f.rule);
      for (const clause of f.clause.split(", ")) {
        let ct = perClause.get(clause);
        if (!ct) {
          ct = { clause, label: clauseLabel(profile, clause, lang), findings: 0, emails: 0 };
          perClause.set(clause, ct);
        }
        ct.findings += 1;
        if (!hitClauses.has(clause)) ct.emails += 1;
        hitClauses.add(clause);
      }
      if (options.excerpts && f.excerpt && (row.excerpts ?? []).length < EXCERPTS_PER_EMAIL) {
        (row.excerpts ??= []).push({ rule: f.rule, excerpt: f.excerpt });
      }
    }
    row.rules = Array.from(hitRules).sort();
    const compliant = row.errors === 0 && row.warnings === 0;
    result.counted += 1;
    if (compliant) result.compliant += 1;
    result.findings.error += row.errors;
    result.findings.warning += row.warnings;
    result.findings.info += row.infos;
    const weekKey = row.week ?? "—";
    const wt = weeks.get(weekKey) ?? { week: weekKey, counted: 0, compliant: 0 };
    wt.counted += 1;
    if (compliant) wt.compliant += 1;
    weeks.set(weekKey, wt);
    if (options.bySender) {
      const st = senders.get(outcome.sender) ?? { sender: outcome.sender, counted: 0, compliant: 0, findings: 0 };
      st.counted += 1;
      if (compliant) st.compliant += 1;
      st.findings += outcome.findings.length;
      senders.set(outcome.sender, st);
    }
    result.rows.push(row);
    rowIndex.push(index);
  });
  // Workers finish out of order; the rows and the unreadable list follow the walk's order.
  result.rows = inWalkOrder(result.rows, rowIndex);
  result.unreadable = inWalkOrder(result.unreadable, unreadableIndex);
  result.perRule = Array.from(perRule.values()).sort((a, b) => b.emails - a.emails || b.findings - a.findings || (a.rule < b.rule ? -1 : 1));
  result.perClause = Array.from(perClause.values()).sort((a, b) => b.emails - a.emails || (a.clause < b.clause ? -1 : 1));
  if (config.answers.length > 0) result.answers = { tallies: topics.tallies(config), unmatched: topics.unmatched };
  result.weeks = Array.from(weeks.values()).sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
  if (options.bySender) result.senders = Array.from(senders.values()).sort((a, b) => b.counted - a.counted || (a.sender < b.sender ? -1 : 1));
  return result;
}

function inWalkOrder<T>(items: T[], indexes: number[]): T[] {
  const order = items.map((_, k) => k).sort((a, b) => indexes[a] - indexes[b]);
  return order.map((k) => items[k]);
}
