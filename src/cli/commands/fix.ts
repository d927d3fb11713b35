/**
 * `atbilde check --fix [--signature signature.json] FILE…` and `--fix-dry-run`, as ESLint does it:
 * every safe fix of each file (core/arrange: the missing greeting, reference, closing, thanks and
 * signature fields, and the rules' own fixes that keep the employee's words) is applied as one edit
 * set; --fix writes the files, --fix-dry-run prints them; the findings that remain are reported
 * and decide the exit code as in a plain check.
 */
import * as fs from "fs";
import { arrangeBody, SKIP_REASONS, type SkippedFix } from "../../core/arrange";
import { checkMessage } from "../../core/check/message";
import type { OrganizationConfig } from "../../core/config/types";
import { effectiveSignature, savedSignature, type SavedSignature } from "../../core/config/userSettings";
import type { Finding, Rule, UiLanguage } from "../../core/rules/types";
import { suggestionLanguage } from "../../core/rules/support/language";
import { InputError } from "../errors";
import { assertJsonDepth } from "../jsonDepth";
import type { InputDocument } from "../readInput";
import type { CliIo } from "./types";

/** The keys signature.json may hold: the Settings view's signature fields. */
const SIGNATURE_KEYS = ["name", "position", "institution", "phone", "email", "website", "positionEn", "institutionEn"] as const;

/** Reads signature.json: an object of the Settings view's fields, each a string; anything else is bad input (exit 2). */
export function loadSignatureFile(file: string, lang: UiLanguage): SavedSignature {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === "ENOENT";
    const reason = missing ? (lang === "lv" ? "fails nav atrasts" : "no such file") : e instanceof SyntaxError ? (lang === "lv" ? `nav derīgs JSON (${e.message})` : `not valid JSON (${e.message})`) : String((e as Error).message ?? e);
    throw new InputError(`${file}: ${reason}`);
  }
  assertJsonDepth(raw, file, lang);
  const fields = SIGNATURE_KEYS.join(", ");
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    throw new InputError(lang === "lv" ? `${file}: parakstam jābūt JSON objektam ar laukiem ${fields}` : `${file}: the signature must be a JSON object with the fields ${fields}`);
  }
  for (const [key, value] of Object.entries(raw)) {
    if ((SIGNATURE_KEYS as readonly string[]).indexOf(key) < 0) {
      throw new InputError(lang === "lv" ? `${file}: nezināms lauks „${key}” (atļautie lauki: ${fields})` : `${file}: unknown field "${key}" (allowed: ${fields})`);
    }
    if (typeof value !== "string") {
      throw new InputError(lang === "lv" ? `${file}: lauka „${key}” vērtībai jābūt tekstam` : `${file}: the value of "${key}" must be a string`);
    }
  }
  return savedSignature(raw);
}

/** Refuses, before anything is written, a file --fix cannot write back as it was read. */
export function assertFixable(input: InputDocument, lang: UiLanguage): void {
  if (input.kind === "eml") {
    throw new InputError(
      lang === "lv"
        ? `${input.path}: --fix neraksta .eml failus (MIME); saglabājiet vēstules tekstu kā .html vai .txt`
        : `${input.path}: --fix does not rewrite .eml files (MIME); save the body as .html or .txt`,
    );
  }
  if (input.charset.toLowerCase() !== "utf-8") {
    throw new InputError(
      lang === "lv" ? `${input.path}: --fix raksta tikai UTF-8, bet fails ir ${input.charset}` : `${input.path}: --fix writes UTF-8 only, and the file is ${input.charset}`,
    );
  }
}

export interface FixedFile {
  file: string;
  /** The body with the fixes applied. */
  output: string;
  changed: boolean;
  applied: string[];
  skipped: SkippedFix[];
  /** The findings that remain in the fixed body. */
  findings: Finding[];
  /** The fixed body's new text, for line:column. */
  text: string;
}

/** Arranges one file's body to the standard and checks the result. */
export function fixDocument(input: InputDocument, facts: Parameters<typeof checkMessage>[0], config: OrganizationConfig, lang: UiLanguage, rules: readonly Rule[], saved: SavedSignature): FixedFile {
  const check = checkMessage(facts, config, { rules, lang });
  const from = input.message && input.message.from;
  const signature = effectiveSignature(saved, { displayName: from ? from.name : undefined, emailAddress: from ? from.address : undefined }, config, suggestionLanguage(check.context.language));
  const arranged = arrangeBody(check, input.body, { signature });
  const after = checkMessage({ ...facts, body: arranged.body }, config, { rules, lang });
  return {
    file: input.path,
    output: arranged.body,
    changed: arranged.body !== input.body,
    applied: arranged.applied,
    skipped: arranged.skipped,
    findings: after.findings,
    text: after.draft.text,
  };
}

/** Writes a fixed file back as UTF-8, keeping a byte-order mark the file had. */
export function writeFixed(file: string, output: string): void {
  const head = fs.readFileSync(file).subarray(0, 3);
  const bom = head.length === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? "\ufeff" : "";
  fs.writeFileSync(file, bom + output, "utf8");
}

/** One line per file: what was fixed and what was left, with why. */
export function fixSummary(results: readonly FixedFile[], lang: UiLanguage): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.applied.length) out.push(lang === "lv" ? `${r.file}: salabots — ${r.applied.join(", ")}` : `${r.file}: fixed ${r.applied.join(", ")}`);
    for (const s of r.skipped) out.push(lang === "lv" ? `${r.file}: nav salabots ${s.rule} — ${SKIP_REASONS.lv[s.why]}` : `${r.file}: not fixed ${s.rule} — ${SKIP_REASONS.en[s.why]}`);
  }
  return out.length ? out.join("\n") + "\n" : "";
}

/** --fix-dry-run's output: each fixed body, headed by its file name when there are several. */
export function dryRunOutput(results: readonly FixedFile[], io: CliIo): void {
  for (const r of results) {
    if (results.length > 1) io.stdout(`==> ${r.file} <==\n`);
    io.stdout(r.output.endsWith("\n") ? r.output : r.output + "\n");
  }
}
