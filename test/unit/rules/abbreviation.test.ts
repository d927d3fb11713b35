import { rule } from "../../../src/core/rules/abbreviation";
import { contextFor, expectMessage, expectOwnExamples, runRule } from "./harness";
import { outlookDesktopReply, owaReply } from "./quotedReplies";

describe("abbreviation", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    ["Lūdzam sazināties ar VID un PMLP.", ["VID", "PMLP"]],
    ["Par NĪN atvieglojumu lemj VARAM noteiktajā kārtībā.", ["NĪN", "VARAM"]],
    ["Iesniegumu var iesniegt KAC. KAC strādā līdz 17.00.", ["KAC"]],
    ["Informāciju sniegs VSAA, un VSAA (Valsts sociālās apdrošināšanas aģentūra) to pārbaudīs.", ["VSAA"]],
    ["Jautājumu izskata ĀNBV speciālisti.", ["ĀNBV"]],
    ["Dokumenti jāiesniedz VID (skat. 5. punktu).", ["VID"]],
  ])("reports the first unexplained use in %j", (body, acronyms) => {
    expect(runRule(rule, body).map((f) => f.excerpt)).toEqual(acronyms);
  });

  it.each([
    ["Valsts ieņēmumu dienests (VID) to pārbaudīs. VID atbildēs mēneša laikā."],
    ["VID (Valsts ieņēmumu dienests) to pārbaudīs, un VID atbildēs mēneša laikā."],
    ["Valsts ieņēmumu dienests (turpmāk – VID) to pārbaudīs. Pēc tam VID atbildēs."],
    ["Ādažu novada būvvalde (turpmāk tekstā – ĀNBV) izskatīs projektu."],
    ["Maksa ir 25 EUR, ieskaitot PVN; rēķinu nosūtīsim PDF formātā."],
    ["Finansējumu piešķir ES fondi, un SIA „Ādažu ūdens” veiks darbus."],
    ["Pabalsts pienākas personām ar II vai III grupas invaliditāti XXI gadsimtā."],
    ["Tas NAV iespējams, jo termiņš beidzās VAKAR."],
    ["LŪDZU IEVĒROJIET NOTEIKTO TERMIŅU UN SAZINIETIES AR VID."],
    ["Līgumu noslēdza ar „VIDZEMES CEĻI” un „ĀNS”."],
    ["Adrese: Gaujas iela 33A, Ādaži, LV-2164."],
    ["Jūsu jautājumu risinās speciāliste Anna OZOLA."],
    ["Jūsu jautājumu risinās speciāliste A. OZOLA."],
  ])("does not report %j", (body) => {
    expect(runRule(rule, body)).toEqual([]);
  });

  it.each([
    ["Godātais ZARIŅA kungs! Par nodokli lūdzam sazināties ar MK noteikumos minēto iestādi."],
    ["Dear Mr ZARINS, the MK regulations apply."],
  ])("takes a surname in capitals next to a title for a name: %j", (body) => {
    expect(runRule(rule, body).map((f) => f.excerpt)).toEqual(["MK"]);
  });

  it("takes a word in capitals that the context knows as a name (thread names) for a name", () => {
    const body = "Par KALNU ielas remontu lūdzam sazināties ar būvvaldi.";
    expect(runRule(rule, body).map((f) => f.excerpt)).toEqual(["KALNU"]);
    expect(runRule(rule, body, { threadNames: ["Kalnu"] })).toEqual([]);
  });

  it("names the full form of acronyms it knows in the message, with no replacement (the case may differ)", () => {
    const body = "Labdien!\n\nPar nodokli lūdzam sazināties ar VID.";
    const [finding] = runRule(rule, body);
    const { draft } = contextFor(body);
    expect(draft.text.slice(finding.start, finding.end)).toBe("VID");
    expect(finding.suggestions).toBeUndefined();
    expectMessage(finding, rule, "known", { acronym: "VID", explanation: "Valsts ieņēmumu dienests (VID)" });
    expect(finding.fix).toBeUndefined();
    expect(finding.severity).toBe("info");
  });

  it("gives the general advice for acronyms it does not know", () => {
    const [finding] = runRule(rule, "Jautājumu izskata ĀNBV speciālisti.");
    expect(finding.suggestions).toBeUndefined();
    expectMessage(finding, rule, "unknown", { acronym: "ĀNBV" });
  });

  it("does not report acronyms in the signature", () => {
    const body =
      "Labdien!\n\nPaldies par Jūsu jautājumu. Atbildi sniegsim līdz piektdienai.\n\nAr cieņu,\nIlze Ozola\nNĪN administratore, ĀNP KAC\nĀdažu novada pašvaldība\nTālr. 67997350\nilze.ozola@adazi.lv\nwww.adazi.lv";
    expect(contextFor(body).draft.signature).not.toBeNull();
    expect(runRule(rule, body)).toEqual([]);
  });

  it("checks English replies, without Latvian full forms", () => {
    const findings = runRule(rule, "Dear Mr Smith,\n\nPlease contact the VID about the tax relief. The State Revenue Service will reply within a month.");
    expect(findings.map((f) => f.excerpt)).toEqual(["VID"]);
    expect(findings[0].suggestions).toBeUndefined();
    expect(runRule(rule, "Please contact the State Revenue Service (VID) about the tax relief.")).toEqual([]);
  });

  it.each([
    ["Outlook desktop", outlookDesktopReply],
    ["Outlook on the web", owaReply],
  ])("ignores the quoted thread of an %s reply", (_client, reply) => {
    const clean = reply(["Labdien, Bērziņa kungs!", "Paldies par Jūsu iesniegumu. Komisija to izskatīs 15. aprīlī."]);
    expect(runRule(rule, clean, { format: "html" })).toEqual([]);
    const own = reply(["Labdien, Bērziņa kungs!", "Par nodokli lūdzam sazināties ar VID."]);
    expect(runRule(rule, own, { format: "html" }).map((f) => f.excerpt)).toEqual(["VID"]);
  });

  it("writes the message in English for an English UI", () => {
    const [finding] = runRule(rule, "Par nodokli lūdzam sazināties ar VID.", { lang: "en" });
    expectMessage(finding, rule, "known", { acronym: "VID", explanation: "Valsts ieņēmumu dienests (VID)" }, "en");
  });
});

describe("registration numbers and codes are not abbreviations (issue 15)", () => {
  it.each([
    "Jūsu lietas Nr. BV-2026-145 izskatīšana ir pabeigta.",
    "Būvatļauja Nr.BV2026/14 ir derīga divus gadus.",
    "Lēmuma kods NEVIS ir norādīts paziņojumā.",
    "Vēstules numurs ĀND/3-14/25/118.",
    "Pieteikuma ID: KP-77 ir reģistrēts.",
  ])("%j has no abbreviation finding", (text) => {
    expect(runRule(rule, text)).toEqual([]);
  });

  it.each([
    ["Dokumentus iesniedziet BIS līdz piektdienai.", "BIS"],
    ["Nr. 5 telpā ir NVA konsultants.", "NVA"],
  ])("%j still reports %s", (text, acronym) => {
    expect(runRule(rule, text).map((f) => f.excerpt)).toContain(acronym);
  });
});
