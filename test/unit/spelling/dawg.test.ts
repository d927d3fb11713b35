/** The word automaton: built from any sorted word list, it holds exactly those words with their kinds. */
import fc from "fast-check";
import { DawgBuilder } from "../../../src/core/spelling/compile/dawgBuilder";
import { decodeBase64, encodeBase64, WordAutomaton } from "../../../src/core/spelling";

function build(entries: Map<string, number>): WordAutomaton {
  const builder = new DawgBuilder();
  for (const word of Array.from(entries.keys()).sort()) builder.add(word, entries.get(word) as number);
  return new WordAutomaton(
    builder.serialize({
      format: 1,
      language: "xx",
      breakPatterns: [],
      inputConversions: [],
      tryChars: "",
      frequentWords: "",
      source: { name: "test", version: "0", files: {} },
    }),
  );
}

describe("word automaton", () => {
  it("holds exactly the words it was built from, with their kinds", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: fc.constantFrom("a", "ā", "b", "š", "Z", "-", "."), minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 7 })),
        fc.array(fc.string({ unit: fc.constantFrom("a", "ā", "b", "š", "Z", "-", ".", "q"), maxLength: 9 }), { maxLength: 20 }),
        (record, probes) => {
          const entries = new Map(Object.entries(record));
          const automaton = build(entries);
          expect(automaton.header.wordCount).toBe(entries.size);
          entries.forEach((kind, word) => expect(automaton.lookup(word)).toBe(kind));
          for (const probe of probes) expect(automaton.lookup(probe)).toBe(entries.get(probe) || 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("shares common endings (minimal automaton)", () => {
    const words = ["galds", "galda", "galdam", "zirgs", "zirga", "zirgam", "kalns", "kalna", "kalnam"];
    const automaton = build(new Map(words.map((word) => [word, 7])));
    // 3 stems share one automaton of endings: far fewer states than letters
    expect(automaton.header.stateCount).toBeLessThan(15);
  });

  it("loads from base64 text and from unaligned bytes", () => {
    const bytes = build(new Map([["māja", 7], ["mājas", 5]]));
    const original = new Uint8Array(bytes.edges.buffer, 0, bytes.edges.buffer.byteLength);
    const text = encodeBase64(original);
    expect(Array.from(decodeBase64(text))).toEqual(Array.from(original));
    expect(new WordAutomaton(text).lookup("mājas")).toBe(5);
    const shifted = new Uint8Array(original.length + 1);
    shifted.set(original, 1);
    expect(new WordAutomaton(shifted.subarray(1)).lookup("māja")).toBe(7);
  });

  it("refuses words out of order", () => {
    const builder = new DawgBuilder();
    builder.add("b", 1);
    expect(() => builder.add("b", 1)).toThrow(/duplicate/);
  });
});
