// `npm run docs:rules`: rewrites the README's rule table from the rules' metadata.
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.node.json")], { stdio: "inherit" });
const { CATALOGUE } = require(path.join(root, "build/src/core/rules/index.js"));
const { rulesMarkdownTable, replaceRulesTable } = require(path.join(root, "build/src/core/rules/catalogueTable.js"));
const { getProfile } = require(path.join(root, "build/src/core/standard/index.js"));
const readmePath = path.join(root, "README.md");
const readme = fs.readFileSync(readmePath, "utf8");
fs.writeFileSync(readmePath, replaceRulesTable(readme, rulesMarkdownTable(CATALOGUE, getProfile("adazi-2023"))));
console.log(`README.md: rule table updated (${CATALOGUE.length} rules)`);
