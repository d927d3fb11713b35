import { rule } from "../../../src/core/rules/passive-voice";
import { contextFor, expectMessage, expectOwnExamples, runRule } from "./harness";
import { outlookDesktopReply, owaReply } from "./quotedReplies";

describe("passive-voice", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    ["Jūsu iesniegums tiek izskatīts.", ["tiek izskatīts"]],
    ["Lēmums tika pieņemts domes sēdē.", ["tika pieņemts"]],
    ["Rēķins Jums tiks nosūtīts pa pastu.", ["tiks nosūtīts"]],
    ["Atbilde tiks Jums nosūtīta līdz piektdienai.", ["tiks Jums nosūtīta"]],
    ["Iesniegums tiek ātri un rūpīgi izskatīts.", ["tiek ātri un rūpīgi izskatīts"]],
    ["Darbi tiek detalizēti izvērtēti.", ["tiek detalizēti izvērtēti"]],
    ["Maksājums tiks pēc iespējas ātri atmaksāts.", ["tiks pēc iespējas ātri atmaksāts"]],
    ["Dokumenti netika iesniegti laikā.", ["netika iesniegti"]],
    ["Jūsu pieteikums jau ir ticis izskatīts.", ["ticis izskatīts"]],
    ["Lai iesniegums tiktu izskatīts, pievienojiet izziņu.", ["tiktu izskatīts"]],
    ["Lēmums tika pieņemts, un atbilde tiks nosūtīta rīt.", ["tika pieņemts", "tiks nosūtīta"]],
  ])("reports the passive in %j", (body, phrases) => {
    expect(runRule(rule, body).map((f) => f.excerpt)).toEqual(phrases);
  });

  it.each([
    ["Ja netiekat galā ar veidlapu, zvaniet mums."],
    ["Mēs ar to tiksim galā paši."],
    ["Kā tikt pie sociālā dzīvokļa?"],
    ["Vai man tiks vieta bērnudārzā?"],
    ["Bērns tika pie vietas bērnudārzā septembrī."],
    ["Ar šo pārbaudījumu tiksim cauri."],
    ["Rindā tiks Rīgā dzīvojošie."],
    ["Iesniegums ir izskatīts, un lēmums ir pieņemts."],
    ["Komisija izskatīs Jūsu iesniegumu nākamajā sēdē."],
  ])("does not report %j", (body) => {
    expect(runRule(rule, body)).toEqual([]);
  });

  it.each([
    ["Jūsu iesniegums tiks izskatīts.", "Mēs izskatīsim …"],
    ["Jūsu iesniegums tiek izskatīts.", "Mēs izskatīsim …"],
    ["Iesniegums netiks pieņemts.", "Mēs nepieņemsim …"],
    ["Maksa tiks aprēķināta no jauna.", "Mēs aprēķināsim …"],
    ["Jūsu iesniegums tika izskatīts.", "Mēs izskatījām …"],
    ["Pabalsts tika apstiprināts.", "Mēs apstiprinājām …"],
    ["Līgums tika saskaņots.", "Mēs saskaņojām …"],
    ["Finansējums tika sadalīts starp skolām.", "Mēs sadalījām …"],
    ["Jūs tiksiet informēts rakstiski.", "Mēs informēsim …"],
  ])("advises an active rewrite for %j in the message, without a one-click replacement", (body, example) => {
    const [finding] = runRule(rule, body);
    expect(finding.suggestions).toBeUndefined();
    expectMessage(finding, rule, "withExample", { phrase: body.slice(finding.start, finding.end), example });
    expect(finding.fix).toBeUndefined();
  });

  it.each([
    ["Koki tiks nocirsti rudenī."], // cirst → nocirtīsim: irregular future, not guessed
    ["Dokumenti tika nodoti arhīvā."], // nodot → nodevām: irregular past
    ["Lēmums tika pieņemts."], // pieņemt → pieņēmām
    ["Ūdens tika norīts."], // norīt → norijām
    ["Iesniegums vēl nav ticis izskatīts."], // the perfect may be negated by "nav"
  ])("gives the general advice where the active form is irregular: %j", (body) => {
    const [finding] = runRule(rule, body);
    expect(finding.suggestions).toBeUndefined();
    expectMessage(finding, rule, "generic", { phrase: body.slice(finding.start, finding.end) });
  });

  it("gives offsets into the draft text, as an informational finding", () => {
    const body = "Labdien!\n\nJūsu iesniegums tiks izskatīts nākamnedēļ.";
    const [finding] = runRule(rule, body);
    const { draft } = contextFor(body);
    expect(draft.text.slice(finding.start, finding.end)).toBe("tiks izskatīts");
    expect(finding.severity).toBe("info");
    expect(finding.clause).toBe("9.2");
  });

  it("skips English replies", () => {
    expect(runRule(rule, "Your application will be reviewed by the commission. The decision was taken on 3 March.")).toEqual([]);
  });

  it("does not report a passive inside quotation marks", () => {
    expect(runRule(rule, "Jūs rakstījāt: „Mans iesniegums tika noraidīts bez iemesla.” Paskaidrojam, kāpēc."),).toEqual([]);
  });

  it.each([
    ["Outlook desktop", outlookDesktopReply],
    ["Outlook on the web", owaReply],
  ])("ignores the quoted thread of an %s reply", (_client, reply) => {
    const body = reply(["Labdien, Bērziņa kungs!", "Paldies par Jūsu iesniegumu. Jūsu iesniegums tiks izskatīts 15. aprīlī."]);
    expect(runRule(rule, body, { format: "html" }).map((f) => f.excerpt)).toEqual(["tiks izskatīts"]);
  });

  it("writes the message in English for an English UI", () => {
    const [finding] = runRule(rule, "Jūsu iesniegums tiks izskatīts.", { lang: "en" });
    expectMessage(finding, rule, "withExample", { phrase: "tiks izskatīts", example: "Mēs izskatīsim …" }, "en");
  });
});
