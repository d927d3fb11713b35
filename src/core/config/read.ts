/**
 * readOrganizationConfig(raw): organization.json as a complete OrganizationConfig without the schema
 * validator — for the on-send handler, which must stay small and load in classic Outlook's runtime
 * (issue 18). It reads defensively: every part that has the published schema's type, range, length
 * and required fields is taken, everything else is left out (the smallest enclosing part: a key, a
 * list item), then the same value checks and defaults as resolveConfig apply (values.ts). So one
 * error never discards the file (issue 13, defect 7), and for every file it gives the config
 * resolveConfig gives — a unit test holds the two together. It reports nothing: `atbilde config
 * check` and the task pane use resolveConfig for the messages.
 */
import { completeConfig, type Json } from "./values";
import type { OrganizationConfig } from "./types";
import { RULE_IDS } from "../vocabulary";

/** A reader returns the part it accepts, or SKIP. */
const SKIP: unique symbol = Symbol("skip");
type Reader = (value: unknown) => Json | typeof SKIP;

/** Length in code points, as JSON Schema counts it. */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) n++;
    else {
      const d = text.charCodeAt(i + 1);
      n++;
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

const text =
  (min: number, max: number, pattern?: RegExp): Reader =>
  (v) =>
    typeof v === "string" && codePoints(v) >= min && codePoints(v) <= max && (!pattern || pattern.test(v)) ? v : SKIP;
const anyText: Reader = (v) => (typeof v === "string" ? v : SKIP);
const integer =
  (min: number, max: number): Reader =>
  (v) =>
    typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? v : SKIP;
const flag: Reader = (v) => (typeof v === "boolean" ? v : SKIP);
const oneOf =
  (...values: (string | number)[]): Reader =>
  (v) =>
    (typeof v === "string" || typeof v === "number") && values.indexOf(v) >= 0 ? v : SKIP;

const list =
  (item: Reader, minItems = 0): Reader =>
  (v) => {
    if (!Array.isArray(v)) return SKIP;
    const out: Json[] = [];
    for (const entry of v) {
      const read = item(entry);
      if (read !== SKIP) out.push(read);
    }
    return out.length >= minItems ? out : SKIP;
  };

const object =
  (fields: Record<string, Reader>, required: string[] = []): Reader =>
  (v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return SKIP;
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(fields)) {
      if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
      const read = fields[key]((v as Record<string, unknown>)[key]);
      if (read !== SKIP) out[key] = read;
    }
    for (const key of required) if (!Object.prototype.hasOwnProperty.call(out, key)) return SKIP;
    return out;
  };

// The published schema (schema/organization.schema.json), as readers.
const localizedName = object({ lv: text(1, 200), en: text(1, 200) }, ["lv"]);
const date = text(0, Infinity, /^\d{4}-\d{2}-\d{2}$/);
const ruleSetting = object({ enabled: flag, severity: oneOf("error", "warning", "info") });
const rules: Record<string, Reader> = {};
for (const id of RULE_IDS) rules[id] = ruleSetting;

const organizationFile = object({
  $schema: anyText,
  version: oneOf(1),
  organization: object({
    name: localizedName,
    website: text(1, 300),
    phone: text(1, 40),
    email: text(1, 254),
    eAddress: text(1, 120),
    address: text(1, 300),
    registrationNumber: text(1, 40),
  }),
  profile: oneOf("adazi-2023", "riga", "jaunpiebalga-2017", "rezekne-2018", "garkalne"),
  internalDomains: list(text(1, 253)),
  links: list(
    object(
      { title: text(1, 200), url: text(1, 2000), kind: oneOf("service", "law", "form"), tags: list(text(1, 60)), description: text(0, 500) },
      ["title", "url"],
    ),
  ),
  specialists: list(
    object(
      {
        name: text(1, 120),
        position: text(1, 200),
        unit: text(1, 200),
        topics: list(text(1, 120)),
        location: text(1, 300),
        hours: text(1, 300),
        phone: text(1, 40),
        email: text(1, 254),
      },
      ["name", "position"],
    ),
  ),
  // No `answers`: sending never suggests a model answer, so the handler reads none (config.answers
  // stays empty) and bundles neither their reader nor their value checks (answerValues.ts).
  complaintAuthority: object({ lv: text(1, 500), en: text(1, 500), email: text(1, 254), url: text(1, 2000) }, ["lv"]),
  rules: object(rules),
  sentenceLimit: integer(10, 80),
  jargon: object({ add: list(object({ phrase: text(1, 200), alternatives: list(text(1, 200), 1), note: text(0, 500) }, ["phrase", "alternatives"])), remove: list(text(1, 200)) }),
  knownWords: list(text(1, 100)),
  placeNames: list(text(1, 100)),
  onSend: object({
    mode: oneOf("off", "warn", "block", "strict"),
    rules: list(oneOf(...RULE_IDS)),
    spelling: flag,
    warningsMode: oneOf("send", "prompt"),
    budgetMs: integer(500, 4500),
  }),
  signature: object({
    policy: oneOf("user", "organization"),
    insertOnNewMessage: flag,
    disableClientSignature: flag,
    requiredFields: list(oneOf("name", "position", "institution", "phone", "email", "website")),
    closing: object({ lv: text(1, 60), en: text(1, 60) }),
    institution: localizedName,
    phone: text(1, 40),
    website: text(1, 300),
  }),
  englishReplies: flag,
  calendar: object({
    holidays: list(object({ date, name: text(1, 120) }, ["date"])),
    workingDayTransfers: list(object({ dayOff: date, workday: date }, ["dayOff", "workday"])),
  }),
});

/** The complete config from parsed organization.json (anything else, e.g. null: the defaults). */
export function readOrganizationConfig(raw: unknown): OrganizationConfig {
  const read = organizationFile(raw);
  const data = read === SKIP ? {} : (read as { [key: string]: Json });
  return completeConfig(data, [], []);
}
