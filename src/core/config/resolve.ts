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
import {
  checkWebUrl,
  closest,
  domainProblem,
  isEmailAddress,
  isIsoDate,
  isPhoneNumber,
  normaliseDomain,
  weekday,
} from "./checks";
import type { ConfigIssue, OrganizationConfig, ResolvedConfig } from "./types";

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const DROP = { dropped: true } as const;

function issue(
  path: string,
  severity: ConfigIssue["severity"],
  code: string,
  message: { lv: string; en: string },
  fix: { lv: string; en: string },
): ConfigIssue {
  return { path, severity, code, message, fix };
}

function pointerTokens(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
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

/** Marks the value at `pointer` for removal (removed afterwards, so other paths stay valid meanwhile). */
function markDropped(root: { [key: string]: Json }, pointer: string): void {
  const tokens = pointerTokens(pointer);
  if (tokens.length === 0) return;
  let node: unknown = root;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (node === null || typeof node !== "object") return;
    node = (node as Record<string, unknown>)[tokens[i]];
  }
  if (node !== null && typeof node === "object") {
    const key = tokens[tokens.length - 1];
    if (key in (node as object)) (node as Record<string, unknown>)[key] = DROP;
  }
}

function sweep(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((v) => v !== DROP).map(sweep);
  if (node !== null && typeof node === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(node)) {
      const v = (node as Record<string, unknown>)[key];
      if (v !== DROP) out[key] = sweep(v);
    }
    return out;
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

/** Parses JSON text, naming the line and column of a syntax error. */
function parseJson(text: string): { value?: unknown; issue?: ConfigIssue } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const m = /position (\d+)/.exec(reason);
    let where = { lv: "", en: "" };
    if (m) {
      const pos = Number(m[1]);
      const before = text.slice(0, pos);
      const line = before.split("\n").length;
      const column = pos - before.lastIndexOf("\n");
      where = { lv: ` (${line}. rinda, ${column}. kolonna)`, en: ` (line ${line}, column ${column})` };
    }
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

function checkValues(data: { [key: string]: Json }, errors: ConfigIssue[], warnings: ConfigIssue[]): string[] {
  const drops: string[] = [];
  const asRecord = (v: unknown) => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
  const asList = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []);

  const checkUrlAt = (path: string, url: unknown, dropOnError: string) => {
    if (typeof url !== "string") return;
    const verdict = checkWebUrl(url);
    if (verdict.ok) return;
    if (verdict.reason === "http") {
      warnings.push(
        issue(
          path,
          "warning",
          "url-not-https",
          { lv: `Adrese “${url}” nav droša (http).`, en: `“${url}” is not secure (http).` },
          { lv: `Izmantojiet https://${verdict.host}…, ja vietne to atbalsta.`, en: `Use https://${verdict.host}… if the site supports it.` },
        ),
      );
      return;
    }
    const reasons: Record<string, { lv: string; en: string }> = {
      scheme: { lv: `shēma “${verdict.scheme}:” nav atļauta`, en: `the “${verdict.scheme}:” scheme is not allowed` },
      "no-scheme": { lv: "trūkst “https://”", en: "“https://” is missing" },
      "no-host": { lv: "trūkst vietnes nosaukuma", en: "the host name is missing" },
      "bad-host": { lv: `nederīgs vietnes nosaukums “${verdict.host}”`, en: `invalid host name “${verdict.host}”` },
      whitespace: { lv: "adresē ir atstarpes", en: "the address contains spaces" },
    };
    const r = reasons[verdict.reason];
    errors.push(
      issue(
        path,
        "error",
        "url-invalid",
        { lv: `Nederīga adrese “${url}”: ${r.lv}.`, en: `Invalid address “${url}”: ${r.en}.` },
        { lv: "Ierakstiet pilnu adresi, piemēram, https://www.adazi.lv/.", en: "Write the full address, e.g. https://www.adazi.lv/." },
      ),
    );
    drops.push(dropOnError);
  };

  const checkEmailAt = (path: string, email: unknown) => {
    if (typeof email === "string" && !isEmailAddress(email)) {
      errors.push(
        issue(
          path,
          "error",
          "email-invalid",
          { lv: `“${email}” nav e-pasta adrese.`, en: `“${email}” is not an e-mail address.` },
          { lv: "Rakstiet, piemēram, dome@adazi.lv.", en: "Write, for example, dome@adazi.lv." },
        ),
      );
      drops.push(path);
    }
  };

  const checkPhoneAt = (path: string, phone: unknown) => {
    if (typeof phone === "string" && !isPhoneNumber(phone)) {
      errors.push(
        issue(
          path,
          "error",
          "phone-invalid",
          { lv: `“${phone}” nav tālruņa numurs.`, en: `“${phone}” is not a phone number.` },
          { lv: "Rakstiet tikai ciparus, atstarpes un, ja vajag, +371 (piemēram, 67997005).", en: "Use digits, spaces and, if needed, +371 (e.g. 67997005)." },
        ),
      );
      drops.push(path);
    }
  };

  const org = asRecord(data.organization);
  if (org) {
    checkUrlAt("/organization/website", org.website, "/organization/website");
    checkEmailAt("/organization/email", org.email);
    checkPhoneAt("/organization/phone", org.phone);
  }

  asList(data.internalDomains).forEach((d, i) => {
    if (typeof d !== "string") return;
    const problem = domainProblem(normaliseDomain(d));
    if (problem) {
      const hints: Record<string, { lv: string; en: string }> = {
        "has-scheme": { lv: "Rakstiet tikai domēnu bez “https://”", en: "Write the domain only, without “https://”" },
        "has-path": { lv: "Rakstiet tikai domēnu bez “/…”", en: "Write the domain only, without “/…”" },
        "has-at": { lv: "Rakstiet domēnu, nevis e-pasta adresi", en: "Write the domain, not an e-mail address" },
      };
      const hint = hints[problem] ?? { lv: "Rakstiet, piemēram, “adazi.lv”", en: "Write, for example, “adazi.lv”" };
      errors.push(
        issue(
          `/internalDomains/${i}`,
          "error",
          "domain-invalid",
          { lv: `“${d}” nav derīgs domēns.`, en: `“${d}” is not a valid domain.` },
          { lv: `${hint.lv}.`, en: `${hint.en}.` },
        ),
      );
      drops.push(`/internalDomains/${i}`);
    }
  });

  const seenTitles = new Map<string, number>();
  asList(data.links).forEach((link, i) => {
    const l = asRecord(link);
    if (!l) return;
    checkUrlAt(`/links/${i}/url`, l.url, `/links/${i}`);
    if (typeof l.title === "string") {
      const key = l.title.trim().toLowerCase();
      const first = seenTitles.get(key);
      if (first !== undefined) {
        errors.push(
          issue(
            `/links/${i}/title`,
            "error",
            "duplicate-title",
            {
              lv: `Saites nosaukums “${l.title}” jau ir izmantots (/links/${first}).`,
              en: `Link title “${l.title}” is already used (/links/${first}).`,
            },
            { lv: "Dodiet katrai saitei atšķirīgu nosaukumu vai izdzēsiet dublikātu.", en: "Give each link its own title or remove the duplicate." },
          ),
        );
        drops.push(`/links/${i}`);
      } else {
        seenTitles.set(key, i);
      }
    }
  });

  asList(data.specialists).forEach((s, i) => {
    const sp = asRecord(s);
    if (!sp) return;
    checkEmailAt(`/specialists/${i}/email`, sp.email);
    checkPhoneAt(`/specialists/${i}/phone`, sp.phone);
  });

  const complaint = asRecord(data.complaintAuthority);
  if (complaint) {
    checkEmailAt("/complaintAuthority/email", complaint.email);
    checkUrlAt("/complaintAuthority/url", complaint.url, "/complaintAuthority/url");
  }

  const signature = asRecord(data.signature);
  if (signature) {
    checkUrlAt("/signature/website", signature.website, "/signature/website");
    checkPhoneAt("/signature/phone", signature.phone);
  }

  const calendar = asRecord(data.calendar);
  if (calendar) {
    const badDate = (path: string, value: unknown) => {
      if (typeof value === "string" && !isIsoDate(value)) {
        errors.push(
          issue(
            path,
            "error",
            "date",
            { lv: `“${value}” nav īsts kalendāra datums.`, en: `“${value}” is not a real calendar date.` },
            { lv: "Pārbaudiet mēnesi un dienu (GGGG-MM-DD).", en: "Check the month and day (YYYY-MM-DD)." },
          ),
        );
        return true;
      }
      return false;
    };
    asList(calendar.holidays).forEach((h, i) => {
      const rec = asRecord(h);
      if (rec && badDate(`/calendar/holidays/${i}/date`, rec.date)) drops.push(`/calendar/holidays/${i}`);
    });
    asList(calendar.workingDayTransfers).forEach((t, i) => {
      const rec = asRecord(t);
      if (!rec) return;
      const bad1 = badDate(`/calendar/workingDayTransfers/${i}/dayOff`, rec.dayOff);
      const bad2 = badDate(`/calendar/workingDayTransfers/${i}/workday`, rec.workday);
      if (bad1 || bad2) {
        drops.push(`/calendar/workingDayTransfers/${i}`);
        return;
      }
      if (typeof rec.workday === "string") {
        const wd = weekday(rec.workday);
        if (wd !== 0 && wd !== 6) {
          warnings.push(
            issue(
              `/calendar/workingDayTransfers/${i}/workday`,
              "warning",
              "transfer-not-weekend",
              { lv: `${rec.workday} jau ir darbdiena (nav sestdiena vai svētdiena).`, en: `${rec.workday} is already a working day (not a Saturday or Sunday).` },
              { lv: "Pārbaudiet Ministru kabineta rīkojumu par darbdienu pārcelšanu.", en: "Check the Cabinet order on the working-day transfer." },
            ),
          );
        }
      }
    });
  }

  const jargon = asRecord(data.jargon);
  if (jargon) {
    asList(jargon.add).forEach((a, i) => {
      const rec = asRecord(a);
      if (rec && typeof rec.phrase === "string" && !/\p{L}/u.test(rec.phrase)) {
        errors.push(
          issue(
            `/jargon/add/${i}/phrase`,
            "error",
            "phrase-invalid",
            { lv: "Frāzē nav neviena vārda.", en: "The phrase contains no word." },
            { lv: "Ierakstiet vārdus, piemēram, “veik* apmaks*”.", en: "Write words, e.g. “veik* apmaks*”." },
          ),
        );
        drops.push(`/jargon/add/${i}`);
      }
    });
  }
  return drops;
}

function merge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (Array.isArray(override) || override === null || typeof override !== "object") return override;
  if (base === null || typeof base !== "object" || Array.isArray(base)) return override;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const key of Object.keys(override)) out[key] = merge(out[key], (override as Record<string, unknown>)[key]);
  return out;
}

function finish(config: OrganizationConfig): OrganizationConfig {
  const domains: string[] = [];
  for (const d of config.internalDomains) {
    const n = normaliseDomain(d);
    if (domains.indexOf(n) < 0) domains.push(n);
  }
  config.internalDomains = domains;
  config.links = config.links.map((l) => ({ ...l, kind: l.kind ?? "service", tags: l.tags ?? [] }));
  config.specialists = config.specialists.map((s) => ({ ...s, topics: s.topics ?? [] }));
  for (const id of Object.keys(config.rules) as (keyof OrganizationConfig["rules"])[]) {
    const setting = config.rules[id];
    if (setting) config.rules[id] = { ...setting, enabled: setting.enabled !== false };
  }
  return config;
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

  const drops = checkValues(data, errors, warnings);
  for (const d of drops) markDropped(data, d);
  data = sweep(data) as { [key: string]: Json };

  const config = finish(merge(cloneDefaultConfig(), data) as OrganizationConfig);
  return { config, errors, warnings };
}

/** One line for people: "/links/2/url: Invalid address … Write the full address …". */
export function formatIssue(problem: ConfigIssue, lang: "lv" | "en"): string {
  return `${problem.path || "/"}: ${problem.message[lang]} ${problem.fix[lang]}`;
}
