import { loadMorphAnalyzer } from "../../../src/cli/loadMorphology";
import { governedCases, type Analysis } from "../../../src/core/lv/morphology";

const analyzer = loadMorphAnalyzer();

function readings(word: string, pos: Analysis["pos"]): string[] {
  return analyzer
    .analyze(word)
    .filter((a) => a.pos === pos)
    .map((a) => [a.lemma, a.case, a.number, a.person, a.tense, a.mood].filter((x) => x !== undefined).join(" "))
    .sort();
}

describe("analyze", () => {
  test.each<[string, Analysis["pos"], string[]]>([
    ["iesniegums", "noun", ["iesniegums nom sg"]],
    // The accusative singular and the genitive plural share the ending -u (the .aff tags only one).
    ["iesniegumu", "noun", ["iesniegums acc sg", "iesniegums gen pl"]],
    ["beigas", "noun", ["beigas acc pl", "beigas nom pl"]],
    ["beigām", "noun", ["beigas dat pl"]],
    ["adresi", "noun", ["adrese acc sg"]],
    ["adrese", "noun", ["adrese nom sg", "adrese voc sg"]],
    ["mēneša", "noun", ["mēnesis gen sg", "mēness gen sg"]],
    ["speciālistu", "noun", ["speciāliste gen pl", "speciālists acc sg", "speciālists gen pl"]],
    ["speciālistiem", "noun", ["speciālists dat pl"]],
    ["varat", "verb", ["varēt pl 2 pres ind"]],
    ["var", "verb", ["varēt 3 pres ind"]],
    ["vēlas", "verb", ["vēlēties 3 pres ind"]],
    ["vēlaties", "verb", ["vēlēties pl 2 pres ind"]],
    ["saņems", "verb", ["saņemt 3 fut ind"]],
    ["ir", "verb", ["būt 3 pres ind"]],
    ["esat", "verb", ["būt pl 2 pres ind"]],
    ["jāinformē", "verb", ["informēt pres deb"]],
    ["Jūs", "pron", ["jūs acc pl 2", "jūs nom pl 2"]],
    ["Jums", "pron", ["jūs dat pl 2"]],
  ])("%s (%s)", (word, pos, expected) => {
    expect(readings(word, pos)).toEqual(expected);
  });

  test("participles, negation and unknown words", () => {
    expect(analyzer.analyze("saņēmis").some((a) => a.pos === "verb" && a.participle === true && a.lemma === "saņemt")).toBe(true);
    expect(analyzer.analyze("nevar").some((a) => a.lemma === "varēt" && a.negative === true && a.person === 3)).toBe(true);
    expect(analyzer.analyze("qwzx")).toEqual([]);
  });
});

describe("inflect", () => {
  const first = (word: string, pos: Analysis["pos"]) => analyzer.analyze(word).find((a) => a.pos === pos)!;
  test.each<[string, Analysis["pos"], Parameters<typeof analyzer.inflect>[1], string]>([
    ["iesniegums", "noun", { case: "acc", number: "sg" }, "iesniegumu"],
    ["speciālists", "noun", { case: "dat", number: "pl" }, "speciālistiem"],
    ["beigas", "noun", { case: "dat", number: "pl" }, "beigām"],
    ["adrese", "noun", { case: "acc", number: "sg" }, "adresi"],
    ["var", "verb", { person: 2, number: "pl" }, "varat"],
    ["vēlas", "verb", { person: 2, number: "pl" }, "vēlaties"],
    ["saņems", "verb", { person: 2, number: "pl" }, "saņemsiet"],
    // A form read with ne- keeps it.
    ["nepildīšana", "noun", { case: "acc", number: "sg" }, "nepildīšanu"],
  ])("%s → %j", (word, pos, target, expected) => {
    expect(analyzer.inflect(first(word, pos), target)[0]).toBe(expected);
  });
});

describe("closed classes", () => {
  test("prepositions govern different cases in the singular and the plural", () => {
    expect(governedCases("ar", "sg")).toEqual(["acc"]);
    expect(governedCases("ar", "pl")).toEqual(["dat"]);
    expect(governedCases("no", "sg")).toEqual(["gen"]);
    expect(governedCases("Līdz", "sg")).toEqual(["dat"]);
    expect(governedCases("kaut", "sg")).toEqual([]);
  });
});
