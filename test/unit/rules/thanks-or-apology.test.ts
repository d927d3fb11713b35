import { rule } from "../../../src/core/rules/thanks-or-apology";
import { contextFor, expectMessage, expectOwnExamples, runRule } from "./harness";
import { outlookReply, owaReply, SIGNATURE, SIGNATURE_LINES, textReply } from "./replyFixtures";

const ANSWER = "Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.";

describe("thanks-or-apology", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    "Paldies par Jūsu e-pastu.",
    "Liels paldies par sapratni!",
    "Pateicamies par Jūsu ierosinājumu.",
    "Esam pateicīgi par Jūsu pacietību.",
    "Izsakām pateicību par sniegto informāciju.",
    "Atvainojamies par kavēšanos ar atbildi.",
    "Atvainojiet par sagādātajām neērtībām.",
    "Lūdzam piedot, ka atbilde aizkavējās.",
    "Nožēlojam, ka rēķinā bija kļūda.",
    "Novērtējam Jūsu atsaucību.",
  ])("accepts %j", (sentence) => {
    expect(runRule(rule, textReply("Labdien!", ANSWER, sentence))).toEqual([]);
  });

  it.each([
    "Thank you for your e-mail.",
    "Thanks for letting us know.",
    "We apologise for the delay.",
    "We apologize for the inconvenience.",
    "Sorry for the late reply.",
    "We are grateful for your patience.",
  ])("accepts the English %j", (sentence) => {
    expect(runRule(rule, `Dear Ms Kalniņa,\n\n${sentence} The permit is ready.\n\nKind regards,\nIlze Ozola`)).toEqual([]);
  });

  it.each([
    ["Ar pateicību", `Labdien!\n\n${ANSWER}\n\nAr pateicību,\n${SIGNATURE_LINES.slice(1).join("\n")}`],
    ["Paldies!", `Labdien!\n\n${ANSWER}\n\nPaldies!\n${SIGNATURE_LINES.slice(1).join("\n")}`],
    ["Ar cieņu un pateicību", `Labdien!\n\n${ANSWER}\n\nAr cieņu un pateicību,\n${SIGNATURE_LINES.slice(1).join("\n")}`],
    ["Many thanks", `Dear Ms Kalniņa,\n\nThe permit is ready.\n\nMany thanks,\nIlze Ozola\nClient Service Specialist`],
  ])("counts thanks in the closing phrase of the signature (%s)", (_phrase, body) => {
    expect(runRule(rule, body)).toEqual([]);
  });

  it.each([
    ["a reply that only informs", textReply("Labdien!", `Informējam, ka ${ANSWER.toLowerCase()}`)],
    ["\"pateicoties\" (thanks to something)", textReply("Labdien!", "Pateicoties jaunajai sistēmai, Jūsu pieteikums ir reģistrēts automātiski.")],
    ["thanks only inside the signature's fields", `Labdien!\n\n${ANSWER}\n\nAr cieņu,\nIlze Ozola\nProjekts „Paldies, kaimiņ!”\nĀdažu novada pašvaldība\nTālr. 67895400`],
    ["an unsigned reply", `Labdien!\n\n${ANSWER}`],
    ["an English reply", "Dear Ms Kalniņa,\n\nThe permit is ready.\n\nKind regards,\nIlze Ozola"],
  ])("reports %s", (_what, body) => {
    const findings = runRule(rule, body);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "thanks-or-apology", clause: "9.3", severity: "warning" });
  });

  it("puts the finding just before the signature and offers thanks and an apology", () => {
    const body = textReply("Labdien!", ANSWER);
    const { draft } = contextFor(body);
    const [finding] = runRule(rule, body);
    const at = draft.text.indexOf(SIGNATURE);
    expect([finding.start, finding.end]).toEqual([at, at]);
    expect(finding.suggestions).toEqual(["Paldies, ka sazinājāties ar mums!", "Atvainojamies par sagādātajām neērtībām."]);
    expectMessage(finding, rule, "missing", { thanks: "Paldies, ka sazinājāties ar mums!", apology: "Atvainojamies par sagādātajām neērtībām" });
    const [english] = runRule(rule, "Dear Ms Kalniņa,\n\nThe permit is ready.\n\nKind regards,\nIlze Ozola", { lang: "en" });
    expect(english.suggestions).toEqual(["Thank you for contacting us.", "We apologise for the inconvenience."]);
  });

  const THANKFUL_CLIENT = ["Labdien!", "Paldies jau iepriekš! Atvainojos par traucējumu.", "Jānis"];
  it.each([
    ["Outlook desktop", outlookReply(["Labdien!", "", ANSWER, "", ...SIGNATURE_LINES], THANKFUL_CLIENT)],
    ["Outlook on the web", owaReply(["Labdien!", "", ANSWER, "", ...SIGNATURE_LINES], THANKFUL_CLIENT)],
  ])("does not take thanks from the quoted thread (%s)", (_client, body) => {
    expect(runRule(rule, body, { format: "html" })).toHaveLength(1);
  });

  it("finds thanks in an HTML reply", () => {
    expect(runRule(rule, outlookReply(["Labdien!", "", `Paldies par Jūsu e-pastu. ${ANSWER}`, "", ...SIGNATURE_LINES]), { format: "html" })).toEqual([]);
  });

  it("does not judge a draft in a language it does not know", () => {
    expect(runRule(rule, "Sehr geehrte Frau Kalniņa,\n\nIhre Genehmigung ist fertig.\n\nMit freundlichen Grüßen\nIlze Ozola")).toEqual([]);
  });
});
