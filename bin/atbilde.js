#!/usr/bin/env node
// Launcher for the `atbilde` CLI: runs the compiled code in build/ (made by `npm install` via
// the `prepare` script, or `npm run build:cli`).
"use strict";
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "build", "src", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("atbilde: the CLI is not compiled yet; run `npm run build:cli` in " + path.dirname(__dirname) + "\n");
  process.exit(2);
}
require(main);
