import { execFileSync } from "child_process";
import * as path from "path";
import { loadMorphAnalyzer } from "../../../src/cli/loadMorphology";
import { agreementCells, governedCases, type Analysis } from "../../../src/core/lv/morphology";

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
    // "iet": the bare verb's suppletive present and past (the dictionary has them only with a prefix).
    ["gāja", "verb", ["iet 3 past ind"]],
    ["ejat", "verb", ["iet pl 2 pres ind"]],
    ["iet", "verb", ["iet", "iet 3 pres ind"]],
    ["aizgāja", "verb", ["aiziet 3 past ind"]],
    ["esot", "verb", ["būt pres qot"]],
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

describe("tags the dictionary has wrong, corrected when the asset is built", () => {
  test.each<[string, string[]]>([
    // 6th declension: the nominative and accusative plural end in -is, the genitive plural in -u with the consonant changed.
    ["govis", ["govs acc pl", "govs nom pl"]],
    ["naktis", ["nakts acc pl", "nakts nom pl"]],
    ["klinšu", ["klints gen pl"]],
    ["nakšu", ["nakts gen pl"]],
    // A diminutive of a 6th-declension noun is declined by its own ending (actiņa: 4th).
    ["actiņu", ["actiņa acc sg", "actiņa gen pl"]],
  ])("%s", (word, expected) => {
    expect(readings(word, "noun")).toEqual(expected);
  });

  test("the committed asset is what the build script makes of dictionary-lv", () => {
    const script = path.join(__dirname, "../../../scripts/morphology/build-morphology.js");
    expect(execFileSync(process.execPath, [script, "--check"], { encoding: "utf8" })).toMatch(/^current/);
  });
});

describe("reflexive verbs of the 2nd and 3rd conjugation (tags the dictionary lacks)", () => {
  test.each<[string, string[]]>([
    ["darbojas", ["darboties 3 pres ind"]],
    ["darbojos", ["darboties sg 1 past ind", "darboties sg 1 pres ind"]],
    ["darbojaties", ["darboties pl 2 pres ind"]],
    ["darbojāmies", ["darboties pl 1 past ind"]],
    ["darbosies", ["darboties 3 fut ind", "darboties sg 2 fut ind"]],
    ["tuvojas", ["tuvoties 3 pres ind"]],
    ["šaubos", ["šaubīties sg 1 pres ind"]],
    ["atceras", ["atcerēties 3 pres ind"]],
    ["atcerējāties", ["atcerēties pl 2 past ind"]],
    ["uzdrošināmies", ["uzdrošināties pl 1 pres ind"]],
    ["uzdrošinājās", ["uzdrošināties 3 past ind"]],
  ])("%s", (word, expected) => {
    expect(readings(word, "verb").filter((r) => / [123] /.test(r))).toEqual(expected);
  });

  test("a participle stays without person", () => {
    expect(analyzer.analyze("darbodamies").every((a) => a.person === undefined)).toBe(true);
  });
});

describe("reflexive action nouns (-šanās) are lemmas of their own", () => {
  test.each<[string, string[]]>([
    ["darbošanās", ["darbošanās gen sg", "darbošanās nom sg"]],
    ["darbošanos", ["darbošanās acc sg"]],
    ["veidošanos", ["veidošanās acc sg"]],
    // "atrast" makes "atrašana" and reflexive forms but has no flag for "-šanās".
    ["atrašanos", ["atrašanās acc sg"]],
    ["atrašanās", ["atrašana loc pl", "atrašanās gen sg", "atrašanās nom sg"]],
  ])("%s", (word, expected) => {
    expect(readings(word, "noun")).toEqual(expected);
  });

  test("a verb without reflexive forms gets no -šanās noun", () => {
    // "abonēt" makes "abonēšana" but has no reflexive forms: "abonēšanās" is only its plural locative.
    expect(readings("abonēšanās", "noun")).toEqual(["abonēšana loc pl"]);
  });
});

describe("guessed nouns (unknown lower-case words with a productive suffix)", () => {
  const guessed = (word: string) =>
    analyzer
      .analyze(word)
      .map((a) => [a.lemma, a.case, a.number, a.declension, a.guessed ? "guessed" : "known"].join(" "))
      .sort();
  test.each<[string, string[]]>([
    ["šķērdība", ["šķērdība nom sg 4 guessed"]],
    ["šķērdību", ["šķērdība acc sg 4 guessed", "šķērdība gen pl 4 guessed"]],
    ["pārbūvējums", ["pārbūvējums nom sg 1 guessed"]],
    ["pārbūvējumam", ["pārbūvējums dat sg 1 guessed"]],
    ["ģeotelpiskošana", ["ģeotelpiskošana nom sg 4 guessed"]],
    ["mežizstrādismu", ["mežizstrādisms acc sg 1 guessed", "mežizstrādisms gen pl 1 guessed"]],
    ["pārkvalificētāji", ["pārkvalificētājs nom pl 1 guessed"]],
    // -tāja: the feminine's nominative and the masculine's genitive alike.
    ["pārkvalificētāja", ["pārkvalificētāja nom sg 4 guessed", "pārkvalificētājs gen sg 1 guessed"]],
    ["kvazisertifikācijai", ["kvazisertifikācija dat sg 4 guessed"]],
    ["ziedkopnīcā", ["ziedkopnīca loc sg 4 guessed"]],
    ["vēstuļkrātuves", ["vēstuļkrātuve gen sg 5 guessed", "vēstuļkrātuve nom pl 5 guessed", "vēstuļkrātuve acc pl 5 guessed"].sort()],
  ])("%s", (word, expected) => {
    expect(guessed(word)).toEqual(expected);
  });

  test.each<[string]>([
    // Capitalised: a name, not a coinage.
    ["Šķērdība"],
    // -ija alone is also a verb's past ("izbesīja"); -ējs's -ēja too ("ievērtēja").
    ["izbesīja"],
    ["ievērtēja"],
    // No stem before the suffix.
    ["ība"],
    ["umu"],
    // Too little before the suffix to be a coinage with it: "plaisma" is not "pla-isms".
    ["plaisma"],
    // A suffix only noun-like, not a noun suffix.
    ["mikseris"],
    // The reflexive action noun's endings are the dictionary's to give.
    ["ģeotelpiskošanās"],
  ])("%s gets no guess", (word) => {
    expect(analyzer.analyze(word).filter((a) => a.guessed)).toEqual([]);
  });

  test("a known word is never guessed", () => {
    expect(analyzer.analyze("iesniegumu").some((a) => a.guessed)).toBe(false);
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
    ["darbojas", "verb", { person: 2, number: "pl" }, "darbojaties"],
    ["gāja", "verb", { person: 2, number: "pl" }, "gājāt"],
    ["iet", "verb", { person: 1, number: "sg" }, "eju"],
    ["negāja", "verb", { person: 1, number: "pl" }, "negājām"],
    ["darbošanās", "noun", { case: "acc", number: "sg" }, "darbošanos"],
    ["atrašanos", "noun", { case: "nom", number: "sg" }, "atrašanās"],
    // Guessed nouns inflect by their declension's endings.
    ["šķērdība", "noun", { case: "acc", number: "sg" }, "šķērdību"],
    ["pārbūvējums", "noun", { case: "gen", number: "sg" }, "pārbūvējuma"],
    ["pārbūvējums", "noun", { case: "dat", number: "pl" }, "pārbūvējumiem"],
  ])("%s → %j", (word, pos, target, expected) => {
    expect(analyzer.inflect(first(word, pos), target)[0]).toBe(expected);
  });

  test.each<[string, Parameters<typeof analyzer.inflect>[1], string[]]>([
    // A base noun's forms are never its diminutive's, nor a diminutive's its base's.
    ["māja", { case: "acc", number: "sg" }, ["māju"]],
    ["galds", { case: "dat", number: "pl" }, ["galdiem"]],
    ["mājiņa", { case: "acc", number: "sg" }, ["mājiņu"]],
    ["galdiņš", { case: "dat", number: "pl" }, ["galdiņiem"]],
    ["meitenīte", { case: "gen", number: "sg" }, ["meitenītes"]],
  ])("%s → %j keeps the word's size", (word, target, expected) => {
    const nominative = analyzer.analyze(word).find((a) => a.pos === "noun" && a.case === "nom")!;
    expect(analyzer.inflect(nominative, target)).toEqual(expected);
  });

  test("a diminutive's plural shares the cells of its declension", () => {
    expect(readings("mājiņas", "noun")).toEqual(["māja acc pl", "māja gen sg", "māja nom pl"]);
    expect(analyzer.analyze("mājiņas").every((a) => a.diminutive === true)).toBe(true);
  });

  test("a guessed noun gives no form where its stem alternates", () => {
    // 5th declension genitive plural: krātuve → krātuvju; the consonant is not known for a guess.
    const guess = analyzer.analyze("vēstuļkrātuve").find((a) => a.guessed)!;
    expect(analyzer.inflect(guess, { case: "gen", number: "pl" })).toEqual([]);
    expect(analyzer.inflect(guess, { case: "acc", number: "sg" })).toEqual(["vēstuļkrātuvi"]);
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

describe("particles and adverbs (issue 20, part F)", () => {
  const classes = (word: string) => [...new Set(analyzer.analyze(word).map((a) => (a.case === "voc" ? a.pos + " voc" : a.pos)))].sort();
  // Each word's classes: a particle or adverb has no vocative of a noun that only looks like it;
  // a real homograph of another class stays ("vēl" — he wishes, "apmēram" — the dative of "apmērs").
  test.each<[string, string[]]>([
    ["tik", ["adv"]],
    ["pat", ["part"]],
    ["arī", ["part"]],
    ["tikai", ["part"]],
    ["vien", ["part"]],
    ["gan", ["conj", "part"]],
    ["ne", ["conj", "part"]],
    ["jau", ["adv"]],
    ["vismaz", ["adv"]],
    ["gandrīz", ["adv"]],
    ["vēl", ["adv", "verb"]],
    ["apmēram", ["adv", "noun"]],
    ["aptuveni", ["adj", "adv"]],
    ["varbūt", ["part"]],
    ["vakar", ["adv"]],
    ["rīt", ["adv", "verb"]],
    ["nevis", ["conj"]],
    ["Tik", ["adv"]],
  ])("%s", (word, expected) => {
    expect(classes(word)).toEqual(expected);
  });

  test("a noun's vocative is kept where the word is no particle", () => {
    expect(analyzer.analyze("draug").some((a) => a.pos === "noun" && a.case === "voc")).toBe(true);
  });
});

describe("ordinal numerals take the definite endings (issue 20, part F)", () => {
  test.each<[string, string[]]>([
    ["pirmais", ["pirmais nom sg"]],
    ["pirmā", ["pirmais gen sg", "pirmais nom sg"]],
    ["pirmo", ["pirmais acc sg", "pirmais acc sg", "pirmais gen pl", "pirmais gen pl"]],
    ["Pirmajā", ["pirmais loc sg", "pirmais loc sg"]],
    ["trešajai", ["trešais dat sg"]],
    ["piektie", ["piektais nom pl"]],
    ["vienpadsmitās", ["vienpadsmitais acc pl", "vienpadsmitais gen sg", "vienpadsmitais nom pl"]],
    ["divdesmitajos", ["divdesmitais loc pl"]],
  ])("%s", (word, expected) => {
    // The ordinal's own readings ("divdesmitajos" is also a form of the dictionary's adjective "divdesmits").
    expect(readings(word, "adj").filter((r) => r.split(" ")[0].endsWith("ais"))).toEqual(expected);
  });

  test("the gender comes with the case", () => {
    const genders = analyzer.analyze("otrajai").filter((a) => a.lemma === "otrais").map((a) => a.gender);
    expect(genders).toEqual(["f"]);
  });
});

describe("the conditional mood is finite, in every person (issue 20, part F)", () => {
  const conditional = (word: string) =>
    analyzer
      .analyze(word)
      .filter((a) => a.mood === "cnd")
      .map((a) => [a.lemma, a.person, a.number, a.negative ? "ne" : undefined, a.reflexive ? "refl" : undefined].filter((x) => x !== undefined).join(" "))
      .sort();
  test.each<[string, string[]]>([
    ["varētu", ["varēt 1 pl", "varēt 1 sg", "varēt 2 pl", "varēt 2 sg", "varēt 3"]],
    ["nevarētu", ["varēt 1 pl ne", "varēt 1 sg ne", "varēt 2 pl ne", "varēt 2 sg ne", "varēt 3 ne"]],
    ["būtu", ["būt 1 pl", "būt 1 sg", "būt 2 pl", "būt 2 sg", "būt 3"]],
    ["ietu", ["iet 1 pl", "iet 1 sg", "iet 2 pl", "iet 2 sg", "iet 3"]],
    // The reflexive conditional: "-ties" → "-tos" (the dictionary's mood letter "l").
    ["mācītos", ["mācīties 1 pl refl", "mācīties 1 sg refl", "mācīties 2 pl refl", "mācīties 2 sg refl", "mācīties 3 refl"]],
    ["iedomātos", ["iedomāties 1 pl refl", "iedomāties 1 sg refl", "iedomāties 2 pl refl", "iedomāties 2 sg refl", "iedomāties 3 refl"]],
    // Not a conditional: no verb's infinitive is "bit" or "t".
    ["bitu", []],
    ["tu", []],
  ])("%s", (word, expected) => {
    expect(conditional(word)).toEqual(expected);
  });

  test("no tense, and the other readings stay", () => {
    expect(analyzer.analyze("varētu").filter((a) => a.mood === "cnd").every((a) => a.tense === undefined && !a.participle)).toBe(true);
    // "iesniegtu" is also the participle's accusative ("iesniegtu dokumentu"); "lietu" a noun's.
    expect(analyzer.analyze("iesniegtu").some((a) => a.participle === true)).toBe(true);
    expect(analyzer.analyze("lietu").some((a) => a.pos === "noun" && a.lemma === "lieta" && a.case === "acc")).toBe(true);
    // "būtu" has no unclassed reading left beside the verb's.
    expect(analyzer.analyze("būtu").every((a) => a.pos === "verb" && a.lemma === "būt")).toBe(true);
  });
});

describe("agreementCells: the past active participle (issue 20, part F)", () => {
  const cells = (form: string) => agreementCells(form).map((c) => `${c.case} ${c.number} ${c.gender}`).sort();
  test.each<[string, string[]]>([
    ["saņēmis", ["nom sg m"]],
    ["bijis", ["nom sg m"]],
    ["atpirkusi", ["nom pl m", "nom sg f"]],
    ["saņēmuši", ["nom pl m"]],
    ["atgriezies", ["nom sg m"]],
    ["atgriezusies", ["nom sg f"]],
    ["atgriezušies", ["nom pl m"]],
    ["saņēmušas", ["acc pl f", "gen sg f", "nom pl f"]],
    ["saņēmušajam", ["dat sg m"]],
    // The definite "-ais" is not also an "-is" participle; an adjective's "-i" stays a plural.
    ["vidējais", ["nom sg m"]],
    ["gausi", ["nom pl m"]],
  ])("%s", (form, expected) => {
    expect(cells(form)).toEqual(expected);
  });
});

/** The readings `keep` selects as "lemma case number gender". */
function cellsOf(word: string, keep: (a: Analysis) => boolean): string[] {
  return analyzer
    .analyze(word)
    .filter(keep)
    .map((a) => [a.lemma, a.case, a.number, a.gender].filter((x) => x !== undefined).join(" "))
    .sort();
}

describe("pronouns in every case, number and gender (issue 20, part G)", () => {
  const cells = (word: string) => cellsOf(word, (a) => a.pos === "pron");
  test.each<[string, string[]]>([
    // Declined like adjectives, with the indefinite endings.
    ["katru", ["katrs acc sg f", "katrs acc sg m", "katrs gen pl f", "katrs gen pl m"]],
    ["kādu", ["kāds acc sg f", "kāds acc sg m", "kāds gen pl f", "kāds gen pl m"]],
    ["visas", ["viss acc pl f", "viss gen sg f", "viss nom pl f"]],
    ["savu", ["savs acc sg f", "savs acc sg m", "savs gen pl f", "savs gen pl m"]],
    ["tāds", ["tāds nom sg m"]],
    ["šādai", ["šāds dat sg f"]],
    ["kurš", ["kurš nom sg m"]],
    ["kuriem", ["kurš dat pl m"]],
    ["neviena", ["neviens gen sg m", "neviens nom sg f"]],
    ["vairākiem", ["vairāki dat pl m"]],
    ["abas", ["abi acc pl f", "abi nom pl f"]],
    // Their own forms: "tas", "šis", "pats", "kas".
    ["to", ["tas acc sg f", "tas acc sg m", "tas gen pl f", "tas gen pl m"]],
    ["tā", ["tas gen sg m", "tas nom sg f"]],
    ["tai", ["tas dat sg f", "tas loc sg f"]],
    ["šī", ["šis gen sg m", "šis nom sg f"]],
    ["šo", ["šis acc sg f", "šis acc sg m", "šis gen pl f", "šis gen pl m"]],
    ["pats", ["pats nom sg m"]],
    ["pati", ["pats nom sg f"]],
    ["pašu", ["pats acc sg f", "pats acc sg m", "pats gen pl f", "pats gen pl m"]],
    ["kas", ["kas nom sg"]],
    ["ko", ["kas acc sg"]],
    ["neko", ["nekas acc sg"]],
    ["Kuru", ["kurš acc sg f", "kurš acc sg m", "kurš gen pl f", "kurš gen pl m"]],
  ])("%s", (word, expected) => {
    expect(cells(word)).toEqual(expected);
  });

  test("a pronoun's feminine is no noun of its own; a real homograph of another class stays", () => {
    // The dictionary has "katra", "visa", "kura" as 4th-declension nouns.
    expect(analyzer.analyze("katru").every((a) => a.pos === "pron")).toBe(true);
    expect(analyzer.analyze("visas").every((a) => a.pos === "pron")).toBe(true);
    // "kuru" is also the 1st person of "kurt" (to kindle); "pašu" the genitive plural of "pase".
    expect(analyzer.analyze("kuru").some((a) => a.pos === "verb" && a.lemma === "kurt")).toBe(true);
    expect(analyzer.analyze("pašu").some((a) => a.pos === "noun" && a.lemma === "pase")).toBe(true);
  });

  test("the demonstratives are of the 3rd person", () => {
    expect(analyzer.analyze("tam").every((a) => a.person === 3)).toBe(true);
    expect(analyzer.analyze("katram").some((a) => a.person !== undefined)).toBe(false);
  });

  test("otrs is the ordinal's indefinite: an adjective", () => {
    expect(readings("otras", "adj")).toEqual(["otrs acc pl", "otrs gen sg", "otrs nom pl"]);
    expect(readings("otrā", "adj")).toEqual(["otrais gen sg", "otrais nom sg", "otrs loc sg", "otrs loc sg"]);
  });
});

describe("adjectives and participles carry their cells (issue 20, part G)", () => {
  const cells = (word: string, pos: Analysis["pos"]) => cellsOf(word, (a) => a.pos === pos && (pos !== "verb" || a.participle === true));
  test.each<[string, Analysis["pos"], string[]]>([
    ["liels", "adj", ["liels nom sg m"]],
    ["lielu", "adj", ["liels acc sg f", "liels acc sg m", "liels gen pl f", "liels gen pl m"]],
    // "-ā": the indefinite locative and the definite genitive masculine / nominative feminine.
    ["lielā", "adj", ["liels gen sg m", "liels loc sg f", "liels loc sg m", "liels nom sg f"]],
    // A definite "-aj-" ending is whole: "lielajā" is no "-ā" form of a stem "lielaj-".
    ["lielajā", "adj", ["liels loc sg f", "liels loc sg m"]],
    ["lielajos", "adj", ["liels loc pl m"]],
    // Participles: present active, past passive, past active, the half-declined "-dams".
    ["šausminošo", "verb", ["šausmināt acc sg f", "šausmināt acc sg m", "šausmināt gen pl f", "šausmināt gen pl m"]],
    ["iesniegts", "verb", ["iesniegt nom sg m"]],
    ["saņēmis", "verb", ["saņemt nom sg m"]],
    ["saņēmušajam", "verb", ["saņemt dat sg m"]],
    ["lasīdams", "verb", ["lasīt nom sg m"]],
    ["lasīdama", "verb", ["lasīt nom sg f"]],
  ])("%s", (word, pos, expected) => {
    expect(cells(word, pos)).toEqual(expected);
  });

  test("a form whose ending names no cell keeps its one reading; the conditional stays beside the participle", () => {
    expect(analyzer.analyze("lielāk").some((a) => a.pos === "adj" && a.case === undefined)).toBe(true);
    expect(analyzer.analyze("iesniegtu").some((a) => a.mood === "cnd")).toBe(true);
    expect(analyzer.analyze("iesniegtu").some((a) => a.participle === true && a.case === "acc")).toBe(true);
  });
});

describe("verb forms the dictionary leaves untagged or unclassed (issue 20, part G)", () => {
  test.each<[string, string[]]>([
    // The 3rd person present that is the infinitive itself (the present stem is the whole infinitive).
    ["atbilst", ["atbilst", "atbilst 3 pres ind"]],
    ["ienīst", ["ienīst", "ienīst 3 pres ind"]],
    ["aiziet", ["aiziet", "aiziet 3 pres ind"]],
    // ... and then "-i" is only the 2nd person (beside the "-ts" participle's plural the dictionary gives every verb).
    ["atbilsti", ["atbilst nom pl", "atbilst sg 2 pres ind"]],
    ["aizej", ["aiziet sg 2 pres ind"]],
    // is:0vtt0: a present shared by the 2nd person singular and the 3rd.
    ["nes", ["nest 3 pres ind", "nest sg 2 pres ind"]],
    ["ēd", ["ēst 3 pres ind", "ēst sg 2 pres ind"]],
    // "dot", "iet", "būt" and their prefixed verbs have no part of speech in the dictionary.
    ["pārdot", ["pārdot"]],
    ["izdots", ["izdot nom sg"]],
    ["aizgājis", ["aiziet nom sg"]],
    ["bijis", ["būt nom sg"]],
    // "vajadzēt" is impersonal: the 3rd person only.
    ["vajag", ["vajadzēt 3 pres ind"]],
    ["nevajadzēja", ["vajadzēt 3 past ind"]],
    ["vajadzētu", ["vajadzēt 3 cnd"]],
  ])("%s", (word, expected) => {
    expect(readings(word, "verb")).toEqual(expected);
  });

  test("the infinitive keeps its reading, the conjugated verb its negation", () => {
    expect(analyzer.analyze("neatbilst").some((a) => a.person === 3 && a.negative === true)).toBe(true);
    expect(analyzer.analyze("nest").every((a) => a.person === undefined)).toBe(true);
  });

  test("atkal is an adverb", () => {
    expect(analyzer.analyze("atkal").some((a) => a.pos === "adv")).toBe(true);
  });
});

describe("words the dictionary lacks, read from their parts (issue 20, part G)", () => {
  test.each<[string, string[]]>([
    // The superlative: "vis-" and the definite comparative.
    ["vislielākais", ["liels nom sg"]],
    ["Vissvarīgākās", ["svarīgs acc pl", "svarīgs gen sg", "svarīgs loc pl", "svarīgs nom pl"]],
  ])("%s", (word, expected) => {
    expect(readings(word, "adj")).toEqual(expected);
  });

  test.each<[string, string[]]>([
    // A compound noun: a noun's stem and a noun the dictionary knows.
    ["darbvietu", ["darbvieta acc sg", "darbvieta gen pl"]],
    ["atkritumkasti", ["atkritumkaste acc sg"]],
    ["internetveikalā", ["internetveikals loc sg"]],
  ])("%s", (word, expected) => {
    expect(readings(word, "noun")).toEqual(expected);
    expect(analyzer.analyze(word).every((a) => a.guessed === true)).toBe(true);
  });

  test("a compound inflects like its last noun; no split without a noun's stem in front", () => {
    const compound = analyzer.analyze("darbvietu").find((a) => a.case === "acc")!;
    expect(analyzer.inflect(compound, { case: "dat", number: "pl" })).toEqual(["darbvietām"]);
    // Capitalised: a name as likely as a compound (as for the suffix guesses).
    expect(analyzer.analyze("Darbvietu")).toEqual([]);
    expect(analyzer.analyze("qwzxvieta")).toEqual([]);
  });

  test.each<[string, string[]]>([
    // A compound adjective or participle: an adjective's stem or form, an adverb, "pus-" or "visu-", and a known one.
    ["jaunizveidoto", ["jaunizveidot acc sg f", "jaunizveidot acc sg m", "jaunizveidot gen pl f", "jaunizveidot gen pl m"]],
    ["pusmatētu", ["pusmatēt acc sg f", "pusmatēt acc sg m", "pusmatēt gen pl f", "pusmatēt gen pl m"]],
    ["visuaptverošā", ["visuaptvert gen sg m", "visuaptvert loc sg f", "visuaptvert loc sg m", "visuaptvert nom sg f"]],
  ])("%s", (word, expected) => {
    expect(cellsOf(word, (a) => a.participle === true && a.guessed === true)).toEqual(expected);
  });

  test("a word longer than words are is not read from its parts (every split is tried)", () => {
    expect(analyzer.analyze("darb".repeat(7) + "vietu")).toEqual([]);
    expect(analyzer.analyze("pus".repeat(40) + "matētu")).toEqual([]);
  });

  test("ejot is the reported mood of iet", () => {
    expect(readings("ejot", "verb")).toEqual(["iet pres qot"]);
  });
});
