/** `atbilde audit` per model answer (issue 21): how often each answer's topic came in from clients. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCaptured } from "./runCaptured";

const run = runCaptured;

function eml(from: string, to: string, subject: string, text: string): string {
  return [`From: ${from}`, `To: ${to}`, `Subject: ${subject}`, "Date: Mon, 02 Nov 2026 10:00:00 +0200", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", text, ""].join("\r\n");
}

const CONFIG = {
  version: 1,
  internalDomains: ["adazi.lv"],
  answers: [
    { id: "dogs", title: "Suņu reģistrācija", questions: ["Kā reģistrēt suni?", "Vai par suni jāmaksā nodeva?"], body: ["Suni reģistrē veterinārārsts."] },
    { id: "waste", title: "Atkritumu izvešana", questions: ["Kāpēc netika izvesti atkritumi?", "Kā noslēgt līgumu par atkritumu izvešanu?"], body: ["Atkritumus izved apsaimniekotājs."] },
    { id: "residence", title: "Dzīvesvietas deklarēšana", questions: ["Kā deklarēt dzīvesvietu?"], body: ["Dzīvesvietu deklarē portālā Latvija.gov.lv."] },
  ],
};

const DOG_QUESTION = "Labdien! Nupat paņēmām kucēnu. Kur mums jāreģistrē suns?\n\nAnna";

describe("atbilde audit: topics per model answer", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-audit-answers-"));
    const mail = path.join(dir, "mail");
    fs.mkdirSync(mail);
    fs.writeFileSync(path.join(dir, "organization.json"), JSON.stringify(CONFIG));
    // The dog question arrives, and comes back quoted under the reply: one client message, counted once.
    fs.writeFileSync(path.join(mail, "1-in.eml"), eml("Anna <anna@example.com>", "dome@adazi.lv", "Suns", DOG_QUESTION));
    fs.writeFileSync(
      path.join(mail, "2-reply.eml"),
      eml("Ilze Ozola <ilze.ozola@adazi.lv>", "anna@example.com", "RE: Suns", `Labdien!\n\nSuni reģistrē veterinārārsts.\n\nAr cieņu\nIlze Ozola\n\n-----Original Message-----\nFrom: Anna <anna@example.com>\nSent: Monday, November 2, 2026 9:00 AM\nTo: dome@adazi.lv\nSubject: Suns\n\n${DOG_QUESTION}`),
    );
    fs.writeFileSync(path.join(mail, "3-in.eml"), eml("Jānis <janis@example.com>", "dome@adazi.lv", "Suņa nodeva", "Labdien, vai par diviem suņiem jāmaksā nodeva pašvaldībai?"));
    fs.writeFileSync(path.join(mail, "4-in.eml"), eml("Līga <liga@example.com>", "dome@adazi.lv", "Atkritumi", "Labdien! Jau divas nedēļas no mūsu ielas nav izvesti atkritumi."));
    fs.writeFileSync(path.join(mail, "5-in.eml"), eml("Pēteris <peteris@example.com>", "dome@adazi.lv", "Koncerts", "Labdien! Kad notiks novada svētku koncerts?"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("counts each client message once, under the answer it matches; unmatched ones apart", async () => {
    const json = path.join(dir, "audit.json");
    const { code, stdout, stderr } = await run("audit", "--config", path.join(dir, "organization.json"), "--json", json, "--lang", "en", path.join(dir, "mail"));
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    const result = JSON.parse(fs.readFileSync(json, "utf8")) as { answers: { tallies: { id: string; messages: number }[]; unmatched: number } };
    expect(result.answers.tallies).toEqual([
      { id: "dogs", title: "Suņu reģistrācija", messages: 2 },
      { id: "waste", title: "Atkritumu izvešana", messages: 1 },
      { id: "residence", title: "Dzīvesvietas deklarēšana", messages: 0 },
    ]);
    expect(result.answers.unmatched).toBe(1);
    expect(stdout).toMatch(/Client topics by model answer[^\n]*:\n {2}dogs +2 {2}Suņu reģistrācija\n {2}waste +1 {2}Atkritumu izvešana\n {2}residence +0 {2}Dzīvesvietas deklarēšana\n {2}Matching no model answer +1/);
  });

  it("says nothing of answers when the library is empty", async () => {
    const config = path.join(dir, "empty.json");
    fs.writeFileSync(config, JSON.stringify({ version: 1, internalDomains: ["adazi.lv"] }));
    const json = path.join(dir, "audit-empty.json");
    const { code, stdout } = await run("audit", "--config", config, "--json", json, path.join(dir, "mail"));
    expect(code).toBe(0);
    expect(JSON.parse(fs.readFileSync(json, "utf8")).answers).toBeUndefined();
    expect(stdout).not.toMatch(/parauga atbild/);
  });
});
