// Flat ESLint config. Two architectural rules live here (see docs/architecture.md):
// only src/office may touch the Office global, and src/core stays free of DOM and Node APIs.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const regexp = require("eslint-plugin-regexp");

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
