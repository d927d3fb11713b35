/**
 * The exercises: together they make every rule of the catalogue report, and every model answer
 * passes the whole checker (spelling included) with no error or warning, in the preview's config.
 */
import { EXERCISES } from "../../../src/core/learn/exercises";
import { allRules, CATALOGUE } from "../../../src/core/rules";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";
import { loadMorphAnalyzer } from "../../../src/cli/loadMorphology";
import { checkMessage } from "../../../src/core/check/message";
import { clauseFeedback, clauseScores, exerciseFacts } from "../../../src/core/learn/content";
import { getProfile } from "../../../src/core/standard";
import { resolveConfig } from "../../../src/core/config";
import type { Finding } from "../../../src/core/rules/types";
import previewConfig from "../../../src/preview/organization.json";

const rules = allRules({ lv: loadSpellChecker("lv"), en: loadSpellChecker("en") }, loadMorphAnalyzer());
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

describe("an attempt teaches", () => {
  const profile = getProfile(config.profile);
  it.each(EXERCISES.map((e) => [e.id, e] as const))("%s: every unmet clause of the flawed reply has a hint and says what to fix", (_, e) => {
    const findings = check(e.flawedHtml, e.to);
    const unmet = clauseScores(profile, findings).filter((s) => !s.ok).map((s) => s.clause);
    const feedback = clauseFeedback(profile, findings, "lv");
    expect(feedback.map((f) => f.clause)).toEqual(unmet);
    for (const f of feedback) {
      expect(f.hint.trim()).not.toBe("");
      expect(f.problems.length).toBeGreaterThan(0);
      for (const p of f.problems) expect(findings.some((x) => x.message === p.message && x.rule === p.rule && x.severity !== "info")).toBe(true);
    }
  });

  it("has nothing to say about the model answer", () => {
    for (const e of EXERCISES) expect(clauseFeedback(profile, check(e.modelHtml, e.to), "lv")).toEqual([]);
  });

  it("names the missing thanks under 9.3 in the allowance exercise, with the clause's summary as the hint", () => {
    const e = EXERCISES.find((x) => x.id === "ex-pabalsts");
    if (!e) throw new Error("ex-pabalsts is missing");
    const f = clauseFeedback(profile, check(e.flawedHtml, e.to), "lv").find((x) => x.clause === "9.3");
    expect(f?.problems.map((p) => p.rule)).toContain("thanks-or-apology");
    expect(f?.hint).toBe(profile.emailClauses.find((c) => c.clause === "9.3")?.summary.lv);
  });
});
