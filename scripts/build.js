// `npm run build [-- --base-url https://host] [--config organization.json] [--dev] [--preview] [--out DIR]`
// Production build by default: dist/ with every manifest URL on the given base URL (https only).
// --dev: the development build with the browser preview, for the e2e tests (build/preview).
// --preview: the browser preview as a production (minified) build, for the benchmarks.
// Arguments are parsed here rather than through env variables so the command is the same in every shell.
"use strict";
const path = require("path");
const webpack = require("webpack");
const makeConfig = require("../webpack.config.js");

function parseArgs(argv) {
  const args = { baseUrl: null, config: null, id: null, dev: false, preview: false, quiet: false, out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (!v) throw new Error(`${a.split("=")[0]} needs a value`);
      return v;
    };
    if (a === "--base-url" || a.startsWith("--base-url=")) args.baseUrl = value();
    else if (a === "--config" || a.startsWith("--config=")) args.config = value();
    else if (a === "--out" || a.startsWith("--out=")) args.out = value();
    else if (a === "--id" || a.startsWith("--id=")) {
      args.id = value();
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(args.id)) throw new Error(`--id must be a GUID like d2603f9c-758d-4625-a1cb-ed6ddec02b6c (got ${args.id})`);
    }
    else if (a === "--dev") args.dev = true;
    else if (a === "--preview") args.preview = true;
    else if (a === "--quiet") args.quiet = true;
    else if (a === "--help" || a === "-h") args.help = true;
    else throw new Error(`unknown option ${a} (see npm run build -- --help)`);
  }
  return args;
}

function checkBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--base-url ${raw} is not a URL`);
  }
  if (url.protocol !== "https:") throw new Error(`--base-url must use https (Outlook loads add-ins only over https), got ${raw}`);
  if (url.search || url.hash) throw new Error("--base-url must not have a query or fragment");
  return url.toString().replace(/\/+$/, "");
}

function run(args) {
  const production = !args.dev;
  const preview = args.dev || args.preview;
  const env = {
    preview,
    baseUrl: args.baseUrl || undefined,
    outDir: args.out || (preview ? path.join("build", "preview") : "dist"),
    config: args.config || undefined,
    manifestId: args.id || undefined,
    quiet: args.quiet,
  };
  const config = makeConfig(env, { mode: production ? "production" : "development" });
  // The pane's config (first, when the event-handler bundle is built beside it).
  const outPath = (Array.isArray(config) ? config[0] : config).output.path;
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      const info = stats.toString({ colors: process.stdout.isTTY, preset: args.quiet ? "errors-warnings" : "normal" });
      if (info.trim()) console.log(info);
      if (stats.hasErrors()) return reject(new Error("webpack reported errors"));
      if (production && !preview) {
        // The unified (JSON) manifest package too, validated offline against Microsoft's schema.
        try {
          const { writeUnifiedPackage } = require("./unified-manifest");
          const xml = require("fs").readFileSync(path.join(outPath, "manifest.xml"), "utf8");
          const id = /<Id>([^<]+)<\/Id>/.exec(xml)[1];
          const version = require("../package.json").version;
          const base = env.baseUrl || "https://localhost:3000";
          for (const sendMode of ["softBlock", "block"]) {
            writeUnifiedPackage(outPath, { baseUrl: base, id, version, sendMode, production: Boolean(env.baseUrl) }, path.join(__dirname, "..", "assets"));
          }
          // Licence texts of the bundled packages and the word lists (scripts/licenses.js).
          require("./licenses").writeLicenses(stats, outPath);
        } catch (e) {
          return reject(e);
        }
      }
      console.log(`Built ${production ? "production" : "development"}${preview ? " preview" : ""} add-in in ${outPath}${env.baseUrl ? ` for ${env.baseUrl}` : ""}`);
      resolve();
    });
  });
}

if (require.main === module) {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`build: ${e.message}`);
    process.exit(2);
  }
  if (args.help) {
    console.log("npm run build -- [--base-url https://host] [--config organization.json] [--id GUID] [--out DIR] [--dev | --preview] [--quiet]");
    process.exit(0);
  }
  try {
    if (args.baseUrl) args.baseUrl = checkBaseUrl(args.baseUrl);
  } catch (e) {
    console.error(`build: ${e.message}`);
    process.exit(2);
  }
  if (!args.dev && !args.preview && !args.baseUrl) {
    console.warn("build: no --base-url given; the manifest keeps https://localhost:3000 (fine for sideloading, not for deployment).");
  }
  run(args).catch((e) => {
    console.error(`build: ${e.message}`);
    process.exit(1);
  });
}

module.exports = { parseArgs, checkBaseUrl, run };
