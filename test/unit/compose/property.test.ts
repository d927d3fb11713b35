/**
 * Property: for random plans built from a pool of checked sentences, names and https links, the
 * parts the composer writes itself — greeting, reference, closing, signature — never produce a
 * finding, in any scenario, in either language.
 */
import * as fc from "fast-check";
import { composeReply, type ReplyPlan, type Scenario } from "../../../src/core/compose";
import { parseDraft } from "../../../src/core/draft";
import { buildContext } from "../../../src/core/check/context";
import { checkDraft } from "../../../src/core/check/checkDraft";
import { allRules } from "../../../src/core/rules";
import { resolveConfig } from "../../../src/core/config";
import { getProfile, PROFILE_IDS } from "../../../src/core/standard";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";
import { SIGNATURE } from "./fixtures";
import { RULE_IDS } from "../../../src/core/rules/types";

const RULES = allRules({ lv: loadSpellChecker("lv"), en: loadSpellChecker("en") });

const SENTENCES = {
  lv: [
    "Daudzbērnu ģimenēm pienākas nekustamā īpašuma nodokļa atvieglojums.",
    "Atvieglojumu piešķir uz visu gadu, ja iesniegums saņemts līdz 1. februārim.",
    "Mēs pārbaudīsim, vai Jūsu ģimene atbilst nosacījumiem.",
    "Atkritumus Kadagā izved katru otro ceturtdienu.",
    "Pirmsskolas rindā Jūsu meita ir 14. vietā.",
    "Ielas apgaismojumu salabosim līdz piektdienai.",
  ],
  en: [
    "Large families can get a discount on the real estate tax.",
    "The discount is granted for the whole year if the application arrives by 1 February.",
    "We will check whether your family meets the conditions.",
    "Waste in Kadaga is collected every other Thursday.",
  ],
};
const NAMES = ["Jānis Bērziņš", "Anna Kalniņa", "Pēteris Liepa", "Līga Vītola", "Andris Eglītis", "BERZINS ANDRIS", "Mark Thompson", "Ilze Zvirbule", ""];
const LINKS = [
  { title: "Nodokļu atvieglojumi", url: "https://www.adazunovads.lv/nodokli" },
  { title: "Latvija.gov.lv", url: "https://www.latvija.gov.lv/" },
  { title: "Iesniegumu veidlapas", url: "https://www.adazunovads.lv/veidlapas" },
];
/** The structure and signature rules: what the composer's own parts must always satisfy. */
const COMPOSER_RULES = new Set<string>(RULE_IDS.filter((id) => ["greeting", "reference", "closing", "thanks-or-apology"].includes(id) || id.startsWith("signature-")));

const planArb = fc
  .record({
    scenario: fc.constantFrom<Scenario>("answer", "holding", "referral", "apology"),
    language: fc.constantFrom<"lv" | "en">("lv", "en"),
    name: fc.constantFrom(...NAMES),
    greeting: fc.constantFrom<"neutral" | "named" | "formal">("neutral", "named", "formal"),
    bodyIdx: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    links: fc.subarray(LINKS),
    kind: fc.constantFrom<"e-pasts" | "iesniegums" | "vēstule">("e-pasts", "iesniegums", "vēstule"),
    day: fc.integer({ min: 1, max: 28 }),
    workingDays: fc.integer({ min: 1, max: 2 }),
    profile: fc.constantFrom(...PROFILE_IDS),
  })
  .map(
    (r): { plan: ReplyPlan; profile: string } => ({
      profile: r.profile,
      plan: {
        scenario: r.scenario,
        language: r.language,
        client: { name: r.name },
        original: { date: `2026-11-${String(Math.min(r.day, 16)).padStart(2, "0")}`, kind: r.kind },
        greeting: r.greeting,
        body: r.bodyIdx.map((i) => SENTENCES[r.language][i % SENTENCES[r.language].length]),
        links: r.links,
        deadline: r.scenario === "holding" ? { workingDays: r.workingDays } : undefined,
        specialist: { name: "Pēteris Liepa", position: r.language === "lv" ? "nekustamā īpašuma speciālists" : "real estate specialist", phone: "67997010" },
        signature: { ...SIGNATURE, institution: r.language === "lv" ? SIGNATURE.institution : "Ādaži Municipality" },
      },
    }),
  );

describe("composer and checker agree on random plans", () => {
  it("the composer's own parts produce no finding (property)", () => {
    fc.assert(
      fc.property(planArb, ({ plan, profile }) => {
        const reply = composeReply(plan, { today: "2026-11-17", profile: getProfile(profile) });
        const draft = parseDraft(reply.html, "html");
        const { config } = resolveConfig({ profile });
        const context = buildContext({ draft, config, recipients: [{ email: "client@inbox.lv", name: plan.client.name, kind: "to" }], userEmail: "ilze.ozola@adazi.lv" });
        const findings = checkDraft(draft, context, RULES);
        const ownParts = reply.parts.filter((p) => ["greeting", "reference", "closing", "signature"].includes(p.kind)).map((p) => p.text.split("\n")[0]);
        const inOwnParts = findings.filter((f) => ownParts.some((line) => line && draft.text.indexOf(line) >= 0 && f.start >= draft.text.indexOf(line) && f.start < draft.text.indexOf(line) + line.length));
        expect(findings.filter((f) => COMPOSER_RULES.has(f.rule)).map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
        expect(inOwnParts.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
