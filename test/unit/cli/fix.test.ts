/**
 * `atbilde check --fix` and `--fix-dry-run` (issue 17), through runCli: drafts missing a greeting, a
 * reference, thanks, a closing or signature fields — the rules' own bad examples and a mail client's
 * HTML fixture — keep none of those findings after --fix, and every original word stays in order.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../../src/cli/cli";
import { wordsOf } from "../../../src/core/arrange";
import { rule as greeting } from "../../../src/core/rules/greeting";
import { rule as reference } from "../../../src/core/rules/reference";
import { rule as closing } from "../../../src/core/rules/closing";
import { rule as thanks } from "../../../src/core/rules/thanks-or-apology";
import { rule as signatureEmail } from "../../../src/core/rules/signature-email";
import { SIGNATURE, keptInOrder } from "../arrange/fixtures";

const STRUCTURAL = /^(greeting|reference|closing|thanks-or-apology|signature-.*)$/;

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-fix-"));
let serial = 0;
function temp(name: string, content: string): string {
  const file = path.join(dir, `${serial++}-${name}`);
  fs.writeFileSync(file, content);
  return file;
}
const signatureFile = temp("signature.json", JSON.stringify(SIGNATURE));

async function structuralFindings(file: string): Promise<string[]> {
  const { stdout } = await run("check", "--format", "json", file);
  const json = JSON.parse(stdout) as { findings: { rule: string }[] }[];
  return json[0].findings.map((f) => f.rule).filter((rule) => STRUCTURAL.test(rule));
}

describe("atbilde check --fix", () => {
  const drafts = [greeting, reference, closing, thanks, signatureEmail].flatMap((r) =>
    r.meta.examples.bad.filter((text) => !text.startsWith("Dear") && !text.startsWith("Thank")).map((text) => [r.meta.id, text] as const),
  );
  test.each(drafts)("%s: %s", async (_id, text) => {
    const file = temp("draft.txt", text);
    expect((await structuralFindings(file)).length).toBeGreaterThan(0);
    const fixed = await run("check", "--fix", "--signature", signatureFile, file);
    expect(fixed.stderr).toBe("");
    expect(fixed.stdout).toMatch(/salabots — /);
    const after = fs.readFileSync(file, "utf8");
    expect(keptInOrder(wordsOf(text), wordsOf(after))).toBe(true);
    expect(await structuralFindings(file)).toEqual([]);
  });

  it("fixes an Outlook HTML reply in place, before the quoted thread, and keeps it HTML", async () => {
    const source = fs.readFileSync(path.join(__dirname, "../../fixtures/draft/outlook-desktop-lv.html"), "utf8");
    const file = temp("reply.html", source.replace(/Paldies/g, "Tātad"));
    const before = fs.readFileSync(file, "utf8");
    expect(await structuralFindings(file)).toEqual(expect.arrayContaining(["thanks-or-apology"]));
    const fixed = await run("check", "--fix", "--signature", signatureFile, "--lang", "en", file);
    expect(fixed.stdout).toMatch(/: fixed .*thanks-or-apology/);
    const after = fs.readFileSync(file, "utf8");
    expect(keptInOrder(wordsOf(before), wordsOf(after))).toBe(true);
    expect(await structuralFindings(file)).toEqual([]);
    // The quoted thread, from Outlook's header block on, is byte for byte what it was.
    const thread = before.indexOf("<div style='border:none;border-top");
    expect(thread).toBeGreaterThan(0);
    expect(after.slice(after.indexOf("<div style='border:none;border-top"))).toBe(before.slice(thread));
  });

  it("reports what it could not fix and exits 1 while an error remains", async () => {
    const file = temp("unsigned.txt", "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.");
    const noName = temp("signature.json", JSON.stringify({ ...SIGNATURE, name: "" }));
    const fixed = await run("check", "--fix", "--lang", "en", "--signature", noName, file);
    expect(fixed.code).toBe(1);
    expect(fixed.stdout).toContain("not fixed signature-name — no value is known (fill it in under Settings)");
    expect(fixed.stdout).toMatch(/ error {3}[^\n]*signature-name/);
    expect(fs.readFileSync(file, "utf8")).toContain("Ar cieņu\nKlientu apkalpošanas speciāliste\n");
  });

  it("--fix-dry-run prints the fixed files and writes nothing; JSON carries the output", async () => {
    const text = "Būvatļauja ir sagatavota, un to varat saņemt Klientu apkalpošanas centrā. jūs varat atnākt rīt.";
    const file = temp("draft.txt", text);
    const dry = await run("check", "--fix-dry-run", "--signature", signatureFile, file);
    expect(dry.code).toBe(0);
    expect(fs.readFileSync(file, "utf8")).toBe(text);
    expect(dry.stdout).toBe(
      "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, un to varat saņemt Klientu apkalpošanas centrā. Jūs varat atnākt rīt.\n\n" +
        "Ar cieņu\nIlze Ozola\nKlientu apkalpošanas speciāliste\nĀdažu novada pašvaldība\nTālr. 67895400\nE-pasts: ilze.ozola@adazi.lv\nwww.adazunovads.lv\n",
    );
    expect(dry.stderr).toContain("Problēmu nav");
    const second = temp("second.txt", "Labdien!\n\nPaldies par Jūsu e-pastu.");
    const json = await run("check", "--fix-dry-run", "--format", "json", "--signature", signatureFile, file, second);
    const entries = JSON.parse(json.stdout) as { file: string; fixed: string[]; skipped: unknown[]; output: string; findings: unknown[] }[];
    expect(entries.map((e) => e.file)).toEqual([file, second]);
    expect(entries[0].fixed).toEqual(expect.arrayContaining(["greeting", "reference", "polite-you", "signature-name"]));
    expect(entries[0].output).toBe(dry.stdout.slice(0, -1));
    const both = await run("check", "--fix-dry-run", file, second);
    expect(both.stdout).toMatch(new RegExp(`^==> ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} <==\n`));
  });

  it("refuses bad usage and bad input with exit 2, in Latvian or English", async () => {
    const file = temp("draft.txt", "Labdien!");
    expect((await run("check", "--fix", "--fix-dry-run", file)).code).toBe(2);
    expect((await run("check", "--signature", signatureFile, file)).code).toBe(2);
    const eml = temp("message.eml", "From: a@b.lv\r\nTo: c@d.lv\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nLabdien!\r\n");
    const refused = await run("check", "--fix", "--lang", "en", file, eml);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--fix does not rewrite .eml files");
    expect(fs.readFileSync(file, "utf8")).toBe("Labdien!");
    const unknown = temp("signature.json", JSON.stringify({ ...SIGNATURE, fax: "1" }));
    expect((await run("check", "--fix", "--signature", unknown, file)).stderr).toContain("nezināms lauks „fax”");
    expect((await run("check", "--fix", "--lang", "en", "--signature", unknown, file)).stderr).toContain('unknown field "fax"');
    const notText = temp("signature.json", JSON.stringify({ ...SIGNATURE, phone: 67895400 }));
    expect((await run("check", "--fix", "--signature", notText, file)).stderr).toContain("lauka „phone” vērtībai jābūt tekstam");
    const list = temp("signature.json", "[]");
    const listed = await run("check", "--fix", "--lang", "en", "--signature", list, file);
    expect([listed.code, listed.stderr]).toEqual([2, expect.stringContaining("the signature must be a JSON object")]);
    expect(fs.readFileSync(file, "utf8")).toBe("Labdien!");
  });
});
