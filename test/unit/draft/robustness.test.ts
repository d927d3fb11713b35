/**
 * Bad input never breaks the parser: arbitrary strings and markup (property tests), deep
 * nesting, binary-looking text, huge bodies. Nothing may be quadratic: pathological 1 MB
 * bodies must parse in well under a second.
 */
import fc from "fast-check";
import { parseDraft, type Draft } from "../../../src/core/draft";
import { ADVERSARIAL_FAMILIES } from "../../../bench/adversarialBodies";

function checkInvariants(draft: Draft): void {
  const n = draft.text.length;
  for (const span of [...draft.paragraphs, ...draft.sentences, ...draft.tokens, ...draft.links]) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= n)) throw new Error(`span ${span.start}..${span.end} outside 0..${n}`);
  }
  for (const t of draft.tokens) if (draft.text.slice(t.start, t.end) !== t.text) throw new Error("token text does not match its offsets");
  if (draft.text !== draft.text.normalize("NFC")) throw new Error("text is not NFC");
  if (/[\u00ad\u200b\u00a0]/.test(draft.text)) throw new Error("invisible or non-breaking characters left in the text");
  for (let i = 0; i < n; i++) {
    const source = draft.sourceMap.toSource(i);
    if (source === null && draft.text[i] !== "\n") throw new Error(`character ${i} has no source`);
  }
}

const HTML_BITS = [
  "<", ">", "</", "/>", "&", ";", "#", "=", '"', "'", " ", "\n", "<div>", "</div>", "<p>", "</p>", "<br>", "<br/>",
  "<blockquote type=cite>", "</blockquote>", "<blockquote>", '<div id="divRplyFwdMsg">', '<div class="gmail_quote">',
  '<div id="Signature">', '<a href="https://x.lv">', "</a>", "<a name=_MailAutoSig>", "<!--", "-->", "<![CDATA[", "]]>",
  "<script>", "</script>", "<style>", "<head>", "<pre>", "<table><tr><td>", "&nbsp;", "&amp;", "&#", "&#x", "&#257;",
  "&#xFFFFFF;", "&#0;", "Labdien", "Ar cieņu", "Jānis Bērziņš", "From: A", "Sent: B", "wrote:", "> ", "-----Original Message-----",
  "\u0000", "\ud800", "\u00ad", "\u200b", "ā", "🙂", "www.", "@", "http://",
];
const htmlish = fc.array(fc.constantFrom(...HTML_BITS), { maxLength: 60 }).map((parts) => parts.join(""));

describe("parseDraft never throws (property)", () => {
  it("on arbitrary strings, as HTML and as text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        checkInvariants(parseDraft(s, "html"));
        checkInvariants(parseDraft(s, "text"));
      }),
      { numRuns: 500 },
    );
  });

  it("on HTML-ish strings, as HTML and as text", () => {
    fc.assert(
      fc.property(htmlish, (s) => {
        checkInvariants(parseDraft(s, "html"));
        checkInvariants(parseDraft(s, "text"));
      }),
      { numRuns: 1000 },
    );
  });

  it("on values that are not strings at all", () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(parseDraft(value as unknown as string, "html").text).toBe("");
      expect(parseDraft(value as unknown as string, "bogus" as "text").text).toBe("");
    }
  });
});

describe("bad input", () => {
  it("parses 10,000-deep nesting without overflowing the stack", () => {
    const depth = 10000;
    const nested = "<div>".repeat(depth) + "Labdien!" + "</div>".repeat(depth);
    expect(parseDraft(nested, "html").text).toBe("Labdien!");
    const unclosed = "<span><b>".repeat(depth) + "Teksts";
    expect(parseDraft(unclosed, "html").text).toBe("Teksts");
    const quotes = "<blockquote type=cite>".repeat(depth) + "x";
    expect(parseDraft("Atbilde" + quotes, "html").text).toBe("Atbilde");
  });

  it("makes a sensible model of binary-looking text", () => {
    const binary = Array.from({ length: 5000 }, (_v, k) => String.fromCharCode((k * 7919) % 256)).join("");
    const d = parseDraft(binary, "text");
    checkInvariants(d);
    const controls = [...d.text].filter((c) => c.charCodeAt(0) < 0x20 && c !== "\n");
    expect(controls).toEqual([]);
  });

  it("reads malformed HTML the way a browser would", () => {
    expect(parseDraft("<p>Viens<p>Divi</b></i><div>Trīs</span>", "html").text).toBe("Viens\nDivi\nTrīs");
    expect(parseDraft("<div>Labdien<!-- nekad neaizvērts komentārs", "html").text).toBe("Labdien");
    expect(parseDraft("<div class='a>Teksts", "html").text).toBe("");
    expect(parseDraft("A &amp B &unknown; C &#99999999; D", "html").text).toBe("A & B &unknown; C \ufffd D");
    expect(parseDraft("<head><title>T</title>Teksts bez body", "html").text).toBe("Teksts bez body");
  });
});

describe("adversarial body families (issue 13)", () => {
  it.each(ADVERSARIAL_FAMILIES.map((f) => [f.name, f] as const))("%s keeps every span and source mapping valid", (_name, family) => {
    const body = family.make(6000);
    checkInvariants(parseDraft(body, family.format));
    checkInvariants(parseDraft(body, family.format === "html" ? "text" : "html"));
  });

  it("closes an open link when the next one opens, as browsers do", () => {
    const draft = parseDraft('<p><a href="https://a.lv">šeit <a href="https://b.lv">tur <b><a href="https://c.lv">te</p>', "html");
    expect(draft.links.map((l) => [l.href, l.text])).toEqual([
      ["https://a.lv", "šeit "],
      ["https://b.lv", "tur "],
      ["https://c.lv", "te"],
    ]);
  });

  it("keeps a link inside a table cell of another link's text apart, as browsers do", () => {
    const draft = parseDraft('<a href="https://a.lv">A<table><tr><td><a href="https://b.lv">B</a></td></tr></table></a>', "html");
    expect(draft.links.map((l) => l.href)).toEqual(["https://a.lv", "https://b.lv"]);
  });
});

describe("nothing is quadratic", () => {
  const sentence = "Paldies par Jūsu 2026. gada 17. novembra iesniegumu, informāciju skatiet www.adazi.lv vai rakstiet info@adazi.lv. ";
  const cases: [string, string, "html" | "text"][] = [
    ["a 1 MB HTML reply", "<div>" + sentence.repeat(Math.ceil(1e6 / sentence.length)) + "</div>", "html"],
    ["1 MB of unclosed tags", "<b>".repeat(340000), "html"],
    ["1 MB of unclosed <p><li>", "<p><li>".repeat(150000), "html"],
    ["1 MB of closing tags", "</div>".repeat(170000), "html"],
    ["1 MB of entities", "&amp;&nbsp;".repeat(90000), "html"],
    ["1 MB of dots and letters", "a.".repeat(500000), "text"],
    ["1 MB of at signs", "a@".repeat(500000), "text"],
    ["1 MB of www.", "www.".repeat(250000), "text"],
    ["1 MB of links", '<a href="https://x.lv">x</a> '.repeat(35000), "html"],
    ["1 MB of lines", "> quoted\nnew\n".repeat(75000), "text"],
    ["1 MB without a space", "x".repeat(1e6), "text"],
    ["1 MB of digits", "6".repeat(1e6), "text"],
  ];
  // Each megabyte parses to a valid draft. How long it takes is measured by `npm run bench --
  // linearity` (the same shapes, bench/adversarialBodies.ts, at two sizes): wall-clock limits in a
  // unit test fail on a busy machine and prove nothing about growth.
  it.each(cases)("%s parses", (_name, body, format) => {
    const draft = parseDraft(body, format);
    expect(draft.text.length).toBeGreaterThanOrEqual(0);
    checkInvariants(draft);
  });
});
