import { rule } from "../../../src/core/rules/reference";
import { contextFor, expectMessage, expectOwnExamples, runRule } from "./harness";
import { outlookReply, owaReply, SIGNATURE_LINES, textReply, textReplyWithThread } from "./replyFixtures";

const CLOSING = "Ja Jums rodas papildu jautājumi, lūdzu, sazinieties ar mani.";

describe("reference", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    "Paldies par Jūsu 2026. gada 18. novembra e-pastu.",
    "Paldies par jautājumu!",
    "Paldies par sniegto informāciju par bojāto soliņu.",
    "Paldies, ka sazinājāties ar mums!",
    "Pateicamies par Jūsu ierosinājumu.",
    "Atbildot uz Jūsu iesniegumu, informējam, ka atļauja ir izsniegta.",
    "Sniedzam atbildi uz Jūsu 12.11.2026. vēstuli.",
    "Saistībā ar Jūsu jautājumu par nekustamā īpašuma nodokli informējam, ka atvieglojums ir piešķirts.",
    "Jūsu 17.11.2026. vēstulē minētais koks ir nozāģēts.",
    "Esam saņēmuši Jūsu pieteikumu un to izskatīsim.",
    "Informējam, ka Jūsu pieprasījums ir izpildīts.",
    "Pamatojoties uz Jūsu lūgumu, nosūtām izziņu.",
    "Pašvaldība ir izskatījusi Jūsu 2026. gada 12. novembra iesniegumu Nr. 3-12/456.",
    "Kā vienojāmies telefonsarunā, nosūtu iesnieguma veidlapu.",
    "Kā minējāt, ielas apgaismojums Pils ielā nedarbojas.",
    "Jūs jautājāt, vai bērnudārza rindā var pieteikties elektroniski.",
    "Turpinot mūsu saraksti, nosūtu precizētu tāmi.",
    "Atvainojamies par novēloto atbildi.",
    "Par Jūsu minēto situāciju informējam, ka koks ir nozāģēts.",
  ])("accepts the introduction %j", (intro) => {
    expect(runRule(rule, textReply("Labdien!", intro, CLOSING))).toEqual([]);
  });

  it.each([
    "Thank you for your e-mail of 18 November.",
    "Thank you for contacting us.",
    "In reply to your request, the permit has been issued.",
    "Regarding your question about the property tax, the relief has been granted.",
    "We have received your application.",
    "As discussed on the phone, I am sending the form.",
  ])("accepts the English introduction %j", (intro) => {
    expect(runRule(rule, `Dear Ms Kalniņa,\n\n${intro}\n\nIf you have any further questions, please contact me.\n\nKind regards,\nIlze Ozola`)).toEqual([]);
  });

  it("accepts the reference on the greeting's own line", () => {
    expect(runRule(rule, textReply("Labdien, paldies par Jūsu e-pastu! Atļauja ir izsniegta."))).toEqual([]);
  });

  it.each([
    ["an introduction that goes straight to the answer", textReply("Labdien!", "Būvatļauja ir sagatavota, un to varat saņemt Klientu apkalpošanas centrā.")],
    ["thanks for understanding (not for the request)", textReply("Labdien!", "Paldies par sapratni. Ūdens piegāde tiks atjaunota rīt.")],
    ["a purpose clause with a request noun", textReply("Labdien!", "Lai saņemtu informāciju, lūdzam aizpildīt veidlapu.")],
    ["no greeting and no reference", textReply("Informējam, ka ielas apgaismojums Pils ielā tiks salabots līdz piektdienai.")],
    ["an English reply without a reference", "Dear Ms Kalniņa,\n\nThe permit is ready.\n\nKind regards,\nIlze Ozola"],
  ])("reports %s", (_what, body) => {
    const findings = runRule(rule, body);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "reference", clause: "9.1", severity: "warning" });
  });

  it("looks only at the introduction: a reference in the last paragraph is too late", () => {
    const body = textReply(
      "Labdien!",
      "Ielas apgaismojums Pils ielā tiks salabots līdz piektdienai.",
      "Darbus veiks SIA “Gaisma”.",
      "Remonta laikā iela būs slēgta.",
      "Paldies par Jūsu e-pastu.",
    );
    expect(runRule(rule, body)).toHaveLength(1);
  });

  it("puts the finding at the start of the introduction, after the greeting", () => {
    const body = textReply("Labdien, Bērziņa kungs!", "Būvatļauja ir sagatavota.");
    const { draft } = contextFor(body);
    const [finding] = runRule(rule, body);
    const at = draft.text.indexOf("Būvatļauja");
    expect([finding.start, finding.end]).toEqual([at, at]);
    expect(finding.suggestions?.[0]).toBe("Paldies par Jūsu e-pastu.");
    expectMessage(finding, rule, "missing", { example: "Paldies par Jūsu e-pastu" });
    const english = runRule(rule, "Dear Ms Kalniņa,\n\nThe permit is ready.\n\nKind regards,\nIlze Ozola", { lang: "en" });
    expectMessage(english[0], rule, "missing", { example: "Thank you for your e-mail" }, "en");
  });

  it.each([
    ["Outlook desktop", outlookReply(["Labdien!", "", "Paldies par Jūsu e-pastu.", "", "Atļauju varat saņemt rīt.", "", ...SIGNATURE_LINES])],
    ["Outlook on the web", owaReply(["Labdien!", "", "Atbildot uz Jūsu jautājumu, atļauja ir izsniegta.", "", ...SIGNATURE_LINES])],
  ])("finds the reference in an HTML reply (%s)", (_client, body) => {
    expect(runRule(rule, body, { format: "html" })).toEqual([]);
  });

  it("does not take the reference from the quoted thread", () => {
    const reply = textReply("Labdien!", "Būvatļauja ir sagatavota.");
    const body = `${reply}\n\n-----Original Message-----\nFrom: Jānis\n\nPaldies par Jūsu e-pastu, bet atbildot uz manu iesniegumu…`;
    expect(runRule(rule, body)).toHaveLength(1);
    expect(runRule(rule, textReplyWithThread(textReply("Labdien!", "Paldies par Jūsu vēstuli.")))).toEqual([]);
  });

  it("does not ask a new message or a forward to refer to a request", () => {
    const body = textReply("Labdien!", "Informējam, ka 20. decembrī Pils ielā nebūs ūdens.");
    expect(runRule(rule, body, { composeType: "new" })).toEqual([]);
    expect(runRule(rule, body, { composeType: "forward" })).toEqual([]);
    expect(runRule(rule, body, { composeType: "reply" })).toHaveLength(1);
  });
});

describe("reference survives a typo in the request noun (issue 15)", () => {
  it.each([
    "Paldies par Jūsu 19. novembra pieteikmu.",
    "Paldies par Jūsu iesniegmu.",
    "Atbildot uz Jūsu jautjumu, informējam, ka atļauja ir izsniegta.",
    "Esam saņēmuši Jūsu pieprasijumu un to izskatīsim.",
    "Thank you for your reqeust of 19 November.",
  ])("%j refers to the request", (sentence) => {
    expect(runRule(rule, `Labdien!\n\n${sentence}\n\n${CLOSING}`)).toEqual([]);
  });

  it.each(["Paldies par Jūsu pacietību.", "Paldies par Jūsu pieteicēja atbildi.", "Informējam, ka pieteikšanās ir atvērta.", "If a neighbour blocks your way, please call the police."])("%j is still no reference", (sentence) => {
    expect(runRule(rule, `Labdien!\n\n${sentence} Būvatļauja ir sagatavota.\n\n${CLOSING}`).map((f) => f.rule)).toEqual(["reference"]);
  });
});
