/**
 * A real production build for an administrator's host and config: every manifest (XML, Block
 * variant, unified JSON package) points only at that host over https and passes the offline checks;
 * dist/ holds everything a static host needs.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import AdmZip from "adm-zip";

const ROOT = path.join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { run: build } = require(path.join(ROOT, "scripts", "build.js")) as { run: (args: Record<string, unknown>) => Promise<void> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifestText } = require(path.join(ROOT, "scripts", "manifest-check.js")) as {
  checkManifestText: (text: string, o: { production: boolean; builtDir: string; repoRoot: string }) => { errors: string[] };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateUnifiedManifest } = require(path.join(ROOT, "scripts", "unified-manifest.js")) as { validateUnifiedManifest: (m: unknown, o: { production: boolean; iconDir: string }) => string[] };

describe("production build for an administrator's host", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-dist-"));
  const config = path.join(out, "..", `organization-${path.basename(out)}.json`);
  const ID = "0d7b3a52-1f7e-4c1e-9d3e-2a4b5c6d7e8f";

  beforeAll(async () => {
    fs.writeFileSync(config, JSON.stringify({ organization: { name: { lv: "Testa pašvaldība" }, website: "https://www.example.lv", phone: "67000000", email: "pasts@example.lv", address: "Skolas iela 1" } }));
    await build({ baseUrl: "https://addin.example.lv/atbilde", config, id: ID, out, quiet: true, dev: false, preview: false });
  }, 240000);

  afterAll(() => {
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(config, { force: true });
  });

  it.each([["manifest.xml"], ["manifest-block.xml"]])("%s: only https on the host, the given Id and version, offline checks pass", (name) => {
    const xml = fs.readFileSync(path.join(out, name), "utf8");
    expect(xml).not.toMatch(/localhost/);
    for (const url of xml.replace(/<AppDomain>[^<]*<\/AppDomain>/g, "").match(/https?:\/\/[^"<\s]+/g) ?? []) {
      if (url.startsWith("http://schemas.microsoft.com/") || url.startsWith("http://www.w3.org/")) continue;
      expect([url, url.startsWith("https://addin.example.lv/atbilde/")]).toEqual([url, true]);
    }
    expect(xml).toContain("<AppDomain>https://addin.example.lv</AppDomain>"); // an origin, not a path
    expect(xml).toContain(`<Id>${ID}</Id>`);
    expect(xml).toMatch(/<Version>\d+\.\d+\.\d+\.0<\/Version>/);
    expect(checkManifestText(xml, { production: true, builtDir: out, repoRoot: ROOT }).errors).toEqual([]);
    expect(xml).toContain(name === "manifest.xml" ? 'SendMode="SoftBlock"' : 'SendMode="Block"');
  });

  it.each([["atbilde-unified.zip", "softBlock"], ["atbilde-unified-block.zip", "block"]])("%s validates offline and points at the host", (zipName, sendMode) => {
    const zip = new AdmZip(path.join(out, zipName));
    const manifest = JSON.parse(zip.readAsText("manifest.json")) as { id: string };
    expect(manifest.id).toBe(ID);
    expect(JSON.stringify(manifest)).not.toMatch(/localhost/);
    expect(JSON.stringify(manifest)).toContain(`"sendMode":"${sendMode}"`);
    expect(validateUnifiedManifest(manifest, { production: true, iconDir: path.join(out, "assets") })).toEqual([]);
  });

  it("holds everything a static host needs", () => {
    for (const file of ["taskpane.html", "commands.html", "help.html", "launchevent.js", "spelling-worker.js", "organization.json", "organization.schema.json", ".well-known/microsoft-officeaddins-allowed.json", "assets/spelling/manifest.json", "assets/icon-80.png"]) {
      expect([file, fs.existsSync(path.join(out, file))]).toEqual([file, true]);
    }
    expect(JSON.parse(fs.readFileSync(path.join(out, ".well-known/microsoft-officeaddins-allowed.json"), "utf8"))).toEqual({ allowed: ["https://addin.example.lv"] });
    expect(JSON.parse(fs.readFileSync(path.join(out, "organization.json"), "utf8")).organization.name.lv).toBe("Testa pašvaldība");
    expect(fs.readFileSync(path.join(out, "launchevent.js"), "utf8")).toContain('"https://addin.example.lv/atbilde"');
    // Production pages load Office.js from Microsoft's CDN, nothing from the preview.
    expect(fs.readFileSync(path.join(out, "taskpane.html"), "utf8")).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(fs.existsSync(path.join(out, "index.html"))).toBe(false);
  });
});
