import * as fs from "fs";
import * as path from "path";
import { RULE_IDS } from "../../../src/core/rules/types";
import { PROFILE_IDS } from "../../../src/core/standard";
import { SIGNATURE_FIELDS, organizationSchema } from "../../../src/core/config";

const root = path.join(__dirname, "../../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(path.join(root, "scripts/gen-config-validator.js")) as { generate(): string; outPath: string };

type SchemaNode = { properties?: Record<string, SchemaNode>; definitions?: Record<string, SchemaNode>; enum?: string[]; items?: SchemaNode };

describe("the published schema and its generated validator", () => {
  it("the generated validator is current (run `npm run gen` after editing the schema)", () => {
    expect(fs.readFileSync(generator.outPath, "utf8")).toBe(generator.generate());
  });

  it("the generated validator holds its schema once (organizationSchema is the constant ajv's code reads)", () => {
    const code = fs.readFileSync(generator.outPath, "utf8");
    expect(code.split('"title":"Atbilde organization.json"').length - 1 + code.split('"title": "Atbilde organization.json"').length - 1).toBe(1);
    expect(code).toMatch(/^export const organizationSchema = schema\d+;$/m);
  });

  it("the generated module embeds the same schema as schema/organization.schema.json", () => {
    const published = JSON.parse(fs.readFileSync(path.join(root, "schema/organization.schema.json"), "utf8"));
    expect(organizationSchema).toEqual(published);
  });

  it("generated code compiles nothing at run time (CSP script-src 'self')", () => {
    const code = fs.readFileSync(generator.outPath, "utf8");
    expect(code).not.toMatch(/new Function|\beval\(|require\(/);
  });

  it("lists exactly the catalogue's rule ids and the profiles' ids", () => {
    const schema = organizationSchema as unknown as SchemaNode;
    expect(Object.keys(schema.properties!.rules.properties!)).toEqual([...RULE_IDS]);
    expect(schema.definitions!.ruleId.enum).toEqual([...RULE_IDS]);
    expect(schema.properties!.profile.enum).toEqual([...PROFILE_IDS]);
    expect(schema.properties!.signature.properties!.requiredFields.items!.enum).toEqual([...SIGNATURE_FIELDS]);
  });
});
