/**
 * `atbilde audit` (the compiled CLI, as users run it) over a folder with corrupt, truncated and
 * huge .msg/.eml files: the run finishes, and the summary, HTML, CSV and JSON reports list each
 * bad file with its reason. The .msg files are generated (msgFixture) and damaged here; real
 * Outlook samples are used as well when present (MSG_SAMPLES).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { MSG_SAMPLES, buildMsg } from "./msgFixture";
import { csvCell } from "../../../src/cli/audit/report";

const root = path.join(__dirname, "..", "..", "..");
const haveSamples = fs.existsSync(path.join(MSG_SAMPLES, "sent.msg"));

const REPLY = [
  "<p>Labdien, Bērziņa kungs!</p><p>Paldies par Jūsu e-pastu.</p><p>Atvieglojumu var saņemt, iesniedzot iesniegumu.</p>",
  "<p>Ar cieņu<br>Ilze Ozola<br>Klientu apkalpošanas speciāliste<br>Ādažu novada pašvaldība<br>Tālr. 67997005<br>",
  'E-pasts: <a href="mailto:ilze.ozola@adazi.lv">ilze.ozola@adazi.lv</a><br><a href="https://www.adazunovads.lv">www.adazunovads.lv</a></p>',
].join("");

function goodMsg(subject: string): Buffer {
  return Buffer.from(buildMsg({ subject, html: REPLY, from: { name: "Ilze Ozola", address: "ilze.ozola@adazi.lv" }, to: [{ name: "Jānis Bērziņš", address: "janis.berzins@gmail.com" }] }));
}

/** The .msg with the size field of one stream's directory entry set to about 2 GB (as one flipped byte does). */
function withHugeStreamSize(bytes: Buffer, streamName: string): Buffer {
  const out = Buffer.from(bytes);
  const sectorSize = 1 << out.readUInt16LE(30);
  const firstDirectorySector = out.readUInt32LE(48);
  const directory = (firstDirectorySector + 1) * sectorSize;
  for (let entry = directory; entry + 128 <= out.length && entry < directory + sectorSize; entry += 128) {
    const nameLength = out.readUInt16LE(entry + 64);
    const name = out.subarray(entry, entry + Math.max(0, nameLength - 2)).toString("utf16le");
    if (name === streamName) {
      out.writeUInt32LE(0x7fffff00, entry + 120);
      return out;
    }
  }
  throw new Error(`no directory entry ${streamName}`);
}

function eml(subject: string, html: string, extraParts = ""): string {
  const head = ["From: Ilze Ozola <ilze.ozola@adazi.lv>", "To: janis.berzins@gmail.com", `Subject: ${subject}`, "Date: Mon, 02 Nov 2026 10:00:00 +0200", "MIME-Version: 1.0"];
  if (!extraParts) return [...head, "Content-Type: text/html; charset=utf-8", "", html, ""].join("\r\n");
  return [...head, "Content-Type: multipart/mixed; boundary=XX", "", "--XX", "Content-Type: text/html; charset=utf-8", "", html, extraParts, "--XX--", ""].join("\r\n");
}

let tmp: string;
let folder: string;
let out: { code: number | null; stdout: string; stderr: string; json: { found: number; unreadable: { file: string; reason: string }[]; rows: { file: string }[] }; csv: string; html: string };
const expected: Record<string, RegExp> = {};

beforeAll(() => {
  // The CLI runs compiled (its audit child is a .js file), as `npm run build:cli` makes it.
  spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.node.json"], { cwd: root, stdio: "ignore" });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-audit-corrupt-"));
  folder = path.join(tmp, "mail");
  fs.mkdirSync(folder);
  const put = (name: string, content: string | Buffer, reason?: RegExp): void => {
    fs.writeFileSync(path.join(folder, name), content);
    if (reason) expected[name] = reason;
  };
  const good = goodMsg("Re: Nodokļa atvieglojums");
  put("good.msg", good);
  put("truncated.msg", good.subarray(0, 1536), /cannot read the \.msg file/);
  // Unprotected, the reader spends over a minute on this one and grows past 2 GB.
  put("stream-size.msg", withHugeStreamSize(goodMsg("Re: Bojāts"), "__substg1.0_0037001F"), /took longer than 20 s; stopped|needed more than 256 MB of memory; stopped/);
  put("not-ole.msg", "From: x\r\n\r\nnot an Outlook file", /not an Outlook \.msg file/);
  put("good.eml", eml("Re: Jautājums", REPLY));
  // 17 MB: only the first 16 MB are read (the text comes first); the file is still checked.
  const attachment = Buffer.alloc(13 * 1048576, 7).toString("base64").replace(/.{76}/g, "$&\r\n");
  put("huge-attachment.eml", eml("Re: Pielikums", REPLY, ["--XX", "Content-Type: application/pdf; name=a.pdf", "Content-Disposition: attachment; filename=a.pdf", "Content-Transfer-Encoding: base64", "", attachment].join("\r\n")));
  put("huge-body.eml", eml("Re: Garš", `<p>${"Labdien, šis ir teikums. ".repeat(100000)}</p>`), /not checked: the body is 2\.\d million characters/);
  put("binary.eml", "\x00\x01binary", /NUL bytes/);
  if (haveSamples) {
    // One flipped byte in a real Outlook message that the .msg reader loops over for seconds, growing to ~0.5 GB.
    const sent = fs.readFileSync(path.join(MSG_SAMPLES, "sent.msg"));
    sent[4602] ^= 0xff;
    put("sent-flipped.msg", sent, /took longer than 20 s; stopped|needed more than 256 MB of memory; stopped/);
  }
  const files = { json: path.join(tmp, "a.json"), html: path.join(tmp, "a.html"), csv: path.join(tmp, "a.csv") };
  const run = spawnSync(
    process.execPath,
    ["bin/atbilde.js", "audit", "--lang", "en", "--domain", "adazi.lv", "--timeout", "20", "--max-memory", "256", "--json", files.json, "--report", files.html, "--csv", files.csv, folder],
    { cwd: root, encoding: "utf8", timeout: 180000 },
  );
  out = {
    code: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    json: JSON.parse(fs.readFileSync(files.json, "utf8")),
    csv: fs.readFileSync(files.csv, "utf8"),
    html: fs.readFileSync(files.html, "utf8"),
  };
}, 240000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("atbilde audit over corrupt, truncated and huge files", () => {
  it("finishes with exit 0 and a report", () => {
    expect(out.stderr).not.toMatch(/internal error|Fatal|FATAL/);
    expect(out.code).toBe(0);
    expect(out.json.found).toBe(fs.readdirSync(folder).length);
  });

  it("lists every bad file with its reason in the summary, JSON, CSV and HTML", () => {
    const listed = new Map(out.json.unreadable.map((u) => [path.basename(u.file), u.reason]));
    expect([...listed.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const [name, reason] of Object.entries(expected)) {
      expect(listed.get(name)).toMatch(reason);
      expect(out.stdout).toContain(`${path.join(folder, name)}: ${listed.get(name)}`);
      expect(out.html).toContain(name.replace(/&/g, "&amp;"));
      expect(out.csv).toContain(csvCell(listed.get(name)!));
    }
  });

  it("checks the good files and the huge one it could read", () => {
    expect(out.json.rows.map((r) => path.basename(r.file)).sort()).toEqual(["good.eml", "good.msg", "huge-attachment.eml"]);
  });
});

describe("csvCell", () => {
  it.each([
    ["=HYPERLINK(\"http://x\")", `"'=HYPERLINK(""http://x"")"`],
    ["+1+2", `"'+1+2"`],
    ["-2+3", `"'-2+3"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\t=1", `"'\t=1"`],
    ["\r=1", `"'\r=1"`],
    ["a=1", "a=1"],
    ["a,b", `"a,b"`],
    ["say \"hi\"", `"say ""hi"""`],
    ["2026-W45", "2026-W45"],
  ])("%j -> %s", (value, cell) => expect(csvCell(value)).toBe(cell));

  it("writes numbers as they are", () => expect(csvCell(-3)).toBe("-3"));
});
