/**
 * The checker's Hunspell rules on the real Latvian dictionary (case, full stops, numbers, BREAK
 * at hyphens), added words and names, and quoted English words in a Latvian reply.
 */
import { loadSpellChecker, loadSpellingAsset } from "../../../src/cli/loadSpelling";
import { createSpellChecker, encodeBase64, lazySpellChecker, misspelledWords } from "../../../src/core/spelling";

const lv = loadSpellChecker("lv");
const en = loadSpellChecker("en");

describe("Hunspell's case rules", () => {
  it.each([
    // a lower-case dictionary word: also Capitalised and in capitals, not in mixed case
    ["pašvaldība", true],
    ["Pašvaldība", true],
    ["PAŠVALDĪBA", true],
    ["pašvaldībA", false],
    ["PAšvaldība", false],
    // a Capitalised dictionary word (proper noun): also in capitals, not in lower case
    ["Rīga", true],
    ["RĪGA", true],
    ["rīga", false],
    // a mixed-case dictionary word: as written, and in capitals through its hidden homonym
    ["kWh", true],
    ["KWH", true],
    ["Kwh", false],
    ["kwh", false],
  ])("%s -> %s", (word, expected) => {
    expect(lv.check(word)).toBe(expected);
  });
});

describe("full stops, numbers, hyphens", () => {
  it.each([
    ["apm.", true], // an abbreviation the dictionary has with its full stop
    ["APM.", true],
    ["apm", false],
    ["pašvaldība.", true], // a sentence-final full stop is not part of the word
    ["2023", true],
    ["12-14", true],
    ["1..2", false],
    ["...", true],
    ["e-pasts", false], // "e" alone is not a word, so Hunspell rejects it; spellingWords handles e-
    ["pašvaldība-iestāde", true], // both parts are words
    ["pašvaldība-iestāds", false],
  ])("%s -> %s", (word, expected) => {
    expect(lv.check(word)).toBe(expected);
  });

  it("checks NFD input as its NFC form", () => {
    expect(lv.check("pašvaldība".normalize("NFD"))).toBe(true);
  });
});

describe("added words and names", () => {
  const checker = createSpellChecker(loadSpellingAsset("lv"));

  it("accepts an organization's words as written, in capitals too", () => {
    expect(checker.check("Vējupe")).toBe(false);
    checker.addWords(["Vējupe", "Vējupes", "Vējupē", "Ādažnieks"]);
    expect(checker.check("Vējupe")).toBe(true);
    expect(checker.check("Vējupē")).toBe(true);
    expect(checker.check("VĒJUPE")).toBe(true);
    expect(checker.check("vējupe")).toBe(false);
  });

  it("accepts a person's name in its declined forms", () => {
    checker.addNames(["Jānis Bērziņš", "Anna Kalniņa-Ozoliņa"]);
    for (const form of ["Bērziņš", "Bērziņa", "Bērziņam", "Bērziņu", "Bērziņā", "Bērziņ", "Jāņa", "Jānim"]) {
      expect(checker.check(form)).toBe(true);
    }
    for (const form of ["Kalniņas", "Kalniņai", "Kalniņu", "Ozoliņas", "Kalniņa-Ozoliņa"]) {
      expect(checker.check(form)).toBe(true);
    }
    expect(checker.check("Bērziņšam")).toBe(false);
  });

  it("suggests added words", () => {
    checker.addWords(["Ropažnieks"]);
    expect(checker.suggest("Ropaznieks")[0]).toBe("Ropažnieks");
  });
});

describe("loading", () => {
  it("takes the asset as bytes or base64 text and loads on first use only", async () => {
    const bytes = loadSpellingAsset("en");
    let loads = 0;
    const get = lazySpellChecker(async () => {
      loads++;
      return encodeBase64(bytes);
    });
    expect(loads).toBe(0);
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    expect(loads).toBe(1);
    expect(a.language).toBe("en");
    expect(a.check("meeting")).toBe(true);
    expect(a.check("meetting")).toBe(false);
    expect(a.suggest("meetting")[0]).toBe("meeting");
  });

  it("loads the Latvian word list fast", () => {
    const bytes = loadSpellingAsset("lv");
    const started = Date.now();
    const checker = createSpellChecker(bytes);
    expect(checker.check("iesniegums")).toBe(true);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it("rejects bytes that are no word list", () => {
    expect(() => createSpellChecker(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))).toThrow(/bad magic/);
  });
});

describe("misspelledWords", () => {
  it.each([
    ["Labdien! Paldies par Jūsu iesniegumu.", []],
    ["Paldies par Jūsu iesniegumu, pasvaldiba to izskatis.", ["pasvaldiba", "izskatis"]],
    ["Rakstiet uz e-pastu dome@adazi.lv vai zvaniet pa tālr. 67997005.", []],
    ["Sapulce notiks Microsoft Teams platformā.", []],
    ["Lūdzu, aizpildiet pašvaldība-iestāds veidlapu.", ["iestāds"]],
    ["Sapulce notiks online meeting laikā.", []],
  ])("%j -> %j", (text, expected) => {
    expect(misspelledWords(lv, text, en).map((span) => span.word)).toEqual(expected);
  });

  it("gives offsets into the text", () => {
    const text = "Jūsu pasvaldiba atbildēs.";
    const [span] = misspelledWords(lv, text, en);
    expect(text.slice(span.start, span.end)).toBe("pasvaldiba");
  });
});
