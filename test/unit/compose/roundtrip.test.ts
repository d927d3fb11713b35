/**
 * The composer and the checker agree: every scenario, in both languages, composes a reply with no
 * warning or error, and a signature field removed from the plan is reported by its rule.
 */
import { composeReply, type ReplyPlan, type Scenario } from "../../../src/core/compose";
import { parseDraft } from "../../../src/core/draft";
import { buildContext } from "../../../src/core/check/context";
import { checkDraft } from "../../../src/core/check/checkDraft";
import { allRules, RULES_WITHOUT_SPELLING } from "../../../src/core/rules";
import type { Rule } from "../../../src/core/rules";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";
import { resolveConfig } from "../../../src/core/config";
import { getProfile, PROFILE_IDS } from "../../../src/core/standard";
import { SIGNATURE } from "./fixtures";


const BODY = {
  lv: ["Daudzbērnu ģimenēm pienākas nekustamā īpašuma nodokļa atvieglojums.", "Atvieglojumu piešķir uz visu gadu, ja iesniegums saņemts līdz 1. februārim."],
  en: ["Large families can get a discount on the real estate tax.", "The discount is granted for the whole year if the application arrives by 1 February."],
};

function plan(scenario: Scenario, language: "lv" | "en", overrides: Partial<ReplyPlan> = {}): ReplyPlan {
  return {
    scenario,
    language,
    client: { name: language === "lv" ? "Jānis Bērziņš" : "Anna Krūmiņa", email: "client@inbox.lv" },
    original: { date: "2026-11-16", subject: "Nekustamā īpašuma nodoklis", kind: "e-pasts" },
    greeting: "named",
    body: BODY[language],
    links: [{ title: language === "lv" ? "Nodokļu atvieglojumi" : "Tax discounts", url: "https://www.adazunovads.lv/nodokli" }],
    nextSteps: [language === "lv" ? "Iesniedziet iesniegumu portālā Latvija.gov.lv." : "Submit an application on Latvija.gov.lv."],
    deadline: scenario === "holding" ? { workingDays: 2 } : "2026-11-27",
    specialist: { name: "Pēteris Liepa", position: language === "lv" ? "nekustamā īpašuma speciālists" : "real estate specialist", location: "Gaujas iela 33A", hours: "9.00–12.00", phone: "67997010", email: "peteris.liepa@adazi.lv" },
    signature: { ...SIGNATURE, institution: language === "lv" ? SIGNATURE.institution : "Ādaži Municipality" },
    ...overrides,
  };
}

function check(reply: { html: string }, profileId = "adazi-2023", rules: readonly Rule[] = RULES_WITHOUT_SPELLING) {
  const draft = parseDraft(reply.html, "html");
  const { config } = resolveConfig({ profile: profileId, internalDomains: ["adazi.lv"] });
  const context = buildContext({
    draft,
    config,
    recipients: [{ email: "client@inbox.lv", name: "Jānis Bērziņš", kind: "to" }],
    composeType: "reply",
    userEmail: "ilze.ozola@adazi.lv",
  });
  return checkDraft(draft, context, rules);
}

const SCENARIOS: Scenario[] = ["answer", "holding", "referral", "apology"];
const cases = SCENARIOS.flatMap((s) => (["lv", "en"] as const).map((l) => [s, l] as const));

describe("composed replies pass the checker", () => {
  it.each(cases)("%s in %s has no warning or error", (scenario, language) => {
    const reply = composeReply(plan(scenario, language), { today: "2026-11-17", profile: getProfile("riga") });
    const findings = check(reply).filter((f) => f.severity !== "info");
    expect(findings.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
  });

  it.each(PROFILE_IDS.map((p) => [p]))("the apology passes under the %s profile", (profileId) => {
    const reply = composeReply(plan("apology", "lv"), { today: "2026-11-17", profile: getProfile(profileId) });
    expect(check(reply, profileId).filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual([]);
  });

  it.each(["name", "position", "institution", "phone", "email", "website"] as const)("removing the signature's %s is reported by its own rule", (field) => {
    const reply = composeReply(plan("answer", "lv", { signature: { ...SIGNATURE, [field]: "" } }), { today: "2026-11-17", profile: getProfile("adazi-2023") });
    const rules = check(reply).map((f) => f.rule);
    expect(rules).toContain(`signature-${field}`);
    expect(rules.filter((r) => r.startsWith("signature-"))).toEqual([`signature-${field}`]);
  });
});

describe("every composed reply passes the whole check, spelling included (issue 15)", () => {
  const rules = allRules({ lv: loadSpellChecker("lv"), en: loadSpellChecker("en") });
  const greetings = ["neutral", "named", "formal"] as const;
  const all = SCENARIOS.flatMap((s) => (["lv", "en"] as const).flatMap((l) => PROFILE_IDS.map((p) => [s, l, p] as const)));
  it.each(all)("%s in %s under %s, with every greeting", (scenario, language, profileId) => {
    const problems: string[] = [];
    for (const greeting of greetings) {
      for (const client of ["Jānis Bērziņš", "Anna Krūmiņa"]) {
        const reply = composeReply(plan(scenario, language, { greeting, client: { name: client, email: "client@inbox.lv" } }), { today: "2026-11-17", profile: getProfile(profileId) });
        for (const f of check(reply, profileId, rules)) if (f.severity !== "info") problems.push(`${greeting}/${client} ${f.rule}: ${f.excerpt}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
