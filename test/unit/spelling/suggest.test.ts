/** Suggestions: restored diacritics first, transpositions as one edit, case kept, frequent forms first. */
import { loadSpellChecker } from "../../../src/cli/loadSpelling";
import { weightedDistance } from "../../../src/core/spelling";

const lv = loadSpellChecker("lv");

describe("Latvian suggestions", () => {
  it.each([
    // typed with no diacritics at all: the restored word comes first
    ["pasvaldiba", "pašvaldība"],
    ["informejam", "informējam"],
    ["pieņemsana", "pieņemšana"],
    ["ludzu", "lūdzu"],
    ["adazu", "Ādažu"],
    ["riga", "Rīga"],
    // transpositions
    ["pašvladība", "pašvaldība"],
    ["atbidle", "atbilde"],
    // a letter missing or extra
    ["palides", "paldies"],
    ["iesnieegums", "iesniegums"],
    // the typed case is kept
    ["Pasvaldiba", "Pašvaldība"],
    ["PASVALDIBA", "PAŠVALDĪBA"],
  ])("%s -> %s first", (typed, expected) => {
    expect(lv.suggest(typed)[0]).toBe(expected);
  });

  it("keeps the other forms that fit, the more frequent first", () => {
    const suggestions = lv.suggest("pasvaldibas");
    expect(suggestions.slice(0, 2)).toEqual(["pašvaldības", "pašvaldībās"]);
  });

  it("prefers the form that agrees with the previous word", () => {
    expect(lv.suggest("pasvaldibas", { context: { previous: "šajās" } })[0]).toBe("pašvaldībās");
    expect(lv.suggest("pasvaldibas", { context: { previous: "no" } })[0]).toBe("pašvaldības");
  });

  it("honours the limit and offers only words the checker accepts", () => {
    const suggestions = lv.suggest("pasvaldibas", { limit: 3 });
    expect(suggestions).toHaveLength(3);
    for (const word of suggestions) expect(lv.check(word)).toBe(true);
  });

  it("has nothing to suggest for a correct word", () => {
    expect(lv.suggest("pašvaldība")).toEqual([]);
  });

  it("gives up politely on noise", () => {
    expect(lv.suggest("qqqqqqqqqqqqxz")).toEqual([]);
  });
});

describe("the weighted distance", () => {
  it.each([
    ["pasvaldiba", "pašvaldība", 0.24], // two diacritics
    ["pašvladība", "pašvaldība", 0.7],
    ["palides", "paldies", 0.7], // one transposition
    ["galds", "galds", 0],
  ])("%s -> %s costs %s", (typed, candidate, cost) => {
    expect(weightedDistance(typed, candidate)).toBeCloseTo(cost, 5);
  });

  it("charges a missing diacritic less than any other edit", () => {
    expect(weightedDistance("maja", "māja")).toBeLessThan(weightedDistance("maja", "mapa"));
    expect(weightedDistance("maja", "māja")).toBeLessThan(weightedDistance("maja", "maj"));
  });
});

describe("a search budget shared by the suggestions of one text", () => {
  it("is spent by each search and ends the suggestions when it runs out", () => {
    const budget = { cells: 10_000_000 };
    expect(lv.suggest("pasvaldiba", { budget })[0]).toBe("pašvaldība");
    const afterOne = budget.cells;
    expect(afterOne).toBeLessThan(10_000_000);
    // a word nothing is near spends far more than a misspelling
    lv.suggest("xqzvkwjqpl", { budget });
    expect(afterOne - budget.cells).toBeGreaterThan(10_000_000 - afterOne);
    expect(lv.suggest("informejam", { budget: { cells: 0 } })).toEqual([]);
  });

  it("does not change the suggestions while it lasts", () => {
    for (const word of ["pasvaldiba", "atbidle", "PASVALDIBA", "iesnieegums"]) {
      expect(lv.suggest(word, { budget: { cells: 10_000_000 } })).toEqual(lv.suggest(word));
    }
  });
});
