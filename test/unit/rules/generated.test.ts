/**
 * scripts/gen.js: the catalogue order it derives, the mistakes it refuses, the schema section it
 * splices, and that the committed generated modules are what it makes from the rule files now
 * (`npm run gen:check` checks every generated file in CI; this is the quick local signal).
 */
import * as fs from "fs";
import * as path from "path";
import { getProfile } from "../../../src/core/standard";
import { defaultConfig } from "../../../src/core/config/defaults";
import type { Profile } from "../../../src/core/standard/types";

const ROOT = path.join(__dirname, "../../..");
const RULES_DIR = path.join(ROOT, "src/core/rules");

interface GenRule {
  file: string;
  id: string;
  kind: "rule" | "meta";
  meta: { id: string; options?: Record<string, unknown> };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gen = require(path.join(ROOT, "scripts/gen.js")) as {
  catalogue(files: string[], load: (file: string) => unknown, profile: Pick<Profile, "id" | "rules">): GenRule[];
  ruleIdsModule(rules: GenRule[]): string;
  catalogueModule(rules: GenRule[]): string;
  onSendNamesModule(rules: GenRule[]): string;
  schemaText(rules: GenRule[], text: string): string;
};

function fakeRule(id: string, extra: object = {}): { rule: object } {
  const meta = { id, messages: { lv: { m: "x" }, en: { m: "x" } }, onSend: { group: "problem", lv: id, en: id }, topic: "language", ...extra };
  return { rule: { meta, check: () => [] } };
}

function fakeCatalogue(modules: Record<string, unknown>, mapped: string[]): GenRule[] {
  const profile = { id: "adazi-2023", rules: Object.fromEntries(mapped.map((id) => [id, { clauses: [] }])) } as Pick<Profile, "id" | "rules">;
  return gen.catalogue(Object.keys(modules).sort(), (file) => modules[file], profile);
}

function currentRules(): GenRule[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return gen.catalogue(fs.readdirSync(RULES_DIR).sort(), (file) => require(path.join(RULES_DIR, file)), getProfile(defaultConfig.profile));
}

describe("the generator", () => {
  it("orders rules as the default profile's clause map does, then the rules it does not map by file name", () => {
    const modules = { "b.ts": fakeRule("b"), "a.ts": fakeRule("a"), "c.ts": fakeRule("c"), "z.ts": fakeRule("z"), "types.ts": { RULE_IDS: [] }, "helpers.ts": { helper: () => 1 } };
    expect(fakeCatalogue(modules, ["z", "b"]).map((r) => r.id)).toEqual(["z", "b", "a", "c"]);
  });

  it("refuses a rule file not named by its id, a profile mapping an unknown rule, and an option shadowing a common setting", () => {
    expect(() => fakeCatalogue({ "a.ts": fakeRule("b") }, [])).toThrow(/named by its id/);
    expect(() => fakeCatalogue({ "a.ts": fakeRule("a") }, ["a", "gone"])).toThrow(/"gone"/);
    expect(() => fakeCatalogue({ "a.ts": fakeRule("a", { options: { severity: { type: "string", description: "x" } } }) }, [])).toThrow(/shadow/);
  });

  it("refuses a rule without a topic of the Check view's checklist, saying which rule and which topics there are", () => {
    expect(() => fakeCatalogue({ "a.ts": fakeRule("a", { topic: undefined }) }, [])).toThrow(/rule a: meta.topic must be one of structure, signature, language/);
    expect(() => fakeCatalogue({ "a.ts": fakeRule("a", { topic: "grammar" }) }, [])).toThrow(/meta.topic/);
  });

  it("writes a rule's options into its rules.<id> entry and leaves the rest of the schema as written", () => {
    const schema = fs.readFileSync(path.join(ROOT, "schema/organization.schema.json"), "utf8");
    const rules = fakeCatalogue({ "a.ts": fakeRule("a"), "b.ts": fakeRule("b", { options: { depth: { type: "integer", minimum: 1, description: "How deep." } } }) }, ["a", "b"]);
    const out = JSON.parse(gen.schemaText(rules, schema));
    expect(out.properties.rules.properties).toEqual({
      a: { $ref: "#/definitions/ruleSetting" },
      b: {
        type: "object",
        additionalProperties: false,
        properties: { enabled: { type: "boolean" }, severity: { enum: ["error", "warning", "info"] }, depth: { type: "integer", minimum: 1, description: "How deep." } },
      },
    });
    expect(out.definitions.ruleId.enum).toEqual(["a", "b"]);
    const before = JSON.parse(schema);
    for (const key of Object.keys(before.properties).filter((k) => k !== "rules")) expect(out.properties[key]).toEqual(before.properties[key]);
  });

  it("made the committed rule ids, rule list, on-send names and schema from the rule files as they are", () => {
    const rules = currentRules();
    const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
    expect(read("src/core/rules/generated/ruleIds.ts")).toBe(gen.ruleIdsModule(rules));
    expect(read("src/core/rules/generated/catalogue.ts")).toBe(gen.catalogueModule(rules));
    expect(read("src/core/rules/generated/onSendNames.ts")).toBe(gen.onSendNamesModule(rules));
    expect(read("schema/organization.schema.json")).toBe(gen.schemaText(rules, read("schema/organization.schema.json")));
  });
});
