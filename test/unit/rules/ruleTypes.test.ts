/**
 * RuleMeta<MessageId> is checked by the compiler: a message missing in lv or en, or a report with a
 * message id the rule does not have, fails `npm run typecheck`. Each @ts-expect-error below fails the
 * type check in turn if the types ever stop catching its mistake; the runtime part checks that the
 * runner turns a report into a finding with the right message.
 */
import type { Rule, RuleMeta, RuleReport } from "../../../src/core/rules/types";
import { reportsToFindings } from "../../../src/core/rules/message";

type MessageId = "missing" | "tooMany";

const meta: RuleMeta<MessageId> = {
  id: "greeting",
  severity: "warning",
  title: { lv: "Uzruna", en: "Greeting" },
  description: { lv: "Apraksts.", en: "Description." },
  messages: {
    lv: { missing: "Trūkst {what}.", tooMany: "Par daudz." },
    en: { missing: "{what} is missing.", tooMany: "Too many." },
  },
  topic: "structure",
  onSend: { group: "missing", lv: "uzruna", en: "a greeting" },
  examples: { good: [], bad: [] },
};

describe("rule metadata types", () => {
  it("reject a message missing in one language", () => {
    const incomplete: RuleMeta<MessageId> = {
      ...meta,
      // @ts-expect-error — en has no "tooMany"
      messages: { lv: { missing: "Trūkst.", tooMany: "Par daudz." }, en: { missing: "Missing." } },
    };
    expect(incomplete.messages.en).toEqual({ missing: "Missing." });
  });

  it("reject a rule without a topic for the Check view's checklist", () => {
    const { topic: _topic, ...rest } = meta;
    // @ts-expect-error — topic is required
    const untopical: RuleMeta<MessageId> = rest;
    expect("topic" in untopical).toBe(false);
  });

  it("reject a report with a message id the rule does not have", () => {
    const rule: Rule<MessageId> = {
      meta,
      // @ts-expect-error — "missng" is not one of the rule's message ids
      check: () => [{ messageId: "missng", start: 0, end: 0 }],
    };
    expect(rule.meta.id).toBe("greeting");
  });

  it("turn a report into a finding with the message in the UI language, the excerpt and the message id", () => {
    const reports: RuleReport<MessageId>[] = [{ messageId: "missing", data: { what: "uzrunas" }, start: 0, end: 7 }];
    expect(reportsToFindings(meta, reports, "Labdien, Jāni", "lv")).toEqual([
      { rule: "greeting", clause: "", severity: "warning", message: "Trūkst uzrunas.", start: 0, end: 7, excerpt: "Labdien", messageId: "missing" },
    ]);
    expect(reportsToFindings(meta, [{ messageId: "tooMany", start: 0, end: 0, severity: "error" }], "Labdien", "en")[0]).toMatchObject({ message: "Too many.", severity: "error" });
  });

  it("refuse a fix from a rule whose meta.fixable is not set (as ESLint does)", () => {
    const fix = { start: 0, end: 7, text: "Labdien!" };
    expect(() => reportsToFindings(meta, [{ messageId: "tooMany", start: 0, end: 7, fix }], "Labdien", "lv")).toThrow(/fixable/);
    expect(reportsToFindings({ ...meta, fixable: "code" }, [{ messageId: "tooMany", start: 0, end: 7, fix }], "Labdien", "lv")[0].fix).toEqual(fix);
  });
});
