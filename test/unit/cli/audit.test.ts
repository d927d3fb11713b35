/** `atbilde audit` over a generated corpus with known counts, and over real Outlook .msg samples when present. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../../src/cli/cli";
import { readMsg } from "../../../src/cli/audit/readMsg";
import { isoWeek } from "../../../src/cli/audit/dates";
import { senderFromHead } from "../../../src/cli/audit/runAudit";
import { MSG_SAMPLES } from "./msgFixture";

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const BODY_SENTENCE = "Lai Jūsu jautājumu izskatītu rūpīgi, mums nepieciešams papildu laiks.";
const JARGON = "Uz doto brīdi";

function replyHtml(sender: string, name: string, variant: "ok" | "signature" | "jargon"): string {
  const position = variant === "signature" ? "" : "Klientu apkalpošanas speciāliste<br>";
  const phone = variant === "signature" ? "" : '<br>Tālr. <a href="tel:67997005">67997005</a>';
  const step = variant === "jargon" ? `${JARGON} pārbaudīsim` : "Pārbaudīsim";
  return [
    "<div><p>Labdien, Bērziņa kungs!</p>",
    "<p>Paldies par Jūsu 2026. gada 17. novembra e-pastu „Nekustamā īpašuma nodokļa atvieglojums”.</p>",
    `<p>${BODY_SENTENCE.replace(".", "")}. Atbildi Jums sniegsim e-pastā līdz 2026. gada 20. novembrim.</p>`,
    `<p>${step}, vai Jūsu ģimene atbilst atvieglojuma nosacījumiem.</p>`,
    '<p>Noderīga informācija:</p><ul><li><a href="https://www.adazunovads.lv/nodokli">Nodokļu atvieglojumi</a></li></ul>',
    "<p>Ja Jums rodas papildu jautājumi, lūdzu, sazinieties ar mani, atbildot uz šo e-pastu vai zvanot pa tālruni 67997005.</p>",
    "<p>Paldies par sapratni!</p>",
    `<p>Ar cieņu<br>${name}<br>${position}Ādažu novada pašvaldība${phone}<br>E-pasts: <a href="mailto:${sender}">${sender}</a><br><a href="https://www.adazunovads.lv">www.adazunovads.lv</a></p></div>`,
  ].join("");
}

function eml(from: string, to: string, date: string, subject: string, html: string): string {
  return [`From: ${from}`, `To: ${to}`, `Subject: ${subject}`, `Date: ${date}`, "MIME-Version: 1.0", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", html, ""].join("\r\n");
}

const SENDERS = [
  { address: "ilze.ozola@adazi.lv", name: "Ilze Ozola" },
  { address: "peteris.kalns@adazi.lv", name: "Pēteris Kalns" },
];
/** Mondays of ISO weeks 45, 46 and 47 of 2026. */
const DAYS = [
  { header: "Mon, 02 Nov 2026 10:00:00 +0200", date: "2026-11-02", week: "2026-W45" },
  { header: "Tue, 10 Nov 2026 11:30:00 +0200", date: "2026-11-10", week: "2026-W46" },
  { header: "Wed, 18 Nov 2026 09:15:00 +0200", date: "2026-11-18", week: "2026-W47" },
];

interface Planned {
  kind: "ok" | "signature" | "jargon" | "internal" | "incoming";
  sender: number;
  day: number;
}

/** 24 compliant replies, 10 without position and phone, 6 with jargon, 8 internal, 10 incoming. */
const PLAN: Planned[] = [
  ...Array.from({ length: 24 }, (_, i): Planned => ({ kind: "ok", sender: i % 2, day: i % 3 })),
  ...Array.from({ length: 10 }, (_, i): Planned => ({ kind: "signature", sender: 1, day: i % 3 })),
  ...Array.from({ length: 6 }, (_, i): Planned => ({ kind: "jargon", sender: 0, day: (i + 1) % 3 })),
  ...Array.from({ length: 8 }, (_, i): Planned => ({ kind: "internal", sender: i % 2, day: i % 3 })),
  ...Array.from({ length: 10 }, (_, i): Planned => ({ kind: "incoming", sender: 0, day: i % 3 })),
];
const OUTGOING = PLAN.filter((p) => p.kind === "ok" || p.kind === "signature" || p.kind === "jargon");

let corpus: string;
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-audit-"));
  corpus = path.join(tmp, "corpus");
  PLAN.forEach((p, i) => {
    const s = SENDERS[p.sender];
    const dir = path.join(corpus, p.kind === "incoming" ? "inbox" : "sent", DAYS[p.day].week);
    fs.mkdirSync(dir, { recursive: true });
    const name = `${String(i).padStart(3, "0")}-${p.kind}.eml`;
    let text: string;
    if (p.kind === "incoming") {
      text = eml(`Jānis Bērziņš <janis.berzins${i}@gmail.com>`, `${s.name} <${s.address}>`, DAYS[p.day].header, "Nekustamā īpašuma nodoklis", "<p>Labdien! Vai varu saņemt atvieglojumu?</p>");
    } else if (p.kind === "internal") {
      text = eml(`${s.name} <${s.address}>`, "Grāmatvedība <gramatvediba@adazi.lv>", DAYS[p.day].header, "Re: Rēķins", replyHtml(s.address, s.name, "ok"));
    } else {
      text = eml(`${s.name} <${s.address}>`, "Jānis Bērziņš <janis.berzins@gmail.com>", DAYS[p.day].header, "Re: Nekustamā īpašuma nodokļa atvieglojums", replyHtml(s.address, s.name, p.kind));
    }
    fs.writeFileSync(path.join(dir, name), text);
  });
  fs.writeFileSync(path.join(corpus, "sent", "broken.eml"), Buffer.from([0x46, 0x72, 0x6f, 0x6d, 0x3a, 0x00, 0x00, 0x01, 0x02]));
  fs.writeFileSync(path.join(corpus, "sent", "broken.msg"), "this is not an Outlook message");
  fs.writeFileSync(path.join(corpus, "notes.txt"), "not an exported e-mail; the walk skips it");
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Json {
  found: number;
  read: number;
  unreadable: { file: string; reason: string }[];
  notFromOrganization: number;
  internalOnly: number;
  beforeSince: number;
  counted: number;
  compliant: number;
  domains: string[];
  domainSource: string;
  perRule: { rule: string; emails: number; findings: number; clause: string }[];
  perClause: { clause: string; emails: number }[];
  weeks: { week: string; counted: number; compliant: number }[];
  senders?: { sender: string; counted: number; compliant: number }[];
  rows: { file: string; sender?: string; rules: string[]; excerpts?: { rule: string; excerpt: string }[] }[];
  notes: string[];
}

async function audit(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string; json: Json; html: string; csv: string }> {
  const out = fs.mkdtempSync(path.join(tmp, "out-"));
  const files = { json: path.join(out, "a.json"), html: path.join(out, "a.html"), csv: path.join(out, "a.csv") };
  const result = await run("audit", "--json", files.json, "--report", files.html, "--csv", files.csv, ...argv);
  return {
    ...result,
    json: JSON.parse(fs.readFileSync(files.json, "utf8")) as Json,
    html: fs.readFileSync(files.html, "utf8"),
    csv: fs.readFileSync(files.csv, "utf8"),
  };
}

const count = (pred: (p: Planned) => boolean): number => PLAN.filter(pred).length;

describe("atbilde audit over a generated corpus", () => {
  it("counts the organization's outgoing replies to clients with known results (--domain)", async () => {
    const { code, json, stdout } = await audit("--domain", "adazi.lv", corpus);
    expect(code).toBe(0);
    expect(json.found).toBe(PLAN.length + 2);
    expect(json.read).toBe(PLAN.length);
    expect(json.unreadable.map((u) => path.basename(u.file)).sort()).toEqual(["broken.eml", "broken.msg"]);
    for (const u of json.unreadable) expect(u.reason.length).toBeGreaterThan(5);
    expect(json.notFromOrganization).toBe(count((p) => p.kind === "incoming"));
    expect(json.internalOnly).toBe(count((p) => p.kind === "internal"));
    expect(json.counted).toBe(OUTGOING.length);
    expect(json.compliant).toBe(count((p) => p.kind === "ok"));
    const perRule = Object.fromEntries(json.perRule.map((r) => [r.rule, r.emails]));
    expect(perRule).toEqual({ "signature-phone": 10, "signature-position": 10, jargon: 6 });
    expect(json.perRule.find((r) => r.rule === "signature-phone")?.clause).toBe("9.4");
    expect(json.perClause.find((c) => c.clause === "9.4")?.emails).toBe(10);
    expect(json.weeks).toEqual(
      DAYS.map((d, k) => ({
        week: d.week,
        counted: OUTGOING.filter((p) => p.day === k).length,
        compliant: OUTGOING.filter((p) => p.day === k && p.kind === "ok").length,
      })),
    );
    expect(json.domainSource).toBe("option");
    expect(stdout).toContain("Pārbaudītas atbildes klientiem: 40");
    expect(stdout).toContain("Pilnībā atbilst (nav kļūdu un brīdinājumu): 24 (60.0 %)");
    expect(stdout).toMatch(/broken\.msg: not an Outlook \.msg file/);
    expect(stdout).toContain("2026-W47");
  }, 60000);

  it("skips e-mails sent before --since", async () => {
    const { json } = await audit("--domain", "adazi.lv", "--since", "2026-11-09", corpus);
    expect(json.beforeSince).toBe(OUTGOING.filter((p) => p.day === 0).length);
    expect(json.counted).toBe(OUTGOING.filter((p) => p.day > 0).length);
    expect(json.weeks.map((w) => w.week)).toEqual(["2026-W46", "2026-W47"]);
  }, 60000);

  it("takes the domains from the config, or infers the most common sender domain and says so", async () => {
    const config = path.join(tmp, "organization.json");
    fs.writeFileSync(config, JSON.stringify({ internalDomains: ["adazi.lv"] }));
    const fromConfig = await audit("--config", config, corpus);
    expect(fromConfig.json.domainSource).toBe("config");
    expect(fromConfig.json.counted).toBe(OUTGOING.length);
    expect(fromConfig.stdout).toContain("no konfigurācijas");

    const inferred = await audit("--lang", "en", corpus);
    expect(inferred.json.domainSource).toBe("inferred");
    expect(inferred.json.domains).toEqual(["adazi.lv"]);
    expect(inferred.json.counted).toBe(OUTGOING.length);
    expect(inferred.stdout).toMatch(/inferred as the most common sender domain: adazi\.lv \(48 of 58/);
    expect(inferred.html).toContain("inferred as the most common sender domain");

    // The other side's domain turns the incoming mails into the "outgoing" ones.
    const flipped = await audit("--domain", "gmail.com", corpus);
    expect(flipped.json.counted).toBe(count((p) => p.kind === "incoming"));
  }, 120000);

  it("keeps employees and e-mail text out unless asked, and says which", async () => {
    const plain = await audit("--domain", "adazi.lv", corpus);
    for (const output of [plain.html, plain.csv, JSON.stringify(plain.json), plain.stdout]) {
      expect(output).not.toContain(BODY_SENTENCE.slice(0, 30));
      expect(output).not.toContain(JARGON);
      expect(output).not.toContain("ilze.ozola");
      expect(output).not.toContain("peteris.kalns");
    }
    expect(plain.csv.split("\r\n")[0]).toBe("file,date,week,errors,warnings,infos,rules,unreadable");
    expect(plain.csv.trim().split("\r\n")).toHaveLength(1 + OUTGOING.length + 2); // and the two broken files, with their reasons
    expect(plain.json.senders).toBeUndefined();
    expect(plain.html).toContain("Dalījums pa darbiniekiem nav iekļauts");
    expect(plain.html).toContain("E-pastu teksts atskaitē nav iekļauts");

    const full = await audit("--domain", "adazi.lv", "--by-sender", "--excerpts", corpus);
    expect(full.csv.split("\r\n")[0]).toBe("file,date,week,sender,errors,warnings,infos,rules,excerpts,unreadable");
    expect(full.json.senders).toEqual([
      // Most replies first; 10 signature faults × 2 findings for Pēteris, 6 jargon for Ilze.
      { sender: "peteris.kalns@adazi.lv", counted: 22, compliant: 12, findings: 20 },
      { sender: "ilze.ozola@adazi.lv", counted: 18, compliant: 12, findings: 6 },
    ]);
    expect(full.html).toContain("peteris.kalns@adazi.lv");
    expect(full.html).toContain(JARGON);
    expect(full.csv).toContain(JARGON);
    expect(full.html).toContain("Dalījums pa darbiniekiem iekļauts");
    expect(full.json.rows.find((r) => r.rules.includes("jargon"))?.excerpts).toEqual([{ rule: "jargon", excerpt: JARGON }]);
  }, 120000);

  it("writes a self-contained, printable HTML report", async () => {
    const { html } = await audit("--domain", "adazi.lv", corpus);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="lv">/);
    expect(html).toContain("<svg");
    expect(html).toContain("<polyline");
    expect(html).toContain("@media print");
    expect(html).not.toMatch(/<script|<link\b/i);
    const external = html.match(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\/[^"' >]+/gi) ?? [];
    expect(external).toEqual([]);
  }, 60000);

  it.each([
    [["audit"], /needs at least one PATH/],
    [["audit", path.join(os.tmpdir(), "nav-tādas-mapes")], /no such file or folder/],
    [["audit", "--since", "17.11.2026", "."], /--since must be a date/],
  ])("%j exits 2 with one line", async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("shows a progress bar on stderr when asked", async () => {
    const { stderr } = await run("audit", "--progress", "--domain", "adazi.lv", path.join(corpus, "sent", "2026-W45"));
    expect(stderr).toMatch(/\[#{30}\] 100% \d+\/\d+\n$/);
  }, 60000);
});

describe("audit helpers", () => {
  it.each([
    ["2026-11-16", "2026-W47"],
    ["2027-01-01", "2026-W53"],
    ["2025-12-29", "2026-W01"],
    ["2024-12-30", "2025-W01"],
  ])("ISO week of %s is %s", (date, week) => expect(isoWeek(date)).toBe(week));

  it.each([
    ["From: Ilze Ozola <ilze.ozola@adazi.lv>\r\nTo: x@y.lv\r\n\r\nbody", "ilze.ozola@adazi.lv"],
    ["Subject: a\nFrom:\n =?utf-8?q?P=C4=93teris?= <p.k@adazi.lv>\n\n", "p.k@adazi.lv"],
    ["From: dome@adazi.lv\n\n", "dome@adazi.lv"],
    ["To: x@y.lv\n\nFrom: body@not.header", null],
  ])("sender of %j", (head, sender) => expect(senderFromHead(head)).toBe(sender));
});

// Real Outlook files, never copied into the repository: used only where the folder exists.
const haveSamples = fs.existsSync(MSG_SAMPLES);
if (!haveSamples) console.log(`audit .msg tests skipped: ${MSG_SAMPLES} is not present`);

(haveSamples ? describe : describe.skip)("Outlook .msg samples", () => {
  const files = haveSamples ? fs.readdirSync(MSG_SAMPLES).filter((f) => f.toLowerCase().endsWith(".msg")) : [];

  it("has samples to read", () => expect(files.length).toBeGreaterThan(0));

  it.each(files.map((f) => [f]))("%s is read (subject and body) or refused with a reason", async (name) => {
    try {
      const doc = await readMsg(path.join(MSG_SAMPLES, name));
      expect(doc.message?.subject).toEqual(expect.any(String));
      expect((doc.message?.subject ?? "").length).toBeGreaterThan(0);
      expect(doc.body.trim().length).toBeGreaterThan(0);
      if (doc.message?.from) expect(doc.message.from.address).toMatch(/^[^@\s]+@[^@\s]+$/);
    } catch (error) {
      expect((error as Error).message).toMatch(new RegExp(`${name}: .{5,}`));
    }
  });

  it("keeps the sender and recipients of a sent message", async () => {
    const doc = await readMsg(path.join(MSG_SAMPLES, "sent.msg"));
    expect(doc.message?.from?.address).toBe("xmailuser@xmailserver.test");
    expect(doc.message?.to.map((a) => a.address)).toEqual(["xmailuser@xmailserver.test"]);
    expect(doc.message?.date).toBe("2021-02-15T08:19:00.000Z");
  });

  it("audits the folder without crashing", async () => {
    const { code, stdout } = await run("audit", "--lang", "en", MSG_SAMPLES);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`E-mails found: ${files.length}\\b`));
    expect(stdout).toMatch(/Read: \d+/);
  }, 60000);
});
