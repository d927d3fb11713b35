/** check's line:column index agrees with counting from the start (lineColumn, one offset at a time) on any text and offset. */
import fc from "fast-check";
import { lineColumnIndex } from "../../../src/cli/commands/check";
import { lineColumn } from "../../../src/core/config/jsonSyntax";

const text = fc.array(fc.constantFrom("a", "ā", "\n", "\r\n", "🙂", "\ud800", "\udc00", " ", "𝐀b"), { maxLength: 40 }).map((p) => p.join(""));

describe("lineColumnIndex", () => {
  it("gives what counting from the start gives, for every offset of a text", () => {
    fc.assert(
      fc.property(text, (s) => {
        const at = lineColumnIndex(s);
        for (let offset = 0; offset <= s.length; offset++) expect(at(offset)).toEqual(lineColumn(s, offset));
      }),
      { numRuns: 1000 },
    );
  });

  it("clamps an offset past the end to the end", () => {
    expect(lineColumnIndex("ab\ncd")(99)).toEqual(lineColumn("ab\ncd", 99));
  });
});
