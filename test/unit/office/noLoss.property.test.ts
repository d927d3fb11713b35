/**
 * Never lose a word (issue 13): a property test over generated bodies that hold every kind of
 * non-text content the reliability probe lost — <hr>, bordered tables, CSS backgrounds url(cid:…)
 * (inline and in a style sheet), <td background>, Outlook's VML images in conditional comments,
 * SVG <image>, <picture>/<source>, <object>/<embed>, <input value> — plus inline images (also in
 * the middle of a word, with the word's combining mark after the image), tables and the quoted
 * thread. Inserting a reply and applying the rules' fixes (and random word edits) must leave all
 * of it exactly as it was: an edit is applied with no markup lost or changed, or refused.
 */
import fc from "fast-check";
import { EditSpansMarkupError, parseDraft } from "../../../src/core/draft";
import { checkDraft } from "../../../src/core/check/checkDraft";
import { RULES_WITHOUT_SPELLING } from "../../../src/core/rules";
import { MemoryMailbox, quotedOriginalHtml, type MemoryMessage } from "../../../src/office/memoryMailbox";
import { ReplyWriter, isBodyEmpty } from "../../../src/office/replyWriter";
import { contextFor } from "../rules/harness";
import { markupOf } from "../draft/markup";

/** Non-text content that can sit inside a line of text. */
const INLINE_CONTENT = [
  '<img src="cid:image001.png@01DC" alt="">',
  '<span style="display:inline-block;width:20px;height:20px;background-image:url(cid:bg.png)"></span>',
  '<!--[if gte vml 1]><v:shape style="width:20pt;height:20pt"><v:imagedata src="cid:image002.png@01DC"/></v:shape><![endif]-->',
  '<![if !vml]><img src="cid:image002.png@01DC"><![endif]>',
  '<svg width="10" height="10"><image href="cid:x.png" width="10" height="10"/></svg>',
  '<picture><source srcset="cid:x.webp"><img src="cid:x.png" alt=""></picture>',
  '<object data="cid:doc.pdf" type="application/pdf"></object>',
  '<embed src="cid:clip.swf">',
  '<input value="Vārds Uzvārds">',
];

/** Non-text content that stands as a block of its own. */
const BLOCK_CONTENT = [
  "<hr>",
  '<table border="1" style="border-collapse:collapse"><tr><td>&nbsp;</td><td background="cid:bg.png">&nbsp;</td></tr></table>',
  '<div style="width:100px;height:40px;background:url(cid:bg.png)"></div>',
  '<div style="border:1px solid #000;height:40px"></div>',
];

/** Words the fixing rules act on (polite-you, tone, personal-code), also in decomposed form. */
const WORDS = [
  "Labdien!", "Paldies", "par", "jūsu", "ju\u0304su", "jums", "jūs", "vēstuli.", "Informējam,", "ka", "iesniegums", "ir", "saņemts",
  "ŠODIEN!!!", "Lūdzu!!", "personas", "kods", "150385-10412.", "Ādažos", "2026.", "gada",
];

/** A word, possibly with inline content in the middle of it ("ju<img>\u0304su"). */
const wordPiece: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...WORDS), fc.option(fc.tuple(fc.constantFrom(...INLINE_CONTENT), fc.nat()), { freq: 3 }))
  .map(([word, inner]) => {
    if (!inner) return word;
    const [content, at] = inner;
    const split = 1 + (at % Math.max(1, word.length - 1));
    return word.slice(0, split) + content + word.slice(split);
  });

const linePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: wordPiece },
  { weight: 2, arbitrary: fc.constantFrom(...INLINE_CONTENT) },
  { weight: 1, arbitrary: fc.constantFrom("<b>jūsu</b>", "<i>jums</i>", "<span>jū</span>su", "<br>") },
);

const paragraph: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("p", "div"), fc.array(linePiece, { maxLength: 10 }))
  .map(([tag, pieces]) => `<${tag}>${pieces.join(" ") || "<br>"}</${tag}>`);

const tableBlock: fc.Arbitrary<string> = fc
  .array(fc.array(wordPiece, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 })
  .map((cells) => `<table border="1"><tr>${cells.map((c) => `<td>${c.join(" ")}</td>`).join("")}</tr></table>`);

const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 2, arbitrary: fc.constantFrom(...BLOCK_CONTENT) },
  { weight: 1, arbitrary: tableBlock },
);

const ORIGINAL: MemoryMessage = {
  id: "m1",
  subject: "Jautājums",
  from: { name: "Jānis Bērziņš", address: "janis@inbox.lv" },
  to: [{ name: "Info", address: "pasts@adazi.lv" }],
  date: "2026-11-17T08:42:00Z",
  bodyHtml: '<p>Vai jūs varat palīdzēt? jums <img src="cid:client.png"> jūsu</p><table border="1"><tr><td>jūs</td></tr></table>',
};
const QUOTED = quotedOriginalHtml(ORIGINAL);

interface Body {
  html: string;
  /** Where the quoted thread starts in html, or -1. */
  quoteAt: number;
}

const body: fc.Arbitrary<Body> = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean(), fc.constantFrom(...INLINE_CONTENT, ...BLOCK_CONTENT))
  .map(([blocks, withSheet, withQuote, guaranteed]) => {
    // Every body holds at least one piece of non-text content.
    const own = `${blocks.join("")}<p>${guaranteed}</p>`;
    const head = withSheet ? "<html><head><style>body{background-image:url(cid:bg.png)}</style></head><body>" : "";
    const tail = withSheet ? "</body></html>" : "";
    const html = `${head}${own}${withQuote ? QUOTED : ""}${tail}`;
    return { html, quoteAt: withQuote ? head.length + own.length : -1 };
  });

/** A body with no text at all, only empty paragraphs and non-text content. */
const textlessBody: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom("<p><br></p>", "<div>&nbsp;</div>", "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"), { maxLength: 3 }), fc.constantFrom(...INLINE_CONTENT, ...BLOCK_CONTENT))
  .map(([empties, content]) => `${empties.join("")}<p>${content}</p>${empties.join("")}`);

const tally = { fixes: 0, applied: 0, refused: 0, words: 0 };

function applyToText(text: string, edit: { start: number; end: number; text: string }): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** Applies one edit; asserts it loses or changes no markup and leaves the quoted thread alone. */
function expectEditKeepsContent(b: Body, edit: { start: number; end: number; text: string }): void {
  const draft = parseDraft(b.html, "html");
  let out: string;
  try {
    out = draft.sourceMap.applyEdits(b.html, [edit]);
  } catch (e) {
    expect(e).toBeInstanceOf(EditSpansMarkupError);
    tally.refused++;
    return;
  }
  tally.applied++;
  expect(markupOf(out)).toEqual(markupOf(b.html));
  expect(parseDraft(out, "html").text).toBe(applyToText(draft.text, edit));
  if (b.quoteAt >= 0) expect(out.slice(out.length - (b.html.length - b.quoteAt))).toBe(b.html.slice(b.quoteAt));
}

describe("the polite-you fix next to an inline image (issue 13, defect 3)", () => {
  it("capitalises the word and keeps the image between the letter and its combining mark", () => {
    const html = '<p>Labdien!</p><p>Paldies par ju<img src="cid:image001.png@01DC">\u0304su vēstuli.</p>';
    const { context, draft } = contextFor(html, { format: "html" });
    const fix = checkDraft(draft, context, RULES_WITHOUT_SPELLING).find((f) => f.rule === "polite-you")?.fix;
    expect(fix).toMatchObject({ text: "Jūsu" });
    const out = draft.sourceMap.applyEdits(html, [fix as NonNullable<typeof fix>]);
    expect(out).toBe('<p>Labdien!</p><p>Paldies par Ju<img src="cid:image001.png@01DC">\u0304su vēstuli.</p>');
  });
});

describe("no content is lost or changed (issue 13, property)", () => {
  it("the rules' fixes, applied one by one, keep every non-text node and the quoted thread", () => {
    fc.assert(
      fc.property(body, (b) => {
        const { context, draft } = contextFor(b.html, { format: "html" });
        for (const finding of checkDraft(draft, context, RULES_WITHOUT_SPELLING)) {
          if (!finding.fix) continue;
          tally.fixes++;
          expectEditKeepsContent(b, finding.fix);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("random word edits keep every non-text node and the quoted thread", () => {
    fc.assert(
      fc.property(body, fc.double({ min: 0, max: 0.999, noNaN: true }), fc.constantFrom("Jūsu", "x", "Ā&<"), (b, where, text) => {
        const draft = parseDraft(b.html, "html");
        const word = draft.tokens[Math.floor(where * draft.tokens.length)];
        if (!word) return;
        tally.words++;
        expectEditKeepsContent(b, { start: word.start, end: word.end, text });
      }),
      { numRuns: 300 },
    );
  });

  it("applied most fixes (refusing only where markup is inside the word)", () => {
    expect(tally.fixes).toBeGreaterThan(100);
    expect(tally.words).toBeGreaterThan(200);
    expect(tally.applied).toBeGreaterThan(tally.refused);
  });

  it("inserting a reply keeps the whole body, at the cursor", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(body.map((b) => b.html), textlessBody), fc.double({ min: 0, max: 1, noNaN: true }), async (html, where) => {
        expect(isBodyEmpty(html)).toBe(false);
        // The cursor sits between tags (Outlook's cursor is never inside one).
        const boundaries = [0, html.length, ...[...html.matchAll(/>/g)].map((m) => (m.index as number) + 1)];
        const cursor = boundaries[Math.floor(where * (boundaries.length - 1))];
        const mailbox = new MemoryMailbox({ messages: [ORIGINAL], user: { displayName: "Ilze Ozola", emailAddress: "ilze.ozola@adazi.lv" } });
        mailbox.startCompose({ bodyHtml: html, cursor });
        const reply = "<p>Labdien! Paldies par Jūsu vēstuli.</p>";
        expect(await new ReplyWriter(mailbox, null).insert(reply)).toBe("inserted-at-cursor");
        const after = await mailbox.getBody("html");
        expect(after.slice(0, cursor) + after.slice(cursor + reply.length)).toBe(html);
      }),
      { numRuns: 200 },
    );
  });
});
