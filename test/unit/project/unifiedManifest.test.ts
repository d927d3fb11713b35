import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import AdmZip from "adm-zip";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { unifiedManifest, validateUnifiedManifest, writeUnifiedPackage } = require("../../../scripts/unified-manifest.js") as {
  unifiedManifest: (o: { baseUrl: string; id: string; version: string; sendMode?: string }) => Record<string, unknown>;
  validateUnifiedManifest: (m: unknown, o?: { production?: boolean; iconDir?: string | null }) => string[];
  writeUnifiedPackage: (outDir: string, o: Record<string, unknown>, assetsDir: string) => string;
};

const ASSETS = path.join(__dirname, "..", "..", "..", "assets");
const ID = "d2603f9c-758d-4625-a1cb-ed6ddec02b6c";

describe("unified (JSON) manifest", () => {
  it("validates offline against Microsoft's schema, with every URL on the base URL", () => {
    const manifest = unifiedManifest({ baseUrl: "https://addin.example.lv/atbilde/", id: ID, version: "0.1.0" });
    expect(validateUnifiedManifest(manifest, { iconDir: ASSETS })).toEqual([]);
    const text = JSON.stringify(manifest);
    expect(text).not.toMatch(/localhost/);
    expect(text).toContain("https://addin.example.lv/atbilde/taskpane.html");
    expect(text).toContain('"sendMode":"softBlock"');
  });

  it("reports schema errors, http and localhost", () => {
    const broken = { ...unifiedManifest({ baseUrl: "http://localhost:3000", id: "not-a-guid", version: "0.1.0" }), bogus: true };
    const errors = validateUnifiedManifest(broken, { iconDir: ASSETS }).join("\n");
    expect(errors).toMatch(/\/id must match pattern/);
    expect(errors).toMatch(/additional properties \(bogus\)/);
    expect(errors).toMatch(/not https/);
    expect(errors).toMatch(/still points at http:\/\/localhost/);
  });

  it("writes an uploadable package with the manifest, its English strings and both icons", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-unified-"));
    const zipPath = writeUnifiedPackage(out, { baseUrl: "https://addin.example.lv", id: ID, version: "0.1.0", sendMode: "block" }, ASSETS);
    const entries = new AdmZip(zipPath).getEntries().map((e) => e.entryName).sort();
    expect(entries).toEqual(["color.png", "en-us.json", "manifest.json", "outline.png"]);
    const manifest = JSON.parse(new AdmZip(zipPath).readAsText("manifest.json")) as { extensions: { autoRunEvents: { events: { options?: { sendMode: string } }[] }[] }[] };
    expect(manifest.extensions[0].autoRunEvents[0].events.find((e) => e.options)?.options?.sendMode).toBe("block");
  });
});
