/** `atbilde parse` reports the quoted original's date, sender and subject. */
import * as path from "path";
import { runCli } from "../../../src/cli/cli";

const fixture = (name: string): string => path.join(__dirname, "../../fixtures/draft", name);

async function run(...argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: () => undefined });
  return { code, stdout };
}

describe("atbilde parse: original", () => {
  it("reports the original's facts from an Outlook header block", async () => {
    const json = JSON.parse((await run("parse", "--format", "json", fixture("outlook-desktop-lv.html"))).stdout);
    expect(json.original).toEqual({ date: "2026-11-17", from: "Anna Kalniņa <anna.kalnina@example.com>", subject: "Iesniegums par nodokļa atvieglojumu" });
  });

  it("reports nulls when nothing is quoted", async () => {
    const json = JSON.parse((await run("parse", fixture("legacy-1257.txt"))).stdout);
    expect(json.original).toEqual({ date: null, from: null, subject: null });
  });

  it("shows the original in the text summary", async () => {
    const { stdout } = await run("parse", "-f", "text", fixture("plain-russian.txt"));
    expect(stdout).toContain('original:    2026-11-17, "Иван Иванов" <ivan@example.ru>, no subject');
  });
});
