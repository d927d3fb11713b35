/** Trailing punctuation is trimmed off a URL as before, now counting brackets once per URL. */
import fc from "fast-check";
import { findUrls, trimUrlEnd } from "../../../src/core/draft/tokens";

const URL_TRAILING = ".,;:!?'\"”’»)]}…";

/** The way it was counted before issue 13 (quadratic on a run of ")"): the reference. */
function trimmedBefore(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && URL_TRAILING.includes(text[e - 1])) {
    if (text[e - 1] === ")") {
      const inner = text.slice(start, e - 1);
      if (inner.split("(").length - 1 > inner.split(")").length - 1) break;
    }
    e--;
  }
  return e;
}

describe("trimUrlEnd", () => {
  it("trims what the old count trimmed", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "(", ")", ".", ",", "!", "]", "…", "/"), { maxLength: 30 }), (parts) => {
        const text = "http://x.lv/" + parts.join("");
        expect(trimUrlEnd(text, 0, text.length)).toBe(trimmedBefore(text, 0, text.length));
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps a bracket that closes one in the URL and drops the sentence's", () => {
    const text = "Skatiet (https://lv.wikipedia.org/wiki/Ādaži_(novads)).";
    const [span] = findUrls(text);
    expect(text.slice(span.start, span.end)).toBe("https://lv.wikipedia.org/wiki/Ādaži_(novads)");
  });
});
