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
import { organizationSchema } from "../../../core/config";
import { UsageError } from "../../errors";
import type { Command } from "../types";
import { runConfigCheck } from "./check";
import { runConfigInit } from "./init";
import { runConfigSchema } from "./schema";
import { stringOption, type Lang } from "./shared";

// The locator lives in core, where resolveConfig names the same line and column (docs/decisions.md).
export { locateJsonSyntaxError, type JsonSyntaxProblem } from "../../../core/config/jsonSyntax";
export { type ConfigCheckReport } from "./check";
export { starterConfig, type StarterOptions } from "./init";

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

    if (subcommand === "schema") return runConfigSchema(rest, io);
    if (subcommand === "init") return runConfigInit(args, rest, io, lang);
    return runConfigCheck(args, rest, io, lang);
  },
};
