import { createSpellingRule, findSpellingErrors } from "../../../src/core/rules/spelling";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";
import { expectOwnExamples, runRule } from "./harness";
import { owaReply } from "./quotedReplies";

const checkers = { lv: loadSpellChecker("lv"), en: loadSpellChecker("en") };
const rule = createSpellingRule(checkers);

describe("spelling", () => {
  it("reports its own bad examples and not its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    ["Pasvaldiba to izskatīs.", "Pasvaldiba", "Pašvaldība"],
    ["Informejam, ka atvieglojums ir piešķirts.", "Informejam", "Informējam"],
    ["Lūdzu, sazinieties ar centru pa tālruni vai e-pastu. Paldies par sapratni un pacietibu.", "pacietibu", "pacietību"],
    ["Jūsu iesniegums ir sanemts.", "sanemts", "saņemts"],
    ["Atbildi sniegsim līdz mēneša beigam.", "beigam", "beigām"],
  ])("%j: reports %s and suggests %s first", (text, word, first) => {
    const findings = runRule(rule, text);
    const f = findings.find((x) => x.excerpt === word);
    expect(f?.suggestions?.[0]).toBe(first);
    expect(f?.fix).toEqual({ start: text.indexOf(word), end: text.indexOf(word) + word.length, text: first });
    expect(f?.clause).toBe("9.5");
  });

  it("knows the client's name in its declined forms, the organization's words and place names", () => {
    const text = "Labdien! Atkritumus Kalngalē izved SIA Eko Kurzeme. Jautājiet Freimanim vai Freimaņa kolēģei.";
    const without = runRule(rule, text, { recipients: [{ email: "x@inbox.lv", kind: "to" }] }).map((f) => f.excerpt);
    expect(without).toEqual(expect.arrayContaining(["Freimaņa", "Freimanim"]));
    const withContext = runRule(rule, text, {
      recipients: [{ email: "x@inbox.lv", name: "Juris Freimanis", kind: "to" }],
      config: { placeNames: ["Kalngale", "Kalngalē"], knownWords: ["Eko"] },
    }).map((f) => f.excerpt);
    expect(withContext).not.toContain("Freimaņa");
    expect(withContext).not.toContain("Freimanim");
    expect(withContext).not.toContain("Kalngalē");
  });

  it("checks an English draft with the English dictionary and never reports it as Latvian", () => {
    const text = "Dear Mr Smith, thank you for your e-mail. We will send the answer by Friday. Kind regards";
    expect(runRule(rule, text)).toEqual([]);
    expect(runRule(rule, "Thank you for your emial about the parking permit.").map((f) => f.excerpt)).toEqual(["emial"]);
  });

  it("does not swamp a Latvian reply that quotes an English name or term", () => {
    const text = "Pieteikumu var iesniegt platformā Microsoft Teams vai sistēmā Google Forms.";
    expect(runRule(rule, text).map((f) => f.excerpt)).toEqual([]);
  });

  it("skips URLs, e-mail addresses, numbers, codes, acronyms and abbreviations", () => {
    const text = "Skatiet www.adazunovads.lv vai rakstiet uz dome@adazi.lv; tālr. 67997005, Nr. ĀND/3-14/25/118, VID, plkst. 9.00, 2026. gadā.";
    expect(runRule(rule, text)).toEqual([]);
  });

  it("never checks the quoted thread", () => {
    const html = owaReply(["Labdien!", "Paldies par Jūsu jautājumu."], "Sveiki, kapec nav atbildes?? Pasvaldiba klusē.");
    expect(runRule(rule, html, { format: "html" })).toEqual([]);
  });

  it("does not check drafts in Russian or other languages", () => {
    expect(findSpellingErrors({ text: "Здравствуйте, спасибо за письмо.", language: "ru", knownWords: [], names: [] }, checkers)).toEqual([]);
  });

  it("caps the work on a text made of misspellings", () => {
    const text = Array.from({ length: 3000 }, (_, i) => `qzx${String.fromCharCode(97 + (i % 26))}vbn`).join(" ");
    const errors = findSpellingErrors({ text, language: "lv", knownWords: [], names: [] }, checkers);
    expect(errors.length).toBe(1000);
    expect(errors.filter((e) => e.suggestions.length === 0).length).toBeGreaterThanOrEqual(800);
  });
});

describe("spelling never throws", () => {
  it("on arbitrary text in any language (property)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fc = require("fast-check") as typeof import("fast-check");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.constantFrom("lv", "en", "ru", "other"), (text, language) => {
        for (const e of findSpellingErrors({ text, language, knownWords: ["Ādaži"], names: ["Jānis Bērziņš"] }, checkers)) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(e.start, e.end).normalize("NFC")).toBe(e.word);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("spelling and the addressed client", () => {
  it.each([["Labdien, Kalniņas kundze!"], ["Godātais Freimaņa kungs!"], ["Dear Ms Krūmiņa,"], ["Labdien, Ozola-Kalniņas kundze!"]])(
    "accepts the surname in %j",
    (greeting) => {
      expect(runRule(rule, `${greeting}\n\nPaldies par Jūsu e-pastu.`, { recipients: [] })).toEqual([]);
    },
  );
});
