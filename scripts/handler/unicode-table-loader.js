// webpack loader for scripts/handler/unicode-table.js: replaces the placeholder with the shared table
// of Unicode property classes that unicode-classes.js's Babel plugin makes the handler import.
"use strict";
const { tableModuleSource } = require("./unicode-classes");

module.exports = function unicodeTableLoader() {
  return tableModuleSource();
};
