/**
 * Fixes that are sentences (issue 17): the pane offers every `fix` and every entry of
 * `suggestions` as a one-click replacement, so each must be text that can be inserted as it is —
 * never a template with "…", "..." or "___", never a hint in brackets. Run over every rule's bad
 * examples, every lexicon entry's example and the project's bad drafts (issue 15's bad replies, the
 * exercises' flawed replies), through all rules.
 */
import * as fs from "fs";
import * as path from "path";
import { parseDraft } from "../../../src/core/draft";
import { buildContext } from "../../../src/core/check/context";
import { checkDraft } from "../../../src/core/check/checkDraft";
import { checkMessage } from "../../../src/core/check/message";
import { allRules, CATALOGUE } from "../../../src/core/rules";
import { resolveConfig } from "../../../src/core/config";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";
import { loadMorphAnalyzer } from "../../../src/cli/loadMorphology";
import { LEXICON } from "../../../src/core/lv/lexicon";
import { EXERCISES } from "../../../src/core/learn/exercises";
import { exerciseFacts } from "../../../src/core/learn/content";
import type { Finding } from "../../../src/core/rules/types";
import previewConfig from "../../../src/preview/organization.json";

const rules = allRules({ lv: loadSpellChecker("lv"), en: loadSpellChecker("en") }, loadMorphAnalyzer());
const { config } = resolveConfig({ profile: "adazi-2023", internalDomains: ["adazi.lv"] });
const badReplies = JSON.parse(fs.readFileSync(path.join(__dirname, "../../fixtures/replies/issue15-bad.json"), "utf8")) as { defect: string; text: string }[];

/** A template or a hint, not text to insert. */
const NOT_INSERTABLE = /\.\.\.|___|[…()[\]{}]/u;

function checkText(text: string): Finding[] {
  const draft = parseDraft(text, "text");
  const context = buildContext({ draft, config, recipients: [{ email: "client@inbox.lv", name: "Jānis Bērziņš", kind: "to" }], composeType: "reply", userEmail: "x@adazi.lv" });
  return checkDraft(draft, context, rules);
}

/** Each replacement the pane would offer that is not insertable, as "rule: excerpt → text". */
function templates(findings: readonly Finding[]): string[] {
  const offered = findings.flatMap((f) => [...(f.suggestions ?? []), ...(f.fix ? [f.fix.text] : [])].map((text) => ({ f, text })));
  return offered.filter(({ text }) => NOT_INSERTABLE.test(text)).map(({ f, text }) => `${f.rule}: ${f.excerpt} → ${text}`);
}

describe("every fix and suggestion can be inserted as it is", () => {
  it("the test sees templates (the pattern is not vacuous)", () => {
    expect(templates([{ rule: "jargon", clause: "9.2", severity: "warning", message: "", start: 0, end: 1, excerpt: "x", suggestions: ["… dēļ"] }])).toHaveLength(1);
    expect(templates([{ rule: "jargon", clause: "9.2", severity: "warning", message: "", start: 0, end: 1, excerpt: "x", fix: { start: 0, end: 1, text: "strādāt (rūpīgi)" } }])).toHaveLength(1);
  });

  it.each(CATALOGUE.map((m) => [m.id, m.examples.bad] as const))("%s: bad examples", (_id, bad) => {
    expect(bad.flatMap((text) => templates(checkText(text)))).toEqual([]);
  });

  it("lexicon examples", () => {
    const found = LEXICON.flatMap((e) => templates(checkText(e.example)));
    expect(found).toEqual([]);
  });

  it("issue 15's bad replies", () => {
    expect(badReplies.flatMap((r) => templates(checkText(r.text)))).toEqual([]);
  });

  it("the exercises' flawed replies", () => {
    const previewResolved = resolveConfig(previewConfig).config;
    const found = EXERCISES.flatMap((e) => templates(checkMessage(exerciseFacts({ to: e.to }, e.flawedHtml), previewResolved, { rules, lang: "lv" }).findings));
    expect(found).toEqual([]);
  });
});
