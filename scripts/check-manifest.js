// `npm run check:manifest`: offline manifest checks (see scripts/manifest-check.js).
// With no arguments it checks the development manifest.xml, and dist/manifest.xml (as production)
// when a production build exists.
"use strict";
const fs = require("fs");
const path = require("path");
const { checkManifestText } = require("./manifest-check");

const root = path.join(__dirname, "..");
const argv = process.argv.slice(2);
const production = argv.includes("--production");
const builtIndex = argv.indexOf("--built");
const builtDir = builtIndex >= 0 ? path.resolve(argv[builtIndex + 1]) : null;
const files = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--built");

const targets = files.length
  ? files.map((f) => ({ file: path.resolve(f), production, builtDir: builtDir || path.dirname(path.resolve(f)) }))
  : [
      // The development manifest's event handlers are matched against the preview build, if any.
      { file: path.join(root, "manifest.xml"), production: false, builtDir: builtDir || (fs.existsSync(path.join(root, "build", "preview", "launchevent.js")) ? path.join(root, "build", "preview") : null) },
      ...["manifest.xml", "manifest-block.xml"]
        .filter((name) => fs.existsSync(path.join(root, "dist", name)))
        .map((name) => ({ file: path.join(root, "dist", name), production: true, builtDir: path.join(root, "dist") })),
    ];

let failed = false;
for (const t of targets) {
  let text;
  try {
    text = fs.readFileSync(t.file, "utf8");
  } catch (e) {
    console.error(`${t.file}: cannot read (${e.code || e.message})`);
    failed = true;
    continue;
  }
  const { errors, warnings } = checkManifestText(text, { production: t.production, builtDir: t.builtDir, repoRoot: root });
  const label = path.relative(process.cwd(), t.file) || t.file;
  for (const w of warnings) console.warn(`${label}: warning: ${w}`);
  for (const e of errors) console.error(`${label}: error: ${e}`);
  if (errors.length) failed = true;
  else console.log(`${label}: OK${t.production ? " (production)" : ""}`);
}
process.exit(failed ? 1 : 0);
