/** ReplyPlan validation: every field's type by schema/reply-plan.schema.json, with lv/en messages naming the path. */
import * as fs from "fs";
import * as path from "path";
import { composeReply } from "../../../src/core/compose";
import { replyPlanSchema } from "../../../src/core/compose/generated/validate-plan";
import { formatPlanIssue, validatePlan, type PlanIssue } from "../../../src/core/compose/validatePlan";
import type { ReplyPlan } from "../../../src/core/compose/types";
import { SIGNATURE } from "./fixtures";
import { getProfile } from "../../../src/core/standard";

const root = path.join(__dirname, "../../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(path.join(root, "scripts/gen-config-validator.js")) as {
  generateTarget(target: { schema: string; out: string; exportName: string }): string;
  TARGETS: { schema: string; out: string; exportName: string }[];
};
const GOOD = JSON.parse(fs.readFileSync(path.join(root, "test/fixtures/compose/holding-plan.json"), "utf8")) as ReplyPlan;

/** The plan with the value at a JSON pointer replaced (or removed when value is undefined). */
function withValue(pointer: string, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(GOOD)) as Record<string, unknown>;
  const keys = pointer.split("/").slice(1);
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  if (value === undefined) delete node[keys[keys.length - 1]];
  else node[keys[keys.length - 1]] = value;
  return copy;
}

function issuesOf(raw: unknown): PlanIssue[] {
  const result = validatePlan(raw);
  expect(result.plan).toBeNull();
  return result.issues;
}

describe("validatePlan", () => {
  it("accepts the fixture plan and every field the composer knows", () => {
    expect(validatePlan(GOOD)).toEqual({ plan: GOOD, issues: [] });
    const full = {
      ...GOOD,
      $schema: "../schema/reply-plan.schema.json",
      scenario: "referral",
      original: { date: "2026-11-17", subject: "Jautājums", kind: "iesniegums", number: "3-12/123" },
      nextSteps: ["Iesniedziet iesniegumu."],
      deadline: "2026-11-30",
      specialist: { name: "Ilze Kalniņa", position: "speciāliste", location: "Pils iela 1", hours: "8–17", phone: "67000000", email: "i@adazi.lv" },
      greetingText: "Labdien!",
      referenceText: "Paldies par e-pastu.",
      answerForm: "vēstule",
      complaintAuthority: "Domes priekšsēdētājs",
      signOff: "Ar cieņu",
    };
    expect(validatePlan(full).issues).toEqual([]);
  });

  it("accepts the composer tests' signature", () => {
    expect(validatePlan({ ...GOOD, signature: SIGNATURE }).issues).toEqual([]);
  });

  // Each wrong type that used to reach the composer ("x.trim is not a function").
  it.each([
    ["/client/name", 5, "type", "wrong type: found a number, expected text in quotes", "nepareizs tips: ir skaitlis, vajag: teksts pēdiņās"],
    ["/client/email", ["a@b.lv"], "type", "wrong type: found a list, expected text in quotes", "nepareizs tips: ir saraksts, vajag: teksts pēdiņās"],
    ["/client", "Jānis", "type", "expected an object", "vajag: objekts"],
    ["/original/subject", { lv: "x" }, "type", "found an object", "ir objekts"],
    ["/original/number", 123, "type", "found a number", "ir skaitlis"],
    ["/body", "Viens teksts", "type", "expected a list", "vajag: saraksts"],
    ["/body/0", 7, "type", "found a number", "ir skaitlis"],
    ["/links/0/title", null, "type", "found null", "ir null"],
    ["/links/0/url", true, "type", "found true/false", "ir patiesumvērtība"],
    ["/signature/phone", 67997005, "type", "found a number", "ir skaitlis"],
    ["/signature/website", undefined, "required", "the required field “website” is missing", "trūkst obligātā lauka “website”"],
    ["/greetingText", 1, "type", "found a number", "ir skaitlis"],
    ["/signOff", false, "type", "found true/false", "ir patiesumvērtība"],
    ["/scenario", "answr", "enum", 'use one of "answer", "holding", "referral", "apology"', "atļautās:"],
    ["/language", "de", "enum", '"de" is not allowed', "neatļauta vērtība"],
    ["/original/date", "17.11.2026", "date", "is not a date YYYY-MM-DD", "nav datums formā GGGG-MM-DD"],
    ["/original/date", "2026-02-30", "date", "is not a calendar date", "nav kalendāra datums"],
    ["/deadline", { workingDays: "2" }, "deadline", 'a date YYYY-MM-DD or { "workingDays": N }', "datumam GGGG-MM-DD"],
    ["/deadline", { workingDays: 2.5 }, "deadline", "whole N from 0 to 365", "veselu N"],
    ["/deadline", 10, "deadline", "found 10", "ir 10"],
  ])("%s = %j: %s", (pointer, value, code, en, lv) => {
    const issues = issuesOf(withValue(pointer, value));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: pointer, code });
    expect(issues[0].message.en).toContain(en);
    expect(issues[0].message.lv).toContain(lv);
    expect(formatPlanIssue(issues[0], "en")).toBe(`${pointer}: ${issues[0].message.en}`);
  });

  it("names an unknown field and suggests the one meant", () => {
    const [typo] = issuesOf({ ...GOOD, nextstep: ["x"] });
    expect(typo).toMatchObject({ path: "/nextstep", code: "unknown-key" });
    expect(typo.message.en).toBe("unknown field “nextstep”; did you mean “nextSteps”?");
    const [nested] = issuesOf(withValue("/client/phone", "67000000"));
    expect(nested.path).toBe("/client/phone");
    expect(nested.message.en).toContain("allowed: name, email");
  });

  it("reports every problem at once, and a non-object as the plan's own type", () => {
    const issues = issuesOf({ scenario: "x", language: "de" });
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(["/scenario", "/language", "/client", "/original", "/body", "/signature"]));
    expect(issuesOf([GOOD])).toEqual([expect.objectContaining({ path: "", code: "type" })]);
    expect(formatPlanIssue(issuesOf("plan")[0], "lv")).toBe("/: nepareizs tips: ir teksts, vajag: objekts {…}");
  });

  it("lets through only what the composer can compose", () => {
    // Property: whatever the validator accepts, the composer composes without throwing.
    const variants: unknown[] = [GOOD, withValue("/deadline", "2026-11-20"), withValue("/deadline", undefined), withValue("/links", []), withValue("/body", [])];
    for (const v of variants) {
      const { plan } = validatePlan(v);
      expect(plan).not.toBeNull();
      expect(() => composeReply(plan!, { today: "2026-11-17", profile: getProfile("adazi-2023") })).not.toThrow();
    }
  });
});

describe("the published plan schema and its generated validator", () => {
  const target = generator.TARGETS.find((t) => t.exportName === "replyPlanSchema")!;

  it("is current (run `node scripts/gen-config-validator.js` after editing the schema)", () => {
    expect(fs.readFileSync(path.join(root, target.out), "utf8")).toBe(generator.generateTarget(target));
  });

  it("embeds schema/reply-plan.schema.json and compiles nothing at run time", () => {
    expect(replyPlanSchema).toEqual(JSON.parse(fs.readFileSync(path.join(root, target.schema), "utf8")));
    expect(fs.readFileSync(path.join(root, target.out), "utf8")).not.toMatch(/new Function|\beval\(|require\(/);
  });
});
