/**
 * `atbilde draft --plan plan.json [--config organization.json] [--format html|text] [--today YYYY-MM-DD]`:
 * composes a reply from a ReplyPlan in the structure of the active profile's standard.
 */
import * as fs from "fs";
import { composeOptionsFor, composeReply } from "../../core/compose";
import type { ReplyPlan } from "../../core/compose/types";
import { formatPlanIssue, validatePlan } from "../../core/compose/validatePlan";
import { countPhrase } from "../../core/lv/plural";
import type { UiLanguage } from "../../core/rules/types";
import { resolveConfig } from "../../core/config";
import { InputError, UsageError } from "../errors";
import { assertJsonDepth } from "../jsonDepth";
import { dateInLatvia } from "../../core/lv/dates";
import { loadConfigFile } from "./check";
import type { Command } from "./types";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The plan from the parsed JSON, or a one-line InputError listing every problem with its path
 * (the schema check in core/compose/validatePlan; the composer trusts its input).
 */
export function planOrThrow(raw: unknown, file: string, lang: UiLanguage): ReplyPlan {
  const { plan, issues } = validatePlan(raw);
  if (plan) return plan;
  const head = lang === "lv" ? `plāns nav derīgs (${countPhrase(lang, "error", issues.length)})` : `the plan is not valid (${countPhrase(lang, "error", issues.length)})`;
  throw new InputError(`${file}: ${head}: ${issues.map((i) => formatPlanIssue(i, lang)).join("; ")}`);
}

export const draftCommand: Command = {
  name: "draft",
  summary: "compose a reply from a ReplyPlan in the standard's structure",
  usage: "atbilde draft --plan plan.json [--config organization.json] [--format html|text] [--today YYYY-MM-DD] [--lang lv|en]",
  description: [
    "Reads a ReplyPlan (JSON; see docs/architecture.md) and prints the reply: greeting and reference",
    "to the client's request, the body with links, next steps and deadline, a closing with thanks or",
    "an apology, and the full signature. Scenarios: answer, holding, referral, apology. A deadline in",
    "working days counts from --today (default: today in Latvia), exclusive, skipping weekends and",
    "Latvian public holidays. Notes (a greeting that fell back to neutral, a dropped link, a deadline",
    "past the profile's limit) go to stderr. A plan with a wrong field is refused with every problem",
    "and its JSON path (schema/reply-plan.schema.json), in --lang or the plan's language.",
  ].join("\n"),
  options: [
    { name: "plan", short: "p", value: { placeholder: "FILE" }, description: "the ReplyPlan (JSON)" },
    { name: "config", short: "c", value: { placeholder: "FILE" }, description: "organization.json (profile, calendar)" },
    { name: "format", short: "f", value: { placeholder: "FORMAT", choices: ["html", "text"] }, description: "html (default) or text" },
    { name: "today", value: { placeholder: "DATE" }, description: "the day of sending, YYYY-MM-DD" },
    { name: "lang", short: "l", value: { placeholder: "LANG", choices: ["lv", "en"] }, description: "language of error messages: lv or en (default: the plan's language)" },
  ],
  async run(args, io) {
    const planFile = args.values["plan"];
    if (typeof planFile !== "string") throw new UsageError("draft needs --plan plan.json");
    if (args.positionals.length) throw new UsageError(`draft takes no files (got ${args.positionals[0]}); use --plan`);
    const today = typeof args.values["today"] === "string" ? args.values["today"] : dateInLatvia(new Date());
    if (!ISO_DATE.test(today)) throw new UsageError("--today must be YYYY-MM-DD");
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(planFile, "utf8"));
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : e instanceof SyntaxError ? `not valid JSON (${e.message})` : String((e as Error).message);
      throw new InputError(`${planFile}: ${reason}`);
    }
    // Messages in --lang, else in the plan's own language when it names one.
    const declared = (raw as { language?: unknown } | null)?.language;
    const lang: UiLanguage = (args.values["lang"] as UiLanguage | undefined) ?? (declared === "en" ? "en" : "lv");
    assertJsonDepth(raw, planFile, lang);
    const plan = planOrThrow(raw, planFile, lang);
    const config = typeof args.values["config"] === "string" ? loadConfigFile(args.values["config"], lang) : resolveConfig({}).config;
    if (!plan.complaintAuthority && config.complaintAuthority) plan.complaintAuthority = config.complaintAuthority[plan.language] ?? config.complaintAuthority.lv;
    let reply;
    try {
      reply = composeReply(plan, composeOptionsFor(config, today));
    } catch (e) {
      throw new InputError(`${planFile}: ${e instanceof Error ? e.message : String(e)}`);
    }
    for (const n of reply.notes) io.stderr(`atbilde: note: ${n.message[plan.language]}\n`);
    io.stdout(args.values["format"] === "text" ? reply.text : `${reply.html}\n`);
    return 0;
  },
};
