/**
 * Edits carried through the source map: replacing ranges of draft.text in the HTML (or plain
 * text) and parsing again gives exactly the edited text. Example-based, then a property test
 * over generated bodies with entities, inline tags, collapsed whitespace and invisible characters.
 */
import fc from "fast-check";
import { EditSpansMarkupError, parseDraft, type Draft } from "../../../src/core/draft";
import { markupOf } from "./markup";

type Edit = { start: number; end: number; text: string };

function applyToText(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe("applyEdits examples", () => {
  it("replaces a word inside bold text and keeps the tags", () => {
    const html = "<p>Labdien, <b>Jāni</b>!</p>";
    const d = parseDraft(html, "html");
    const start = d.text.indexOf("Jāni");
    const out = d.sourceMap.applyEdits(html, [{ start, end: start + 4, text: "Pēteri" }]);
    expect(out).toBe("<p>Labdien, <b>Pēteri</b>!</p>");
  });

  it("replaces an entity whole and escapes the replacement", () => {
    const html = "<p>A&nbsp;&amp;&nbsp;B</p>";
    const d = parseDraft(html, "html");
    expect(d.text).toBe("A & B");
    expect(d.sourceMap.applyEdits(html, [{ start: 2, end: 3, text: "<un>" }])).toBe("<p>A&nbsp;&lt;un&gt;&nbsp;B</p>");
  });

  it("replaces a collapsed whitespace run in full", () => {
    const html = "<p>a  &nbsp;b</p>";
    const d = parseDraft(html, "html");
    expect(d.text).toBe("a b");
    const out = d.sourceMap.applyEdits(html, [{ start: 1, end: 2, text: "X" }]);
    expect(out).toBe("<p>aXb</p>");
  });

  it("refuses an edit of a whitespace run that has a tag inside it", () => {
    const html = "<p>a  <i> b</i></p>";
    const d = parseDraft(html, "html");
    expect(d.text).toBe("a b");
    expect(() => d.sourceMap.applyEdits(html, [{ start: 1, end: 2, text: "X" }])).toThrow(EditSpansMarkupError);
  });

  // Issue 13, defect 3: a combining mark after an inline image made "ū" one character whose
  // source ran across the <img>; the polite-you fix then wrote the body without the image.
  it("keeps an inline image between a letter and its combining mark (non-NFC text)", () => {
    const html = '<p>Paldies par ju<img src="cid:x">\u0304su iesniegumu.</p>';
    const d = parseDraft(html, "html");
    expect(d.text).toBe("Paldies par jūsu iesniegumu.");
    const at = d.text.indexOf("jūsu");
    // The fix rewrites only what changes: the "j".
    const out = d.sourceMap.applyEdits(html, [{ start: at, end: at + 4, text: "Jūsu" }]);
    expect(out).toBe('<p>Paldies par Ju<img src="cid:x">\u0304su iesniegumu.</p>');
    expect(parseDraft(out, "html").text).toBe("Paldies par Jūsu iesniegumu.");
    // An edit of the composed letter itself would have to cross the image: refused, nothing written.
    expect(() => d.sourceMap.applyEdits(html, [{ start: at + 1, end: at + 2, text: "u" }])).toThrow(EditSpansMarkupError);
    expect(() => d.sourceMap.applyEdits(html, [{ start: at, end: at + 4, text: "JUSU" }])).toThrow(EditSpansMarkupError);
  });

  it("refuses edits across an element boundary or over a non-text node, and narrows the rest", () => {
    const html = '<p><b>jū</b>su, jū<img src="cid:a">su, j<span>ūsu</span>, personas kods 010190-<span>12345</span></p>';
    const d = parseDraft(html, "html");
    const first = d.text.indexOf("jūsu");
    expect(() => d.sourceMap.applyEdits(html, [{ start: first, end: first + 4, text: "JŪSU" }])).toThrow(EditSpansMarkupError);
    expect(d.sourceMap.applyEdits(html, [{ start: first, end: first + 4, text: "Jūsu" }])).toContain("<p><b>Jū</b>su,");
    const second = d.text.indexOf("jūsu", first + 1);
    expect(() => d.sourceMap.applyEdits(html, [{ start: second, end: second + 4, text: "Jūs" }])).toThrow(EditSpansMarkupError);
    const code = d.text.indexOf("12345");
    expect(() => d.sourceMap.applyEdits(html, [{ start: code - 2, end: code + 5, text: "-*****" }])).toThrow(EditSpansMarkupError);
    expect(d.sourceMap.applyEdits(html, [{ start: code, end: code + 5, text: "*****" }])).toContain("010190-<span>*****</span>");
  });

  it("inserts at a position (start = end)", () => {
    const html = "<div>Paldies par jautājumu.</div>";
    const d = parseDraft(html, "html");
    const at = d.text.indexOf("jautājumu");
    expect(d.sourceMap.applyEdits(html, [{ start: at, end: at, text: "Jūsu " }])).toBe("<div>Paldies par Jūsu jautājumu.</div>");
    expect(d.sourceMap.applyEdits(html, [{ start: d.text.length, end: d.text.length, text: " Ar cieņu" }])).toBe("<div>Paldies par jautājumu. Ar cieņu</div>");
  });

  it("applies several edits at once, in any order", () => {
    const src = "Labdien, jāni!\n\nPaldies par jusu iesniegumu.";
    const d = parseDraft(src, "text");
    const edits = [
      { start: d.text.indexOf("jusu"), end: d.text.indexOf("jusu") + 4, text: "Jūsu" },
      { start: d.text.indexOf("jāni"), end: d.text.indexOf("jāni") + 4, text: "Jāni" },
    ];
    expect(d.sourceMap.applyEdits(src, edits)).toBe("Labdien, Jāni!\n\nPaldies par Jūsu iesniegumu.");
  });

  it("refuses edits across made-up line breaks, overlapping edits and ranges outside the text", () => {
    const html = "<p>Viens</p><p>Divi</p>";
    const d = parseDraft(html, "html");
    expect(() => d.sourceMap.applyEdits(html, [{ start: 3, end: 8, text: "x" }])).toThrow(/line break/);
    expect(() => d.sourceMap.applyEdits(html, [{ start: 0, end: 3, text: "x" }, { start: 2, end: 4, text: "y" }])).toThrow(/overlap/);
    expect(() => d.sourceMap.applyEdits(html, [{ start: 0, end: 99, text: "x" }])).toThrow(RangeError);
  });

  it("edits only the new text of a reply, leaving the quoted thread as it was", () => {
    const html = `<div>Labdien, jūs!</div><div id="divRplyFwdMsg"><b>From:</b> A</div><div>jūs jūs jūs</div>`;
    const d = parseDraft(html, "html");
    const at = d.text.indexOf("jūs");
    const out = d.sourceMap.applyEdits(html, [{ start: at, end: at + 3, text: "Jūs" }]);
    expect(out).toBe(`<div>Labdien, Jūs!</div><div id="divRplyFwdMsg"><b>From:</b> A</div><div>jūs jūs jūs</div>`);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: random edits round-trip through the HTML / plain text.

const WORDS = ["Labdien", "pašvaldība", "iesniegums", "Ādaži", "ķēniņš", "ŪDENS", "jūs", "2026.", "Nr.", "a", "e-pasts", "(x)"];
const INLINE_TAGS = ["b", "i", "span", "strong", "em", "u", "font"];

/** One piece of a generated HTML line. */
const htmlPiece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constantFrom(" ", "  ", "\n", "\t", "&nbsp;", " &nbsp; "),
  fc.constantFrom("&amp;", "&lt;", "&gt;", "&#257;", "&#x161;", "&eacute;", "&quot;", "&shy;", "&#8203;", "\u00ad", "\u200b"),
  // spaces just inside inline tags make whitespace runs that span markup ("a <b> b</b>")
  fc
    .tuple(fc.constantFrom(...INLINE_TAGS), fc.constantFrom("", " ", "&nbsp;"), fc.constantFrom(...WORDS), fc.constantFrom("", " ", "\u200b "))
    .map(([tag, before, word, after]) => `<${tag}>${before}${word}${after}</${tag}>`),
  fc.constantFrom(" \u00ad ", " <span> </span> ", "&nbsp;<b> </b>"),
  fc.constantFrom(...WORDS).map((word) => `<a href="https://www.adazi.lv/?a=1&amp;b=2">${word}</a>`),
  fc.constant("<br>"),
);

const htmlBody: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom("p", "div", "li"), fc.array(htmlPiece, { minLength: 1, maxLength: 12 })), { minLength: 1, maxLength: 6 })
  .map((blocks) => blocks.map(([tag, pieces]) => `<${tag}>${pieces.join("")}</${tag}>`).join("\n"));

const textBody: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(" ", "  ", "\t", "\u00a0", "\u00ad")), { maxLength: 10 }), {
      minLength: 1,
      maxLength: 6,
    }),
    fc.constantFrom("\n", "\r\n"),
  )
  .map(([lines, newline]) => lines.map((l) => l.join("")).join(newline));

const replacement = fc
  .array(fc.constantFrom("a", "ā", "Z", "ž", "1", "&", "<", '"', "x"), { minLength: 1, maxLength: 6 })
  .map((chars) => chars.join(""));

/** Whether [start, end) can be edited: every character comes from the source, no source range is split. */
function editable(draft: Draft, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (draft.sourceMap.toSource(i) === null) return false;
  const splits = (at: number): boolean => {
    const a = draft.sourceMap.toSourceRange(at - 1);
    const b = draft.sourceMap.toSourceRange(at);
    return a !== null && b !== null && b.start < a.end;
  };
  return !(start > 0 && splits(start)) && !(end < draft.text.length && end > 0 && splits(end));
}

/** Turns random numbers into 1–3 disjoint, editable, non-empty ranges of the draft's text. */
function pickEdits(draft: Draft, seeds: [number, number, string][]): Edit[] {
  const edits: Edit[] = [];
  const n = draft.text.length;
  if (n === 0) return edits;
  for (const [a, b, text] of seeds) {
    let start = Math.floor(a * n);
    let end = Math.min(n, start + 1 + Math.floor(b * 8));
    while (end > start && !editable(draft, start, end)) end--;
    if (end === start) continue;
    if (edits.some((e) => start < e.end && e.start < end)) continue;
    edits.push({ start, end, text });
    start = end;
  }
  return edits;
}

/** How many generated cases had something to edit, and how many were applied rather than refused. */
const tally = { cases: 0, edited: 0, applied: 0 };

/**
 * Either the edits are applied — the text round-trips and no markup is lost or changed — or they
 * are refused because one of them would cross markup (there is markup inside its source span).
 */
function roundTrips(body: string, format: "html" | "text", seeds: [number, number, string][]): void {
  const draft = parseDraft(body, format);
  const edits = pickEdits(draft, seeds);
  tally.cases++;
  if (edits.length === 0) return;
  tally.edited++;
  let edited: string;
  try {
    edited = draft.sourceMap.applyEdits(body, edits);
  } catch (e) {
    expect(e).toBeInstanceOf(EditSpansMarkupError);
    const { start, end } = e as EditSpansMarkupError;
    const from = draft.sourceMap.toSource(start) as number;
    const to = end < draft.text.length ? (draft.sourceMap.toSource(end) ?? body.length) : body.length;
    expect(body.slice(from, to)).toMatch(/<[a-z/!?]/i);
    return;
  }
  tally.applied++;
  expect(parseDraft(edited, format).text).toBe(applyToText(draft.text, edits));
  if (format === "html") expect(markupOf(edited)).toEqual(markupOf(body));
}

const seedList = fc.array(fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 0, max: 0.999, noNaN: true }), replacement), {
  minLength: 1,
  maxLength: 3,
});

describe("applyEdits round trip (property)", () => {
  it("HTML: parse(applyEdits(html, edits)).text equals the edited text", () => {
    fc.assert(fc.property(htmlBody, seedList, (body, seeds) => roundTrips(body, "html", seeds)), { numRuns: 400 });
  });

  it("plain text: parse(applyEdits(text, edits)).text equals the edited text", () => {
    fc.assert(fc.property(textBody, seedList, (body, seeds) => roundTrips(body, "text", seeds)), { numRuns: 300 });
  });

  it("had edits to check in most generated cases", () => {
    expect(tally.cases).toBeGreaterThan(500);
    expect(tally.edited / tally.cases).toBeGreaterThan(0.8);
    expect(tally.applied / tally.edited).toBeGreaterThan(0.6);
  });

  it("round-trips on the real client fixtures too", () => {
    const fs = jest.requireActual<typeof import("fs")>("fs");
    const path = jest.requireActual<typeof import("path")>("path");
    const dir = path.join(__dirname, "../../fixtures/draft");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".html"));
    for (const file of files) {
      const body = fs.readFileSync(path.join(dir, file), "utf8");
      fc.assert(fc.property(seedList, (seeds) => roundTrips(body, "html", seeds)), { numRuns: 40 });
    }
  });
});
