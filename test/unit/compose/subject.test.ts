/** Which client subjects the reference line quotes (issue 16, item 2). */
import { cleanSubject, composeReply, prefillPlan, subjectFitness } from "../../../src/core/compose";
import { defaultConfig } from "../../../src/core/config";
import { getProfile } from "../../../src/core/standard";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";

const lv = loadSpellChecker("lv");
// The caller checks the subject without its RE:/FW: prefixes.
const misspelled = (subject: string) => (cleanSubject(subject).match(/\p{L}+/gu) ?? []).filter((w) => !lv.check(w));

describe("subjectFitness", () => {
  it.each([
    ["Nekustamā īpašuma nodoklis", true, null],
    ["RE: FW: Nekustamā īpašuma nodoklis", true, null],
    ["Atb.: AW: Bērnudārza rinda", true, null],
    ["Kad salabosiet Pils ielu?", true, null],
    ["Sporta zāles noma", true, null],
    ["dzivesvietas deklaresana", false, "misspelled"],
    ["jautājums", false, "generic"],
    ["Jautājums!", false, "generic"],
    ["RE: Sveiki", false, "generic"],
    ["Question", false, "generic"],
    ["Sveiki!!! Kad beidzot salabosiet ielu???", false, "shouting"],
    ["NEKUSTAMĀ ĪPAŠUMA NODOKLIS", false, "shouting"],
    ["RE: ", false, "empty"],
    ["", false, "empty"],
  ])("%j: fit %s (%s)", (subject, fit, reason) => {
    expect(subjectFitness(subject, misspelled(subject))).toEqual({ fit, reason });
  });

  it("the reference names the message without an unfit subject", () => {
    const plan = prefillPlan({
      message: { from: { name: "Jānis Bērziņš", address: "j@inbox.lv" }, subject: "RE: Sveiki!!! Kad beidzot salabosiet ielu???", date: "2026-11-19T08:00:00Z" },
      config: defaultConfig,
      user: {},
      today: "2026-12-03",
    });
    expect(plan.original?.subject).toBeUndefined();
    const reply = composeReply(plan, { today: "2026-12-03", profile: getProfile("adazi-2023") });
    expect(reply.text).toContain("Paldies par Jūsu 2026. gada 19. novembra e-pastu.");
  });
});
