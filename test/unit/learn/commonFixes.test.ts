/**
 * The cheat sheet's most common fixes are a count, not a hand list: recounted here on the same
 * bad drafts with the whole catalogue, and the generated file must say the same.
 */
import * as fs from "fs";
import * as path from "path";
import { COMMON_FIX_LIMIT, commonFixes, countCommonFixes } from "../../../src/core/learn/commonFixes";
import { exampleFacts, exerciseFacts } from "../../../src/core/learn/content";
import { EXERCISES } from "../../../src/core/learn/exercises";
import { defaultConfig } from "../../../src/core/config";
import { allRules, CATALOGUE, RULES_WITHOUT_SPELLING } from "../../../src/core/rules";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { commonFixesModule, BAD_DRAFTS } = require("../../../scripts/learn-common-fixes.js") as {
  commonFixesModule: (counts: { rule: string; drafts: number }[]) => string;
  BAD_DRAFTS: string;
};

const drafts = (JSON.parse(fs.readFileSync(BAD_DRAFTS, "utf8")) as { text: string }[])
  .map((d) => exampleFacts(d.text))
  .concat(EXERCISES.map((e) => exerciseFacts(e, e.flawedHtml)));

describe("the cheat sheet's most common fixes", () => {
  it("are the generated file's, recounted on the bad drafts (run node scripts/learn-common-fixes.js when this fails)", () => {
    const rules = allRules({ lv: loadSpellChecker("lv"), en: loadSpellChecker("en") });
    const counts = countCommonFixes(drafts, defaultConfig, rules);
    const generated = fs.readFileSync(path.join(__dirname, "../../../src/core/learn/generated/commonFixes.ts"), "utf8");
    expect(generated).toBe(commonFixesModule(counts));
    expect(commonFixes().map((c) => c.meta.id)).toEqual(counts.map((c) => c.rule));
    expect(counts).toHaveLength(COMMON_FIX_LIMIT);
  });

  it("rank by drafts, ties in catalogue order, and count a rule once per draft", () => {
    const noGreeting = exampleFacts("Paldies par vēstuli. Jūsu iesniegums ir saņemts.");
    const counts = countCommonFixes([noGreeting, noGreeting, exampleFacts("Labdien!\n\nIesniegums ir saņemts.")], defaultConfig, RULES_WITHOUT_SPELLING, 50);
    expect(counts.find((c) => c.rule === "greeting")?.drafts).toBe(2);
    for (let k = 1; k < counts.length; k++) {
      const [a, b] = [counts[k - 1], counts[k]];
      const order = (id: string) => CATALOGUE.findIndex((m) => m.id === id);
      expect(a.drafts > b.drafts || (a.drafts === b.drafts && order(a.rule) < order(b.rule))).toBe(true);
    }
    expect(counts.every((c) => c.drafts <= 3)).toBe(true);
  });
});
