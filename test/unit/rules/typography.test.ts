import { rule } from "../../../src/core/rules/typography";
import { contextFor, expectMessage, expectOwnExamples, runRule, type RunOptions } from "./harness";
import { outlookReply, SIGNATURE_LINES, textReply } from "./replyFixtures";

/** An HTML reply with one paragraph of body HTML as given. */
function htmlBody(paragraph: string): string {
  return `<html><body><p>Labdien!</p><p>${paragraph}</p><p>Ar cieņu,<br>Ilze Ozola<br>Klientu apkalpošanas speciāliste</p></body></html>`;
}

/** The sentence with every fix of the rule applied, and the message ids reported. */
function fixed(sentence: string, options: RunOptions = {}): { text: string; ids: (string | undefined)[] } {
  const body = textReply("Labdien!", sentence);
  const { draft } = contextFor(body, options);
  const findings = runRule(rule, body, options);
  const edited = draft.sourceMap.applyEdits(body, findings.filter((f) => f.fix).map((f) => f.fix!));
  return { text: edited.split("\n\n")[1], ids: findings.map((f) => f.messageId) };
}

describe("typography", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    // The examples.
    ['Projekts "Zaļā Carnikava" ir noslēgts.', "Projekts „Zaļā Carnikava” ir noslēgts.", ["quotes"]],
    ["Centrs strādā 9.00-12.00.", "Centrs strādā 9.00–12.00.", ["dash"]],
    ["Pieteikties var 1.-5. janvārim.", "Pieteikties var 1.–5. janvārim.", ["dash"]],
    ["Lēmums pieņemts 2026 gada 15. decembrī.", "Lēmums pieņemts 2026. gada 15. decembrī.", ["ordinalDot"]],
    ["Lēmums pieņemts 2026. gada 15 decembrī.", "Lēmums pieņemts 2026. gada 15. decembrī.", ["ordinalDot"]],
    ["Iesniegums ir saņemts , paldies .", "Iesniegums ir saņemts, paldies.", ["spaceBefore", "spaceBefore"]],
    // More.
    ['Biedrība "Ādažu dārzi" aicina.', "Biedrība „Ādažu dārzi” aicina.", ["quotes"]],
    // Quotation marks that do not pair keep a Latvian opening mark and get its closing one.
    ['Projekts „Zaļā Carnikava" ir noslēgts.', "Projekts „Zaļā Carnikava” ir noslēgts.", ["quotesPair"]],
    ['Projekts "Zaļā Carnikava” ir noslēgts.', "Projekts „Zaļā Carnikava” ir noslēgts.", ["quotesPair"]],
    ['Likums “Par pašvaldībām" to nosaka.', "Likums “Par pašvaldībām” to nosaka.", ["quotesPair"]],
    ['Biedrība «Ādažu dārzi" aicina.', "Biedrība «Ādažu dārzi» aicina.", ["quotesPair"]],
    ['Rakstiet: "Lūdzu, pagariniet termiņu" un parakstiet.', "Rakstiet: „Lūdzu, pagariniet termiņu” un parakstiet.", ["quotes"]],
    ["Pieņemšana 14:00 - 16:30 otrdienās.", "Pieņemšana 14:00–16:30 otrdienās.", ["dash"]],
    ["Mācību gadā 2025-2026 tas mainīsies.", "Mācību gadā 2025–2026 tas mainīsies.", ["dash"]],
    ["Tas notika 2025 gadā.", "Tas notika 2025. gadā.", ["ordinalDot"]],
    ["Maksājums līdz 20 janvārim.", "Maksājums līdz 20. janvārim.", ["ordinalDot"]],
    ["Sapulce būs 3 martā.", "Sapulce būs 3. martā.", ["ordinalDot"]],
    ["Vai saņēmāt rēķinu ?", "Vai saņēmāt rēķinu?", ["spaceBefore"]],
    ["Zvaniet mums ; atbildēsim.", "Zvaniet mums; atbildēsim.", ["spaceBefore"]],
  ])("fixes %s", (wrong, right, ids) => {
    const result = fixed(wrong);
    expect(result.ids).toEqual(ids);
    expect(result.text).toBe(right);
  });

  it.each([
    ["Latvian quotation marks and dashes", "Projekts „Zaļā Carnikava” notiks 16.–20. decembrī no 9.00 līdz 12.00."],
    // The Latvian quotation forms (docs/decisions.md, issue 20, quotation marks).
    ["„…“, the older form", "Projekts „Zaļā Carnikava“ ir noslēgts."],
    ["“…”, the EU style guide's form", "Grozījumi likumā “Par pašvaldībām” stājas spēkā."],
    ["«…»", "Biedrība «Ādažu dārzi» aicina pieteikties."],
    ["every accepted form in one draft", "Projekts „Zaļā Carnikava”, likums “Par pašvaldībām”, izstāde „Ādažu rudens“ un biedrība «Ādažu dārzi»."],
    ["a straight inch mark inside „…”", 'Pieteikumā „ekrāns 24" diagonālē” viss ir pareizi.'],
    ["an inner quotation in another form", "Rakstījāt: „Lūdzu, atsūtiet «Ādažu Vēstis» arī man”."],
    ["quoted English", 'Programma "Smart City" un kampaņa “Keep it clean” ir noslēgtas.'],
    ["a link and an e-mail address", 'Skatiet https://adazi.lv/a-b?y=2025-2026 vai rakstiet uz dome@adazi.lv.'],
    ["an ISO date, a case number and a postal code", "Lēmums 2026-12-15, lieta Nr. 2-12/345, adrese LV-2164."],
    ["a phone number", "Zvaniet 67 997 005 vai 29-123-456."],
    ["decimals and clause numbers", "Cena 1.5-2.5 EUR. Skatiet 9.1-9.5.1. punktu."],
    ["numbers with labels", "Lēmums Nr. 15 decembrī netika pieņemts. Māja 12 janvārī tika nodota."],
    ["cardinal years", "Pirms 2000 gadiem te bija jūra."],
    ["a range that is not one", "Rezultāts 3-0 bija negaidīts. Plkst. 12.00-ā tas beidzās."],
    ["an ellipsis and a file extension", "Un tad ... pievienojiet failu .docx formātā."],
    ["a time, a decimal and a sum", "Pulksten 9.00 cena ir 12,50 EUR."],
    ["three spaces (alignment)", "Nosaukums   Summa"],
    ["a space before an emoticon", "Paldies :)"],
    ["the client's words in quotation marks", "Rakstījāt: „tas notika 15 decembrī , vakarā” un to pārbaudījām."],
  ])("accepts %s", (_what, sentence) => {
    expect(runRule(rule, textReply("Labdien!", sentence)).map((f) => `${f.messageId}: ${f.excerpt}`)).toEqual([]);
  });

  it.each([
    ["Iesniegums ir  saņemts.", "ir saņemts."],
    ["Paldies.  Atbildēsim rīt.", "Paldies. Atbildēsim"],
  ])("reports two spaces between words in plain text, without a fix: %s", (sentence, excerpt) => {
    const findings = runRule(rule, textReply("Labdien!", sentence));
    expect(findings.map((f) => [f.messageId, f.excerpt, f.fix])).toEqual([["doubleSpace", excerpt, undefined]]);
  });

  it("leaves the signature block alone", () => {
    const body = "Labdien!\n\nPaldies par e-pastu.\n\nAr cieņu,\nIlze Ozola\nTālr.  67 997 005\nPieņemšana 9.00-12.00";
    expect(runRule(rule, body)).toEqual([]);
  });

  it("judges two spaces only in plain text: HTML shows a run of spaces as one", () => {
    const html = outlookReply(["Labdien!", "", "Iesniegums ir  saņemts.", "", ...SIGNATURE_LINES]);
    expect(runRule(rule, html, { format: "html" })).toEqual([]);
  });

  it("reports quotation marks around a link without a fix that would drop the link", () => {
    const html = htmlBody('Skatiet sadaļu "<a href="https://adazi.lv/buvnieciba">Būvniecība</a>" tīmekļvietnē.');
    const findings = runRule(rule, html, { format: "html" });
    expect(findings.map((f) => f.messageId)).toEqual(["quotes"]);
    expect(findings[0].fix).toBeUndefined();
  });

  it("reports one quotation in other marks per draft: the next shows once it is fixed", () => {
    const text = 'Projekts "Zaļā Carnikava" turpinās, un biedrība "Ādažu dārzi" aicina.';
    expect(runRule(rule, text).map((f) => f.excerpt)).toEqual(['"Zaļā Carnikava"']);
    expect(runRule(rule, 'Projekts „Zaļā Carnikava” turpinās, un biedrība "Ādažu dārzi" aicina.').map((f) => f.excerpt)).toEqual(['"Ādažu dārzi"']);
  });

  it("carries a fix into an Outlook HTML body", () => {
    const html = htmlBody("Centrs strādā 9.00-12.00 un projekts &quot;Zaļā Carnikava&quot; turpinās.");
    const { draft } = contextFor(html, { format: "html" });
    const findings = runRule(rule, html, { format: "html" });
    expect(findings.map((f) => f.messageId)).toEqual(["dash", "quotes"]);
    const edited = draft.sourceMap.applyEdits(html, findings.map((f) => f.fix!));
    expect(edited).toContain("Centrs strādā 9.00–12.00 un projekts „Zaļā Carnikava” turpinās.");
  });

  it("names a mismatched pair apart from straight quotation marks, in both languages", () => {
    const body = textReply("Labdien!", 'Projekts „Zaļā Carnikava" ir noslēgts.');
    const [finding] = runRule(rule, body);
    expect(finding).toMatchObject({ excerpt: '„Zaļā Carnikava"', suggestions: ["„Zaļā Carnikava”"] });
    expectMessage(finding, rule, "quotesPair", { fixed: "„Zaļā Carnikava”" });
    expectMessage(runRule(rule, body, { lang: "en" })[0], rule, "quotesPair", { fixed: "„Zaļā Carnikava”" }, "en");
  });

  it("names the corrected text, in both languages", () => {
    const body = textReply("Labdien!", "Centrs strādā 9.00-12.00.");
    const [finding] = runRule(rule, body);
    expect(finding).toMatchObject({ rule: "typography", clause: "9.5", severity: "info", excerpt: "9.00-12.00", suggestions: ["9.00–12.00"] });
    expectMessage(finding, rule, "dash", { fixed: "9.00–12.00" });
    expectMessage(runRule(rule, body, { lang: "en" })[0], rule, "dash", { fixed: "9.00–12.00" }, "en");
  });

  it("skips drafts that are not Latvian", () => {
    expect(runRule(rule, 'Dear Ms Kalniņa,\n\nThe "Ādaži" office is open 9.00-12.00 .\n\nKind regards,\nIlze Ozola')).toEqual([]);
  });
});
