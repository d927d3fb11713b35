/**
 * parseDraft speed: the median time for a 300-word and a 3,000-word HTML reply, each above a
 * long quoted thread (as Outlook desktop writes them), and for a 1 MB body, plus the scaling
 * ratio 3,000/300 (about 10 means linear). Inputs are generated from Latvian sentences with a
 * fixed seed, so every run measures the same bodies.
 */
import { parseDraft } from "../src/core/draft";

const SENTENCES = [
  "Paldies par Jūsu 2026. gada 17. novembra iesniegumu par nekustamā īpašuma nodokļa atvieglojumu.",
  "Informējam, ka iesniegums ir reģistrēts ar Nr. ĀNP/2026/1234 un to izskatīs desmit darba dienu laikā.",
  "Atvieglojuma apmēru nosaka saistošo noteikumu 3. punkts, un tas ir 50 procenti no aprēķinātā nodokļa.",
  "Lēmumu nosūtīsim uz Jūsu e-pasta adresi, kā arī tas būs pieejams portālā www.latvija.gov.lv.",
  "Ja Jums rodas jautājumi, lūdzu, zvaniet pa tālr. 67 895 400 darba dienās plkst. 8.00–17.00.",
  "Klientu apkalpošanas centrs atrodas Gaujas ielā 33A, Ādažos, un pieņem apmeklētājus bez iepriekšēja pieraksta.",
  "Dokumentus var iesniegt arī elektroniski, parakstot tos ar drošu elektronisko parakstu.",
  "Atgādinām, ka nodokļa maksāšanas termiņš ir 31. marts, 15. maijs, 15. augusts un 15. novembris.",
  "Pielikumā nosūtām veidlapu, ko lūdzam aizpildīt un atsūtīt atpakaļ līdz mēneša beigām.",
  "Sīkāka informācija par pašvaldības pakalpojumiem pieejama tīmekļvietnē https://www.adazi.lv/lv/pakalpojumi.",
];

/** A small deterministic generator (LCG), so the bench needs no data files and never varies. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function paragraphs(words: number, next: () => number): string[] {
  const out: string[] = [];
  let count = 0;
  let paragraph: string[] = [];
  while (count < words) {
    const sentence = SENTENCES[Math.floor(next() * SENTENCES.length)];
    paragraph.push(sentence);
    count += sentence.split(/\s+/).length;
    if (paragraph.length >= 3 || count >= words) {
      out.push(paragraph.join(" "));
      paragraph = [];
    }
  }
  return out;
}

function p(text: string): string {
  return `<p class=MsoNormal>${text.replace(/&/g, "&amp;")}<o:p></o:p></p>`;
}
const BLANK = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>";

const SIGNATURE = ["Ar cieņu", "Jānis Bērziņš", "Klientu apkalpošanas speciālists", "Ādažu novada pašvaldība", "Tālr. +371 67 895 400", "janis.berzins@adazi.lv", "www.adazi.lv"];

function quotedMessage(k: number, next: () => number): string {
  return (
    `<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>No:</b> Anna Kalniņa &lt;anna.kalnina@example.com&gt;<br>` +
    `<b>Nosūtīts:</b> otrdiena, 2026. gada ${1 + (k % 28)}. novembris 10:15<br><b>Kam:</b> dome@adazi.lv<br><b>Tēma:</b> RE: Iesniegums</p></div></div>` +
    BLANK +
    paragraphs(120, next).map(p).join(BLANK) +
    BLANK
  );
}

/** An Outlook desktop reply: `words` words of new text, a signature, then `thread` quoted messages. */
export function outlookReply(words: number, thread: number, seed: number): string {
  const next = random(seed);
  const body = [p("Labdien, Kalniņas kundze!"), BLANK, ...paragraphs(words, next).map((t) => p(t) + BLANK), ...SIGNATURE.map(p), BLANK];
  for (let k = 0; k < thread; k++) body.push(quotedMessage(k, next));
  return `<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm}</style></head><body lang=LV><div class=WordSection1>${body.join("\n")}</div></body></html>`;
}

/** Hard-wraps text at 72 columns, as plain-text mail clients do. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line.length + word.length + 1 > 72 && line.length > 0) {
      lines.push(line);
      line = word;
    } else {
      line = line.length > 0 ? `${line} ${word}` : word;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/**
 * A plain-text reply of about `bytes`: a short answer and signature above a "> " quoted thread
 * of that size (quoted), or `bytes` of new text with the signature and a phone's footer (new).
 */
export function plainReply(bytes: number, kind: "quoted" | "new", seed: number): string {
  const next = random(seed);
  const lines = ["Labdien, Kalniņas kundze!", "", ...wrap(paragraphs(60, next).join(" ")), "", ...SIGNATURE];
  if (kind === "quoted") {
    lines.push("", "2026. gada 17. novembrī 10:15 Anna Kalniņa <anna.kalnina@example.com> rakstīja:");
    let size = 0;
    while (size < bytes) {
      for (const l of wrap(paragraphs(120, next).join(" ")).concat([""])) {
        lines.push(l ? `> ${l}` : ">");
        size += l.length + 3;
      }
    }
  } else {
    let size = 0;
    const body: string[] = [];
    while (size < bytes) {
      for (const l of wrap(paragraphs(120, next).join(" ")).concat([""])) {
        body.push(l);
        size += l.length + 1;
      }
    }
    lines.splice(2, 0, ...body);
    lines.push("", "Nosūtīts no mana iPhone");
  }
  return lines.join("\n");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function now(): number {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

/** Median milliseconds of `runs` parses (after a few warm-up runs). */
function measure(body: string, runs: number, format: "html" | "text" = "html"): number {
  for (let k = 0; k < 3; k++) parseDraft(body, format);
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const started = now();
    parseDraft(body, format);
    times.push(now() - started);
  }
  return median(times);
}

/** A megabyte must parse in well under a second (issue 3). */
const MEGABYTE_TARGET_MS = 1000;

export async function run(): Promise<{ ok: boolean }> {
  const short = outlookReply(300, 12, 1);
  const long = outlookReply(3000, 12, 2);
  let megabyte = outlookReply(1000, 0, 3);
  for (let k = 0; megabyte.length < 1024 * 1024; k++) megabyte = megabyte.replace("</div></body>", quotedMessage(k, random(k + 10)) + "</div></body>");

  // The worst case: a megabyte that is all new text, so every word is tokenised and split.
  const newText = outlookReply(Math.round(1024 * 1024 / 8.5), 0, 4);

  const shortMs = measure(short, 200);
  const longMs = measure(long, 60);
  const megabyteMs = measure(megabyte, 15);
  const newTextMs = measure(newText, 10);
  const plainQuoted = plainReply(1024 * 1024, "quoted", 5);
  const plainNew = plainReply(1024 * 1024, "new", 6);
  const plainQuotedMs = measure(plainQuoted, 15, "text");
  const plainNewMs = measure(plainNew, 10, "text");
  const kb = (s: string): string => `${(s.length / 1024).toFixed(0)} KB`;
  console.log("parse (parseDraft, HTML, median):");
  console.log(`  300-word reply + 12 quoted messages (${kb(short)}):   ${shortMs.toFixed(2)} ms`);
  console.log(`  3,000-word reply + 12 quoted messages (${kb(long)}): ${longMs.toFixed(2)} ms`);
  console.log(`  1 MB body, mostly quoted thread (${kb(megabyte)}):    ${megabyteMs.toFixed(1)} ms`);
  console.log(`  1 MB body, all new text (${kb(newText)}):            ${newTextMs.toFixed(1)} ms`);
  console.log("parse (parseDraft, plain text, median):");
  console.log(`  1 MB body, all "> " quoted thread (${kb(plainQuoted)}): ${plainQuotedMs.toFixed(1)} ms`);
  console.log(`  1 MB body, all new text + phone footer (${kb(plainNew)}): ${plainNewMs.toFixed(1)} ms`);
  console.log(`  scaling 3,000/300 words: ${(longMs / shortMs).toFixed(2)}x (10x would be linear in words; the quoted thread is the same size)`);
  const ok = Math.max(megabyteMs, newTextMs, plainQuotedMs, plainNewMs) < MEGABYTE_TARGET_MS;
  console.log(`${ok ? "PASS" : "FAIL"} 1 MB bodies parse in under ${MEGABYTE_TARGET_MS} ms (median)`);
  return { ok };
}
