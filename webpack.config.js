// One webpack config for every build. env:
//   preview   include the browser preview and serve office.js from @microsoft/office-js (no internet)
//   baseUrl   the add-in's public base URL, written into the manifest (default https://localhost:3000)
//   outDir    output folder (default dist)
const path = require("path");
const fs = require("fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { CSP, OFFICE_JS_CDN_URL } = require("./scripts/csp");
const { unicodePropertyPlugin, TABLE_MODULE: UNICODE_TABLE_MODULE } = require("./scripts/handler/unicode-classes");
const { ClassicRuntimePlugin } = require("./scripts/handler/classic-runtime");
const { stripDocsPlugin } = require("./scripts/handler/strip-docs");

const DEV_BASE_URL = "https://localhost:3000";

/**
 * Rewrites every development URL in the manifest to the given base URL and, when given, sets the
 * add-in's Id and Version (from package.json: "1.2.3" becomes "1.2.3.0").
 */
function rewriteManifest(xml, baseUrl, { id, version } = {}) {
  const base = baseUrl.replace(/\/+$/, "");
  // AppDomain is an origin (scheme and host), even when the add-in lives under a path.
  let out = xml.replace(/<AppDomain>[^<]*<\/AppDomain>/g, () => `<AppDomain>${new URL(base).origin}</AppDomain>`);
  out = out.split(DEV_BASE_URL).join(base);
  if (id) out = out.replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`);
  if (version) out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${version.split(".").concat(["0", "0", "0"]).slice(0, 4).join(".")}</Version>`);
  return out;
}

/**
 * The event-handler bundle (Smart Alerts): one self-contained file, launchevent.js, in ES2016 —
 * classic Outlook on Windows before build 2403 runs nothing newer in its JavaScript-only runtime,
 * times out on async functions and does not load a file with a conditional operator. Babel turns our
 * code and our dependencies' into ES2016 syntax (the handler's own code is written without async
 * functions); Unicode property escapes share one compact table (scripts/handler/unicode-classes.js),
 * documentation the decision never reads is left out (scripts/handler/strip-docs.js); after terser,
 * scripts/handler/classic-runtime.js rewrites every `?:` and checks the result. Built-in library
 * functions are not polyfilled: the runtime's engine has them. The same file serves the web runtime
 * (commands.html) of Outlook on the web, new Outlook and Mac (docs/decisions.md).
 */
/**
 * babel-loader for the handler bundle. The handler's own code has no async functions (promise
 * chains instead): lowered, each would bring a state-machine runtime into its file, and left as
 * generators it would fail the classic-runtime check — so async code here fails the build.
 */
function handlerBabel() {
  return {
    loader: "babel-loader",
    options: {
      babelrc: false,
      configFile: false,
      sourceType: "unambiguous",
      plugins: [unicodePropertyPlugin, stripDocsPlugin],
      presets: [
        ["@babel/preset-env", { targets: { chrome: "52" }, bugfixes: true, modules: false }],
        ["@babel/preset-typescript", { allowDeclareFields: true }],
      ],
    },
  };
}

function launcheventConfig(env, mode, outDir) {
  return {
    name: "launchevent",
    mode,
    entry: { launchevent: env.launcheventEntry || "./src/launchevent/launchevent.ts" },
    target: ["web", "es2016"],
    devtool: false,
    output: { path: outDir, filename: "[name].js", clean: false, chunkFormat: false, iife: true },
    resolve: { extensions: [".ts", ".js"], modules: [path.join(__dirname, "node_modules"), "node_modules"] },
    optimization: { splitChunks: false, runtimeChunk: false },
    module: {
      rules: [
        // The shared Unicode class table, generated at build time.
        { test: UNICODE_TABLE_MODULE, use: { loader: require.resolve("./scripts/handler/unicode-table-loader.js") } },
        {
          test: /\.[cm]?[jt]s$/,
          exclude: UNICODE_TABLE_MODULE,
          // Everything, node_modules included: a dependency in ES2020 would break classic Outlook.
          use: handlerBabel(),
        },
      ],
    },
    plugins: [
      // The add-in's own host: the handler fetches organization.json (and spelling data) from it.
      // Preview builds use "" (relative to the page), since the preview is served from any port.
      new webpack.DefinePlugin({
        __ATBILDE_BASE_URL__: JSON.stringify(env.preview && !env.baseUrl ? "" : (env.baseUrl || DEV_BASE_URL).replace(/\/+$/, "")),
      }),
      new ClassicRuntimePlugin(),
    ],
    performance: { hints: false },
    stats: env.quiet ? "errors-warnings" : "normal",
  };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || "production";
  const outDir = path.resolve(__dirname, env.outDir || "dist");
  const pane = paneConfig(env, argv);
  if (env.paneOnly || !fs.existsSync(path.join(__dirname, "src", "launchevent", "launchevent.ts"))) return pane;
  return [pane, launcheventConfig({ ...env, preview: Boolean(env.preview) || mode === "development" }, mode, outDir)];
};

function paneConfig(env = {}, argv = {}) {
  const mode = argv.mode || env.mode || "production";
  const preview = Boolean(env.preview) || mode === "development";
  const baseUrl = env.baseUrl || DEV_BASE_URL;
  const outDir = path.resolve(__dirname, env.outDir || "dist");
  const officeJs = preview ? "office-js/office.js" : OFFICE_JS_CDN_URL;

  const entry = { taskpane: "./src/taskpane/index.tsx", "spelling-worker": "./src/taskpane/spelling.worker.ts" };
  if (preview) entry.preview = "./src/preview/preview.tsx";
  // The standalone Learn page for trainers (works with no Outlook and no internet).
  if (preview) entry.learn = "./src/learn/learn.tsx";

  const pages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      csp: CSP,
      officeJs,
      previewFrame: preview,
    }),
    new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help.html", chunks: [], csp: CSP }),
    // The event runtime page (Smart Alerts) for Outlook on the web, new Outlook and Mac.
    new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/launchevent/commands.html", chunks: [], csp: CSP, officeJs, inject: false }),
  ];
  if (preview) {
    pages.push(new HtmlWebpackPlugin({ filename: "index.html", template: "./src/preview/index.html", chunks: ["preview"], csp: CSP }));
    pages.push(new HtmlWebpackPlugin({ filename: "learn.html", template: "./src/learn/learn.html", chunks: ["learn"], csp: CSP }));
  }

  const manifestFacts = { id: env.manifestId, version: require("./package.json").version };
  const copies = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    // Compiled spelling word lists (content-hashed names, listed in manifest.json).
    { from: "assets/spelling/*.dawg", to: "assets/spelling/[name][ext]" },
    { from: "assets/spelling/manifest.json", to: "assets/spelling/manifest.json" },
    // The morphological analyzer's data for the grammar rules (issue 20), loaded by the same worker.
    { from: "assets/morphology/*.txt", to: "assets/morphology/[name][ext]" },
    { from: "assets/morphology/manifest.json", to: "assets/morphology/manifest.json" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => rewriteManifest(content.toString(), baseUrl, manifestFacts),
    },
    // The variant for organizations that allow no send without the check (admin deployment only).
    {
      from: "manifest.xml",
      to: "manifest-block.xml",
      transform: (content) => rewriteManifest(content.toString(), baseUrl, manifestFacts).replace(/SendMode="SoftBlock"/g, 'SendMode="Block"'),
    },
    // The schema beside the config, for administrators' editors ("$schema": "organization.schema.json").
    { from: "schema/organization.schema.json", to: "organization.schema.json" },
    // Classic Outlook lets the JavaScript-only runtime fetch only from origins this file allows.
    {
      from: "src/launchevent/microsoft-officeaddins-allowed.json",
      to: ".well-known/microsoft-officeaddins-allowed.json",
      transform: (content) => content.toString().split(DEV_BASE_URL).join(new URL(baseUrl).origin),
    },
  ];
  if (env.config) copies.push({ from: path.resolve(env.config), to: "organization.json" });
  if (preview) {
    copies.push(
      { from: "src/preview/preview.css", to: "preview.css" },
      { from: "src/preview/preview-frame.js", to: "preview-frame.js" },
      // office.js needs its host mapping table beside it to start without Microsoft's CDN.
      { from: "node_modules/@microsoft/office-js/dist/office.js", to: "office-js/office.js" },
      { from: "node_modules/@microsoft/office-js/dist/o15apptofilemappingtable.js", to: "office-js/o15apptofilemappingtable.js" },
    );
    if (!env.config) copies.push({ from: "src/preview/organization.json", to: "organization.json", noErrorOnMissing: true });
  }

  return {
    mode,
    entry,
    // No eval-based source maps: the pages' CSP forbids eval in development too.
    devtool: mode === "development" ? "source-map" : false,
    output: {
      path: outDir,
      // The worker keeps a fixed name (the pane starts it by name, with ?v=build to bust caches).
      filename: (pathData) => (pathData.chunk && pathData.chunk.name === "spelling-worker" ? "spelling-worker.js" : "[name].[contenthash:8].js"),
      chunkFilename: "chunk.[contenthash:8].js",
      // The event-handler bundle is built into the same folder by the second config.
      clean: { keep: /^launchevent\.js$/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        // Our modules do their work when called, not when loaded, so webpack may leave out a module
        // none of whose exports the pane uses (initial-JS budget, issue 17). The one exception is
        // the atob shim, imported for its effect before htmlparser2.
        { test: /[\\/]src[\\/].*\.tsx?$/, exclude: /atobShim\.ts$/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules let webpack tree-shake Fluent UI; tsconfig's CommonJS is for Node and jest.
            options: { transpileOnly: true, compilerOptions: { module: "es2020" } },
          },
        },
      ],
    },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({ patterns: copies }),
      new webpack.DefinePlugin({ __ATBILDE_BUILD__: JSON.stringify(`${require("./package.json").version}-${Date.now().toString(36)}`) }),
    ],
    performance: { hints: false },
    stats: env.quiet ? "errors-warnings" : "normal",
    devServer: {
      port: 3000,
      host: "localhost",
      static: false,
      headers: { "Content-Security-Policy": CSP, "Cache-Control": "no-store" },
      client: { overlay: { errors: true, warnings: false, runtimeErrors: false } },
      hot: false,
      liveReload: true,
    },
  };
}

module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.launcheventConfig = launcheventConfig;
