// `npm run bench [-- NAME...]`: compiles the Node side (tsconfig.node.json) and runs every
// bench/*.bench.ts (or the named ones) in turn. Each prints its own figures and targets.
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const tsc = require.resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.node.json")], { stdio: "inherit", cwd: root });

const benchDir = path.join(root, "build", "bench");
const wanted = process.argv.slice(2);
const files = fs.existsSync(benchDir)
  ? fs.readdirSync(benchDir).filter((f) => f.endsWith(".bench.js") && (!wanted.length || wanted.some((w) => f.startsWith(w))))
  : [];
if (!files.length) {
  console.error(`bench: no benchmarks found${wanted.length ? ` matching ${wanted.join(", ")}` : ""}`);
  process.exit(2);
}

(async () => {
  let failed = false;
  for (const file of files.sort()) {
    console.log(`\n=== ${file.replace(/\.bench\.js$/, "")} ===`);
    try {
      const mod = require(path.join(benchDir, file));
      const result = await mod.run();
      if (result && result.ok === false) failed = true;
    } catch (e) {
      console.error(`bench ${file} failed: ${e && e.stack ? e.stack : e}`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
})();
