/**
 * What the spelling rule leaves alone and what it still reports (issue 15): mixed Latvian and
 * English, British spellings, regular forms Hunspell-lv lacks, e-government vocabulary, names by
 * context, unknown names as info; and the typos it must keep catching.
 */
import { findSpellingErrors } from "../../../src/core/rules/spelling";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";
import { unknownWords } from "../../../src/core/spelling";

const checkers = { lv: loadSpellChecker("lv"), en: loadSpellChecker("en") };
const run = (text: string, language: "lv" | "en", names: string[] = []) => findSpellingErrors({ text, language, knownWords: [], names }, checkers);
const warnings = (text: string, language: "lv" | "en", names: string[] = []) => run(text, language, names).filter((e) => !e.probableName).map((e) => e.word);

describe("accepts() adds to Hunspell's verdict, never takes away", () => {
  it.each(["pieteikšanos", "atrašanos", "atbilstošāko", "visatbilstošākais", "ētiskumu", "būvspeciālists", "eParakstu", "Smart-ID", "e-adresē", "epakalpojumu"])("lv accepts %s", (word) => {
    expect(checkers.lv.accepts(word)).toBe(true);
  });

  it.each(["Centre", "enrol", "apologise", "organisation", "colour", "licence", "programme", "travelled", "catalogue"])("en accepts the British %s", (word) => {
    expect(checkers.en.check(word)).toBe(false);
    expect(checkers.en.accepts(word)).toBe(true);
  });

  it.each(["pieteikšanoss", "atbilstošākk", "autocelu", "ētiskumuu", "colr", "colur"])("%s is still rejected", (word) => {
    expect(checkers.lv.accepts(word) || checkers.en.accepts(word)).toBe(false);
  });
});

describe("mixed text", () => {
  it("judges Latvian words inside English by the Latvian dictionary", () => {
    const text = "Our Centre at Gaujas iela 33A is part of Ādažu novada pašvaldība. Ar cieņu, klientu apkalpošanas speciāliste";
    expect(warnings(text, "en")).toEqual([]);
    const typo = run("Please visit Ādažu novada pašvaldiba on Monday.", "en");
    expect(typo.map((e) => e.word)).toEqual(["pašvaldiba"]);
    expect(typo[0].suggestions[0]).toBe("pašvaldība");
  });

  it("leaves English names and longer terms in Latvian text alone, but not a typo that is an English word", () => {
    expect(warnings("Sanāksme notiks platformā Microsoft Teams, saiti atradīsiet sadaļā bookmark.", "lv")).toEqual([]);
    expect(warnings("Veins nav jāmaksā.", "lv")).toEqual(["Veins"]);
  });
});

describe("names the dictionary lacks", () => {
  it.each([
    ["Dzīvoju Vējupes ielā, bet strādāju Kalngales ciemā.", "before a place noun"],
    ["Dokumentus parakstīja Inga Jaunzeme.", "next to a given name"],
    ["Par to atbild D. Radzevičs.", "after an initial"],
    ["Sēdē runāja Vineta Knoka.", "next to a given name"],
  ])("%j (%s)", (text) => {
    expect(warnings(text, "lv")).toEqual([]);
  });

  it("knows the case forms of a name from the signature", () => {
    expect(warnings("Lūdzu, zvaniet Jaunzemei vai rakstiet Jaunzemes kundzei.", "lv", ["Inga Jaunzeme"])).toEqual([]);
  });

  it("reports an unknown Capitalised word in mid-sentence as info when no word is one edit away", () => {
    const found = run("Pasākums notiks Zvirgzdupju muižā.", "lv");
    expect(found.map((e) => [e.word, e.probableName])).toEqual([["Zvirgzdupju", true]]);
  });

  it("never takes a cheap typo for a name", () => {
    expect(warnings("Rezeknes ielā remontē ceļu.", "lv")).toEqual(["Rezeknes"]);
    expect(warnings("Sveiks, Kālris Ozols!", "lv")).toContain("Kālris");
  });
});

describe("a text that is not prose (issue 13)", () => {
  const words = ["pasvaldiba", "izskatis", "iesniegumz", "atbildez", "vēstulw"];
  const text = Array.from({ length: 3000 }, (_, k) => `${words[k % words.length]}${"abcdefghij"[k % 10]}`).join(" un ");
  const none = { words: new Set<string>(), nameNominatives: new Set<string>() };

  it("with a limit, stops at twice that many unknown words: the same first ones, no more", () => {
    const all = unknownWords(text, checkers.lv, checkers.en, none);
    const limited = unknownWords(text, checkers.lv, checkers.en, none, 100);
    expect(all.length).toBe(3000);
    expect(limited.length).toBe(200);
    expect(limited.map((w) => [w.word, w.start])).toEqual(all.slice(0, 200).map((w) => [w.word, w.start]));
  });

  it("the rule reports its first thousand misspellings of a longer list", () => {
    const found = run(text, "lv");
    expect(found).toHaveLength(1000);
    expect(found[999].word).toBe(unknownWords(text, checkers.lv, checkers.en, none)[999].word);
  });

  it("searches once per distinct word, however often it repeats", () => {
    const repeated = "online ".repeat(2000) + "Zvirgzdupju muižā.";
    const suggest = jest.spyOn(checkers.lv, "suggest");
    try {
      unknownWords(repeated, checkers.lv, checkers.en, none);
      expect(suggest.mock.calls.filter(([w]) => w === "online").length).toBe(1);
    } finally {
      suggest.mockRestore();
    }
  });
});
