/**
 * `atbilde config check FILE`: every error and warning with its JSON path, what is wrong and how to
 * fix it (exit 0 without errors, 1 with errors, 2 when the file is unreadable or not JSON).
 */
import * as fs from "fs";
import { formatIssue, resolveConfig } from "../../../core/config";
import type { ConfigIssue } from "../../../core/config/types";
import { locateJsonSyntaxError } from "../../../core/config/jsonSyntax";
import { countPhrase } from "../../../core/lv/plural";
import { overlapIssues } from "../../../core/answers";
import { InputError, UsageError } from "../../errors";
import { assertJsonDepth } from "../../jsonDepth";
import type { CliIo } from "../types";
import type { CommandArgs, Lang } from "./shared";

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

export function runConfigCheck(args: CommandArgs, rest: readonly string[], io: CliIo, lang: Lang): number {
  if (rest.length !== 1) throw new UsageError(rest.length ? "config check takes one FILE" : "config check needs a FILE (organization.json)");
  const file = rest[0];
  const raw = readConfigText(file, lang);
  // resolveConfig reads null as "no file" (defaults); a file that says null is a wrong root type.
  const { config, errors, warnings: valueWarnings } = resolveConfig(raw === null ? 0 : raw);
  // Answers the matcher would always confuse (issue 21): known only by running it, so here, not in resolveConfig.
  const warnings = valueWarnings.concat(overlapIssues(config.answers));
  if (args.values["format"] === "json") io.stdout(JSON.stringify(checkReport(file, errors, warnings, lang), null, 2) + "\n");
  else io.stdout(formatCheckText(file, errors, warnings, lang));
  return errors.length ? 1 : 0;
}
