/** check's line:column index agrees with counting from the start (the old way) on any text and offset. */
import fc from "fast-check";
import { lineColumn, lineColumnIndex } from "../../../src/cli/commands/check";

/** Counting from the start of the text for every offset: the reference (quadratic over many findings). */
function countedFromStart(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: Array.from(text.slice(lineStart, offset)).length + 1 };
}

const text = fc.array(fc.constantFrom("a", "ā", "\n", "\r\n", "🙂", "\ud800", "\udc00", " ", "𝐀b"), { maxLength: 40 }).map((p) => p.join(""));

describe("lineColumnIndex", () => {
  it("gives what counting from the start gives, for every offset of a text", () => {
    fc.assert(
      fc.property(text, (s) => {
        const at = lineColumnIndex(s);
        for (let offset = 0; offset <= s.length; offset++) expect(at(offset)).toEqual(countedFromStart(s, offset));
      }),
      { numRuns: 1000 },
    );
  });

  it("clamps an offset past the end to the end", () => {
    expect(lineColumn("ab\ncd", 99)).toEqual(countedFromStart("ab\ncd", 99));
  });
});
