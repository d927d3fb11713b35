/**
 * `atbilde draft --plan plan.json [--config organization.json] [--format html|text] [--today YYYY-MM-DD]`:
 * composes a reply from a ReplyPlan in the structure of the active profile's standard.
 */
import * as fs from "fs";
import { composeOptionsFor, composeReply } from "../../core/compose";
import type { ReplyPlan } from "../../core/compose/types";
import { resolveConfig } from "../../core/config";
import { InputError, UsageError } from "../errors";
import { dateInLatvia } from "../../core/lv/dates";
import { loadConfigFile } from "./check";
import type { Command } from "./types";

const SCENARIOS = ["answer", "holding", "referral", "apology"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the plan's shape and says exactly what is wrong (the composer trusts its input). */
export function validatePlan(raw: unknown): ReplyPlan {
  const problems: string[] = [];
  const plan = raw as Partial<ReplyPlan>;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new InputError("the plan must be a JSON object");
  if (!SCENARIOS.includes(plan.scenario as string)) problems.push(`scenario must be one of ${SCENARIOS.join(", ")}`);
  if (plan.language !== "lv" && plan.language !== "en") problems.push('language must be "lv" or "en"');
  if (!plan.client || typeof plan.client.name !== "string") problems.push("client.name must be text");
  if (!plan.original || typeof plan.original.date !== "string" || !ISO_DATE.test(plan.original.date)) problems.push("original.date must be YYYY-MM-DD");
  if (!Array.isArray(plan.body) || plan.body.some((b) => typeof b !== "string")) problems.push("body must be a list of paragraphs (text)");
  const sig = plan.signature as Record<string, unknown> | undefined;
  if (!sig || typeof sig !== "object") problems.push("signature must be an object with name, position, institution, phone, email, website");
  else for (const f of ["name", "position", "institution", "phone", "email", "website"]) if (typeof sig[f] !== "string") problems.push(`signature.${f} must be text ("" if unknown)`);
  if (plan.links !== undefined && (!Array.isArray(plan.links) || plan.links.some((l) => typeof l?.title !== "string" || typeof l?.url !== "string"))) {
    problems.push("links must be a list of { title, url }");
  }
  if (plan.nextSteps !== undefined && (!Array.isArray(plan.nextSteps) || plan.nextSteps.some((s) => typeof s !== "string"))) problems.push("nextSteps must be a list of text");
  if (problems.length) throw new InputError(`the plan is not valid: ${problems.join("; ")}`);
  return plan as ReplyPlan;
}

export const draftCommand: Command = {
  name: "draft",
  summary: "compose a reply from a ReplyPlan in the standard's structure",
  usage: "atbilde draft --plan plan.json [--config organization.json] [--format html|text] [--today YYYY-MM-DD]",
  description: [
    "Reads a ReplyPlan (JSON; see docs/architecture.md) and prints the reply: greeting and reference",
    "to the client's request, the body with links, next steps and deadline, a closing with thanks or",
    "an apology, and the full signature. Scenarios: answer, holding, referral, apology. A deadline in",
    "working days counts from --today (default: today in Latvia), exclusive, skipping weekends and",
    "Latvian public holidays. Notes (a greeting that fell back to neutral, a dropped link, a deadline",
    "past the profile's limit) go to stderr.",
  ].join("\n"),
  options: [
    { name: "plan", short: "p", value: { placeholder: "FILE" }, description: "the ReplyPlan (JSON)" },
    { name: "config", short: "c", value: { placeholder: "FILE" }, description: "organization.json (profile, calendar)" },
    { name: "format", short: "f", value: { placeholder: "FORMAT", choices: ["html", "text"] }, description: "html (default) or text" },
    { name: "today", value: { placeholder: "DATE" }, description: "the day of sending, YYYY-MM-DD" },
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
    const plan = validatePlan(raw);
    const config = typeof args.values["config"] === "string" ? loadConfigFile(args.values["config"], plan.language) : resolveConfig({}).config;
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
