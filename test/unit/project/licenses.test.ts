/** scripts/licenses.js: dist/ ships the licence texts of the word lists and of every bundled package. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeLicenses, packageOf } = require("../../../scripts/licenses.js") as {
  writeLicenses: (stats: unknown, outDir: string) => { name: string; version: string; license: string; text: string | null }[];
  packageOf: (file: string) => { name: string; dir: string } | null;
};

const root = path.join(__dirname, "..", "..", "..");

interface FakeModule {
  resource?: string;
  modules?: FakeModule[];
}

/** A webpack-Stats-shaped object: modules in chunks, one of them concatenated, one tree-shaken out. */
function fakeStats(inChunks: FakeModule[], shakenOut: FakeModule[]): unknown {
  const modules = new Set<FakeModule>([...inChunks, ...shakenOut]);
  const chunkGraph = { getNumberOfModuleChunks: (m: FakeModule) => (inChunks.includes(m) ? 1 : 0) };
  return { stats: [{ compilation: { modules, chunkGraph } }] };
}

describe("licence texts in dist/", () => {
  let out: string;
  beforeAll(() => (out = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-licenses-"))));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("finds the package of a bundled file, scoped or not", () => {
    expect(packageOf(path.join(root, "node_modules", "htmlparser2", "dist", "esm", "index.js"))?.name).toBe("htmlparser2");
    expect(packageOf(path.join(root, "node_modules", "@fluentui", "react-button", "lib", "index.js"))?.name).toBe("@fluentui/react-button");
    expect(packageOf(path.join(root, "src", "core", "index.ts"))).toBeNull();
  });

  it("writes every bundled package with its licence text, and the word lists' licences", () => {
    const resolve = (id: string): string => require.resolve(id, { paths: [root] });
    const concatenated: FakeModule = { modules: [{ resource: resolve("htmlparser2") }, { resource: resolve("domhandler") }, { resource: path.join(root, "src", "core", "draft", "index.ts") }] };
    const packages = writeLicenses(fakeStats([concatenated, { resource: resolve("entities") }, { resource: resolve("react") }], [{ resource: resolve("ajv") }]), out);
    expect(packages.map((p) => p.name)).toEqual(["domhandler", "entities", "htmlparser2", "react"]);
    for (const p of packages) expect(p.text).toMatch(/permission|redistribution/i);

    const notice = fs.readFileSync(path.join(out, "THIRD-PARTY-NOTICES.txt"), "utf8");
    expect(notice).toContain("domhandler@");
    expect(notice).toMatch(/domhandler@\S+ — BSD-2-Clause/);
    expect(notice).toMatch(/react@\S+ — MIT/);
    expect(notice).not.toContain("ajv@"); // shaken out of every chunk: not shipped
    expect(notice).toContain("Redistribution and use in source and binary forms"); // the BSD text itself

    const shipped = fs.readdirSync(path.join(out, "licenses")).sort();
    expect(shipped).toEqual(expect.arrayContaining(["atbilde-LICENSE.txt", "dictionary-lv-LGPL-2.1.txt", "dictionary-en-LICENSE.txt", "unicode-unilex-LICENSE.txt"]));
    expect(fs.readFileSync(path.join(out, "licenses", "dictionary-lv-LGPL-2.1.txt"), "utf8")).toContain("GNU Lesser General Public License");
    for (const f of shipped.filter((name) => name !== "atbilde-LICENSE.txt")) expect(notice).toContain(`licenses/${f}`);
  });

  it("is written by the production build", () => {
    const build = fs.readFileSync(path.join(root, "scripts", "build.js"), "utf8");
    expect(build).toMatch(/require\("\.\/licenses"\)\.writeLicenses\(stats, outPath\)/);
  });
});
