/**
 * Zero false alarms on good replies (issue 15): replies written the way municipal staff write —
 * Latvian, English and mixed, with addresses, names, positions and e-services — pass the whole
 * check, spelling included, with no warning or error; and replies with one named defect each
 * are still reported by that defect's rule (recall ≥ 0.95). The corpus is test data only: none of
 * its names or places is in the product's word lists.
 */
import * as fs from "fs";
import * as path from "path";
import { parseDraft } from "../../../src/core/draft";
import { buildContext } from "../../../src/core/check/context";
import { checkDraft } from "../../../src/core/check/checkDraft";
import { allRules } from "../../../src/core/rules";
import { resolveConfig } from "../../../src/core/config";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";

const dir = path.join(__dirname, "../../fixtures/replies");
const good = JSON.parse(fs.readFileSync(path.join(dir, "issue15-good.json"), "utf8")) as { id: string; text: string }[];
const bad = JSON.parse(fs.readFileSync(path.join(dir, "issue15-bad.json"), "utf8")) as { defect: string; text: string }[];
const rules = allRules({ lv: loadSpellChecker("lv"), en: loadSpellChecker("en") });

function check(text: string) {
  const draft = parseDraft(text, "text");
  const { config } = resolveConfig({ profile: "adazi-2023", internalDomains: ["adazi.lv"] });
  const context = buildContext({ draft, config, recipients: [{ email: "client@inbox.lv", kind: "to" }], composeType: "reply", userEmail: "x@adazi.lv" });
  return checkDraft(draft, context, rules);
}

describe("issue 15 corpus", () => {
  it("has Latvian, English and mixed good replies and one defect per bad reply", () => {
    expect(good.length).toBeGreaterThanOrEqual(12);
    expect(bad.length).toBeGreaterThanOrEqual(20);
  });

  it.each(good.map((g) => [g.id, g.text]))("%s: no warning or error", (_id, text) => {
    const problems = check(text).filter((f) => f.severity !== "info").map((f) => `${f.rule}: ${f.excerpt}`);
    expect(problems).toEqual([]);
  });

  it("finds the named defect in at least 95 % of the bad replies", () => {
    const missed = bad.filter((b) => !check(b.text).some((f) => f.rule === b.defect)).map((b) => b.defect);
    expect(missed.length / bad.length).toBeLessThanOrEqual(0.05);
  });
});
