/**
 * The layers of docs/architecture.md hold by lint: the atbilde/layers rule of eslint.config.js rejects
 * each breach below and lets the allowed imports through. Module paths never differ only by case or
 * extension (on a Windows or macOS checkout such a pair can resolve to the wrong file).
 */
import * as fs from "fs";
import * as path from "path";
import { Linter } from "eslint";

const ROOT = path.join(__dirname, "..", "..", "..");
// The project's own flat config, as `npm run lint` uses it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CONFIG = require(path.join(ROOT, "eslint.config.js")) as Linter.Config[];
const linter = new Linter({ configType: "flat", cwd: ROOT });

async function layerErrors(file: string, ...imports: string[]): Promise<string[]> {
  const code = imports.map((spec, i) => `import * as m${i} from "${spec}";\nexport const v${i} = m${i};\n`).join("");
  const messages = linter.verify(code, CONFIG, { filename: path.join(ROOT, file) });
  const fatal = messages.filter((m) => m.fatal);
  if (fatal.length) throw new Error(fatal[0].message);
  return messages.filter((m) => m.ruleId === "atbilde/layers").map((m) => m.message);
}

describe("layers (eslint atbilde/layers)", () => {
  jest.setTimeout(60000);

  it.each([
    ["src/core/check/x.ts", "../../office/mailboxPort", "core/check may not import office"],
    ["src/core/x.ts", "../taskpane/runCheck", "core/x may not import taskpane"],
    ["src/office/x.ts", "../taskpane/runCheck", "office"],
    ["src/office/x.ts", "../ui/i18n", "office"],
    ["src/office/x.ts", "../launchevent/decide", "office"],
    ["src/ui/x.ts", "../taskpane/runCheck", "ui"],
    ["src/learn/x.tsx", "../taskpane/i18n", "learn"],
    ["src/taskpane/x.ts", "../learn/learn", "taskpane"],
    ["src/preview/x.ts", "../launchevent/decide", "preview"],
    ["src/cli/commands/x.ts", "../../taskpane/runCheck", "cli"],
    ["src/launchevent/x.ts", "../cli/readInput", "launchevent"],
    ["src/core/rules/x.ts", "../check/context", "core/rules"],
    ["src/core/lv/names/x.ts", "../../config", "core/lv"],
    ["src/core/lv/x.ts", "../draft/types", "core/lv"],
    ["src/core/config/x.ts", "../rules/types", "core/config"],
    ["src/core/standard/x.ts", "../rules/types", "core/standard"],
  ])("%s may not import %s", async (file, spec, layer) => {
    const errors = await layerErrors(file, spec);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(layer.includes(" may not import ") ? layer : `${layer} may not import`);
  });

  it("lets each layer import what it may", async () => {
    expect(await layerErrors("src/taskpane/views/x.tsx", "../../core/check/message", "../../office/mailboxPort", "../../ui/i18n", "../runCheck")).toEqual([]);
    expect(await layerErrors("src/learn/x.tsx", "../core/learn/content", "../ui/learn/LearnContent")).toEqual([]);
    expect(await layerErrors("src/core/check/x.ts", "../learn/exercises", "../rules/types", "../vocabulary")).toEqual([]);
    expect(await layerErrors("src/office/x.ts", "../core/check/message", "./mailboxPort")).toEqual([]);
    expect(await layerErrors("src/launchevent/x.ts", "../office/officeMailbox", "../core/standard")).toEqual([]);
  });
});

describe("module paths", () => {
  it("never differ only by case or extension", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(?:tsx?|jsx?|mjs|cjs|json)$/.test(entry.name)) {
          const rel = path.relative(ROOT, full).split(path.sep).join("/");
          // The module path an import names: no extension, and case folded as Windows and macOS fold it.
          const key = rel.replace(/\.[^./]+$/, "").replace(/\/index$/, "").toLowerCase();
          const other = seen.get(key);
          if (other) clashes.push(`${other} ~ ${rel}`);
          else seen.set(key, rel);
        }
      }
    };
    for (const dir of ["src", "test", "scripts", "bench"]) walk(path.join(ROOT, dir));
    expect(clashes).toEqual([]);
  });

  it("cite documents the project has (docs/…), never one it does not", () => {
    const missing: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(?:tsx?|js)$/.test(entry.name)) {
          const text = fs.readFileSync(full, "utf8");
          const rel = path.relative(ROOT, full).split(path.sep).join("/");
          if (/\bDESIGN\.md\b/.test(text)) missing.push(`${rel}: DESIGN.md`);
          for (const m of text.matchAll(/\bdocs\/[\w-]+\.md\b/g)) if (!fs.existsSync(path.join(ROOT, m[0]))) missing.push(`${rel}: ${m[0]}`);
        }
      }
    };
    walk(path.join(ROOT, "src"));
    expect(missing).toEqual([]);
  });
});
