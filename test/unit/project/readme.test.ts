import * as fs from "fs";
import * as path from "path";
import { CATALOGUE } from "../../../src/core/rules";
import { RULES_TABLE_END, RULES_TABLE_START, rulesMarkdownTable } from "../../../src/core/rules/catalogueTable";
import { getProfile } from "../../../src/core/standard";

const README = fs.readFileSync(path.join(__dirname, "..", "..", "..", "README.md"), "utf8");

describe("README", () => {
  it("lists the rules as their metadata says (run `npm run gen` after changing a rule)", () => {
    const start = README.indexOf(RULES_TABLE_START);
    const end = README.indexOf(RULES_TABLE_END);
    expect(start).toBeGreaterThan(0);
    expect(README.slice(start + RULES_TABLE_START.length, end).trim()).toBe(rulesMarkdownTable(CATALOGUE, getProfile("adazi-2023")));
  });

  it("starts with the two set-up commands CI runs", () => {
    const ci = fs.readFileSync(path.join(__dirname, "..", "..", "..", ".ci", "run"), "utf8");
    expect(README).toContain("npm install && npm start");
    expect(README).toContain("npm install && npm test");
    expect(ci).toMatch(/^npm test$/m);
    expect(ci).toMatch(/^npm ci\b/m);
  });
});
