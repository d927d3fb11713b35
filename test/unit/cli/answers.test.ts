/** `atbilde answers suggest` and the answers part of `atbilde config check|init`, through runCli. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCaptured } from "./runCaptured";

const ROOT = path.join(__dirname, "..", "..", "..");
const FIXTURES = path.join(ROOT, "test", "fixtures", "answers");
const LIBRARY = path.join(FIXTURES, "library.json");

const run = runCaptured;

function temp(name: string, content: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-answers-")), name);
  fs.writeFileSync(file, content);
  return file;
}

describe("atbilde answers suggest", () => {
  it("prints the ranked matches as JSON [{ id, title, score }], best first", async () => {
    const { code, stdout, stderr } = await run("answers", "suggest", "--config", LIBRARY, path.join(FIXTURES, "dev", "dog-registration.1.txt"));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const matches = JSON.parse(stdout) as { id: string; title: string; score: number }[];
    expect(matches[0]).toEqual({ id: "dog-registration", title: "Suņu reģistrācija un mājdzīvnieku nodeva", score: expect.any(Number) });
    for (const m of matches) expect(Object.keys(m).sort()).toEqual(["id", "score", "title"]);
    for (let i = 1; i < matches.length; i++) expect(matches[i - 1].score).toBeGreaterThanOrEqual(matches[i].score);
  });

  it("prints an empty array when nothing fits, and exits 0", async () => {
    const { code, stdout } = await run("answers", "suggest", "--config", LIBRARY, path.join(FIXTURES, "dev", "none.4.txt"));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it("reads .eml (subject included) and .html", async () => {
    const eml = await run("answers", "suggest", "-c", LIBRARY, path.join(FIXTURES, "dev", "marriage-registration.2.eml"));
    expect(JSON.parse(eml.stdout)[0].id).toBe("marriage-registration");
    const html = await run("answers", "suggest", "-c", LIBRARY, path.join(FIXTURES, "dev", "building-permit.2.html"));
    expect(JSON.parse(html.stdout)[0].id).toBe("building-permit");
  });

  it("matches the client's new text, not the quoted thread below it", async () => {
    // The quoted part is about property tax; the new text asks about waste collection.
    const { stdout } = await run("answers", "suggest", "-c", LIBRARY, "--limit", "3", path.join(FIXTURES, "dev", "waste-collection.2.txt"));
    const ids = (JSON.parse(stdout) as { id: string }[]).map((m) => m.id);
    expect(ids[0]).toBe("waste-collection");
    expect(ids).not.toContain("property-tax-payment");
  });

  it("--limit caps the list; --format text shows the matched words and sentence", async () => {
    const file = temp("q.txt", "Labdien! Kā deklarēt dzīvesvietu un pieteikt bērnu rindā uz bērnudārzu un skolā?");
    const one = JSON.parse((await run("answers", "suggest", "-c", LIBRARY, "--limit", "1", file)).stdout) as unknown[];
    expect(one).toHaveLength(1);
    const text = await run("answers", "suggest", "-c", LIBRARY, "--format", "text", file);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^1\. .+ \([a-z-]+\) 0\.\d{3}\n {3}matched: .+\n {3}in: /);
  });

  it("says so in text when nothing fits", async () => {
    const text = await run("answers", "suggest", "-c", LIBRARY, "-f", "text", path.join(FIXTURES, "dev", "none.4.txt"));
    expect(text.stdout).toBe("no answer fits\n");
  });

  it.each([
    [["answers"], /answers needs a subcommand/],
    [["answers", "propose", "x.txt"], /unknown answers subcommand "propose"/],
    [["answers", "suggest"], /answers suggest needs a FILE/],
    [["answers", "suggest", "a.txt", "b.txt"], /answers suggest takes one FILE/],
    [["answers", "suggest", "--limit", "0", "a.txt"], /--limit must be a whole number from 1 to 100/],
    [["answers", "suggest", "--limit", "x", "a.txt"], /--limit must be a whole number/],
    [["answers", "suggest", "--format", "xml", "a.txt"], /--format must be one of json, text/],
    [["answers", "suggest", "-c", "/nonexistent/organization.json", "a.txt"], /no such file/],
  ])("bad usage or input exits 2 with one line: %j", async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("an unreadable message file exits 2", async () => {
    const { code, stderr } = await run("answers", "suggest", "-c", LIBRARY, "/nonexistent/message.txt");
    expect(code).toBe(2);
    expect(stderr).toMatch(/message\.txt/);
  });
});

describe("answers in atbilde config check and init", () => {
  it("warns about answers whose questions would always be confused", async () => {
    const { code, stdout } = await run("config", "check", "--format", "json", "--lang", "en", path.join(FIXTURES, "cli", "overlapping.json"));
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { issues: { path: string; code: string; message: string }[] };
    const overlaps = report.issues.filter((i) => i.code === "answers-overlap");
    expect(overlaps.map((i) => i.path)).toContain("/answers/0/questions");
    expect(overlaps.some((i) => /“dogs”.*“pets”/.test(i.message))).toBe(true);
    // The distinct answer is not reported.
    expect(overlaps.map((i) => i.path)).not.toContain("/answers/2/questions");
  });

  it("the evaluation library has no such overlaps", async () => {
    const { code, stdout } = await run("config", "check", "--format", "json", LIBRARY);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).issues).toEqual([]);
  });

  it("reports duplicate ids, unknown specialists, http links and impossible review dates", async () => {
    const answer = { id: "a", title: "A", questions: ["Kā reģistrēt suni?"], body: ["Teksts."] };
    const file = temp(
      "organization.json",
      JSON.stringify({
        version: 1,
        answers: [
          { ...answer, specialist: "Nav Tāda", links: [{ title: "Saite", url: "ftp://example.lv/" }], reviewDate: "2026-02-30" },
          { ...answer, questions: ["Kā deklarēt dzīvesvietu?"] },
          { id: "b", title: "B", questions: [], body: ["Teksts."] },
        ],
      }),
    );
    const { code, stdout } = await run("config", "check", "--format", "json", "--lang", "en", file);
    expect(code).toBe(1);
    const codes = (JSON.parse(stdout) as { issues: { path: string; code: string }[] }).issues.map((i) => `${i.path} ${i.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "/answers/1/id duplicate-id",
        "/answers/0/specialist unknown-specialist",
        "/answers/0/links/0/url url-invalid",
        "/answers/0/reviewDate date",
        "/answers/2/questions empty-list",
      ]),
    );
  });

  it("config init includes two example answers that config check accepts", async () => {
    const { stdout } = await run("config", "init");
    const starter = JSON.parse(stdout) as { answers: { id: string; specialist?: string }[] };
    expect(starter.answers).toHaveLength(2);
    const file = temp("organization.json", stdout);
    const check = await run("config", "check", "--format", "json", file);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).issues).toEqual([]);
  });
});
