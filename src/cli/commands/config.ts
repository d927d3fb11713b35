/**
 * `atbilde config check|init|schema`: the administrator's tools for organization.json.
 *
 *   check FILE   validates the file: every error and warning with its JSON path, what is wrong and how
 *                to fix it (exit 0 without errors, 1 with errors, 2 when the file is unreadable or not JSON)
 *   init         a complete starter organization.json to edit (stdout, or --output FILE)
 *   schema       the JSON Schema, as shipped in schema/organization.schema.json
 *
 * One command with subcommands: runCli parses the options of all three, and each subcommand refuses
 * the options that are not its own.
 */
import * as fs from "fs";
import * as path from "path";
import { checkWebUrl, cloneDefaultConfig, domainProblem, formatIssue, normaliseDomain, organizationSchema, resolveConfig } from "../../core/config";
import type { ConfigIssue } from "../../core/config/types";
import { countPhrase } from "../../core/lv/plural";
import { getProfile } from "../../core/standard";
import type { ProfileId } from "../../core/standard/types";
import { InputError, UsageError } from "../errors";
import { assertJsonDepth } from "../jsonDepth";
import type { Command } from "./types";
import { locateJsonSyntaxError } from "../../core/config/jsonSyntax";

type Lang = "lv" | "en";

const SUBCOMMANDS = ["check", "init", "schema"] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

/** Which options each subcommand accepts (runCli parses the union). */
const OPTIONS_OF: Record<Subcommand, readonly string[]> = {
  check: ["lang", "format"],
  init: ["lang", "name", "name-en", "domain", "website", "profile", "output", "force"],
  schema: [],
};

const schemaProperties = (organizationSchema as { properties: Record<string, { enum?: string[] }> }).properties;
const PROFILE_CHOICES: readonly string[] = schemaProperties.profile.enum ?? [];
const RULE_IDS: readonly string[] = (organizationSchema as { definitions: { ruleId: { enum: string[] } } }).definitions.ruleId.enum;

// ---------------------------------------------------------------------------------------------------
// JSON syntax errors with line and column
// ---------------------------------------------------------------------------------------------------

// The locator lives in core, where resolveConfig names the same line and column (docs/decisions.md).
export { locateJsonSyntaxError, type JsonSyntaxProblem } from "../../core/config/jsonSyntax";

// ---------------------------------------------------------------------------------------------------
// check
// ---------------------------------------------------------------------------------------------------

/** Reads the file as text; unreadable, empty or not JSON is bad input (exit 2, one line). */
function readConfigText(file: string, lang: Lang): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? { lv: "fails nav atrasts", en: "no such file" }
        : code === "EISDIR"
          ? { lv: "tā ir mape, nevis fails", en: "is a directory, not a file" }
          : code === "EACCES" || code === "EPERM"
            ? { lv: "nav atļaujas lasīt", en: "permission denied" }
            : { lv: `neizdevās nolasīt (${code ?? "?"})`, en: `cannot be read (${code ?? "?"})` };
    throw new InputError(`${file}: ${reason[lang]}`);
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    throw new InputError(`${file}: ${lang === "lv" ? "fails ir tukšs (sāciet ar `atbilde config init`)" : "the file is empty (start from `atbilde config init`)"}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const problem = locateJsonSyntaxError(text);
    if (problem) {
      throw new InputError(
        lang === "lv"
          ? `${file}:${problem.line}:${problem.column}: nav derīgs JSON (${problem.line}. rinda, ${problem.column}. kolonna): ${problem.reason.lv}`
          : `${file}:${problem.line}:${problem.column}: not valid JSON (line ${problem.line}, column ${problem.column}): ${problem.reason.en}`,
      );
    }
    throw new InputError(`${file}: ${lang === "lv" ? "nav derīgs JSON" : "not valid JSON"} (${(e as Error).message})`);
  }
  assertJsonDepth(value, file, lang);
  return value;
}

export interface ConfigCheckReport {
  file: string;
  valid: boolean;
  errors: number;
  warnings: number;
  issues: { path: string; severity: ConfigIssue["severity"]; code: string; message: string; fix: string }[];
}

function checkReport(file: string, errors: ConfigIssue[], warnings: ConfigIssue[], lang: Lang): ConfigCheckReport {
  return {
    file,
    valid: errors.length === 0,
    errors: errors.length,
    warnings: warnings.length,
    issues: errors.concat(warnings).map((i) => ({ path: i.path || "/", severity: i.severity, code: i.code, message: i.message[lang], fix: i.fix[lang] })),
  };
}

function formatCheckText(file: string, errors: ConfigIssue[], warnings: ConfigIssue[], lang: Lang): string {
  const severityWord = (s: ConfigIssue["severity"]) => (lang === "lv" ? (s === "error" ? "kļūda" : "brīdinājums") : s);
  const out: string[] = [];
  const all = errors.concat(warnings);
  if (all.length) {
    out.push(file);
    const width = Math.max(...all.map((i) => severityWord(i.severity).length));
    for (const i of all) out.push(`  ${severityWord(i.severity).padEnd(width)}  ${formatIssue(i, lang)}  (${i.code})`);
    out.push("");
  }
  if (errors.length === 0 && warnings.length === 0) {
    out.push(lang === "lv" ? `✔ ${file}: kļūdu nav` : `✔ ${file}: no problems`);
  } else {
    const counts = `${countPhrase(lang, "error", errors.length)}, ${countPhrase(lang, "warning", warnings.length)}`;
    if (errors.length === 0) {
      out.push(lang === "lv" ? `✔ ${counts}: failu var izmantot` : `✔ ${counts}: the file can be used`);
    } else {
      out.push(
        lang === "lv"
          ? `✖ ${counts}: kļūdainās daļas netiks izmantotas (to vietā — noklusējumi)`
          : `✖ ${counts}: the broken parts would be ignored (defaults take their place)`,
      );
    }
  }
  return out.join("\n") + "\n";
}

// ---------------------------------------------------------------------------------------------------
// init
// ---------------------------------------------------------------------------------------------------

export interface StarterOptions {
  /** Latvian name of the organization, e.g. "Ādažu novada pašvaldība". */
  name?: string;
  /** English name (default: an English example, or the Latvian name when --name is given). */
  nameEn?: string;
  /** Mail domain, e.g. "adazi.lv". */
  domain?: string;
  /** Official website, https://… (default: https://www.DOMAIN). */
  website?: string;
  profile?: ProfileId;
  /** "$schema" pointer for editors. */
  schemaRef?: string;
}

/**
 * A complete starter organization.json: every top-level section present with example values a
 * municipality replaces, and no value that changes behaviour from the defaults without saying so
 * (rules are listed as enabled, keeping their default severities; the on-send and signature
 * sections spell out the defaults). It passes `atbilde config check` with no errors.
 */
export function starterConfig(options: StarterOptions = {}): Record<string, unknown> {
  const domain = normaliseDomain(options.domain ?? "example.lv");
  const website = (options.website ?? `https://www.${domain}`).replace(/\/+$/, "");
  const name = options.name ?? "Piemēra novada pašvaldība";
  const nameEn = options.nameEn ?? (options.name ? options.name : "Example Municipality");
  const profileId: ProfileId = options.profile ?? "adazi-2023";
  const profile = getProfile(profileId);
  const defaults = cloneDefaultConfig();
  const rules: Record<string, { enabled: boolean }> = {};
  for (const id of RULE_IDS) rules[id] = { enabled: true };
  return {
    $schema: options.schemaRef ?? "schema/organization.schema.json",
    version: 1,
    organization: {
      name: { lv: name, en: nameEn },
      website,
      phone: "+371 67000000",
      email: `pasts@${domain}`,
      eAddress: "_DEFAULT@90000000000",
      address: "Pils iela 1, Piemēri, Piemēra novads, LV-1000",
      registrationNumber: "90000000000",
    },
    profile: profileId,
    internalDomains: [domain],
    links: [
      {
        title: "Pašvaldības pakalpojumi",
        url: `${website}/`,
        kind: "service",
        tags: ["pakalpojumi"],
        description: "Pakalpojumu apraksti pašvaldības tīmekļvietnē (nomainiet pret savu adresi).",
      },
      {
        title: "Valsts pārvaldes pakalpojumu portāls Latvija.gov.lv",
        url: "https://www.latvija.gov.lv/",
        kind: "service",
        tags: ["e-pakalpojumi", "e-adrese"],
      },
      { title: "Iesniegumu likums", url: "https://likumi.lv/ta/id/164501-iesniegumu-likums", kind: "law", tags: ["iesniegums", "atbildes termiņš"] },
      {
        title: "Administratīvā procesa likums",
        url: "https://likumi.lv/ta/id/55567-administrativa-procesa-likums",
        kind: "law",
        tags: ["lēmums", "apstrīdēšana"],
      },
    ],
    specialists: [
      {
        name: "Ilze Kalniņa",
        position: "klientu apkalpošanas speciāliste",
        unit: "Klientu apkalpošanas centrs",
        topics: ["iesniegumi", "e-pakalpojumi", "dzīvesvietas deklarēšana"],
        location: "Pils iela 1, Piemēri",
        hours: "pirmdienās–ceturtdienās 8.00–17.00, piektdienās 8.00–14.00",
        phone: "+371 67000000",
        email: `ilze.kalnina@${domain}`,
      },
    ],
    complaintAuthority: { lv: profile.complaints.handler.lv, en: profile.complaints.handler.en, email: `pasts@${domain}` },
    rules,
    sentenceLimit: defaults.sentenceLimit,
    jargon: { add: [], remove: [] },
    knownWords: ["VPVKAC"],
    placeNames: [],
    onSend: defaults.onSend,
    signature: {
      policy: defaults.signature.policy,
      insertOnNewMessage: defaults.signature.insertOnNewMessage,
      disableClientSignature: defaults.signature.disableClientSignature,
      requiredFields: defaults.signature.requiredFields,
      closing: defaults.signature.closing,
    },
    englishReplies: defaults.englishReplies,
    calendar: { holidays: [], workingDayTransfers: [] },
  };
}

/** Where the published schema is, found from this module (src/… under ts-jest, build/src/… compiled). */
function findSchemaFile(): string | null {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, "schema", "organization.schema.json");
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

/** "$schema" as a relative path from the folder the file will live in (forward slashes for editors). */
function schemaReference(targetDir: string): string {
  const schema = findSchemaFile();
  if (!schema) return "organization.schema.json";
  const rel = path.relative(targetDir, schema).split(path.sep).join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

function stringOption(args: Parameters<Command["run"]>[0], name: string): string | undefined {
  const v = args.values[name];
  return typeof v === "string" ? v : undefined;
}

function initOptions(args: Parameters<Command["run"]>[0], output: string | undefined): StarterOptions {
  const domain = stringOption(args, "domain");
  if (domain !== undefined) {
    const problem = domainProblem(normaliseDomain(domain));
    if (problem) throw new UsageError(`--domain "${domain}" is not a mail domain (${problem}); write e.g. adazi.lv`);
  }
  const website = stringOption(args, "website");
  if (website !== undefined) {
    const verdict = checkWebUrl(website);
    if (!verdict.ok) throw new UsageError(`--website "${website}" must be a full https:// address (${verdict.reason}); write e.g. https://www.adazi.lv`);
  }
  const name = stringOption(args, "name");
  if (name !== undefined && name.trim() === "") throw new UsageError("--name is empty");
  return {
    name: name?.trim(),
    nameEn: stringOption(args, "name-en")?.trim() || undefined,
    domain,
    website,
    profile: stringOption(args, "profile") as ProfileId | undefined,
    schemaRef: schemaReference(output ? path.dirname(path.resolve(output)) : process.cwd()),
  };
}

// ---------------------------------------------------------------------------------------------------
// The command
// ---------------------------------------------------------------------------------------------------

export const configCommand: Command = {
  name: "config",
  summary: "check, start or describe organization.json (administrators)",
  usage: "atbilde config check [--lang lv|en] [--format text|json] FILE | config init [--output FILE] | config schema",
  description: [
    "Tools for organization.json, the organization's settings (see docs/admin.md).",
    "",
    "  atbilde config check [--lang lv|en] [--format text|json] FILE",
    "      Validates FILE. Prints every error and warning with its JSON path, what is wrong and how",
    "      to fix it, in Latvian (default) or English. Exit status: 0 no errors (warnings allowed);",
    "      1 errors (the add-in would ignore the broken parts); 2 the file cannot be read or is not",
    "      JSON (the reason, with line and column, on one line).",
    "",
    "  atbilde config init [--name NAME] [--name-en NAME] [--domain DOMAIN] [--website URL]",
    "                      [--profile PROFILE] [--output FILE [--force]]",
    "      Prints a complete starter organization.json with every section and example values to",
    "      replace, e.g. --name \"Ādažu novada pašvaldība\" --domain adazi.lv. With --output it",
    "      writes FILE instead, and refuses to overwrite an existing file unless --force is given.",
    "",
    "  atbilde config schema",
    "      Prints the JSON Schema of organization.json (schema/organization.schema.json); point your",
    '      editor at it with "$schema" for completion and inline checks.',
  ].join("\n"),
  options: [
    { name: "lang", short: "l", value: { placeholder: "LANG", choices: ["lv", "en"] }, description: "check, init: language of the messages, lv (default) or en" },
    { name: "format", short: "f", value: { placeholder: "FORMAT", choices: ["text", "json"] }, description: "check: text (default) or json" },
    { name: "name", value: { placeholder: "NAME" }, description: "init: the organization's name in Latvian" },
    { name: "name-en", value: { placeholder: "NAME" }, description: "init: the organization's name in English (default: --name)" },
    { name: "domain", value: { placeholder: "DOMAIN" }, description: "init: the mail domain, e.g. adazi.lv" },
    { name: "website", value: { placeholder: "URL" }, description: "init: the official website (default https://www.DOMAIN)" },
    { name: "profile", value: { placeholder: "PROFILE", choices: PROFILE_CHOICES }, description: `init: the standard, one of ${PROFILE_CHOICES.join(", ")}` },
    { name: "output", short: "o", value: { placeholder: "FILE" }, description: "init: write FILE instead of printing" },
    { name: "force", description: "init: overwrite FILE if it exists" },
  ],
  async run(args, io) {
    const [sub, ...rest] = args.positionals;
    if (sub === undefined) throw new UsageError("config needs a subcommand: check, init or schema (atbilde config --help)");
    if (!(SUBCOMMANDS as readonly string[]).includes(sub)) {
      throw new UsageError(`unknown config subcommand "${sub}" (check, init, schema; atbilde config --help)`);
    }
    const subcommand = sub as Subcommand;
    for (const name of Object.keys(args.values)) {
      if (name !== "help" && !OPTIONS_OF[subcommand].includes(name)) throw new UsageError(`config ${subcommand} takes no --${name}`);
    }
    const lang = (stringOption(args, "lang") as Lang | undefined) ?? "lv";

    if (subcommand === "schema") {
      if (rest.length) throw new UsageError("config schema takes no FILE");
      io.stdout(JSON.stringify(organizationSchema, null, 2) + "\n");
      return 0;
    }

    if (subcommand === "init") {
      if (rest.length) throw new UsageError("config init takes no FILE (use --output FILE)");
      const output = stringOption(args, "output");
      if (args.values["force"] && !output) throw new UsageError("--force needs --output FILE");
      const text = JSON.stringify(starterConfig(initOptions(args, output)), null, 2) + "\n";
      if (!output) {
        io.stdout(text);
        return 0;
      }
      try {
        // "wx" fails when the file exists, so an existing configuration is never silently replaced.
        fs.writeFileSync(output, text, { encoding: "utf8", flag: args.values["force"] ? "w" : "wx" });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EEXIST") {
          throw new InputError(
            lang === "lv" ? `${output}: fails jau ir; to nepārrakstu (pievienojiet --force, lai pārrakstītu)` : `${output} already exists; not overwriting it (add --force to replace it)`,
          );
        }
        throw new InputError(`${output}: ${lang === "lv" ? "neizdevās ierakstīt" : "cannot be written"} (${code ?? (e as Error).message})`);
      }
      io.stdout(
        lang === "lv"
          ? `Izveidots ${output}. Aizstājiet piemēra vērtības un pārbaudiet: atbilde config check ${output}\n`
          : `Wrote ${output}. Replace the example values, then run: atbilde config check ${output}\n`,
      );
      return 0;
    }

    if (rest.length !== 1) throw new UsageError(rest.length ? "config check takes one FILE" : "config check needs a FILE (organization.json)");
    const file = rest[0];
    const raw = readConfigText(file, lang);
    // resolveConfig reads null as "no file" (defaults); a file that says null is a wrong root type.
    const { errors, warnings } = resolveConfig(raw === null ? 0 : raw);
    if (args.values["format"] === "json") io.stdout(JSON.stringify(checkReport(file, errors, warnings, lang), null, 2) + "\n");
    else io.stdout(formatCheckText(file, errors, warnings, lang));
    return errors.length ? 1 : 0;
  },
};
