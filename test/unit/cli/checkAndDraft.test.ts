/** `atbilde check` and `atbilde draft`, through runCli (the real commands, in-process). */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../../src/cli/cli";
import { lineColumn } from "../../../src/core/config/jsonSyntax";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures");
const PLAN = path.join(FIXTURES, "compose", "holding-plan.json");

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

function temp(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-cli-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe("atbilde check", () => {
  it("prints JSON findings per file and exits 1 when one is an error", async () => {
    const file = temp("poor.txt", "Informējam, ka uz doto brīdi iesniegums ir saņemts.\n\nIlze Ozola");
    const { code, stdout } = await run("check", "--format", "json", file);
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as { file: string; findings: { rule: string; clause: string; severity: string; start: number; end: number }[] }[];
    expect(json[0].file).toBe(file);
    const rules = json[0].findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(["greeting", "jargon", "signature-phone", "signature-position"]));
    expect(json[0].findings.find((f) => f.rule === "greeting")?.clause).toBe("9.1");
    for (const f of json[0].findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(["rule", "clause", "severity", "message", "start", "end", "excerpt"]));
  });

  it("reads like ESLint in text, in Latvian or English, and exits 0 without errors", async () => {
    const reply = temp("reply.html", (await run("draft", "--plan", PLAN, "--today", "2026-11-17")).stdout);
    const ok = await run("check", reply);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("Problēmu nav");
    const poor = temp("poor.txt", "Labdien!\n\nSveiks, pasvaldiba saņēma iesniegumu.");
    const en = await run("check", "--lang", "en", poor);
    expect(en.stdout).toMatch(/^ {2}3:9 +warning +“pasvaldiba” is not in the dictionary\. Did you mean “pašvaldība”\? +spelling \(Ādaži 2023, clause 9\.5\)/m);
    expect(en.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ suggestions?\)/);
  });

  it("uses the config's profile and cites its clauses", async () => {
    const config = temp("organization.json", JSON.stringify({ profile: "riga" }));
    const file = temp("poor.txt", "Informējam, ka iesniegums ir saņemts.");
    const { stdout } = await run("check", "--format", "json", "--config", config, file);
    const findings = (JSON.parse(stdout) as { findings: { rule: string; clause: string }[] }[])[0].findings;
    expect(findings.find((f) => f.rule === "greeting")?.clause).not.toBe("9.1");
  });

  it.each([
    [["check"], /needs at least one FILE/],
    [["check", "/nonexistent/x.txt"], /no such file/],
    [["check", "--config", "/nonexistent/organization.json", "x.txt"], /no such file/],
  ])("%j exits 2 with one line", async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 on a config with errors, naming the path", async () => {
    const config = temp("organization.json", JSON.stringify({ profile: "nav-tāda", links: "x" }));
    const { code, stderr } = await run("check", "--config", config, temp("a.txt", "Labdien!"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/error\(s\) in the config; first: \//);
  });

  it.each([
    ["ab\ncd", 4, { line: 2, column: 2 }],
    ["ā\nšž", 3, { line: 2, column: 2 }],
    ["", 0, { line: 1, column: 1 }],
  ])("line:column of %j at %i", (text, offset, expected) => {
    expect(lineColumn(text, offset)).toEqual(expected);
  });
});

describe("atbilde draft", () => {
  it("composes HTML and text from a plan, counting working days from --today", async () => {
    const html = await run("draft", "--plan", PLAN, "--today", "2026-11-17");
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<div><p>Labdien, Bērziņa kungs!<\/p>/);
    const text = await run("draft", "--plan", PLAN, "--format", "text", "--today", "2026-11-17");
    expect(text.stdout).toContain("Atbildi Jums sniegsim e-pastā līdz 2026. gada 20. novembrim.");
  });

  it("takes the complaint authority and calendar from the config", async () => {
    const plan = JSON.parse(fs.readFileSync(PLAN, "utf8"));
    const apology = temp("plan.json", JSON.stringify({ ...plan, scenario: "apology", deadline: undefined }));
    const config = temp("organization.json", JSON.stringify({ profile: "riga", complaintAuthority: { lv: "pašvaldības izpilddirektors" } }));
    const { stdout } = await run("draft", "--plan", apology, "--config", config, "--format", "text", "--today", "2026-11-17");
    expect(stdout).toContain("Sūdzības izskata: pašvaldības izpilddirektors.");
    const holiday = temp("organization.json", JSON.stringify({ calendar: { holidays: [{ date: "2026-11-19" }] } }));
    const moved = await run("draft", "--plan", PLAN, "--config", holiday, "--format", "text", "--today", "2026-11-17");
    expect(moved.stdout).toContain("līdz 2026. gada 23. novembrim");
  });

  it("prints notes on stderr", async () => {
    const plan = JSON.parse(fs.readFileSync(PLAN, "utf8"));
    const file = temp("plan.json", JSON.stringify({ ...plan, client: { name: "BERZINS ANDRIS" } }));
    const { code, stderr } = await run("draft", "--plan", file, "--today", "2026-11-17");
    expect(code).toBe(0);
    expect(stderr).toMatch(/note: Uzruna ar vārdu nav droša/);
  });

  it.each([
    [["draft"], /needs --plan/],
    [["draft", "--plan", "/nonexistent.json"], /no such file/],
    [["draft", "--plan", "PLAN", "--today", "17.11.2026"], /--today must be YYYY-MM-DD/],
  ])("%j exits 2 with one line", async (argv, message) => {
    const { code, stderr } = await run(...argv.map((a) => (a === "PLAN" ? PLAN : a)));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("explains every problem of a malformed plan at once", async () => {
    const { code, stderr } = await run("draft", "--plan", temp("p.json", JSON.stringify({ scenario: "x", language: "de" })), "--lang", "en");
    expect(code).toBe(2);
    expect(stderr).toMatch(/the plan is not valid \(6 errors\): .*\/signature: the required field “signature” is missing.*\/scenario: "x" is not allowed.*\/language: "de" is not allowed/);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  // Wrong types used to reach the composer: "s.name.trim is not a function", "_a.trim is not a function".
  it.each([
    ["/client/name", { client: { name: 5 } }],
    ["/signature/name", { signature: { name: 1, position: "", institution: "", phone: "", email: "", website: "" } }],
    ["/specialist/position", { scenario: "referral", specialist: { name: "Ilze Kalniņa", position: ["x"] } }],
    ["/body/1", { body: ["Teksts.", { text: "x" }] }],
    ["/original/subject", { original: { date: "2026-11-17", subject: 42 } }],
    ["/signOff", { signOff: 0 }],
  ])("refuses a plan with a wrong type at %s, naming the path in lv and en", async (pointer, change) => {
    const plan = { ...JSON.parse(fs.readFileSync(PLAN, "utf8")), ...change };
    const file = temp("plan.json", JSON.stringify(plan));
    for (const lang of ["lv", "en"]) {
      const { code, stdout, stderr } = await run("draft", "--plan", file, "--lang", lang, "--today", "2026-11-17");
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).not.toMatch(/is not a function|internal error/);
      expect(stderr).toContain(`${pointer}: ${lang === "lv" ? "nepareizs tips" : "wrong type"}`);
      expect(stderr).toContain(lang === "lv" ? "plāns nav derīgs (1 kļūda)" : "the plan is not valid (1 error)");
    }
  });

  it("refuses a plan nested too deeply with the path, not a stack overflow", async () => {
    const file = temp("deep.json", "[".repeat(100000) + "]".repeat(100000));
    const { code, stderr } = await run("draft", "--plan", file, "--lang", "en");
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/internal error|call stack/);
    expect(stderr).toContain(`${file}: the JSON is nested too deeply — at /${"0/".repeat(63)}0 there are more than 64 levels`);
  });
});

describe("--config nested too deeply", () => {
  it("is refused by check and draft with the path", async () => {
    const deep = temp("organization.json", '{"a":'.repeat(100000) + "1" + "}".repeat(100000));
    const text = temp("x.txt", "Labdien!");
    for (const argv of [["check", "--config", deep, "--lang", "en", text], ["draft", "--plan", PLAN, "--config", deep, "--lang", "en"]]) {
      const { code, stderr } = await run(...argv);
      expect(code).toBe(2);
      expect(stderr).not.toMatch(/internal error|call stack/);
      expect(stderr).toContain(`nested too deeply — at /${"a/".repeat(63)}a there`);
    }
  });
});
