/**
 * Exactness: the engine accepts and rejects exactly what Hunspell 1.7 does with the same
 * dictionary files, on ~6 million Latvian and ~200,000 English strings (word forms, their
 * Capitalised and ALL-CAPS variants, near non-words, the standards' words, special cases).
 * Hunspell's verdicts are stored in test/fixtures/spelling/*-verdicts.txt.gz, regenerated on
 * Debian by scripts/spelling/make-verdicts.sh.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { createSpellChecker } from "../../../src/core/spelling";
import { loadSpellingAsset } from "../../../src/cli/loadSpelling";

interface Verdicts {
  strings: string[];
  accepted: boolean[];
}

/** Unpacks a fixture: verdict char, front-coding char (48 + shared prefix length), rest of the string. */
function readVerdicts(language: string): Verdicts {
  const file = path.join(__dirname, "../../fixtures/spelling", `${language}-verdicts.txt.gz`);
  const text = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8");
  const strings: string[] = [];
  const accepted: boolean[] = [];
  let previous = "";
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end > start) {
      const shared = text.charCodeAt(start + 1) - 48;
      const word = previous.slice(0, shared) + text.slice(start + 2, end);
      strings.push(word);
      accepted.push(text[start] === "1");
      previous = word;
    }
    start = end + 1;
  }
  return { strings, accepted };
}

describe.each([
  ["lv", 6_000_000],
  ["en", 200_000],
] as const)("Hunspell's verdicts (%s)", (language, atLeast) => {
  const checker = createSpellChecker(loadSpellingAsset(language));
  const verdicts = readVerdicts(language);

  it(`covers at least ${atLeast} strings, accepted and rejected`, () => {
    expect(verdicts.strings.length).toBeGreaterThanOrEqual(atLeast);
    const acceptedCount = verdicts.accepted.filter(Boolean).length;
    expect(acceptedCount).toBeGreaterThan(verdicts.strings.length / 2);
    expect(verdicts.strings.length - acceptedCount).toBeGreaterThan(verdicts.strings.length / 20);
  });

  it("agrees with every verdict", () => {
    const disagreements: string[] = [];
    for (let i = 0; i < verdicts.strings.length; i++) {
      if (checker.check(verdicts.strings[i]) !== verdicts.accepted[i]) {
        disagreements.push(`${JSON.stringify(verdicts.strings[i])}: Hunspell ${verdicts.accepted[i] ? "accepts" : "rejects"}`);
        if (disagreements.length >= 20) break;
      }
    }
    expect(disagreements).toEqual([]);
  }, 120_000);
});
