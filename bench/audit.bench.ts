/**
 * Audit benchmark (issue 10): 10,000 exported e-mails of 2–20 KB (Latvian replies with mixed
 * compliance, some incoming and internal mail, a few broken files) audited by the real command,
 * in-process, with the HTML, CSV and JSON outputs written. Target: under 60 s on a 2-core machine.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../src/cli/cli";

const EMAILS = 10000;
const MIN_BYTES = 2 * 1024;
const MAX_BYTES = 20 * 1024;
const TARGET_MS = 60000;

const SENTENCES = [
  "Paldies par Jūsu iesniegumu par sociālā pabalsta piešķiršanu.",
  "Jūsu iesniegums ir izskatīts Sociālajā dienestā, un lēmums tiks pieņemts viena mēneša laikā.",
  "Lai saņemtu pabalstu, nepieciešams iesniegt izziņu par ienākumiem un dokumentu, kas apliecina deklarēto dzīvesvietu.",
  "Maksājumu varat veikt ar pārskaitījumu uz pašvaldības kontu līdz mēneša 20. datumam.",
  "Saskaņā ar saistošo noteikumu 5. punktu pabalsta apmērs ir 150 eiro mēnesī vienai personai.",
  "Būvvalde izskata iesniegumus 30 dienu laikā no to saņemšanas dienas.",
  "Nekustamā īpašuma nodokļa atvieglojumu piešķir, ja persona ir deklarējusi dzīvesvietu novadā un tai nav parādu.",
  "Pašvaldība apmaksā ēdināšanu skolā tiem bērniem, kuru ģimenēm ir piešķirts trūcīgas ģimenes statuss.",
  "Dokumentus var iesniegt arī elektroniski ar drošu elektronisko parakstu.",
  "Klientu apkalpošanas centrs Gaujas ielā 33A strādā darba dienās no plkst. 8.00 līdz 17.00.",
  "Pārbaudīsim, vai Jūsu ģimene atbilst atvieglojuma nosacījumiem, un par rezultātu Jūs informēsim.",
  "Pieteikumu bērnudārza rindā var iesniegt portālā latvija.lv vai klātienē.",
];
const JARGON_SENTENCE = "Uz doto brīdi pieteikumu rindā ir 42 personas, tāpēc lūdzam uzgaidīt.";

/** A small deterministic PRNG so every run audits the same corpus. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const OUTLOOK_HEAD =
  '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head><body lang=LV><div class=WordSection1>';

const CLIENT_SENTENCES = [
  "Labdien! Vēlos uzzināt, vai varu pieteikties nekustamā īpašuma nodokļa atvieglojumam.",
  "Mūsu ģimenē ir trīs bērni, un mēs dzīvesvietu novadā esam deklarējuši kopš 2019. gada.",
  "Lūdzu, paskaidrojiet, kādi dokumenti man jāiesniedz un līdz kuram datumam.",
  "Paldies jau iepriekš par atbildi!",
];

function paragraph(random: () => number, pool: readonly string[]): string {
  return `<p class=MsoNormal>${Array.from({ length: 2 + Math.floor(random() * 3) }, () => pool[Math.floor(random() * pool.length)]).join(" ")}<o:p></o:p></p>`;
}

/** An earlier message of the thread, quoted the way Outlook desktop quotes it. */
function quotedMessage(random: () => number, k: number): string {
  const pool = k % 2 === 0 ? CLIENT_SENTENCES : SENTENCES;
  return (
    "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>No:</b> Jānis Bērziņš &lt;janis.berzins@inbox.lv&gt;<br>" +
    `<b>Nosūtīts:</b> pirmdiena, 2026. gada ${(k % 28) + 1}. oktobris 9:12<br><b>Kam:</b> Klientu apkalpošana &lt;dome@adazi.lv&gt;<br><b>Tēma:</b> RE: Nodokļa atvieglojums</p></div>` +
    Array.from({ length: 1 + Math.floor(random() * 4) }, () => paragraph(random, pool)).join("")
  );
}

/**
 * An Outlook reply: a new text of one to six paragraphs (about 50–400 words), the signature,
 * then the quoted thread of earlier messages until the file reaches `bytes`.
 */
function reply(random: () => number, sender: string, name: string, flaw: "none" | "signature" | "jargon", bytes: number): string {
  const head = `${OUTLOOK_HEAD}<p class=MsoNormal>Labdien, Bērziņa kungs!</p><p class=MsoNormal>Paldies par Jūsu 2026. gada 2. novembra e-pastu „Nodokļa atvieglojums”.</p>`;
  const position = flaw === "signature" ? "" : "Klientu apkalpošanas speciāliste<br>";
  const phone = flaw === "signature" ? "" : '<br>Tālr. <a href="tel:67997005">67997005</a>';
  const closing =
    '<p class=MsoNormal>Noderīga informācija:</p><ul><li><a href="https://www.adazunovads.lv/nodokli">Nodokļu atvieglojumi</a></li></ul>' +
    "<p class=MsoNormal>Ja Jums rodas papildu jautājumi, lūdzu, sazinieties ar mani, atbildot uz šo e-pastu vai zvanot pa tālruni 67997005.</p><p class=MsoNormal>Paldies par sapratni!</p>" +
    `<p class=MsoNormal>Ar cieņu<br>${name}<br>${position}Ādažu novada pašvaldība${phone}<br>E-pasts: <a href="mailto:${sender}">${sender}</a><br><a href="https://www.adazunovads.lv">www.adazunovads.lv</a></p><p class=MsoNormal>&nbsp;</p>`;
  const parts = [head];
  if (flaw === "jargon") parts.push(`<p class=MsoNormal>${JARGON_SENTENCE}</p>`);
  const paragraphs = 1 + Math.floor(random() * 6);
  let size = Buffer.byteLength(head + closing) + 40;
  for (let k = 0; k < paragraphs && size < bytes; k++) {
    const p = paragraph(random, SENTENCES);
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  parts.push(closing);
  for (let k = 0; size < bytes; k++) {
    const q = quotedMessage(random, k);
    parts.push(q);
    size += Buffer.byteLength(q);
  }
  parts.push("</div></body></html>");
  return parts.join("");
}

function eml(from: string, to: string, date: Date, subject: string, html: string): string {
  return [`From: ${from}`, `To: ${to}`, `Subject: ${subject}`, `Date: ${date.toUTCString()}`, "MIME-Version: 1.0", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", html, ""].join("\r\n");
}

export function generateCorpus(dir: string, emails = EMAILS): number {
  const random = prng(10);
  const senders = ["ilze.ozola", "peteris.kalns", "anna.kalnina", "juris.liepa"];
  let total = 0;
  for (let i = 0; i < emails; i++) {
    const sub = path.join(dir, String(Math.floor(i / 1000)));
    if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    const local = senders[i % senders.length];
    const address = `${local}@adazi.lv`;
    const date = new Date(Date.UTC(2026, 9, 1) + Math.floor(random() * 60) * 86400000 + 8 * 3600000);
    const bytes = MIN_BYTES + Math.floor(random() * (MAX_BYTES - MIN_BYTES));
    const roll = random();
    let text: string;
    if (i % 2000 === 1999) {
      fs.writeFileSync(path.join(sub, `${i}.eml`), Buffer.from([0, 1, 2, 3, 0, 0]));
      continue;
    } else if (roll < 0.12) {
      text = eml(`Klients ${i} <klients${i}@inbox.lv>`, `Ilze Ozola <${address}>`, date, "Jautājums", reply(random, `klients${i}@inbox.lv`, "Klients", "none", bytes));
    } else if (roll < 0.2) {
      text = eml(`Darbinieks <${address}>`, "Grāmatvedība <gramatvediba@adazi.lv>", date, "Re: Rēķins", reply(random, address, "Darbinieks", "none", bytes));
    } else {
      const flaw = roll < 0.35 ? "signature" : roll < 0.5 ? "jargon" : "none";
      text = eml(`Darbinieks <${address}>`, `Jānis Bērziņš <janis${i}@gmail.com>`, date, "Re: Nodokļa atvieglojums", reply(random, address, "Ilze Ozola", flaw, bytes));
    }
    fs.writeFileSync(path.join(sub, `${i}.eml`), text);
    total += Buffer.byteLength(text);
  }
  return total;
}

export async function run(): Promise<{ ok: boolean }> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-audit-bench-"));
  try {
    const corpus = path.join(tmp, "corpus");
    const generated = Date.now();
    const bytes = generateCorpus(corpus);
    console.log(`audit bench: generated ${EMAILS} e-mails (${(bytes / 1048576).toFixed(1)} MB) in ${((Date.now() - generated) / 1000).toFixed(1)} s`);
    let stdout = "";
    let stderr = "";
    const started = Date.now();
    const code = await runCli(
      ["audit", "--domain", "adazi.lv", "--by-sender", "--report", path.join(tmp, "report.html"), "--csv", path.join(tmp, "report.csv"), "--json", path.join(tmp, "report.json"), corpus],
      { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    );
    const ms = Date.now() - started;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const counted = /Pārbaudītas atbildes klientiem: (\d+)/.exec(stdout)?.[1] ?? "?";
    const compliant = /Pilnībā atbilst[^:]*: ([^\n]+)/.exec(stdout)?.[1] ?? "?";
    const unreadable = /Nenolasāmi: (\d+)/.exec(stdout)?.[1] ?? "?";
    const ok = code === 0 && ms < TARGET_MS;
    console.log(`audit bench: exit ${code}; ${EMAILS} e-mails in ${(ms / 1000).toFixed(1)} s = ${Math.round((EMAILS * 1000) / ms)} e-mails/s; counted ${counted}, compliant ${compliant}, unreadable ${unreadable}`);
    console.log(`audit bench: peak RSS ${peakRssMb.toFixed(0)} MB; target < ${TARGET_MS / 1000} s → ${ok ? "PASS" : "FAIL"}`);
    if (stderr.trim()) console.log(`audit bench: stderr: ${stderr.trim().split("\n")[0]}`);
    return { ok };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().then(
    (r) => process.exit(r.ok ? 0 : 1),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
