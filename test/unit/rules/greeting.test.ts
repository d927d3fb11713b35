import { rule } from "../../../src/core/rules/greeting";
import { contextFor, expectMessage, expectOwnExamples, runRule } from "./harness";
import { outlookReply, owaReply, SIGNATURE_LINES, textReply, textReplyWithThread } from "./replyFixtures";

const BODY = "Atbildot uz Jūsu iesniegumu, informējam, ka atļauja ir izsniegta.";

describe("greeting", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    "Labdien!",
    "Labdien,",
    "Labdien, Bērziņa kungs!",
    "Labdien Jāni,",
    "Labrīt!",
    "Labvakar!",
    "Labu dienu!",
    "Sveiki!",
    "Sveicināti!",
    "Godātā Kalniņas kundze!",
    "Godātais Bērziņa kungs,",
    "Cienījamā Ozolas kundze!",
    "Cienījamais Liepiņa kungs!",
    "Cien. Ozolas kundze,",
    "Ļoti cienītā Liepiņas kundze!",
    "Augsti godātais Kalniņa kungs!",
    "Bērziņa kungs!",
    "Jāni!",
    "Anna,",
    "Labdien, kolēģi!",
    "Godātie vecāki!",
    "Dear Ms Kalniņa,",
    "Dear Sir or Madam,",
    "Hello,",
    "Hi Anna,",
    "Good morning,",
    "Здравствуйте!",
    "Добрый день!",
  ])("accepts the greeting %j", (greeting) => {
    expect(runRule(rule, textReply(greeting, BODY))).toEqual([]);
  });

  it.each([
    ["a greeting on the same line as the text", "Labdien! Paldies par Jūsu e-pastu, atļauja ir izsniegta.\n\nAr cieņu,\nIlze Ozola"],
    ["a greeting ending with a full stop", "Labdien. Informējam, ka Jūsu iesniegums ir saņemts."],
    ["a letter-style subject line above the greeting", "Par būvatļauju\n\nGodātā Kalniņas kundze!\n\nPaldies par Jūsu e-pastu."],
    ["an addressee line above the greeting", "Jānim Bērziņam\n\nLabdien!\n\nPaldies par Jūsu e-pastu."],
    ["leading blank lines", "\n\n  Labdien!\n\nPaldies par Jūsu e-pastu."],
  ])("accepts %s", (_what, body) => {
    expect(runRule(rule, body)).toEqual([]);
  });

  it.each([
    ["the text starting with the message", textReply("Informējam, ka Jūsu iesniegums ir saņemts.")],
    ["thanks instead of a greeting", textReply("Paldies par Jūsu e-pastu! Būvatļauja ir sagatavota.")],
    ["a verb with a comma on the first line", "Informējam,\nka Jūsu iesniegums ir saņemts."],
    ["a subject line but no greeting", "Par būvatļauju\n\nInformējam, ka būvatļauja ir sagatavota."],
    ["an English reply without a greeting", "Thank you for your e-mail. The permit is ready.\n\nKind regards,\nIlze Ozola"],
    ["only a signature", SIGNATURE_LINES.join("\n")],
  ])("reports %s", (_what, body) => {
    const findings = runRule(rule, body);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "greeting", clause: "9.1", severity: "error" });
  });

  it("puts the finding where the greeting belongs: at the start of the text", () => {
    const body = "\n\nInformējam, ka Jūsu iesniegums ir saņemts.";
    const { draft } = contextFor(body);
    const [finding] = runRule(rule, body);
    const at = draft.text.indexOf("Informējam");
    expect([finding.start, finding.end]).toEqual([at, at]);
    expect(finding.excerpt).toBe("Informējam, ka Jūsu iesniegums");
    expect(finding.fix).toBeUndefined();
  });

  it("suggests a named greeting when the client's name makes it certain, else only the neutral one", () => {
    const body = "Informējam, ka Jūsu iesniegums ir saņemts.";
    const named = runRule(rule, body, { recipients: [{ email: "janis.berzins@inbox.lv", name: "Jānis Bērziņš", kind: "to" }] });
    expect(named[0].suggestions).toEqual(["Labdien, Bērziņa kungs!", "Labdien!"]);
    expectMessage(named[0], rule, "missing", { example: "Labdien, Bērziņa kungs!" });
    const capitals = runRule(rule, body, { recipients: [{ email: "jb@inbox.lv", name: "JĀNIS BĒRZIŅŠ", kind: "to" }] });
    expect(capitals[0].suggestions).toEqual(["Labdien!"]);
    const english = runRule(rule, "The permit is ready for collection at the Client Service Centre.", {
      lang: "en",
      recipients: [{ email: "anna.kalnina@inbox.lv", name: "Anna Kalniņa", kind: "to" }],
    });
    expect(english[0].suggestions).toEqual(["Dear Ms Kalniņa,", "Hello,"]);
    expectMessage(english[0], rule, "missing", { example: "Dear Ms Kalniņa," }, "en");
  });

  it.each([
    ["Outlook desktop", outlookReply(["Labdien!", "", "Paldies par Jūsu e-pastu.", "", ...SIGNATURE_LINES])],
    ["Outlook on the web", owaReply(["Labdien, Bērziņa kungs!", "", "Paldies par Jūsu e-pastu.", "", ...SIGNATURE_LINES])],
    ["a plain-text thread", textReplyWithThread(textReply("Labdien!", "Paldies par Jūsu e-pastu."))],
  ])("ignores the quoted thread's missing greeting (%s)", (_client, body) => {
    expect(runRule(rule, body, { format: body.startsWith("<") ? "html" : "text" })).toEqual([]);
  });

  it("does not take the greeting from the quoted thread", () => {
    const body = "Būvatļauja ir sagatavota.\n\n-----Original Message-----\nFrom: Jānis\n\nLabdien!\nKad būs atļauja?";
    expect(runRule(rule, body)).toHaveLength(1);
    const html = outlookReply(["Būvatļauja ir sagatavota.", "", ...SIGNATURE_LINES]);
    expect(runRule(rule, html, { format: "html" })).toHaveLength(1);
  });

  it("does not judge a language it does not know, nor mail only to colleagues", () => {
    expect(runRule(rule, "Wir haben Ihre Anfrage erhalten und bearbeiten sie bis Freitag.")).toEqual([]);
    expect(runRule(rule, "Informējam, ka sanāksme notiks rīt.", { recipients: [{ email: "anna.liepina@adazi.lv", kind: "to" }] })).toEqual([]);
  });

  it("follows the organization's rule settings", () => {
    const body = "Informējam, ka Jūsu iesniegums ir saņemts.";
    expect(runRule(rule, body, { config: { rules: { greeting: { enabled: false } } } })).toEqual([]);
    expect(runRule(rule, body, { config: { rules: { greeting: { enabled: true, severity: "warning" } } } })[0].severity).toBe("warning");
  });
});
