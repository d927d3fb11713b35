// Babel plugin for the handler bundle: leaves out documentation the on-send decision never reads —
// the rules' descriptions, titles, checklist topics and example sentences (for the Learn view, the
// triage, the README table and the rules' own tests), the lexicon's example sentences and the quotes of the standards' clauses. Only
// object properties whose key is listed for that file and whose value is pure are removed; the
// rules' messages stay (the task pane shows them from the Smart Alert's contextData). Keeps
// launchevent.js under its size limit.
"use strict";
const path = require("path");

const ROOT = path.join(__dirname, "..", "..");
/** File (relative to the project, "/" separators) → the property keys left out there. */
const STRIPPED = [
  { file: /^src\/core\/rules\/(?:[^/]+|support\/signature)\.ts$/, keys: ["description", "examples", "title", "topic"] },
  { file: /^src\/core\/lv\/lexicon\/entries\.ts$/, keys: ["example"] },
  // The standards' wording behind each clause (the pane quotes it), the source document's details and
  // the notes on a mapping (settings and the Learn view show them); the decision needs the numbers only.
  { file: /^src\/core\/standard\/profiles\/[^/]+\.ts$/, keys: ["quote", "source", "note"] },
];

function stripDocsPlugin({ types: t }) {
  return {
    name: "atbilde-strip-docs",
    visitor: {
      ObjectProperty(propertyPath, state) {
        const file = path.relative(ROOT, state.filename || "").split(path.sep).join("/");
        const entry = STRIPPED.find((e) => e.file.test(file));
        if (!entry || propertyPath.node.computed) return;
        const key = propertyPath.node.key;
        const name = t.isIdentifier(key) ? key.name : t.isStringLiteral(key) ? key.value : null;
        if (name === null || entry.keys.indexOf(name) < 0) return;
        if (!propertyPath.get("value").isPure()) return;
        propertyPath.remove();
      },
    },
  };
}

module.exports = { stripDocsPlugin, STRIPPED };
