import { rule } from "../../../src/core/rules/polite-you";
import type { Recipient } from "../../../src/core/rules/types";
import { contextFor, expectMessage, expectOwnExamples, runRule } from "./harness";
import { outlookReply, owaReply, SIGNATURE_LINES, textReply, textReplyWithThread } from "./replyFixtures";

const ONE_CLIENT: Recipient[] = [{ email: "anna.kalnina@inbox.lv", name: "Anna Kalniņa", kind: "to" }];

/** The words the rule reports, in order. */
function reported(body: string, options: Parameters<typeof runRule>[2] = {}): string[] {
  return runRule(rule, body, options).map((f) => f.excerpt);
}

describe("polite-you", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    ["every polite form", "Paldies par jūsu e-pastu. Jums piešķirts pabalsts, un jūs to saņemsiet līdz piektdienai.", ["jūsu", "jūs"]],
    ["jums after a comma", "Ja jums rodas jautājumi, lūdzu, sazinieties ar mani.", ["jums"]],
    ["jūsuprāt and jūsējais", "Vai jūsuprāt iesniegums ir pilnīgs? Mūsu rīcībā ir tikai jūsējais 2025. gada iesniegums.", ["jūsuprāt", "jūsējais"]],
    ["a mix of capitalised and lower-case forms", "Paldies par Jūsu e-pastu. Atbildi jums nosūtīsim rīt.", ["jums"]],
  ])("reports %s", (_what, text, words) => {
    expect(reported(textReply("Labdien, Kalniņas kundze!", text), { recipients: ONE_CLIENT })).toEqual(words);
  });

  it.each([
    ["a plural greeting to colleagues", textReply("Labdien, kolēģi!", "Paldies par jūsu priekšlikumiem.")],
    ["a plural greeting to parents", textReply("Godātie vecāki!", "Informējam, ka jūsu bērnu pieteikumi ir reģistrēti.")],
    ["two people in the greeting", textReply("Labdien, Bērziņa kungs un Kalniņas kundze!", "Paldies par jūsu e-pastu.")],
    ["a family", textReply("Labdien, Bērziņu ģimene!", "Paldies par jūsu e-pastu.")],
    ["\"jūs abi\" and \"jums abiem\"", textReply("Labdien!", "Jūs abi esat īpašnieki, tāpēc jums abiem jāparaksta iesniegums.")],
    ["\"jūs visus\"", textReply("Labdien!", "Aicinām jūs visus piedalīties dzīvokļu īpašnieku sapulcē.")],
    ["the client's words in quotation marks", textReply("Labdien!", "Rakstījāt: „Vai jūs varat salabot apgaismojumu?” Apgaismojums ir salabots.")],
    ["straight quotation marks", textReply("Labdien!", 'Rakstījāt: "jums vajadzētu salabot lampu". Lampa ir salabota.')],
    ["capitalised forms", textReply("Labdien!", "Paldies par Jūsu e-pastu. Jums piešķirtais pabalsts tiks izmaksāts, un Jūs to saņemsiet rīt.")],
  ])("accepts %s", (_what, body) => {
    expect(reported(body, { recipients: ONE_CLIENT })).toEqual([]);
  });

  it("is about one client: several To recipients, a couple in one address, or only Cc are plural", () => {
    const body = textReply("Labdien!", "Paldies par jūsu e-pastu.");
    expect(reported(body, { recipients: ONE_CLIENT })).toEqual(["jūsu"]);
    expect(reported(body, { recipients: [...ONE_CLIENT, { email: "janis.berzins@inbox.lv", kind: "to" }] })).toEqual([]);
    expect(reported(body, { recipients: [{ email: "berzini@inbox.lv", name: "Jānis un Anna Bērziņi", kind: "to" }] })).toEqual([]);
    expect(reported(body, { recipients: [{ email: "anna.kalnina@inbox.lv", kind: "cc" }] })).toEqual([]);
    // A colleague in copy does not make the client plural.
    expect(reported(body, { recipients: [...ONE_CLIENT, { email: "janis.kalnins@adazi.lv", kind: "to" }] })).toEqual(["jūsu"]);
    // A file checked on its own: the greeting decides.
    expect(reported(body, { recipients: [] })).toEqual(["jūsu"]);
    expect(reported(textReply("Godātie iedzīvotāji!", "Paldies par jūsu atsaucību."), { recipients: [] })).toEqual([]);
  });

  it("gives a safe fix: the same word with a capital letter, at the word's offsets", () => {
    const body = textReply("Labdien!", "Paldies par jūsu e-pastu. Ja jums rodas jautājumi, zvaniet.");
    const { draft } = contextFor(body, { recipients: ONE_CLIENT });
    const findings = runRule(rule, body, { recipients: ONE_CLIENT });
    expect(findings.map((f) => f.fix)).toEqual([
      { start: draft.text.indexOf("jūsu"), end: draft.text.indexOf("jūsu") + 4, text: "Jūsu" },
      { start: draft.text.indexOf("jums"), end: draft.text.indexOf("jums") + 4, text: "Jums" },
    ]);
    expect(findings[0]).toMatchObject({
      rule: "polite-you",
      clause: "5.1.2",
      severity: "warning",
      suggestions: ["Jūsu"],
    });
    expectMessage(findings[0], rule, "lowercase", { fixed: "Jūsu" });
    const edited = draft.sourceMap.applyEdits(body, findings.map((f) => f.fix!));
    expect(edited).toContain("Paldies par Jūsu e-pastu. Ja Jums rodas jautājumi");
  });

  it("carries the fix into an Outlook HTML body, leaving the quoted thread's lower-case \"jus\" alone", () => {
    const html = outlookReply(["Labdien!", "", "Paldies par jūsu e-pastu.", "", ...SIGNATURE_LINES]);
    const { draft } = contextFor(html, { format: "html", recipients: ONE_CLIENT });
    const findings = runRule(rule, html, { format: "html", recipients: ONE_CLIENT });
    expect(findings.map((f) => f.excerpt)).toEqual(["jūsu"]);
    const edited = draft.sourceMap.applyEdits(html, findings.map((f) => f.fix!));
    expect(edited).toContain("Paldies par Jūsu e-pastu.");
    expect(edited).toContain("jus esat slikti strādājuši, jums jāatbild");
  });

  it.each([
    ["Outlook desktop", outlookReply(["Labdien!", "", "Paldies par Jūsu e-pastu.", "", ...SIGNATURE_LINES]), "html"],
    ["Outlook on the web", owaReply(["Labdien!", "", "Paldies par Jūsu e-pastu.", "", ...SIGNATURE_LINES]), "html"],
    ["a plain-text thread", textReplyWithThread(textReply("Labdien!", "Paldies par Jūsu e-pastu.")), "text"],
  ] as const)("reports nothing from the quoted thread (%s)", (_client, body, format) => {
    expect(reported(body, { format, recipients: ONE_CLIENT })).toEqual([]);
  });

  it("leaves the signature alone", () => {
    const body = `Labdien!\n\nPaldies par Jūsu e-pastu.\n\nAr cieņu,\nIlze Ozola\nProjekts „Mēs jums”\nĀdažu novada pašvaldība\nTālr. 67895400`;
    expect(reported(body, { recipients: ONE_CLIENT })).toEqual([]);
  });

  it("skips English and Russian drafts", () => {
    expect(reported("Dear Ms Kalniņa,\n\nThank you for your e-mail.\n\nKind regards,\nIlze Ozola", { recipients: ONE_CLIENT })).toEqual([]);
    expect(reported("Здравствуйте!\n\nСпасибо за ваше письмо.", { recipients: ONE_CLIENT })).toEqual([]);
  });

  it("speaks English when the interface does", () => {
    const [finding] = runRule(rule, textReply("Labdien!", "Paldies par jūsu e-pastu."), { recipients: ONE_CLIENT, lang: "en" });
    expectMessage(finding, rule, "lowercase", { fixed: "Jūsu" }, "en");
  });
});
