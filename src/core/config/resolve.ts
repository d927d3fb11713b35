/**
 * resolveConfig(raw) turns whatever organization.json holds into a complete OrganizationConfig plus
 * the problems found, each naming its JSON path, what is wrong and how to fix it (lv + en).
 *
 * 1. Structure: the ajv validator generated from the published schema (no eval at run time).
 * 2. Values: domains, URLs, e-mail, phones, dates, duplicate link titles (checks.ts).
 * 3. Whatever is wrong is dropped (the smallest enclosing part: a key, a list item), and defaults fill
 *    the gaps — so a bad file never stops the add-in; it only loses the broken parts.
 */
import { validate as validateStructure, organizationSchema } from "./generated/validate-organization";
import { cloneDefaultConfig } from "./defaults";
import { closest } from "./checks";
import { completeConfig, issue, markDropped, pointerTokens, sweep, type Json } from "./values";
import { checkAnswers } from "./answerValues";
import type { ConfigIssue, ResolvedConfig } from "./types";
import { locateJsonSyntaxError } from "./jsonSyntax";

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

function join(pointer: string, token: string | number): string {
  return `${pointer}/${escapeToken(String(token))}`;
}

function parentOf(pointer: string): string {
  const i = pointer.lastIndexOf("/");
  return i <= 0 ? "" : pointer.slice(0, i);
}

function resolvePointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const token of pointerTokens(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** The schema object at a schemaPath like "#/definitions/link/additionalProperties". */
function schemaAt(schemaPath: string): Record<string, unknown> | undefined {
  const node = resolvePointer(organizationSchema, schemaPath.replace(/^#/, ""));
  return node && typeof node === "object" ? (node as Record<string, unknown>) : undefined;
}

function allowedKeys(schemaPath: string): string[] {
  const parent = schemaAt(schemaPath.replace(/\/additionalProperties$/, ""));
  const props = parent && (parent.properties as Record<string, unknown> | undefined);
  return props ? Object.keys(props) : [];
}

export function typeName(value: unknown, lang: "lv" | "en"): string {
  const t = Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
  const lv: Record<string, string> = {
    array: "saraksts",
    null: "null",
    object: "objekts",
    string: "teksts",
    number: "skaitlis",
    boolean: "patiesumvērtība",
  };
  const en: Record<string, string> = { array: "a list", null: "null", object: "an object", string: "text", number: "a number", boolean: "true/false" };
  return (lang === "lv" ? lv : en)[t] ?? t;
}

export function expectedType(type: unknown, lang: "lv" | "en"): string {
  const lv: Record<string, string> = {
    array: "saraksts […]",
    object: "objekts {…}",
    string: "teksts pēdiņās",
    integer: "vesels skaitlis",
    number: "skaitlis",
    boolean: "true vai false",
  };
  const en: Record<string, string> = {
    array: "a list […]",
    object: "an object {…}",
    string: "text in quotes",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
  };
  const key = String(type);
  return (lang === "lv" ? lv : en)[key] ?? key;
}

function structureIssue(e: AjvError, data: unknown): { issue: ConfigIssue; drop: string } {
  const at = e.instancePath;
  const value = resolvePointer(data, at);
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const path = join(at, key);
      const allowed = allowedKeys(e.schemaPath);
      const guess = closest(key, allowed);
      const isRules = at === "/rules";
      return {
        drop: path,
        issue: issue(
          path,
          "error",
          isRules ? "unknown-rule" : "unknown-key",
          isRules
            ? { lv: `Nezināms noteikuma identifikators “${key}”.`, en: `Unknown rule id “${key}”.` }
            : { lv: `Nezināma atslēga “${key}”; tā tiek ignorēta.`, en: `Unknown key “${key}”; it is ignored.` },
          guess
            ? { lv: `Vai domājāt “${guess}”? Pārdēvējiet atslēgu.`, en: `Did you mean “${guess}”? Rename the key.` }
            : {
                lv: `Izdzēsiet to vai izmantojiet kādu no: ${allowed.join(", ")}.`,
                en: `Remove it or use one of: ${allowed.join(", ")}.`,
              },
        ),
      };
    }
    case "required": {
      const missing = String(e.params.missingProperty);
      return {
        drop: at,
        issue: issue(
          join(at, missing),
          "error",
          "required",
          { lv: `Trūkst obligātā lauka “${missing}”; ieraksts netiek izmantots.`, en: `Required field “${missing}” is missing; the entry is not used.` },
          { lv: `Pievienojiet “${missing}”.`, en: `Add “${missing}”.` },
        ),
      };
    }
    case "type":
      return {
        drop: at,
        issue: issue(
          at,
          "error",
          "type",
          {
            lv: `Nepareizs tips: ir ${typeName(value, "lv")}, vajag: ${expectedType(e.params.type, "lv")}.`,
            en: `Wrong type: found ${typeName(value, "en")}, expected ${expectedType(e.params.type, "en")}.`,
          },
          { lv: "Izlabojiet vērtību vai izdzēsiet to, lai izmantotu noklusējumu.", en: "Correct the value or remove it to use the default." },
        ),
      };
    case "enum": {
      const allowed = (e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      const guess = typeof value === "string" ? closest(value, (e.params.allowedValues as unknown[]).map(String)) : null;
      return {
        drop: at,
        issue: issue(
          at,
          "error",
          "enum",
          { lv: `Neatļauta vērtība ${JSON.stringify(value)}.`, en: `Value ${JSON.stringify(value)} is not allowed.` },
          guess
            ? { lv: `Vai domājāt “${guess}”? Atļautās: ${allowed.join(", ")}.`, en: `Did you mean “${guess}”? Allowed: ${allowed.join(", ")}.` }
            : { lv: `Izmantojiet vienu no: ${allowed.join(", ")}.`, en: `Use one of: ${allowed.join(", ")}.` },
        ),
      };
    }
    case "const":
      return {
        drop: at,
        issue: issue(
          at,
          "error",
          "const",
          { lv: `Vērtībai jābūt ${JSON.stringify(e.params.allowedValue)}.`, en: `The value must be ${JSON.stringify(e.params.allowedValue)}.` },
          { lv: `Ierakstiet ${JSON.stringify(e.params.allowedValue)}.`, en: `Write ${JSON.stringify(e.params.allowedValue)}.` },
        ),
      };
    case "minLength":
      return {
        drop: at,
        issue: issue(
          at,
          "error",
          "empty",
          { lv: "Teksts ir tukšs.", en: "The text is empty." },
          { lv: "Ierakstiet vērtību vai izdzēsiet lauku.", en: "Fill it in or remove the field." },
        ),
      };
    case "maxLength":
      return {
        drop: at,
        issue: issue(
          at,
          "error",
          "too-long",
          { lv: `Teksts ir par garu (atļauts līdz ${String(e.params.limit)} rakstzīmēm).`, en: `The text is too long (up to ${String(e.params.limit)} characters).` },
          { lv: "Saīsiniet to.", en: "Shorten it." },
        ),
      };
    case "minimum":
    case "maximum":
      return {
        drop: at,
        issue: issue(
          at,
          "error",
          "range",
          {
            lv: `Skaitlis ${String(value)} ir ārpus atļautā (${e.keyword === "minimum" ? "vismaz" : "ne vairāk kā"} ${String(e.params.limit)}).`,
            en: `${String(value)} is out of range (${e.keyword === "minimum" ? "at least" : "at most"} ${String(e.params.limit)}).`,
          },
          { lv: "Izvēlieties vērtību atļautajās robežās.", en: "Choose a value within the range." },
        ),
      };
    case "minItems":
      return {
        drop: parentOf(at) === "" ? at : parentOf(at),
        issue: issue(
          at,
          "error",
          "empty-list",
          { lv: "Sarakstā jābūt vismaz vienam elementam.", en: "The list needs at least one item." },
          { lv: "Pievienojiet vismaz vienu vērtību.", en: "Add at least one value." },
        ),
      };
    case "pattern":
      return {
        drop: at,
        issue: issue(
          at,
          "error",
          "date",
          { lv: `“${String(value)}” nav datums formā GGGG-MM-DD.`, en: `“${String(value)}” is not a date in the form YYYY-MM-DD.` },
          { lv: "Rakstiet, piemēram, 2026-11-18.", en: "Write, for example, 2026-11-18." },
        ),
      };
    default:
      return {
        drop: at,
        issue: issue(
          at,
          "error",
          e.keyword,
          { lv: `Vērtība neatbilst shēmai (${e.keyword}).`, en: `The value does not match the schema (${e.keyword}).` },
          { lv: "Salīdziniet ar organization.schema.json.", en: "Compare with organization.schema.json." },
        ),
      };
  }
}

const ROOT_TYPE_ISSUE = issue(
  "",
  "error",
  "root-type",
  { lv: "organization.json jābūt JSON objektam {…}.", en: "organization.json must be a JSON object {…}." },
  { lv: "Sāciet ar “atbilde config init” un labojiet iegūto failu.", en: "Start from “atbilde config init” and edit the result." },
);

/** Parses JSON text, naming the line, the column and the reason of a syntax error (locateJsonSyntaxError). */
function parseJson(text: string): { value?: unknown; issue?: ConfigIssue } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch {
    const problem = locateJsonSyntaxError(text);
    const where = problem
      ? { lv: ` (${problem.line}. rinda, ${problem.column}. kolonna): ${problem.reason.lv}`, en: ` (line ${problem.line}, column ${problem.column}): ${problem.reason.en}` }
      : { lv: "", en: "" };
    return {
      issue: issue(
        "",
        "error",
        "json-syntax",
        { lv: `Fails nav derīgs JSON${where.lv}.`, en: `The file is not valid JSON${where.en}.` },
        {
          lv: "Pārbaudiet komatus un pēdiņas (JSON neatļauj komentārus un komatu aiz pēdējā elementa).",
          en: "Check commas and quotes (JSON allows no comments and no comma after the last item).",
        },
      ),
    };
  }
}

/**
 * Validates and completes an organization config. `raw` may be the parsed JSON, the file's text, or
 * undefined/null when there is no file (then the defaults apply and nothing is reported).
 */
export function resolveConfig(raw: unknown): ResolvedConfig {
  const errors: ConfigIssue[] = [];
  const warnings: ConfigIssue[] = [];
  let value = raw;
  if (typeof value === "string") {
    if (value.trim() === "") return { config: cloneDefaultConfig(), errors, warnings };
    const parsed = parseJson(value);
    if (parsed.issue) return { config: cloneDefaultConfig(), errors: [parsed.issue], warnings };
    value = parsed.value;
  }
  if (value === undefined || value === null) return { config: cloneDefaultConfig(), errors, warnings };
  if (typeof value !== "object" || Array.isArray(value)) {
    return { config: cloneDefaultConfig(), errors: [ROOT_TYPE_ISSUE], warnings };
  }

  let data = JSON.parse(JSON.stringify(value)) as { [key: string]: Json };
  const reported = new Set<string>();
  const dropped = new Set<string>();
  // Each pass drops what is broken. Dropping a required field (say, a malformed date) makes its owner
  // incomplete; the next pass drops the owner too, without reporting that as a second problem. A few
  // passes always suffice (the bound only guards against surprises).
  for (let pass = 0; pass < 6; pass++) {
    if (validateStructure(data)) break;
    const found = ((validateStructure as unknown as { errors?: AjvError[] }).errors ?? []).slice();
    for (const e of found) {
      const { issue: problem, drop } = structureIssue(e, data);
      const key = `${problem.path}|${problem.code}`;
      const consequence = e.keyword === "required" && dropped.has(problem.path);
      if (!consequence && !reported.has(key)) {
        reported.add(key);
        errors.push(problem);
      }
      dropped.add(drop);
      markDropped(data, drop);
    }
    data = sweep(data) as { [key: string]: Json };
  }

  const config = completeConfig(data, errors, warnings, [checkAnswers]);
  return { config, errors, warnings };
}

/** One line for people: "/links/2/url: Invalid address … Write the full address …". */
export function formatIssue(problem: ConfigIssue, lang: "lv" | "en"): string {
  return `${problem.path || "/"}: ${problem.message[lang]} ${problem.fix[lang]}`;
}
