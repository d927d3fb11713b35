/**
 * Checks a ReplyPlan that came from outside (a JSON file for `atbilde draft`) before the composer
 * sees it: every field's type by the published schema (schema/reply-plan.schema.json, through the
 * ajv standalone validator generated from it — no code is compiled at run time), then the dates'
 * calendar. Each problem names its JSON path and says what is wrong in Latvian and English, so a
 * plan with a number where text belongs is refused clearly instead of failing inside the composer.
 */
import { closest, isIsoDate } from "../config/checks";
import { expectedType, typeName } from "../config/resolve";
import { replyPlanSchema, validate as validateSchema } from "./generated/validate-plan";
import type { ReplyPlan } from "./types";

export interface PlanIssue {
  /** JSON pointer of the field ("" for the plan itself). */
  path: string;
  code: string;
  message: { lv: string; en: string };
}

export type PlanValidation = { plan: ReplyPlan; issues: [] } | { plan: null; issues: PlanIssue[] };

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

const DATE_HINT = { lv: "rakstiet, piemēram, 2026-11-18", en: "write, for example, 2026-11-18" };

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const token of pointer.split("/").slice(1)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[token.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
}

function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The keys an object at a schema path may have ("#/properties/client/additionalProperties" -> client's). */
function allowedKeys(schemaPath: string): string[] {
  let node: unknown = replyPlanSchema;
  for (const token of schemaPath.replace(/^#\/?/, "").replace(/\/?additionalProperties$/, "").split("/").filter(Boolean)) {
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[token] : undefined;
  }
  const properties = node && typeof node === "object" ? (node as { properties?: Record<string, unknown> }).properties : undefined;
  return properties ? Object.keys(properties) : [];
}

function schemaIssue(e: AjvError, raw: unknown): PlanIssue {
  const at = e.instancePath;
  const value = valueAt(raw, at);
  switch (e.keyword) {
    case "type":
      return {
        path: at,
        code: "type",
        message: {
          lv: `nepareizs tips: ir ${typeName(value, "lv")}, vajag: ${expectedType(e.params.type, "lv")}`,
          en: `wrong type: found ${typeName(value, "en")}, expected ${expectedType(e.params.type, "en")}`,
        },
      };
    case "required": {
      const missing = String(e.params.missingProperty);
      return { path: `${at}/${missing}`, code: "required", message: { lv: `trūkst obligātā lauka “${missing}”`, en: `the required field “${missing}” is missing` } };
    }
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const allowed = allowedKeys(e.schemaPath);
      const guess = closest(key, allowed);
      return {
        path: `${at}/${key}`,
        code: "unknown-key",
        message: guess
          ? { lv: `nezināms lauks “${key}”; vai domājāt “${guess}”?`, en: `unknown field “${key}”; did you mean “${guess}”?` }
          : { lv: `nezināms lauks “${key}”; atļautie: ${allowed.join(", ")}`, en: `unknown field “${key}”; allowed: ${allowed.join(", ")}` },
      };
    }
    case "enum": {
      const allowed = (e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ");
      return { path: at, code: "enum", message: { lv: `neatļauta vērtība ${quoted(value)}; atļautās: ${allowed}`, en: `${quoted(value)} is not allowed; use one of ${allowed}` } };
    }
    case "pattern":
      return { path: at, code: "date", message: { lv: `${quoted(value)} nav datums formā GGGG-MM-DD; ${DATE_HINT.lv}`, en: `${quoted(value)} is not a date YYYY-MM-DD; ${DATE_HINT.en}` } };
    case "minimum":
    case "maximum":
      return { path: at, code: "range", message: { lv: `${quoted(value)} ir ārpus robežām (no 0 līdz 365)`, en: `${quoted(value)} is out of range (0 to 365)` } };
    case "anyOf":
      return {
        path: at,
        code: "deadline",
        message: {
          lv: `termiņam jābūt datumam GGGG-MM-DD vai { "workingDays": N } ar veselu N no 0 līdz 365 (ir ${quoted(value)})`,
          en: `the deadline must be a date YYYY-MM-DD or { "workingDays": N } with a whole N from 0 to 365 (found ${quoted(value)})`,
        },
      };
    default:
      return { path: at, code: e.keyword, message: { lv: `vērtība neatbilst shēmai (${e.keyword})`, en: `the value does not match the schema (${e.keyword})` } };
  }
}

/** Dates that have the right form but are not on the calendar (2026-02-30). */
function dateIssues(plan: ReplyPlan): PlanIssue[] {
  const out: PlanIssue[] = [];
  const check = (path: string, value: string): void => {
    if (!isIsoDate(value)) out.push({ path, code: "date", message: { lv: `${quoted(value)} nav kalendāra datums; ${DATE_HINT.lv}`, en: `${quoted(value)} is not a calendar date; ${DATE_HINT.en}` } });
  };
  check("/original/date", plan.original.date);
  if (typeof plan.deadline === "string") check("/deadline", plan.deadline);
  return out;
}

/** Validates raw JSON as a ReplyPlan: the plan when every field is right, else every problem found. */
export function validatePlan(raw: unknown): PlanValidation {
  if (validateSchema(raw)) {
    const plan = raw as ReplyPlan;
    const issues = dateIssues(plan);
    return issues.length ? { plan: null, issues } : { plan, issues: [] };
  }
  const errors = ((validateSchema as unknown as { errors?: AjvError[] }).errors ?? []).slice();
  // An anyOf (the deadline's two forms) explains itself; its branches' own complaints would only confuse.
  const anyOfPaths = errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath);
  const kept = errors.filter((e) => e.keyword === "anyOf" || !anyOfPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)));
  const issues: PlanIssue[] = [];
  const seen = new Set<string>();
  for (const e of kept) {
    const issue = schemaIssue(e, raw);
    const key = `${issue.path}|${issue.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return { plan: null, issues };
}

/** "/client/name: wrong type: …" — one line per problem, "/" for the plan itself. */
export function formatPlanIssue(issue: PlanIssue, lang: "lv" | "en"): string {
  return `${issue.path || "/"}: ${issue.message[lang]}`;
}
