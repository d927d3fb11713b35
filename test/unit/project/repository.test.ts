import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..", "..");
const SKIP_DIRS = new Set(["node_modules", ".git", "dist", "build", "coverage"]);
const TEXT_EXT = new Set([".ts", ".tsx", ".js", ".mjs", ".cjs", ".json", ".sh", ".html", ".css", ".xml", ".yml", ".yaml", ".md"]);
// Where a mention of ../shared is allowed: docs describing the project's origin, and the optional
// .msg samples test (issue 10), which skips when the folder is absent.
const ALLOWED = [/^docs\//, /^README\.md$/, /^test\/unit\/project\/repository\.test\.ts$/, /msg-samples/];

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") && entry.name !== ".ci") continue;
    if (SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

describe("the repository stands alone", () => {
  it("has no code, script or test that reads ../shared", () => {
    const offenders: string[] = [];
    for (const file of files(ROOT)) {
      const rel = path.relative(ROOT, file).split(path.sep).join("/");
      if (!TEXT_EXT.has(path.extname(file)) && !rel.startsWith(".ci/")) continue;
      if (ALLOWED.some((re) => re.test(rel))) continue;
      const text = fs.readFileSync(file, "utf8");
      if (/\.\.[/\\]shared\b|\/work\/shared\b/.test(text)) offenders.push(rel);
    }
    expect(offenders).toEqual([]);
  });

  it("keeps LF line endings for text files (.gitattributes)", () => {
    const attributes = fs.readFileSync(path.join(ROOT, ".gitattributes"), "utf8");
    expect(attributes).toMatch(/^\* text=auto eol=lf$/m);
  });

  it("uses no POSIX-only syntax in npm scripts, so they run in Windows shells too", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    for (const [name, script] of Object.entries(pkg.scripts)) {
      expect([name, /(^|&&\s*|;\s*)[A-Z_]+=\S+\s/.test(script)]).toEqual([name, false]); // VAR=value cmd
      expect([name, /'[^'*?]*[*?][^']*'/.test(script)]).toEqual([name, false]); // single-quoted globs
      expect([name, /\brm -rf\b|\bcp -r\b/.test(script)]).toEqual([name, false]);
    }
  });
});
