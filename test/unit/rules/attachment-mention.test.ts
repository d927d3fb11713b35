import { rule } from "../../../src/core/rules/attachment-mention";
import type { AttachmentInfo } from "../../../src/core/rules/types";
import { expectMessage, expectOwnExamples, runRule } from "./harness";

const pdf: AttachmentInfo = { name: "Lēmums_2024-03-12.pdf", size: 182_000, contentType: "application/pdf" };
const inlineLogo: AttachmentInfo = { name: "logo.png", contentType: "image/png", isInline: true };
const outlookImage: AttachmentInfo = { name: "image001.png", contentType: "image/png" };

describe("attachment-mention", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it("is quiet about every bad example once a file is attached", () => {
    for (const bad of rule.meta.examples.bad) expect([bad, runRule(rule, bad, { attachments: [pdf] })]).toEqual([bad, []]);
  });

  it.each([
    ["pielikumā", "Pielikumā nosūtām domes lēmumu.", "Pielikumā"],
    ["pielikumos", "Visi dokumenti ir pielikumos.", "pielikumos"],
    ["a header line Pielikums:", "Labdien!\n\nLūdzu, iepazīstieties ar lēmumu.\n\nPielikums: lēmums par pabalstu.", "Pielikums"],
    ["skatīt pielikumu", "Sīkāk skatīt pielikumu.", "pielikumu"],
    ["pievienoju + a document", "Pievienoju iesnieguma veidlapu, ko lūdzu aizpildīt.", "Pievienoju"],
    ["pievienojam + lēmuma kopiju", "Pievienojam lēmuma kopiju.", "Pievienojam"],
    ["pievienotajā failā", "Maksājumu grafiks atrodams pievienotajā failā.", "pievienotajā"],
    ["pievienotajā dokumentā", "Nosacījumi aprakstīti pievienotajā dokumentā.", "pievienotajā"],
    ["pievienota šai vēstulei", "Veidlapa ir pievienota šai vēstulei.", "pievienota"],
    ["aizpildiet pievienoto veidlapu", "Lūdzu, aizpildiet pievienoto veidlapu un atsūtiet to mums.", "pievienoto"],
    ["šai vēstulei pievienotajā tabulā", "Šai vēstulei pievienotajā tabulā redzams maksājumu grafiks.", "pievienotajā"],
    ["nosūtu … failu", "Nosūtu Jums tāmes failu.", "Nosūtu"],
    ["attached", "Please find attached the decision on your application.", "attached"],
    ["enclosed", "Please find enclosed the signed contract.", "enclosed"],
    ["I attach", "I attach the form you asked for.", "attach"],
    ["see the attachment", "For details, see the attachment.", "attachment"],
    ["attached to this e-mail", "The form is attached to this e-mail.", "attached"],
    ["pielikumā with the client's word further back", "Jūsu pieprasītā izziņa ir pielikumā.", "pielikumā"],
  ])("reports %s when nothing is attached", (_name, body, cue) => {
    const findings = runRule(rule, body);
    expect(findings).toHaveLength(1);
    expect(findings[0].excerpt).toBe(cue);
    expectMessage(findings[0], rule, "missing", { cue });
    expect(body.slice(findings[0].start, findings[0].end)).toBe(cue);
  });

  it.each([
    ["an annex of a regulation, cited by number", "Maksas apmērs noteikts saistošo noteikumu 2. pielikumā."],
    ["an annex cited by Nr.", "Veidlapa ir pielikumā Nr. 3 pie noteikumiem."],
    ["an annex of a law by its owner", "Tas noteikts likuma pielikumā."],
    ["the client's attachment", "Jūsu iesnieguma pielikumā norādītā adrese nav pilnīga."],
    ["the client's missing attachment", "Diemžēl pielikums netika pievienots, lūdzu, nosūtiet to vēlreiz."],
    ["a link that is added", "Pievienoju saiti uz veidlapu: https://www.adazi.lv/veidlapas."],
    ["an <a> link that is added", '<p>Pievienoju <a href="https://www.adazi.lv/veidlapas">iesnieguma veidlapu</a>.</p>'],
    ["a letter sent by post", "Lēmumu nosūtu pa pastu uz Jūsu deklarēto adresi."],
    ["VAT (pievienotās vērtības nodoklis)", "Cenā iekļauts pievienotās vērtības nodoklis."],
    ["a person added to a queue", "Pievienojam Jūs rindai uz sociālo dzīvokli."],
    ["English: the client's attachment", "Thank you for your e-mail and the form you attached."],
    ["English: conditions attached to a permit", "The conditions attached to the permit still apply."],
    ["English: a disclaimer", "This e-mail and any attached files are confidential and intended solely for the addressee."],
    ["an invitation to attach", "Lūdzu, pievienojiet iesniegumam izziņu par ienākumiem."],
    ["an instruction with a converb", "Dokumentus varat iesniegt, pievienojot tos e-pastam."],
    ["what an application must have attached", "Iesniegumam jābūt pievienotai izziņai par ienākumiem."],
    ["documents attached to the client's application", "Izskatot iesniegumam pievienotos dokumentus, konstatējām, ka tie ir pilnīgi."],
  ])("does not report %s", (_name, body) => {
    expect(runRule(rule, body, { format: body.startsWith("<") ? "html" : "text" })).toEqual([]);
  });

  it("does not count inline images (logo, Outlook's image001.png) as attachments", () => {
    const body = "Pielikumā nosūtām domes lēmumu.";
    expect(runRule(rule, body, { attachments: [inlineLogo, outlookImage] })).toHaveLength(1);
    expect(runRule(rule, body, { attachments: [inlineLogo, pdf] })).toEqual([]);
  });

  it("reports once, at the first mention, and never from the quoted thread or the signature disclaimer", () => {
    const body =
      "Labdien!\n\nPielikumā nosūtām lēmumu. Pievienoju arī veidlapu.\n\nAr cieņu\nIlze Ozola\nSociālā dienesta vadītāja\nĀdažu novada pašvaldība\nTālr. 67997350\n" +
      "Šī vēstule un tās pielikumi var saturēt konfidenciālu informāciju.\n\n" +
      "-----Original Message-----\nFrom: Jānis Bērziņš\nSent: Monday\nTo: soc@adazi.lv\nSubject: Pabalsts\n\nPielikumā sūtu iesniegumu.";
    const findings = runRule(rule, body);
    expect(findings.map((f) => f.excerpt)).toEqual(["Pielikumā"]);
  });

  it("finds nothing in a reply whose only mention is in the quoted Outlook thread", () => {
    const body =
      "<div class=WordSection1><p class=MsoNormal>Labdien!</p><p class=MsoNormal>Paldies, iesniegumu saņēmām un izskatīsim līdz 20. martam.</p>" +
      "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>No:</b> Jānis<br><b>Nosūtīts:</b> pirmdiena<br><b>Kam:</b> dome@adazi.lv<br><b>Tēma:</b> Iesniegums</p></div>" +
      "<p class=MsoNormal>Pielikumā sūtu iesniegumu un pievienoju izziņu.</p></div>";
    expect(runRule(rule, body, { format: "html" })).toEqual([]);
  });

  it("applies to a message only to colleagues too (a forgotten attachment is forgotten for them as well)", () => {
    const findings = runRule(rule, "Sveiki! Pielikumā tāme.", { recipients: [{ email: "janis.kalns@adazi.lv", kind: "to" }] });
    expect(findings).toHaveLength(1);
  });

  it("speaks English when the UI does", () => {
    const [finding] = runRule(rule, "Please find attached the form.", { lang: "en" });
    expectMessage(finding, rule, "missing", { cue: "attached" }, "en");
  });
});
