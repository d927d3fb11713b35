/**
 * Round trip (issue 16): every scenario × lv/en × all five profiles × each greeting is drafted and
 * checked — no warning or error, thanks once in an answer or referral, an apology once, and no
 * Latvian word in an English reply except names, places and the organization's Latvian name.
 */
import { composeReply, type GreetingChoice, type ReplyPlan, type Scenario } from "../../../src/core/compose";
import { parseDraft } from "../../../src/core/draft";
import { buildContext } from "../../../src/core/check/context";
import { checkDraft } from "../../../src/core/check/checkDraft";
import { RULES_WITHOUT_SPELLING } from "../../../src/core/rules";
import { resolveConfig } from "../../../src/core/config";
import { getProfile, PROFILE_IDS } from "../../../src/core/standard";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";

const en = loadSpellChecker("en");

const SIGNATURE = {
  lv: { name: "Ilze Ozola", position: "Klientu apkalpošanas speciāliste", institution: "Ādažu novada pašvaldība", phone: "67997005", email: "ilze.ozola@adazi.lv", website: "https://www.adazunovads.lv" },
  en: { name: "Ilze Ozola", position: "Customer Service Specialist", institution: "Ādaži Municipality", phone: "67997005", email: "ilze.ozola@adazi.lv", website: "https://www.adazunovads.lv" },
};
const BODY = {
  lv: ["Daudzbērnu ģimenēm pienākas nekustamā īpašuma nodokļa atvieglojums.", "Atvieglojumu piešķir uz visu gadu, ja iesniegums saņemts līdz 1. februārim."],
  en: ["Large families can get a discount on the real estate tax.", "The discount is granted for the whole year if the application arrives by 1 February."],
};
const CLIENT = { lv: "Inga Jaunzeme", en: "Anna Krūmiņa" };
/** Names, places and the organization's Latvian name: the only Latvian an English reply may hold. */
const ALLOWED_IN_ENGLISH = new Set(
  ["Ilze", "Ozola", "Anna", "Krūmiņa", "Krūmiņas", "Pēteris", "Liepa", "Gaujas", "iela", "Ādaži", "Ādažu", "novada", "pašvaldība", "Jaunpiebalga"].map((w) => w.toLowerCase()),
);

function plan(scenario: Scenario, language: "lv" | "en", greeting: GreetingChoice, forwarded: boolean): ReplyPlan {
  return {
    scenario,
    language,
    client: { name: CLIENT[language], email: "client@inbox.lv" },
    original: { date: "2026-11-16", subject: language === "lv" ? "Nekustamā īpašuma nodoklis" : "Real estate tax", kind: "e-pasts" },
    greeting,
    body: BODY[language],
    links: [{ title: language === "lv" ? "Nodokļu atvieglojumi" : "Tax discounts", url: "https://www.adazunovads.lv/nodokli" }],
    nextSteps: [language === "lv" ? "Iesniedziet iesniegumu portālā Latvija.gov.lv." : "Submit an application on Latvija.gov.lv."],
    deadline: scenario === "holding" ? { workingDays: 2 } : "2026-11-27",
    specialist: {
      name: "Pēteris Liepa",
      position: language === "lv" ? "nekustamā īpašuma speciālists" : "real estate specialist",
      location: "Gaujas iela 33A",
      hours: "9.00–12.00",
      phone: "67997010",
      email: "peteris.liepa@adazi.lv",
      forwarded,
    },
    signature: SIGNATURE[language],
    complaintAddress: "dome@adazi.lv",
  };
}

function findings(html: string, profileId: string, clientName: string) {
  const draft = parseDraft(html, "html");
  const { config } = resolveConfig({ profile: profileId, internalDomains: ["adazi.lv"] });
  const context = buildContext({ draft, config, recipients: [{ email: "client@inbox.lv", name: clientName, kind: "to" }], composeType: "reply", userEmail: "ilze.ozola@adazi.lv" });
  return checkDraft(draft, context, RULES_WITHOUT_SPELLING).filter((f) => f.severity !== "info");
}

const SCENARIOS: Scenario[] = ["answer", "holding", "referral", "apology"];
const GREETINGS: GreetingChoice[] = ["neutral", "named", "formal"];
const CASES = SCENARIOS.flatMap((s) => (["lv", "en"] as const).flatMap((l) => PROFILE_IDS.flatMap((p) => GREETINGS.map((g) => [s, l, p, g] as const))));

describe("round trip: every scenario, language, profile and greeting", () => {
  it.each(CASES)("%s in %s under %s with the %s greeting", (scenario, language, profileId, greeting) => {
    for (const forwarded of scenario === "referral" ? [false, true] : [false]) {
      const reply = composeReply(plan(scenario, language, greeting, forwarded), { today: "2026-11-17", profile: getProfile(profileId) });
      expect(findings(reply.html, profileId, CLIENT[language]).map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
      const thanks = reply.text.match(/\b(?:paldies|pateic\p{L}*|thank\p{L}*)/giu) ?? [];
      if (scenario === "answer" || scenario === "referral") expect(thanks).toHaveLength(1);
      if (scenario === "apology") expect(reply.text.match(/atvainoj\p{L}*|apologi\p{L}*/giu)).toHaveLength(1);
      if (scenario === "referral") expect(reply.text).not.toMatch(/ar mani|contact me|call me|zvaniet man/);
      if (language === "en") {
        const words = reply.text.replace(/https?:\/\/\S+|\S+@\S+|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:lv|com|eu)\b/gu, " ").match(/\p{L}+/gu) ?? [];
        const latvian = words.filter((w) => !en.check(w) && !en.check(w.toLowerCase()) && !ALLOWED_IN_ENGLISH.has(w.toLowerCase()));
        expect(latvian).toEqual([]);
      }
    }
  });
});
