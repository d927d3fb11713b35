// Licence texts for what a production build ships (called by scripts/build.js).
//
// dist/ carries code from npm packages (React, Fluent UI, htmlparser2 and its BSD-licensed
// helpers, …) and word lists compiled from LGPL and other data. Their licences require the
// notices to travel with the copies, so the build writes:
//   dist/licenses/                 the texts in licenses/ (word lists, frequency data) and Atbilde's own LICENSE
//   dist/THIRD-PARTY-NOTICES.txt   every bundled package (name, version, licence) with its licence text
// The package list comes from the compilation itself (the modules that ended up in a chunk), so a
// new dependency is listed without anyone remembering to.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const LICENSE_FILE = /^(?:licen[cs]e|copying)(?:[.-].*)?$/i;

/** The package directory and name a bundled file belongs to, or null for the project's own files. */
function packageOf(file) {
  const marker = `${path.sep}node_modules${path.sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) return null;
  const rest = file.slice(at + marker.length).split(path.sep);
  const name = rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  return { name, dir: file.slice(0, at + marker.length) + name.split("/").join(path.sep) };
}

/** The files of the modules a webpack compilation put into chunks (concatenated modules opened up). */
function bundledFiles(compilation) {
  const files = new Set();
  const visit = (module) => {
    if (module.modules) for (const inner of module.modules) visit(inner);
    if (module.rootModule) visit(module.rootModule);
    const resource = module.resource || (module.resourceResolveData && module.resourceResolveData.path);
    if (resource) files.add(resource.split("?")[0]);
  };
  for (const module of compilation.modules) {
    if (compilation.chunkGraph.getNumberOfModuleChunks(module) > 0) visit(module);
  }
  return files;
}

/** name, version, licence and licence text of each package the files belong to, sorted by name. */
function packagesOf(files) {
  const byName = new Map();
  for (const file of files) {
    const pkg = packageOf(file);
    if (!pkg || byName.has(pkg.name)) continue;
    const manifest = JSON.parse(fs.readFileSync(path.join(pkg.dir, "package.json"), "utf8"));
    const licenseFile = fs.readdirSync(pkg.dir).find((f) => LICENSE_FILE.test(f) && fs.statSync(path.join(pkg.dir, f)).isFile());
    byName.set(pkg.name, {
      name: pkg.name,
      version: manifest.version,
      license: typeof manifest.license === "string" ? manifest.license : (manifest.license && manifest.license.type) || "see package",
      text: licenseFile ? fs.readFileSync(path.join(pkg.dir, licenseFile), "utf8").trim() : null,
    });
  }
  return Array.from(byName.values()).sort((a, b) => (a.name < b.name ? -1 : 1));
}

function noticeText(packages, dataLicenses) {
  const out = [
    "Atbilde — third-party notices",
    "",
    "This build contains code from the npm packages below, each under its own licence (full texts",
    "follow), and data under the licences in licenses/:",
    ...dataLicenses.map((f) => `  licenses/${f}`),
    "Atbilde itself: licenses/atbilde-LICENSE.txt.",
    "",
    "Bundled packages:",
    ...packages.map((p) => `  ${p.name}@${p.version} — ${p.license}`),
  ];
  for (const p of packages) {
    out.push("", "=".repeat(78), `${p.name}@${p.version} — ${p.license}`, "=".repeat(78), "");
    out.push(p.text || `The package ships no licence file; its package.json declares the licence "${p.license}".`);
  }
  return out.join("\n") + "\n";
}

/**
 * Writes dist/licenses/ and dist/THIRD-PARTY-NOTICES.txt for the compilations of a build
 * (webpack Stats or MultiStats). Returns the bundled packages.
 */
function writeLicenses(stats, outDir) {
  const compilations = (stats.stats || [stats]).map((s) => s.compilation);
  const files = new Set();
  for (const c of compilations) for (const f of bundledFiles(c)) files.add(f);
  const packages = packagesOf(files);
  const target = path.join(outDir, "licenses");
  fs.mkdirSync(target, { recursive: true });
  const dataLicenses = fs.readdirSync(path.join(root, "licenses")).filter((f) => f.endsWith(".txt")).sort();
  for (const f of dataLicenses) fs.copyFileSync(path.join(root, "licenses", f), path.join(target, f));
  fs.copyFileSync(path.join(root, "LICENSE"), path.join(target, "atbilde-LICENSE.txt"));
  fs.writeFileSync(path.join(outDir, "THIRD-PARTY-NOTICES.txt"), noticeText(packages, dataLicenses));
  return packages;
}

module.exports = { writeLicenses, packagesOf, packageOf, noticeText };
