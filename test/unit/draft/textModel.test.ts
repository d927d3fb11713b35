/** Normalised text, paragraphs and the source map's offsets. */
import { parseDraft } from "../../../src/core/draft";

describe("normalisation", () => {
  it("turns non-breaking spaces into spaces and collapses whitespace", () => {
    expect(parseDraft("<p>Labdien,&nbsp;&nbsp; Jāni!\u00a0 Kā\t\tklājas?</p>", "html").text).toBe("Labdien, Jāni! Kā klājas?");
    expect(parseDraft("Labdien,\u00a0Jāni!   Kā \u202f klājas?", "text").text).toBe("Labdien, Jāni! Kā klājas?");
  });

  it("drops zero-width characters, soft hyphens and BOMs", () => {
    expect(parseDraft("Paš\u00adval\u00addība\u200b un\u200d dome\ufeff.", "text").text).toBe("Pašvaldība un dome.");
    expect(parseDraft("<p>Paš&shy;valdība&#8203;s</p>", "html").text).toBe("Pašvaldības");
  });

  it("composes to NFC", () => {
    const decomposed = "Pas\u030cvaldi\u0304ba"; // Š and ī as base letter + combining mark
    const d = parseDraft(decomposed, "text");
    expect(d.text).toBe("Pašvaldība");
    expect(d.text).toBe(d.text.normalize("NFC"));
  });

  it("decodes entities", () => {
    expect(parseDraft("<p>A &amp; B &lt;C&gt; &#257;&#x101; &quot;x&quot; &eacute;</p>", "html").text).toBe('A & B <C> āā "x" é');
  });
});

describe("paragraphs and lines", () => {
  it("makes a line of each block and of each <br>, and keeps blank lines", () => {
    const d = parseDraft("<div>Labdien!</div><div><br></div><div>Rinda viens<br>Rinda divi<br></div><p>Beigas</p>", "html");
    expect(d.text).toBe("Labdien!\n\nRinda viens\nRinda divi\nBeigas");
    expect(d.paragraphs.map((p) => p.text)).toEqual(["Labdien!", "Rinda viens\nRinda divi", "Beigas"]);
  });

  it("shows Outlook's empty &nbsp; paragraphs as one blank line", () => {
    const d = parseDraft("<p class=MsoNormal>A<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>B</p>", "html");
    expect(d.text).toBe("A\n\nB");
  });

  it("records the block kind", () => {
    const d = parseDraft("<h2>Virsraksts</h2><ul><li>Pirmais</li><li>Otrais</li></ul><table><tr><td>Šūna</td></tr></table><blockquote>Citāts</blockquote><pre>a  b</pre>", "html");
    expect(d.paragraphs.map((p) => [p.text, p.block])).toEqual([
      ["Virsraksts", "heading"],
      ["Pirmais", "li"],
      ["Otrais", "li"],
      ["Šūna", "table"],
      ["Citāts", "blockquote"],
      ["a b", "pre"],
    ]);
  });

  it("keeps the lines of <pre> and closes unclosed paragraphs and list items", () => {
    expect(parseDraft("<pre>Viens\nDivi\r\nTrīs</pre>", "html").text).toBe("Viens\nDivi\nTrīs");
    expect(parseDraft("<p>Viens<p>Divi<ul><li>a<li>b</ul>", "html").text).toBe("Viens\nDivi\na\nb");
  });

  it("groups plain-text lines into paragraphs at blank lines", () => {
    const d = parseDraft("Labdien!\r\n\r\nPaldies par\r\njautājumu.\r\n\r\n\r\nAr cieņu\r\nJānis", "text");
    expect(d.text).toBe("Labdien!\n\nPaldies par\njautājumu.\n\nAr cieņu\nJānis");
    expect(d.paragraphs.map((p) => p.text)).toEqual(["Labdien!", "Paldies par\njautājumu.", "Ar cieņu\nJānis"]);
  });

  it("gives an empty draft for empty and blank bodies", () => {
    for (const [body, format] of [["", "html"], ["", "text"], ["   \n\t ", "text"], ["<html><head><title>x</title></head><body> </body></html>", "html"]] as const) {
      const d = parseDraft(body, format);
      expect(d.text).toBe("");
      expect(d.paragraphs).toEqual([]);
      expect(d.sentences).toEqual([]);
      expect(d.signature).toBeNull();
      expect(d.language).toBe("other");
    }
  });
});

describe("source map", () => {
  it("maps every character to its source, entities to the whole entity", () => {
    const html = "<p>A&amp;B&nbsp;&#257;</p>";
    const d = parseDraft(html, "html");
    expect(d.text).toBe("A&B ā");
    const ranges = [...d.text].map((_c, i) => d.sourceMap.toSourceRange(i));
    expect(ranges.map((r) => (r ? html.slice(r.start, r.end) : null))).toEqual(["A", "&amp;", "B", "&nbsp;", "&#257;"]);
    expect(d.sourceMap.toSource(1)).toBe(html.indexOf("&amp;"));
  });

  it("returns null for the line breaks the parser made up", () => {
    const d = parseDraft("<p>A</p><p>B</p>", "html");
    expect(d.text).toBe("A\nB");
    expect(d.sourceMap.toSource(1)).toBeNull();
    expect(d.sourceMap.toSource(2)).toBe("<p>A</p><p>".length);
  });

  it("maps plain text through CRLF, collapsed spaces and a cut-off quote", () => {
    const src = "Ab  c\r\n\r\nD\r\n> quote";
    const d = parseDraft(src, "text");
    expect(d.text).toBe("Ab c\n\nD");
    expect(d.sourceMap.toSource(d.text.indexOf("D"))).toBe(src.indexOf("D"));
    expect(d.sourceMap.toSource(3)).toBe(src.indexOf("c"));
  });

  it("maps the new text of a reply whose quote sits in the middle", () => {
    const html = "<div>Viens</div><blockquote type=cite>Citāts</blockquote><div>Divi &amp; trīs</div>";
    const d = parseDraft(html, "html");
    expect(d.text).toBe("Viens\n\nDivi & trīs");
    const at = d.text.indexOf("&");
    expect(html.slice(d.sourceMap.toSource(at) as number).startsWith("&amp;")).toBe(true);
  });
});
