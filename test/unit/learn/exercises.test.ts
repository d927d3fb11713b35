/**
 * The exercises: together they make every rule of the catalogue report, and every model answer
 * passes the whole checker (spelling included) with no error or warning, in the preview's config.
 */
import { EXERCISES } from "../../../src/core/learn/exercises";
import { allRules, CATALOGUE } from "../../../src/core/rules";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";
import { checkMessage } from "../../../src/core/check/message";
import { exerciseFacts } from "../../../src/core/learn/content";
import { resolveConfig } from "../../../src/core/config";
import type { Finding } from "../../../src/core/rules/types";
import previewConfig from "../../../src/preview/organization.json";

const rules = allRules({ lv: loadSpellChecker("lv"), en: loadSpellChecker("en") });
const config = resolveConfig(previewConfig).config;

/** Through the one entry the Learn page and the pane's exercise panel use. */
function check(html: string, to: { name: string; address: string }[]): Finding[] {
  return checkMessage(exerciseFacts({ to }, html), config, { rules, lang: "lv" }).findings;
}

describe("exercises", () => {
  it("are at least eight, with unique ids, titles and tasks in both languages", () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
    for (const e of EXERCISES) for (const text of [e.title.lv, e.title.en, e.task.lv, e.task.en]) expect(text.trim()).not.toBe("");
  });

  it("together make every rule of the catalogue report", () => {
    const fired = new Set(EXERCISES.flatMap((e) => check(e.flawedHtml, e.to).map((f) => f.rule)));
    expect(CATALOGUE.map((m) => m.id).filter((id) => !fired.has(id))).toEqual([]);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))("%s: the flawed reply has an error or warning", (_, e) => {
    expect(check(e.flawedHtml, e.to).filter((f) => f.severity !== "info").length).toBeGreaterThan(0);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))("%s: the model answer has no error or warning", (_, e) => {
    expect(check(e.modelHtml, e.to).filter((f) => f.severity !== "info").map((f) => `${f.rule}: ${f.excerpt} — ${f.message}`)).toEqual([]);
  });
});
