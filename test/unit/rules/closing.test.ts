import { rule } from "../../../src/core/rules/closing";
import { contextFor, expectMessage, expectOwnExamples, runRule } from "./harness";
import { outlookReply, owaReply, SIGNATURE_LINES, textReply } from "./replyFixtures";

const INTRO = "Paldies par Jūsu e-pastu.";
const ANSWER = "Būvatļauja ir sagatavota.";

describe("closing", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    "Ja Jums rodas papildu jautājumi, lūdzu, sazinieties ar mani.",
    "Ja Jums ir vēl kādi jautājumi, zvaniet pa tālruni 67895400.",
    "Jautājumu gadījumā droši rakstiet.",
    "Lūdzam iesniegt trūkstošo izziņu līdz 15. decembrim.",
    "Nākamais solis — līguma parakstīšana Klientu apkalpošanas centrā.",
    "Gaidīsim Jūsu atbildi.",
    "Atbildi sniegsim desmit darba dienu laikā.",
    "Ja nepieciešams, varam nosūtīt arī izziņu.",
    "Atļauju varat saņemt Klientu apkalpošanas centrā.",
    "Jums jāierodas ar personu apliecinošu dokumentu.",
    "Par lēmumu Jūs informēsim rakstiski.",
    "Rezultātā Jūs saņemsiet rēķinu pa pastu.",
    "Apkopojot: atvieglojums ir piešķirts visam gadam.",
    "Ceram, ka sniegtā informācija Jums noderēs.",
    "Vairāk informācijas: www.adazi.lv/pakalpojumi.",
    "Uz tikšanos Klientu apkalpošanas centrā!",
    "Darbi tiks pabeigti nākamnedēļ.",
  ])("accepts the closing %j", (closing) => {
    expect(runRule(rule, textReply("Labdien!", `${INTRO} ${ANSWER}`, closing))).toEqual([]);
  });

  it.each([
    "If you have any further questions, please contact me.",
    "Please do not hesitate to get in touch.",
    "We will send you the decision by 5 December.",
    "You can collect the permit at the Client Service Centre.",
    "I hope this answers your question.",
  ])("accepts the English closing %j", (closing) => {
    expect(runRule(rule, `Dear Ms Kalniņa,\n\nThank you for your e-mail. The permit is ready.\n\n${closing}\n\nKind regards,\nIlze Ozola`)).toEqual([]);
  });

  it.each([
    ["an answer with nothing after it", textReply("Labdien!", `${INTRO} ${ANSWER}`)],
    ["thanks only", textReply("Labdien!", `${INTRO} Ielas apgaismojums ir salabots.`, "Paldies par sapratni!")],
    ["a refusal that says nothing of what next", textReply("Labdien!", "Saistībā ar Jūsu jautājumu informējam, ka pašvaldība šādu pakalpojumu nesniedz.")],
    ["a reply with no signature", `Labdien!\n\n${INTRO} ${ANSWER}`],
    ["a signature that opens with thanks", `Labdien!\n\nJūsu pieteikums ir reģistrēts ar numuru 1542.\n\nPaldies!\n${SIGNATURE_LINES.slice(1).join("\n")}`],
    ["an English reply", "Dear Ms Kalniņa,\n\nThank you for your e-mail. The permit was issued on 18 November.\n\nKind regards,\nIlze Ozola"],
    ["the name Jānis (not a debitive)", textReply("Labdien!", `${INTRO} Jānis Kalniņš ir apsekojis koku.`)],
  ])("reports %s", (_what, body) => {
    const findings = runRule(rule, body);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "closing", clause: "9.3", severity: "warning" });
  });

  it("looks only at the closing part: next steps in the introduction do not count", () => {
    const body = textReply(
      "Labdien!",
      "Paldies par Jūsu e-pastu. Atbildi sniegsim līdz piektdienai.",
      "Esam apsekojuši koku Pils ielā.",
      "Koks ir vesels.",
      "Zari ir apgriezti.",
    );
    expect(runRule(rule, body)).toHaveLength(1);
  });

  it("puts the finding just before the signature, or at the end of an unsigned reply", () => {
    const signed = textReply("Labdien!", `${INTRO} ${ANSWER}`);
    const { draft } = contextFor(signed);
    const [finding] = runRule(rule, signed);
    expect(draft.signature).not.toBeNull();
    expect([finding.start, finding.end]).toEqual([draft.signature?.start, draft.signature?.start]);
    expectMessage(finding, rule, "missing", { example: "Ja Jums rodas papildu jautājumi, lūdzu, sazinieties ar mani" });
    const unsigned = `Labdien!\n\n${INTRO} ${ANSWER}\n\n`;
    const [atEnd] = runRule(rule, unsigned);
    const text = contextFor(unsigned).draft.text;
    expect(atEnd.start).toBe(text.trimEnd().length);
    expect(atEnd.end).toBe(atEnd.start);
  });

  it.each([
    ["Outlook desktop", outlookReply(["Labdien!", "", INTRO, "", "Atļauju varat saņemt rīt.", "", ...SIGNATURE_LINES]), 0],
    ["Outlook on the web", owaReply(["Labdien!", "", INTRO, ANSWER, "", ...SIGNATURE_LINES]), 1],
  ])("reads HTML replies without the quoted thread (%s)", (_client, body, count) => {
    expect(runRule(rule, body, { format: "html" })).toHaveLength(count);
  });

  it("takes nothing from the quoted thread", () => {
    const body = `${textReply("Labdien!", `${INTRO} ${ANSWER}`)}\n\n-----Original Message-----\nFrom: Jānis\n\nLūdzu, sazinieties ar mani, ja rodas jautājumi.`;
    expect(runRule(rule, body)).toHaveLength(1);
  });

  it("offers English wording for an English reply", () => {
    const [finding] = runRule(rule, "Dear Ms Kalniņa,\n\nThe permit was issued.\n\nKind regards,\nIlze Ozola", { lang: "en" });
    expect(finding.suggestions?.[0]).toBe("If you have any further questions, please contact me.");
    expectMessage(finding, rule, "missing", { example: "If you have any further questions, please contact me" }, "en");
  });
});
