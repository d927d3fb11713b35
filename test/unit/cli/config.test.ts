/** `atbilde config check|init|schema`, through runCli (the real command, in-process). */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../../src/cli/cli";
import { locateJsonSyntaxError, starterConfig } from "../../../src/cli/commands/config";
import { findSpellingErrors } from "../../../src/core/rules/spelling";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";

const ROOT = path.join(__dirname, "..", "..", "..");
const PREVIEW_CONFIG = path.join(ROOT, "src", "preview", "organization.json");

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-config-"));
}

function temp(content: string, name = "organization.json"): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

interface Report {
  file: string;
  valid: boolean;
  errors: number;
  warnings: number;
  issues: { path: string; severity: string; code: string; message: string; fix: string }[];
}

async function checkJson(config: unknown, lang = "en"): Promise<{ code: number; report: Report }> {
  const { code, stdout } = await run("config", "check", "--format", "json", "--lang", lang, temp(JSON.stringify(config)));
  return { code, report: JSON.parse(stdout) as Report };
}

describe("atbilde config check", () => {
  it("accepts the preview's Ādaži config: exit 0, no problems", async () => {
    const { code, stdout } = await run("config", "check", PREVIEW_CONFIG);
    expect(code).toBe(0);
    expect(stdout).toBe(`✔ ${PREVIEW_CONFIG}: kļūdu nav\n`);
    const en = await run("config", "check", "--lang", "en", PREVIEW_CONFIG);
    expect(en.stdout).toBe(`✔ ${PREVIEW_CONFIG}: no problems\n`);
  });

  // Each bad config: the path, the code, words of the message or fix in English and Latvian.
  it.each<[string, unknown, string, string, RegExp, RegExp]>([
    ["wrong type", { sentenceLimit: "25" }, "/sentenceLimit", "type", /Wrong type: found text, expected a whole number/, /Nepareizs tips: ir teksts, vajag: vesels skaitlis/],
    ["wrong type of a list", { links: { title: "x" } }, "/links", "type", /expected a list/, /vajag: saraksts/],
    ["unknown key with a guess", { profil: "riga" }, "/profil", "unknown-key", /Unknown key “profil”.*Did you mean “profile”\?/, /Nezināma atslēga “profil”.*Vai domājāt “profile”\?/],
    ["unknown nested key", { organization: { webiste: "https://www.adazi.lv" } }, "/organization/webiste", "unknown-key", /Did you mean “website”\?/, /Vai domājāt “website”\?/],
    ["unknown rule id", { rules: { "long-sentences": { enabled: false } } }, "/rules/long-sentences", "unknown-rule", /Unknown rule id.*Did you mean “long-sentence”\?/, /Nezināms noteikuma identifikators/],
    ["value not allowed", { profile: "rīga" }, "/profile", "enum", /not allowed.*Did you mean “riga”\?/, /Neatļauta vērtība/],
    ["URL without a scheme", { organization: { website: "www.adazi.lv" } }, "/organization/website", "url-invalid", /“https:\/\/” is missing/, /trūkst “https:\/\/”/],
    ["javascript: link", { links: [{ title: "A", url: "javascript:alert(1)" }] }, "/links/0/url", "url-invalid", /the “javascript:” scheme is not allowed/, /shēma “javascript:” nav atļauta/],
    ["URL with a space", { links: [{ title: "A", url: "https://www.adazi.lv/a b" }] }, "/links/0/url", "url-invalid", /contains spaces/, /adresē ir atstarpes/],
    ["bad host", { links: [{ title: "A", url: "https://adazi_lv/" }] }, "/links/0/url", "url-invalid", /invalid host name/, /nederīgs vietnes nosaukums/],
    [
      "duplicate link titles",
      { links: [{ title: "Iesniegumu likums", url: "https://likumi.lv/ta/id/164501" }, { title: " iesniegumu LIKUMS", url: "https://likumi.lv/x" }] },
      "/links/1/title",
      "duplicate-title",
      /already used \(\/links\/0\)/,
      /jau ir izmantots \(\/links\/0\)/,
    ],
    ["domain given as a URL", { internalDomains: ["https://adazi.lv"] }, "/internalDomains/0", "domain-invalid", /without “https:\/\/”/, /bez “https:\/\/”/],
    ["domain given as an e-mail address", { internalDomains: ["dome@adazi.lv"] }, "/internalDomains/0", "domain-invalid", /not an e-mail address/, /nevis e-pasta adresi/],
    ["domain without a dot", { internalDomains: ["adazi"] }, "/internalDomains/0", "domain-invalid", /not a valid domain/, /nav derīgs domēns/],
    ["bad e-mail", { organization: { email: "dome(at)adazi.lv" } }, "/organization/email", "email-invalid", /not an e-mail address/, /nav e-pasta adrese/],
    ["impossible date", { calendar: { holidays: [{ date: "2026-02-30" }] } }, "/calendar/holidays/0/date", "date", /not a real calendar date/, /nav īsts kalendāra datums/],
    ["missing required field", { links: [{ title: "Bez adreses" }] }, "/links/0/url", "required", /Required field “url” is missing/, /Trūkst obligātā lauka “url”/],
  ])("%s → exit 1 with path, message and fix", async (_label, config, pathExpected, code, en, lv) => {
    const english = await checkJson(config, "en");
    expect(english.code).toBe(1);
    const found = english.report.issues.find((i) => i.path === pathExpected && i.code === code);
    expect(found).toBeDefined();
    expect(found?.severity).toBe("error");
    expect(`${found?.message} ${found?.fix}`).toMatch(en);
    const latvian = await checkJson(config, "lv");
    const foundLv = latvian.report.issues.find((i) => i.path === pathExpected && i.code === code);
    expect(`${foundLv?.message} ${foundLv?.fix}`).toMatch(lv);
  });

  it("prints each problem as one line with the severity, path, message and fix", async () => {
    const file = temp(JSON.stringify({ profil: "riga", links: [{ title: "A", url: "http://www.adazi.lv/a" }] }));
    const { code, stdout, stderr } = await run("config", "check", file);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(stdout.split("\n")).toEqual([
      file,
      "  kļūda        /profil: Nezināma atslēga “profil”; tā tiek ignorēta. Vai domājāt “profile”? Pārdēvējiet atslēgu.  (unknown-key)",
      "  brīdinājums  /links/0/url: Adrese “http://www.adazi.lv/a” nav droša (http). Izmantojiet https://www.adazi.lv…, ja vietne to atbalsta.  (url-not-https)",
      "",
      "✖ 1 kļūda, 1 brīdinājums: kļūdainās daļas netiks izmantotas (to vietā — noklusējumi)",
      "",
    ]);
  });

  it("an http link is only a warning: exit 0", async () => {
    const { code, report } = await checkJson({ links: [{ title: "Likums", url: "http://likumi.lv/ta/id/164501" }] });
    expect(code).toBe(0);
    expect(report).toMatchObject({ valid: true, errors: 0, warnings: 1 });
    expect(report.issues[0]).toMatchObject({ path: "/links/0/url", severity: "warning", code: "url-not-https" });
    const text = await run("config", "check", "--lang", "en", temp(JSON.stringify({ links: [{ title: "L", url: "http://likumi.lv/" }] })));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("✔ 0 errors, 1 warning: the file can be used");
  });

  it.each([
    ["null", /\(root-type\)/],
    ["[]", /must be a JSON object/],
  ])("a file holding %s is a wrong root type: exit 1", async (content, message) => {
    const { code, stdout } = await run("config", "check", "--lang", "en", temp(content));
    expect(code).toBe(1);
    expect(stdout).toMatch(message);
  });

  it.each([
    ['{\n  "profile": "riga"\n  "sentenceLimit": 20\n}', 3, 3, /missing comma/],
    ['{\n  "profile": "riga",\n}', 3, 1, /comma after the last item/],
    ['{\n  "links": [1, 2,]\n}', 2, 18, /comma after the last item/],
    ['{"profile": }', 1, 13, /unexpected “\}” where a value should be/],
    ["// komentārs\n{}", 1, 1, /a comment/],
    ["{'profile': 'riga'}", 1, 2, /expected a key in double quotes/],
    ['{"profile": \'riga\'}', 1, 13, /single quotes/],
    ['{\n  "organization": { "name": { "lv": "Ādažu\n novads" } }\n}', 2, 43, /line break inside a string/],
    ['{"profile": "riga"', 1, 19, /ends before the closing \}/],
    ['{"a": 1} x', 1, 10, /after the end/],
    ['{"a": 01}', 1, 8, /expected , or \}/],
    ['{"a": "\\x"}', 1, 8, /invalid escape/],
  ])("not JSON %j → exit 2 naming line %i, column %i", async (content, line, column, reason) => {
    const file = temp(content);
    const { code, stdout, stderr } = await run("config", "check", "--lang", "en", file);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(`${file}:${line}:${column}: not valid JSON (line ${line}, column ${column}): `);
    expect(stderr).toMatch(reason);
    expect(stderr).not.toMatch(/\bat \S+:\d+:\d+\)/); // no stack trace
  });

  it.each([
    ["[".repeat(100000), /:1:100001: not valid JSON/],
    ["[".repeat(100000) + "]".repeat(100000), new RegExp(`nested too deeply — at /${"0/".repeat(63)}0 there are more than 64 levels`)],
    ['{"links":[' + '{"x":'.repeat(100000) + "1" + "}".repeat(100000) + "]}", new RegExp(`nested too deeply — at /links/0${"/x".repeat(62)} there`)],
  ])("deeply nested JSON (%#) → exit 2 with the place, never a stack overflow", async (content, message) => {
    const file = temp(content);
    for (const lang of ["en", "lv"]) {
      const { code, stderr } = await run("config", "check", "--lang", lang, file);
      expect(code).toBe(2);
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).not.toMatch(/internal error|call stack/);
      if (lang === "en") expect(stderr).toMatch(message);
      else expect(stderr).toMatch(/nav derīgs JSON|JSON struktūra ir pārāk dziļa — vietā \/(?:links\/)?0/);
    }
  });

  it("says where in Latvian too", async () => {
    const { code, stderr } = await run("config", "check", temp('{\n  "a": 1\n  "b": 2\n}'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/nav derīgs JSON \(3\. rinda, 3\. kolonna\): aiz vērtības jābūt komatam/);
  });

  it.each([
    [["config", "check", "/nonexistent/organization.json"], /: fails nav atrasts$/m],
    [["config", "check", "--lang", "en", "/nonexistent/organization.json"], /: no such file$/m],
    [["config", "check", "--lang", "en", os.tmpdir()], /is a directory/],
    [["config", "check"], /needs a FILE/],
    [["config", "check", "a.json", "b.json"], /takes one FILE/],
    [["config"], /needs a subcommand: check, init or schema/],
    [["config", "validate", "x.json"], /unknown config subcommand "validate"/],
    [["config", "check", "--output", "x", "a.json"], /config check takes no --output/],
    [["config", "check", "--format", "yaml", "a.json"], /--format must be one of text, json/],
  ])("%j → exit 2, one line", async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("an empty file is not a config: exit 2", async () => {
    const { code, stderr } = await run("config", "check", "--lang", "en", temp("  \n"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/the file is empty/);
  });

  it("reads a file that starts with a byte-order mark", async () => {
    const { code } = await run("config", "check", temp('\uFEFF{"profile": "riga"}'));
    expect(code).toBe(0);
  });
});

describe("locateJsonSyntaxError", () => {
  it.each(['{"a": [1, -2.5e3, true, false, null, {"b": "\\u00e9\\n"}]}', "[]", '"x"', "0", " {} "])("accepts valid JSON %j", (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(locateJsonSyntaxError(text)).toBeNull();
  });

  it("counts columns in characters, not UTF-16 units", () => {
    expect(locateJsonSyntaxError('{"ā😀": }')).toMatchObject({ line: 1, column: 8 });
  });

  it("survives deep nesting without recursion", () => {
    expect(locateJsonSyntaxError("[".repeat(100000) + "]".repeat(100000))).toBeNull();
    expect(locateJsonSyntaxError("[".repeat(100000))).toMatchObject({ line: 1, column: 100001 });
  });
});

describe("atbilde config init", () => {
  it("prints a complete starter that passes config check with no problems", async () => {
    const { code, stdout } = await run("config", "init");
    expect(code).toBe(0);
    const starter = JSON.parse(stdout) as Record<string, unknown>;
    // Every section of the schema is present.
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "schema", "organization.schema.json"), "utf8")) as { properties: Record<string, unknown> };
    expect(Object.keys(starter).sort()).toEqual(Object.keys(schema.properties).sort());
    expect(starter.$schema).toMatch(/schema\/organization\.schema\.json$/);
    const checked = await run("config", "check", temp(stdout));
    expect(checked).toMatchObject({ code: 0, stderr: "" });
    expect(checked.stdout).toMatch(/kļūdu nav/);
  });

  it("uses the name, domain, website and profile given", async () => {
    const { code, stdout } = await run("config", "init", "--name", "Ādažu novada pašvaldība", "--name-en", "Ādaži Municipality", "--domain", "@Adazi.LV", "--profile", "riga");
    expect(code).toBe(0);
    const starter = JSON.parse(stdout) as ReturnType<typeof starterConfig> & {
      organization: { name: { lv: string; en: string }; website: string; email: string };
      internalDomains: string[];
      profile: string;
    };
    expect(starter.organization.name).toEqual({ lv: "Ādažu novada pašvaldība", en: "Ādaži Municipality" });
    expect(starter.organization.website).toBe("https://www.adazi.lv");
    expect(starter.organization.email).toBe("pasts@adazi.lv");
    expect(starter.internalDomains).toEqual(["adazi.lv"]);
    expect(starter.profile).toBe("riga");
    const withSite = JSON.parse((await run("config", "init", "--domain", "adazi.lv", "--website", "https://www.adazunovads.lv/")).stdout) as { organization: { website: string } };
    expect(withSite.organization.website).toBe("https://www.adazunovads.lv");
    expect((await run("config", "check", temp(stdout))).code).toBe(0);
  });

  it.each([
    [["--domain", "https://adazi.lv"], /--domain "https:\/\/adazi.lv" is not a mail domain/],
    [["--website", "http://www.adazi.lv"], /--website .* must be a full https:\/\/ address/],
    [["--website", "www.adazi.lv"], /must be a full https:\/\/ address/],
    [["--profile", "adazi"], /--profile must be one of adazi-2023, riga/],
    [["--force"], /--force needs --output/],
    [["--format", "json"], /config init takes no --format/],
    [["x.json"], /takes no FILE/],
  ])("%j → exit 2", async (extra, message) => {
    const { code, stderr } = await run("config", "init", ...extra);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("--output writes the file, refuses to overwrite it, and --force replaces it", async () => {
    const file = path.join(tempDir(), "organization.json");
    const first = await run("config", "init", "--output", file, "--domain", "adazi.lv");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Izveidots ${file}.`);
    expect((await run("config", "check", file)).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(file, "utf8")).$schema).toMatch(/^\.\.?\/.*schema\/organization\.schema\.json$/);

    fs.writeFileSync(file, '{"profile": "riga"}');
    const again = await run("config", "init", "--output", file);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/fails jau ir; to nepārrakstu \(pievienojiet --force/);
    expect(fs.readFileSync(file, "utf8")).toBe('{"profile": "riga"}');

    const forced = await run("config", "init", "--output", file, "--force", "--lang", "en");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`Wrote ${file}.`);
    expect(JSON.parse(fs.readFileSync(file, "utf8")).internalDomains).toEqual(["example.lv"]);
  });

  it("points $schema at the schema relative to where the file is written", async () => {
    const file = path.join(ROOT, "build", `config-init-test-${process.pid}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      expect((await run("config", "init", "-o", file)).code).toBe(0);
      expect(JSON.parse(fs.readFileSync(file, "utf8")).$schema).toBe("../schema/organization.schema.json");
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it("writes correct Latvian: the starter's Latvian texts pass the spelling check", () => {
    const starter = starterConfig() as {
      organization: { name: { lv: string }; address: string };
      links: { title: string; description?: string; tags: string[] }[];
      specialists: { position: string; unit: string; topics: string[]; hours: string; location: string }[];
      complaintAuthority: { lv: string };
      answers: { title: string; body: string[]; nextSteps?: string[] }[];
    };
    const texts = [
      starter.organization.name.lv,
      starter.organization.address,
      starter.complaintAuthority.lv,
      ...starter.links.flatMap((l) => [l.title, l.description ?? "", ...l.tags]),
      ...starter.specialists.flatMap((s) => [s.position, s.unit, s.hours, s.location, ...s.topics]),
      ...starter.answers.flatMap((a) => [a.title, ...a.body, ...(a.nextSteps ?? [])]),
    ];
    const checkers = { lv: loadSpellChecker("lv"), en: loadSpellChecker("en") };
    const problems = texts.flatMap((text) =>
      findSpellingErrors({ text, language: "lv", knownWords: ["Latvija.gov.lv", "LV"], names: ["Ilze Kalniņa"] }, checkers).map((e) => `${text}: ${e.word}`),
    );
    expect(problems).toEqual([]);
  });
});

describe("atbilde config schema", () => {
  it("prints the published JSON Schema, equal to schema/organization.schema.json", async () => {
    const { code, stdout } = await run("config", "schema");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(fs.readFileSync(path.join(ROOT, "schema", "organization.schema.json"), "utf8")));
  });

  it("takes no file or options", async () => {
    expect((await run("config", "schema", "x.json")).code).toBe(2);
    expect((await run("config", "schema", "--lang", "en")).stderr).toMatch(/config schema takes no --lang/);
  });
});

describe("atbilde config --help", () => {
  it("explains all three subcommands and their exit codes", async () => {
    const { code, stdout } = await run("config", "--help");
    expect(code).toBe(0);
    for (const part of ["atbilde config check", "atbilde config init", "atbilde config schema", "--output FILE", "--force", "--format", "Exit status: 0 no errors"]) {
      expect(stdout).toContain(part);
    }
    expect((await run("--help")).stdout).toMatch(/^ {2}config +check, start or describe organization\.json/m);
  });
});
