/**
 * The Learn view's content: which rules stand under each clause, examples highlighted by the real
 * checker, the labelled model reply and the per-clause score of a check.
 */
import { CATALOGUE, RULES_WITHOUT_SPELLING } from "../../../src/core/rules";
import { defaultConfig, resolveConfig } from "../../../src/core/config";
import { clauseFor, getProfile, GOOD_PRACTICE, profiles } from "../../../src/core/standard";
import { EXERCISES } from "../../../src/core/learn/exercises";
import { findSpellingErrors } from "../../../src/core/rules/spelling";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";
import type { Finding } from "../../../src/core/rules/types";
import {
  clauseNumbers,
  clauseScores,
  goodPracticeRules,
  highlightExample,
  isReady,
  modelReply,
  rulesForClause,
  segmentsOf,
} from "../../../src/core/learn/content";
import previewConfig from "../../../src/preview/organization.json";

const adazi = getProfile("adazi-2023");

describe("rules under a clause", () => {
  it.each(profiles.map((p) => [p.id, p] as const))("%s: every rule appears under an e-mail clause or as good practice", (_, profile) => {
    const shown = new Set([...profile.emailClauses.flatMap((c) => rulesForClause(profile, c.clause)), ...goodPracticeRules(profile)].map((m) => m.id));
    // A rule mapped only to a clause outside the e-mail list would vanish from the view.
    const missing = CATALOGUE.filter((m) => !shown.has(m.id));
    expect(missing.map((m) => `${m.id} → ${clauseNumbers(clauseFor(profile, m.id)).join(" + ")}`)).toEqual([]);
  });

  it("puts the signature rules under 9.4 and the greeting under 9.1 in the Ādaži standard", () => {
    expect(rulesForClause(adazi, "9.4").map((m) => m.id)).toEqual(expect.arrayContaining(["signature-name", "signature-phone", "signature-website"]));
    expect(rulesForClause(adazi, "9.1").map((m) => m.id)).toEqual(expect.arrayContaining(["greeting", "reference"]));
  });
});

describe("highlighted examples", () => {
  const config = resolveConfig(previewConfig).config;
  it.each(RULES_WITHOUT_SPELLING.map((r) => [r.meta.id, r.meta] as const))("%s: every bad example is marked, no good one is", (id, meta) => {
    for (const bad of meta.examples.bad) {
      const h = highlightExample(bad, id, config, "lv");
      expect([bad, h.checked, h.marks.length > 0]).toEqual([bad, true, true]);
      for (const m of h.marks) expect(m.start <= m.end && m.end <= h.text.length).toBe(true);
    }
    for (const good of meta.examples.good) expect([good, highlightExample(good, id, config, "lv").marks]).toEqual([good, []]);
  });

  it("says when the rule cannot run here (spelling needs its word lists)", () => {
    expect(highlightExample("Informejam, ka atvieglojums ir piešķirts.", "spelling", defaultConfig, "lv")).toMatchObject({ checked: false, marks: [] });
  });

  it.each([
    ["a span", { text: "Uz doto brīdi vietu nav.", marks: [{ start: 0, end: 13, message: "m" }], checked: true }, [["mark", "Uz doto brīdi"], ["plain", " vietu nav."]]],
    ["something missing", { text: "Būvatļauja ir gatava.", marks: [{ start: 0, end: 0, message: "m" }], checked: true }, [["missing", ""], ["plain", "Būvatļauja ir gatava."]]],
    ["overlapping marks", { text: "abcdef", marks: [{ start: 1, end: 4, message: "a" }, { start: 2, end: 5, message: "b" }], checked: true }, [["plain", "a"], ["mark", "bcd"], ["mark", "e"], ["plain", "f"]]],
  ])("segments %s", (_, example, expected) => {
    expect(segmentsOf(example).map((s) => [s.kind, s.text])).toEqual(expected);
  });
});

describe("model reply", () => {
  it.each(["lv", "en"] as const)("(%s) labels each part by its clause: 9.1 greeting and reference, 9.2 body and links, 9.3 closing, 9.4 signature", (lang) => {
    const { parts } = modelReply(resolveConfig(previewConfig).config, lang);
    const clauseOf = (kind: string) => parts.filter((p) => p.kind === kind).map((p) => p.clause);
    expect(clauseOf("greeting")).toEqual(["9.1"]);
    expect(clauseOf("reference")).toEqual(["9.1"]);
    expect(clauseOf("body")[0]).toContain("9.2");
    expect(clauseOf("links")[0]).toContain("9.2");
    expect(clauseOf("closing")).toEqual(["9.3"]);
    expect(clauseOf("signature")).toEqual(["9.4"]);
    expect(parts.map((p) => p.text).join("\n")).toContain("Ilze Ozola");
  });
});

describe("per-clause score", () => {
  const finding = (clause: string, severity: Finding["severity"]): Finding => ({ rule: "greeting", clause, severity, message: "", start: 0, end: 0, excerpt: "" });
  it("fails the clauses with errors or warnings, not those with suggestions only", () => {
    const scores = clauseScores(adazi, [finding("9.1", "error"), finding("9.2, 5.7.4", "warning"), finding("9.3", "info"), finding(GOOD_PRACTICE, "warning")]);
    const byClause = Object.fromEntries(scores.map((s) => [s.clause, s.ok]));
    expect(byClause).toMatchObject({ "9.1": false, "9.2": false, "5.7.4": false, "9.3": true, "9.4": true, [GOOD_PRACTICE]: false });
  });
  it("is ready only with no error and no warning", () => {
    expect(isReady([finding("9.3", "info")])).toBe(true);
    expect(isReady([finding("9.3", "warning")])).toBe(false);
  });
});

describe("exercise texts", () => {
  const checkers = { lv: loadSpellChecker("lv"), en: loadSpellChecker("en") };
  it.each(EXERCISES.map((e) => [e.id, e] as const))("%s: title and task are correct Latvian", (_, e) => {
    const text = `${e.title.lv}. ${e.task.lv.replace(/[„"][^”"]*[”"]/g, " ")}`;
    expect(findSpellingErrors({ text, language: "lv", knownWords: [], names: [] }, checkers).map((x) => x.word)).toEqual([]);
  });
});
