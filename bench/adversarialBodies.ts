/**
 * The adversarial body families of issue 13 (defect 4) and of the reliability probe, made at any
 * size: the inputs that once made a check super-linear. Used by `npm run bench` (bench/
 * linearity.bench.ts, at two sizes each) and by the robustness tests (at small sizes), so the two
 * always exercise the same shapes. Deterministic: the same size gives the same body.
 */

export interface AdversarialFamily {
  name: string;
  format: "html" | "text";
  /** A body of about `size` UTF-16 code units. */
  make(size: number): string;
}

/** Units of `unit(k)` for k = 0, 1, … until the body is at least `size` long (1 MB unless given). */
export function fill(unit: (k: number) => string, size = 1024 * 1024): string {
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; length < size; k++) {
    const u = unit(k);
    parts.push(u);
    length += u.length;
  }
  return parts.join("");
}

/** A small linear congruential generator: the same sequence everywhere, no Math.random. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function base64Blob(size: number): string {
  const next = lcg(13);
  const chars: string[] = new Array(size);
  for (let i = 0; i < size; i++) chars[i] = BASE64[next() >>> 26];
  return chars.join("");
}

const SIGNATURE_BLOCK = [
  "Ar cieņu",
  "Ilze Ozola",
  "Sociālā dienesta vadītāja",
  "Ādažu novada pašvaldība",
  "Tālr.: +371 67 997 350",
  "ilze.ozola@adazi.lv",
  "www.adazi.lv",
  "",
].join("\n");

export const ADVERSARIAL_FAMILIES: readonly AdversarialFamily[] = [
  { name: "one token without spaces (base64)", format: "text", make: (size) => base64Blob(size) },
  { name: "long tokens (hashes, 4 KB each)", format: "text", make: (size) => fill((k) => base64Blob(4096 + (k % 7)) + " ", size) },
  {
    name: "plain text with many URLs",
    format: "text",
    make: (size) =>
      fill((k) =>
        [
          `Skatiet https://www.adazi.lv/pakalpojumi/${k}?a=1&b=${k % 9} vai `,
          `http://intranet/dok/${k}.pdf, `,
          `www.example${k % 13}.lv/x/y/z. `,
          `Informācija: https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fbis.gov.lv%2F${k}&data=1 `,
          `\\\\fs01\\dati\\${k}.docx un file:///C:/x/${k} `,
        ][k % 5],
        size,
      ),
  },
  { name: "a link closed by a run of brackets", format: "text", make: (size) => "Skatiet https://x.lv/(" + ")".repeat(size) },
  {
    name: "distinct unknown capitalised words",
    format: "text",
    make: (size) => {
      const next = lcg(29);
      const syllable = (): string => "bcdfghklmnprstvz"[next() >>> 28] + "aeiou"[(next() >>> 16) % 5];
      return "Labdien! " + fill(() => `un ${syllable().toUpperCase()}${syllable()}${syllable()}${syllable()} `, size);
    },
  },
  { name: "many bare links", format: "text", make: (size) => fill((k) => `https://a${k % 10}.lv/${k} `, size) },
  { name: "repeated signature blocks", format: "text", make: (size) => "Labdien!\n\nPaldies par Jūsu iesniegumu.\n\n" + fill(() => SIGNATURE_BLOCK, size) },
  {
    name: "repeated signature blocks (HTML)",
    format: "html",
    make: (size) =>
      "<p>Labdien!</p><p>Paldies par Jūsu iesniegumu.</p>" +
      fill((k) => `<div${k % 3 === 0 ? ' id="Signature"' : ""}><p><a name="_MailAutoSig">Ar cieņu</a></p><p>Ilze Ozola</p><p>Sociālā dienesta vadītāja</p><p>Ādažu novada pašvaldība</p><p>Tālr. 67997350</p><p><a href="mailto:ilze@adazi.lv">ilze@adazi.lv</a></p></div>`, size),
  },
  { name: "unclosed links", format: "html", make: (size) => fill((k) => `<a href="https://x.lv/${k}">šeit `, size) },
  { name: "unclosed tags", format: "html", make: (size) => fill((k) => ["<b>", "<i>teksts ", "<span>", "<p>", "<li>", "<a>", "<font>"][k % 7], size) },
  { name: "whitespace runs", format: "text", make: (size) => fill((k) => (k % 2 ? "vārds" : " \t ".repeat(1 + (k % 400))), size) },
  { name: "whitespace runs (HTML)", format: "html", make: (size) => `<p>${fill((k) => (k % 2 ? "vārds" : " &nbsp; \n".repeat(1 + (k % 300))), size)}</p>` },
  { name: "blank lines", format: "text", make: (size) => "Labdien!" + "\n".repeat(size) + "Ar cieņu" },
  { name: "RTL and zero-width runs", format: "text", make: (size) => fill((k) => ["\u202e", "\u200b\u200c\u200d", "\u2066שלום\u2069", "\ufeff", "vārds", "مرحبا", " "][k % 7], size) },
  { name: "NUL bytes", format: "text", make: (size) => fill((k) => (k % 5 === 0 ? "Labdien \u0000" : "\u0000".repeat(1 + (k % 50))), size) },
  { name: "broken surrogates", format: "text", make: (size) => fill((k) => ["\ud800", "\udc00a", "ā\ud83d", "\ude00 ", "🙂"][k % 5], size) },
  { name: "entity floods", format: "html", make: (size) => `<p>${fill((k) => ["&amp;", "&nbsp;", "&#257;", "&#x1F600;", "&bogus;", "&#0;", "&"][k % 7], size)}</p>` },
  // The grammar rules' clause scans (preposition-case): prepositions in one clause with no punctuation.
  { name: "prepositions with no punctuation", format: "text", make: (size) => fill((k) => ["skola ", "pie ", "mājas ", "dārzs ", "ar ", "zelta ", "ķēde "][k % 7], size) },
  { name: "thousands of short sentences", format: "text", make: (size) => fill((k) => ["Jā. ", "Nē! ", "Labi? ", "Paldies. ", "A. ", "1. ", "Nr. 5. "][k % 7], size) },
  { name: "CAPS floods", format: "text", make: (size) => fill((k) => ["JŪS ", "NEESAT ", "IESNIEGUŠI ", "DOKUMENTUS!!! ", "UZMANĪBU ", "A".repeat(1 + (k % 90)) + " "][k % 6], size) },
  {
    name: "quote-header spam",
    format: "text",
    make: (size) =>
      "Labdien!\n" +
      fill((k) =>
        ["No: Jānis <j@x.lv>\n", "Nosūtīts: pirmdiena\n", "From: A\nSent: B\n", "-----Original Message-----\n", "Jānis rakstīja:\n", "On Mon, A wrote:\n", "teksts\n"][k % 7],
        size,
      ),
  },
  // The parser's own worst cases (once timed in test/unit/draft/robustness.test.ts; timing lives here).
  { name: "dots and letters", format: "text", make: (size) => fill(() => "a.", size) },
  { name: "at signs", format: "text", make: (size) => fill(() => "a@", size) },
  { name: "www. runs", format: "text", make: (size) => fill(() => "www.", size) },
  { name: "quoted and new lines", format: "text", make: (size) => fill(() => "> quoted\nnew\n", size) },
  { name: "unclosed paragraphs and items", format: "html", make: (size) => fill(() => "<p><li>", size) },
  { name: "closing tags", format: "html", make: (size) => fill(() => "</div>", size) },
  { name: "digits", format: "text", make: (size) => "6".repeat(size) },
  { name: "rule lines (underscores, dashes)", format: "text", make: (size) => "Labdien!\n" + fill((k) => ["_".repeat(30), "-".repeat(40), "=".repeat(20), "teksts"][k % 4] + "\n", size) },
  {
    name: "quote-header spam (HTML)",
    format: "html",
    make: (size) =>
      "<p>Labdien!</p>" +
      fill((k) =>
        [
          "<div style='border:none;border-top:solid #E1E1E1 1.0pt'><p><b>No:</b> x</p></div>",
          '<div id="divRplyFwdMsg">',
          '<blockquote type="cite">',
          '<div class="gmail_quote">',
          "<p>teksts</p>",
        ][k % 5],
        size,
      ),
  },
];
