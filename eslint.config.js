// Flat ESLint config. Two architectural rules live here (see docs/architecture.md):
// only src/office may touch the Office global, and src/core stays free of DOM and Node APIs.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const regexp = require("eslint-plugin-regexp");
const layers = require("./scripts/eslint-layers");

const officeGlobals = [
  { name: "Office", message: "Only src/office may use the Office global; go through MailboxPort." },
  { name: "OfficeRuntime", message: "Only src/office may use OfficeRuntime; go through MailboxPort." },
];
const domGlobals = ["window", "document", "DOMParser", "fetch", "localStorage", "navigator", "XMLHttpRequest"].map(
  (name) => ({ name, message: "src/core runs in Node and Outlook's JavaScript-only runtime too: pass data in instead." }),
);

module.exports = tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "build/**", "coverage/**", "**/*.min.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "regexp/no-super-linear-backtracking": "error",
      // Capturing groups used only for grouping are harmless; (?:…) everywhere hurts readability.
      "regexp/no-unused-capturing-group": "off",
    },
  },
  {
    files: ["src/office/**", "test/unit/office/**"],
    rules: { "no-restricted-globals": "off" },
  },
  {
    files: ["src/core/**"],
    rules: { "no-restricted-globals": ["error", ...officeGlobals, ...domGlobals] },
    // Node built-ins are forbidden in core as well.
  },
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["fs", "path", "node:*", "react", "react-dom", "@fluentui/*"] }],
    },
  },
  {
    // The layers of docs/architecture.md: core imports only core; office only core; shared UI (src/ui)
    // core and office; each front door core, office and ui — never another front door.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { atbilde: layers },
    rules: {
      "atbilde/layers": [
        "error",
        {
          allow: {
            core: ["core"],
            office: ["core"],
            ui: ["core", "office"],
            taskpane: ["core", "office", "ui"],
            launchevent: ["core", "office", "ui"],
            cli: ["core", "office", "ui"],
            learn: ["core", "office", "ui"],
            preview: ["core", "office", "ui"],
          },
          forbid: [
            { from: "core/rules", to: ["core/check"], why: "rules do not import the runner" },
            { from: "core/lv", to: ["core/config", "core/draft"], why: "the language helpers sit below config and the draft model" },
            { from: "core/config", to: ["core/rules", "core/check"], why: "shared words come from core/vocabulary, not the rules" },
            { from: "core/standard", to: ["core/rules", "core/check"], why: "shared words come from core/vocabulary, not the rules" },
            { from: "core/vocabulary", to: ["core/*"], why: "the vocabulary imports nothing" },
          ],
          exceptions: [
            // The generated id list imports nothing; the vocabulary re-exports it so no types module imports the rules.
            { file: "core/vocabulary.ts", import: "./rules/generated/ruleIds", why: "generated rule ids" },
          ],
        },
      ],
    },
  },
  {
    files: ["src/**/*.js"],
    languageOptions: { sourceType: "script", globals: { window: "readonly" } },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    ignores: ["src/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly", Buffer: "readonly", setTimeout: "readonly", clearTimeout: "readonly", URL: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
