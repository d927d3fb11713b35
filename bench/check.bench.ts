/**
 * Checker benchmark (issue 4): parse + check by every rule in src/core/rules except spelling.
 *  - a 300-word Latvian HTML reply with a long quoted Outlook thread: median ≤ 5 ms;
 *  - the same reply at 3,000 words (thread scaled alike): time ratio ≤ 1.2 × the word ratio;
 *  - 1 MB adversarial bodies (one giant paragraph, thousands of links, deep nesting, caps and
 *    "!!!", numbers that look like personal codes, paths and quote markers): each < 2 s.
 * Rules are found on disk (every compiled rule file that exports `rule`), like the robustness test.
 */
import * as fs from "fs";
import * as path from "path";
import { resolveConfig } from "../src/core/config";
import { prepareMessage, type MessageFacts } from "../src/core/check/message";
import { checkDraftDetailed } from "../src/core/check/checkDraft";
import type { Rule } from "../src/core/rules/types";
import { fill } from "./adversarialBodies";

const TARGET_300_MS = 5;
const TARGET_SCALING = 1.2;
const TARGET_1MB_MS = 2000;

async function loadRules(): Promise<Rule[]> {
  const dir = path.join(__dirname, "..", "src", "core", "rules");
  const rules: Rule[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith(".js")) continue;
    const mod = (await import(path.join(dir, file))) as { rule?: Rule };
    if (mod.rule && mod.rule.meta && mod.rule.meta.id !== "spelling") rules.push(mod.rule);
  }
  return rules;
}

// ---------------------------------------------------------------- inputs

/** Sentences a municipal employee writes, some with what the rules look for (jargon, passive, links…). */
const REPLY_SENTENCES = [
  "Paldies par Jūsu 2024. gada 11. marta iesniegumu par sociālā pabalsta piešķiršanu.",
  "Informējam, ka Jūsu iesniegums tiek izskatīts Sociālajā dienestā, un lēmums tiks pieņemts viena mēneša laikā.",
  "Lai saņemtu pabalstu, nepieciešams iesniegt izziņu par ienākumiem un dokumentu, kas apliecina deklarēto dzīvesvietu.",
  'Iesnieguma veidlapa pieejama <a href="https://www.adazi.lv/pakalpojumi/socialie-pabalsti">šeit</a>.',
  "Uz doto brīdi pieteikumu rindā ir 42 personas, tāpēc lūdzam uzgaidīt.",
  "Maksājumu varat veikt ar pārskaitījumu uz pašvaldības kontu līdz mēneša 20. datumam.",
  "Ja jums rodas jautājumi, lūdzu, sazinieties ar sociālo darbinieci Annu Kalniņu pa tālruni 67997350.",
  "Saskaņā ar saistošo noteikumu 5. punktu pabalsta apmērs ir 150 eiro mēnesī vienai personai.",
  "Būvvalde izskata iesniegumus 30 dienu laikā no to saņemšanas dienas, ievērojot BIS sistēmas prasības.",
  'Papildu informācija pieejama Būvniecības informācijas sistēmā <a href="https://bis.gov.lv/bisp/">bis.gov.lv</a>.',
  "Atvainojamies par sagādātajām neērtībām un ceram uz Jūsu sapratni.",
  "Nekustamā īpašuma nodokļa atvieglojumu piešķir, ja persona ir deklarējusi dzīvesvietu novadā un nav parādu.",
  "Pašvaldība veic apmaksu par ēdināšanu skolā tiem bērniem, kuru ģimenēm ir piešķirts trūcīgas ģimenes statuss.",
  "Lūdzam ņemt vērā, ka dokumentus var iesniegt arī elektroniski ar drošu elektronisko parakstu, nosūtot tos uz dome@adazi.lv.",
  "Klientu apkalpošanas centrs Gaujas ielā 33A strādā darba dienās no plkst. 8.00 līdz 17.00, piektdienās līdz 14.00.",
];

const QUOTED_SENTENCES = [
  "labdien es gribeju pajautat kapec man vel nav atbildes uz iesniegumu!!!",
  "JŪS TUR VISPĀR STRĀDĀJAT VAI NĒ???",
  "mans personas kods 150385-10412 un es dzivoju gaujas iela 5 dzivoklis 12",
  "pielikumā sūtu izziņu, skatīt šeit http://intranet/x un \\\\fs01\\dati\\a.pdf",
  "gaidu atbildi cik atri vien iespejams jo man vajag naudu lai samaksatu par komunalajiem",
];

function words(sentence: string): number {
  return sentence.replace(/<[^>]*>/g, " ").split(/\s+/).filter(Boolean).length;
}

/** Sentences from the pool until `target` words; returned as <p>s of three sentences. */
function paragraphs(pool: readonly string[], target: number, offset = 0): { html: string; words: number } {
  const out: string[] = [];
  let count = 0;
  let current: string[] = [];
  for (let k = offset; count < target; k++) {
    const s = pool[k % pool.length];
    current.push(s);
    count += words(s);
    if (current.length === 3) {
      out.push(`<p class=MsoNormal>${current.join(" ")}<o:p></o:p></p>`);
      current = [];
    }
  }
  if (current.length) out.push(`<p class=MsoNormal>${current.join(" ")}<o:p></o:p></p>`);
  return { html: out.join("<p class=MsoNormal><o:p>&nbsp;</o:p></p>"), words: count };
}

const OUTLOOK_HEAD =
  '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head><body lang=LV><div class=WordSection1>';

const SIGNATURE =
  "<p class=MsoNormal><a name=\"_MailAutoSig\">Ar cieņu</a></p><p class=MsoNormal>Ilze Ozola</p><p class=MsoNormal>Sociālā dienesta vadītāja</p>" +
  "<p class=MsoNormal>Ādažu novada pašvaldība</p><p class=MsoNormal>Tālr.: +371 67 997 350</p><p class=MsoNormal><a href=\"mailto:ilze.ozola@adazi.lv\">ilze.ozola@adazi.lv</a></p>" +
  '<p class=MsoNormal><a href="https://www.adazi.lv">www.adazi.lv</a></p>';

function quotedMessage(k: number, wordsInIt: number): string {
  return (
    "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>No:</b> Jānis Bērziņš &lt;janis.berzins@inbox.lv&gt;<br>" +
    `<b>Nosūtīts:</b> pirmdiena, 2024. gada ${k + 1}. marts 9:12<br><b>Kam:</b> Sociālais dienests &lt;soc@adazi.lv&gt;<br><b>Tēma:</b> RE: Pabalsts</p></div>` +
    paragraphs(QUOTED_SENTENCES, wordsInIt, k).html
  );
}

/** An Outlook desktop reply of about `replyWords` words above a thread of three earlier messages (2× the words). */
function outlookReply(replyWords: number): { html: string; words: number } {
  const body = paragraphs(REPLY_SENTENCES, replyWords);
  const thread = [0, 1, 2].map((k) => quotedMessage(k, Math.round((replyWords * 2) / 3))).join("");
  const html = `${OUTLOOK_HEAD}<p class=MsoNormal>Labdien, Bērziņa kungs!</p>${body.html}${SIGNATURE}<p class=MsoNormal>&nbsp;</p>${thread}</div></body></html>`;
  return { html, words: body.words };
}

const LV_WORDS = ["pašvaldība", "iesniegums", "tiek", "izskatīts", "jūs", "pielikumā", "veikt", "apmaksu", "uz", "doto", "brīdi", "šeit", "personas", "kods", "Nr", "BIS", "VID"];

interface Adversarial {
  name: string;
  format: "html" | "text";
  body: string;
}

function adversarialBodies(): Adversarial[] {
  return [
    { name: "one giant paragraph (no punctuation)", format: "html", body: `<p>${fill((k) => LV_WORDS[k % LV_WORDS.length] + " ")}</p>` },
    { name: "one giant sentence of plain text", format: "text", body: fill((k) => (k % 97 === 0 ? "Labdien, " : LV_WORDS[(k * 7) % LV_WORDS.length] + " ")) },
    {
      name: "thousands of links",
      format: "html",
      body: fill((k) =>
        [
          `<a href="https://www.adazi.lv/p/${k}">šeit</a> `,
          `<a href=" JaVa&#x09;ScRiPt:alert(${k})">spiediet šeit</a> `,
          `<a href="http://intranet/${k}">saite</a> `,
          `http://192.168.${k % 256}.1/x `,
          `<a href="https://eur01.safelinks.protection.outlook.com/?url=http%3A%2F%2Fx${k}.local%2F&amp;data=1">te</a> `,
          `<a href="https://adazi-my.sharepoint.com/personal/u${k}/Documents/a.docx"><img src="cid:i${k}"></a> `,
        ][k % 6],
      ),
    },
    { name: "deep nesting", format: "html", body: fill((k) => (k % 50 === 49 ? "Pielikumā lēmums. " : "<div><blockquote><span>")) },
    {
      name: "caps and !!!",
      format: "html",
      body: `<p>${fill((k) => (k % 3 === 0 ? "UZMANĪBU!!! JŪS NEESAT IESNIEGUŠI DOKUMENTUS" : k % 3 === 1 ? "!".repeat(500) + " " : "A".repeat(2000) + " "))}</p>`,
    },
    {
      name: "numbers that look like personal codes",
      format: "text",
      body: fill((k) => ["p.k. 150385-10412, ", "010190-12345 ", "32058714523 ", "personas kods 01019012349; ", "2024-150385-10412-1 ", "150385 10412 "][k % 6]),
    },
    {
      name: "paths, slashes and backslashes",
      format: "text",
      body: fill((k) => ["\\".repeat(300) + " ", "/".repeat(300) + " ", "C:\\Users\\x\\ ", "\\\\srv\\share\\a ", "//srv/share/a ", "file:///C:/x ", ":\\".repeat(100) + " "][k % 7]),
    },
    { name: "a quarter of a million tiny UNC paths", format: "text", body: fill(() => "\\\\a ") },
    { name: "a hundred thousand bare intranet links", format: "text", body: fill((k) => `http://a${k % 10}/ `) },
    {
      name: "quote markers and separators",
      format: "text",
      body: fill((k) => [">> > > teksts\n", "-----Original Message-----\n", "Labdien!\n", "Ar cieņu,\n", "Jānis Bērziņš rakstīja:\n", "No: x\nNosūtīts: y\n"][k % 6]),
    },
  ];
}

// ---------------------------------------------------------------- timing

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const config = resolveConfig({}).config;

/** The message as a front door describes it: a reply from the municipality to a client. */
function facts(body: string, format: "html" | "text"): MessageFacts {
  return { body, format, recipients: [{ email: "janis.berzins@inbox.lv", name: "Jānis Bērziņš", kind: "to" }], composeType: "reply", user: { email: "ilze.ozola@adazi.lv" } };
}

function parseAndCheck(body: string, format: "html" | "text", rules: readonly Rule[]): { failed: string[]; findings: number } {
  const { draft, context } = prepareMessage(facts(body, format), config);
  const result = checkDraftDetailed(draft, context, rules);
  return { failed: result.failedRules, findings: result.findings.length };
}

function time(body: string, format: "html" | "text", rules: readonly Rule[], warmup: number, runs: number): number {
  for (let k = 0; k < warmup; k++) parseAndCheck(body, format, rules);
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    parseAndCheck(body, format, rules);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** Per-rule time on one body, to say where the time goes when a target is missed. */
function slowestRules(body: string, format: "html" | "text", rules: readonly Rule[]): string {
  const { draft, context } = prepareMessage(facts(body, format), config);
  const times = rules.map((r) => {
    const t0 = performance.now();
    checkDraftDetailed(draft, context, [r]);
    return { id: r.meta.id, ms: performance.now() - t0 };
  });
  times.sort((a, b) => b.ms - a.ms);
  return times
    .slice(0, 3)
    .map((t) => `${t.id} ${t.ms.toFixed(0)} ms`)
    .join(", ");
}

const verdict = (ok: boolean): string => (ok ? "PASS" : "FAIL");

export async function run(): Promise<{ ok: boolean }> {
  const rules = await loadRules();
  console.log(`rules: ${rules.length} (${rules.map((r) => r.meta.id).join(", ")})`);
  let ok = true;

  const small = outlookReply(300);
  const large = outlookReply(3000);
  const failedSmall = parseAndCheck(small.html, "html", rules);
  const failedLarge = parseAndCheck(large.html, "html", rules);
  for (const [name, r] of [["300-word", failedSmall], ["3,000-word", failedLarge]] as const) {
    if (r.failed.length) {
      console.log(`FAIL ${name} reply: rules threw: ${r.failed.join(", ")}`);
      ok = false;
    }
  }

  const tSmall = time(small.html, "html", rules, 30, 301);
  const tLarge = time(large.html, "html", rules, 5, 41);
  const smallOk = tSmall <= TARGET_300_MS;
  console.log(
    `${verdict(smallOk)} ${small.words}-word reply (${(small.html.length / 1024).toFixed(0)} KB HTML with quoted thread, ${failedSmall.findings} findings): median ${tSmall.toFixed(2)} ms, ` +
      `${Math.round(small.words / (tSmall / 1000)).toLocaleString("en")} words/s (target ≤ ${TARGET_300_MS} ms)`,
  );
  console.log(
    `     ${large.words}-word reply (${(large.html.length / 1024).toFixed(0)} KB HTML, ${failedLarge.findings} findings): median ${tLarge.toFixed(2)} ms, ` +
      `${Math.round(large.words / (tLarge / 1000)).toLocaleString("en")} words/s`,
  );
  const wordRatio = large.words / small.words;
  const timeRatio = tLarge / tSmall;
  const scalingOk = timeRatio <= TARGET_SCALING * wordRatio;
  console.log(
    `${verdict(scalingOk)} scaling: ${wordRatio.toFixed(2)}× the words took ${timeRatio.toFixed(2)}× the time ` +
      `(${(timeRatio / wordRatio).toFixed(2)} per unit of text; target ≤ ${TARGET_SCALING}, i.e. 10× text ≤ 12× time)`,
  );
  ok = ok && smallOk && scalingOk;

  for (const adv of adversarialBodies()) {
    const first = parseAndCheck(adv.body, adv.format, rules);
    const t = time(adv.body, adv.format, rules, 1, 3);
    const advOk = t < TARGET_1MB_MS && first.failed.length === 0;
    const threw = first.failed.length ? `; rules threw: ${first.failed.join(", ")}` : "";
    const slow = advOk ? "" : `; slowest: ${slowestRules(adv.body, adv.format, rules)}`;
    console.log(
      `${verdict(advOk)} 1 MB ${adv.format} — ${adv.name}: median ${t.toFixed(0)} ms, ${first.findings} findings (target < ${TARGET_1MB_MS} ms)${threw}${slow}`,
    );
    ok = ok && advOk;
  }
  console.log(ok ? "check bench: all targets met" : "check bench: some targets missed");
  return { ok };
}
