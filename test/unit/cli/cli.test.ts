/**
 * The `atbilde` CLI: runCli called directly (fast), and one run of the real launcher
 * bin/atbilde.js on the compiled code.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../../src/cli/cli";

const root = path.join(__dirname, "../../..");
const fixture = (name: string): string => path.join(root, "test/fixtures/draft", name);

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe("atbilde parse", () => {
  it("prints the docs/architecture.md JSON for a file (JSON is the default)", async () => {
    const result = await run("parse", fixture("owa.html"));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      language: "lv",
      quoted: true,
      signature: {
        name: "Kristīne Kļaviņa",
        position: "Būvvaldes lietvede",
        institution: "Ādažu novada pašvaldība",
        phone: "29 876 543",
        email: "kristine.klavina@adazi.lv",
        website: "www.adazi.lv",
      },
    });
    expect(json.text.startsWith("Labdien, Bērziņa kungs!")).toBe(true);
    expect(json.text).not.toContain("kur var saņemt būvatļauju");
    expect(json.links[0]).toEqual({
      href: "https://www.adazi.lv/lv/buvvalde?sadala=veidlapas",
      text: "pašvaldības tīmekļvietnē",
      rawHref: expect.stringContaining("safelinks.protection.outlook.com"),
    });
    expect((await run("parse", "--format", "json", fixture("owa.html"))).stdout).toBe(result.stdout);
  });

  it("adds the message context of an .eml", async () => {
    const json = JSON.parse((await run("parse", "--format=json", fixture("outlook-multipart.eml"))).stdout);
    expect(json.format).toBe("html");
    expect(json.message.attachments).toEqual(["Lēmums Nr. 5.pdf"]);
    expect(json.message.to).toEqual([{ name: "Anna Kalniņa", address: "anna.kalnina@example.com" }]);
    expect(json.signature.name).toBe("Jānis Bērziņš");
  });

  it("separates a bottom-posted format=flowed plain-text reply", async () => {
    const json = JSON.parse((await run("parse", fixture("thunderbird-flowed.eml"))).stdout);
    expect(json.format).toBe("text");
    expect(json.quoted).toBe(true);
    expect(json.text).toBe(
      "Labdien!\n\nJā, bibliotēka sestdienās strādā no plkst. 10.00 līdz 14.00. Grāmatas var pagarināt pa tālruni 67 997 050.\n\n--\nBaiba Sproģe\nBibliotekāre\nĀdažu bibliotēka",
    );
    expect(json.signature).toMatchObject({ name: "Baiba Sproģe", position: "Bibliotekāre", institution: "Ādažu bibliotēka" });
  });

  it("reports a phone's footer as \"footer\", outside the text (JSON and text)", async () => {
    const json = JSON.parse((await run("parse", fixture("plain-mobile-android.txt"))).stdout);
    expect(json.footer).toBe("Sent from my Galaxy");
    expect(json.text).not.toContain("Sent from my Galaxy");
    const text = (await run("parse", "-f", "text", fixture("plain-mobile-android.txt"))).stdout;
    expect(text).toContain("footer:      Sent from my Galaxy");
    expect(JSON.parse((await run("parse", fixture("owa.html"))).stdout).footer).toBeNull();
  });

  it("prints a readable summary with --format text", async () => {
    const result = await run("parse", "-f", "text", fixture("plain-original-message.txt"));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("language:    lv");
    expect(result.stdout).toContain("quoted:      yes");
    expect(result.stdout).toContain("  | Paldies par Jūsu iesniegumu.");
    expect(result.stdout).toContain("  name         Pēteris Kalns");
    expect(result.stdout).toContain("  website      — (missing)");
    expect(result.stdout).not.toContain("kad remontēs Kadagas ielu");
  });

  it("passes on a charset warning on stderr and still exits 0", async () => {
    const result = await run("parse", fixture("legacy-1257.txt"));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`atbilde: warning: ${fixture("legacy-1257.txt")} is not valid UTF-8; read as windows-1257\n`);
  });

  it.each([
    [["parse"], /parse needs a FILE/],
    [["parse", "a.html", "b.html"], /one FILE/],
    [["parse", "--format", "xml", "a.html"], /--format must be one of json, text/],
    [["parse", "--frmat", "json", "a.html"], /unknown option --frmat/],
    [["parse", fixture("nope.html")], /no such file/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [[], /no command given/],
    [["--bogus"], /unknown option --bogus/],
  ])("exits 2 with a one-line reason for %j", async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^atbilde: /);
  });

  it("exits 2 on binary input", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-"));
    const file = path.join(dir, "image.html");
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    try {
      const result = await run("parse", file);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`atbilde: ${file} is an image, not a mail body\n`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("atbilde --help", () => {
  it.each([["--help"], ["-h"], ["help"]])("%s lists the commands and exit codes", async (flag) => {
    const result = await run(flag);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("atbilde parse [--format json|text] FILE");
    expect(result.stdout).toContain("Exit codes");
  });

  it.each([[["parse", "--help"]], [["help", "parse"]]])("%j explains parse", async (argv) => {
    const result = await run(...argv);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: atbilde parse [--format json|text] FILE");
    expect(result.stdout).toContain("-f, --format FORMAT");
  });

  it("prints the version", async () => {
    expect((await run("--version")).stdout).toMatch(/^atbilde \d+\.\d+\.\d+\n$/);
  });
});

describe("the real launcher", () => {
  it("runs bin/atbilde.js on the compiled code", () => {
    // Compile as `npm run build:cli` does; files other helpers are still writing may report type
    // errors, but tsc emits anyway, so only the emitted entry point matters here.
    spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.node.json"], { cwd: root, stdio: "ignore" });
    expect(fs.existsSync(path.join(root, "build/src/cli/main.js"))).toBe(true);

    const stdout = execFileSync(process.execPath, ["bin/atbilde.js", "parse", "--format", "json", fixture("gmail.html")], { cwd: root, encoding: "utf8" });
    const json = JSON.parse(stdout);
    expect(json.signature.name).toBe("Mārtiņš Ozols");
    expect(json.quoted).toBe(true);

    const failed = spawnSync(process.execPath, ["bin/atbilde.js", "parse"], { cwd: root, encoding: "utf8" });
    expect(failed.status).toBe(2);
    expect(failed.stderr).toBe("atbilde: parse needs a FILE (.txt, .html or .eml)\n");
  }, 120000);
});
