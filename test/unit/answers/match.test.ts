/**
 * The model-answer matcher (src/core/answers): each way a client may write — without diacritics,
 * with typos, inflected, rambling, in English or Russian — still finds the answer; unrelated
 * messages find nothing; the why names the client's words and sentence.
 */
import { buildAnswerIndex, rankAnswers, suggestAnswers, type MatchableAnswer } from "../../../src/core/answers";
import { fold, stem, terms } from "../../../src/core/answers/terms";

// A small library written for this test (not the evaluation library, not the demo's).
const LIBRARY: MatchableAnswer[] = [
  {
    id: "residence",
    title: "Dzīvesvietas deklarēšana",
    questions: ["Kā deklarēt dzīvesvietu?", "Vai dzīvesvietu var deklarēt internetā?", "How do I register my place of residence?", "Как задекларировать место жительства?"],
  },
  {
    id: "waste",
    title: "Atkritumu izvešana",
    questions: ["Kāpēc netika izvesti atkritumi?", "Kā noslēgt līgumu par atkritumu izvešanu?", "The garbage was not collected."],
  },
  {
    id: "dog",
    title: "Suņu reģistrācija",
    questions: ["Kā reģistrēt suni?", "Vai par suni jāmaksā nodeva?", "Как зарегистрировать собаку?"],
  },
  {
    id: "tax-relief",
    title: "Nekustamā īpašuma nodokļa atvieglojumi",
    questions: ["Vai pensionāriem ir nekustamā īpašuma nodokļa atlaide?", "Kā pieteikties nodokļa atvieglojumam?"],
  },
];
const index = buildAnswerIndex(LIBRARY);

describe("terms", () => {
  it.each([
    ["Dzīvesvietu", "dzivesviet"],
    ["deklarēšanu", "deklaresan"],
    ["suni", "sun"],
    ["registration", "registr"],
    ["собаку", "собак"],
  ])("%s stems to %s", (word, expected) => {
    expect(stem(fold(word))).toBe(expected);
  });

  it("leaves function words and greetings out", () => {
    expect(terms("Labdien! Vai jūs varat man, lūdzu, pateikt, kur ir dome?").map((t) => t.word)).toEqual(["dome"]);
  });
});

describe("suggestAnswers", () => {
  it.each([
    ["plain Latvian", "Labdien! Pārcēlos uz jaunu dzīvokli. Kā man deklarēt jauno dzīvesvietu?", "residence"],
    ["no diacritics", "Labdien, ka deklaret dzivesvietu jaunaja dzivokli?", "residence"],
    ["typos", "Labdien, ka deklaret dzivesvetu jaunaja adrese?", "residence"],
    ["inflection", "Mūsu sunim vajadzīga reģistrācija — kur reģistrē suņus?", "dog"],
    ["English", "Hello, how can I register my new place of residence online?", "residence"],
    ["Russian", "Здравствуйте, как зарегистрировать нашу собаку?", "dog"],
    ["Russian, other case", "Где можно задекларировать место жительства?", "residence"],
    [
      "rambling, question in the middle",
      "Labdien! Esmu dzīvojusi šajā ciemā četrdesmit gadus, un agrāk viss bija citādi, ceļi bija sliktāki un veikali tālāk. " +
        "Mans vīrs strādāja kolhozā, bet bērni tagad dzīvo Rīgā. Šonedēļ no mūsu mājas neviens neizveda atkritumus, konteiners ir pilns. " +
        "Mazbērni atbrauks uz Jāņiem, un es jau gatavoju sieru. Paldies, ka izlasījāt.",
      "waste",
    ],
  ])("%s", (_style, text, expected) => {
    const found = suggestAnswers(index, text);
    expect(found[0]?.id).toBe(expected);
    expect(found[0].score).toBeGreaterThan(0);
    expect(found[0].score).toBeLessThanOrEqual(1);
  });

  it.each([
    "Labdien! Kad bibliotēka būs atvērta svētku dienās?",
    "Hello, can you recommend a good restaurant nearby?",
    "Здравствуйте, где можно сдать кровь?",
    "",
    "Paldies!",
  ])("finds nothing for an unrelated message: %s", (text) => {
    expect(suggestAnswers(index, text)).toEqual([]);
  });

  it("says why: the client's words as written and the sentence that matched", () => {
    const [best] = suggestAnswers(index, "Labdien! Man ir jautājums. Kā reģistrēt mūsu suni? Paldies.");
    expect(best.id).toBe("dog");
    expect(best.why.terms).toEqual(expect.arrayContaining(["reģistrēt", "suni"]));
    expect(best.why.sentence).toContain("Kā reģistrēt mūsu suni?");
    expect(best.why.question).toBe("Kā reģistrēt suni?");
  });

  it("lists at most limit answers, best first", () => {
    const found = suggestAnswers(index, "Kā deklarēt dzīvesvietu un reģistrēt suni?", { limit: 1 });
    expect(found).toHaveLength(1);
    const all = suggestAnswers(index, "Kā deklarēt dzīvesvietu un reģistrēt suni?", { limit: 5 });
    expect(all.map((m) => m.id)).toEqual(expect.arrayContaining(["residence", "dog"]));
    for (let i = 1; i < all.length; i++) expect(all[i - 1].score).toBeGreaterThanOrEqual(all[i].score);
  });

  it("counts the subject line", () => {
    expect(suggestAnswers(index, "Labdien! Lūdzu, palīdziet.")).toEqual([]);
    expect(suggestAnswers(index, "Labdien! Lūdzu, palīdziet.", { subject: "RE: Suņa reģistrācija" })[0]?.id).toBe("dog");
  });

  it("an empty library suggests nothing", () => {
    expect(suggestAnswers(buildAnswerIndex([]), "Kā reģistrēt suni?")).toEqual([]);
  });

  it("leave-one-out: skipping a question leaves the other documents", () => {
    const ranked = rankAnswers(index, "Kā reģistrēt suni?", { skip: { answer: 2, text: "Kā reģistrēt suni?" } });
    const dog = ranked.find((r) => r.answer === 2);
    expect(dog?.best.doc.text).not.toBe("Kā reģistrēt suni?");
  });
});
