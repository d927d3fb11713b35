import { rule } from "../../../src/core/rules/tone";
import { contextFor, expectMessage, expectOwnExamples, runRule } from "./harness";
import { outlookDesktopReply, owaReply } from "./quotedReplies";

describe("tone", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    ["Kā jau Jums iepriekš rakstījām, iesniegums jāiesniedz klātienē.", ["Kā jau Jums iepriekš rakstījām"]],
    ["Kā jau minēts, darbi sāksies maijā.", ["Kā jau minēts"]],
    ["Jau vairākkārt esam skaidrojuši, ka nodoklis jāmaksā līdz 31. martam.", ["vairākkārt esam skaidrojuši"]],
    ["Jums vajadzēja to iesniegt līdz 1. martam.", ["Jums vajadzēja to iesniegt"]],
    ["Jums taču bija jāzina, ka termiņš ir 1. marts.", ["Jums taču bija jāzina"]],
    ["Jums jāsaprot, ka noteikumi ir vienādi visiem.", ["Jums jāsaprot"]],
    ["Jūs esat kļūdījies, aprēķins ir pareizs.", ["Jūs esat kļūdījies"]],
    ["Jūs esat nepareizi sapratis noteikumus.", ["Jūs esat nepareizi sapratis"]],
    ["Ja Jūs būtu uzmanīgi izlasījusi noteikumus, jautājumu nebūtu.", ["Ja Jūs būtu uzmanīgi izlasījusi"]],
    ["Tas taču ir skaidri rakstīts noteikumos.", ["Tas taču ir skaidri"]],
    ["Mēs nesaprotam, kāpēc Jūs to neizdarījāt laikus.", ["nesaprotam, kāpēc Jūs"]],
    ["Tā nav mūsu problēma, ka banka kavēja maksājumu.", ["nav mūsu problēma"]],
    ["Lūdzam turpmāk būt uzmanīgākam.", ["būt uzmanīgākam"]],
    ["Jūsu prasība ir absurda.", ["absurda"]],
  ])("reports reproach in %j", (body, phrases) => {
    expect(runRule(rule, body).map((f) => f.excerpt)).toEqual(phrases);
  });

  it.each([
    ["Vai Jums vajadzēja palīdzību veidlapas aizpildīšanā?"],
    ["Lūdzu, aprakstiet, kāda ir Jūsu problēma."],
    ["Ja esat izlasījis noteikumus un jautājumi paliek, zvaniet mums."],
    ["Acīmredzot sistēmā notikusi kļūda; atvainojamies."],
    ["Kā Jūs rakstījāt, iesniegums nosūtīts 3. martā."],
    ["Atgādinām, ka iesniegums jāiesniedz līdz 1. martam."],
    ["Jūs rakstījāt: „Jūs kļūdāties, kā jau rakstīju!!!” — paskaidrojam aprēķinu."],
    ["Paldies par Jūsu jautājumu par VID un PMLP pakalpojumiem!"],
    ["Līgumu slēdzām ar SIA ĀDAŽU ŪDENS un „VIDZEMES CEĻI”."],
    ["PAZIŅOJUMS\nSestdien klientu centrs būs slēgts."],
    ["Ja nesaprotat, kā Jums aizpildīt veidlapu, zvaniet mums."],
    ["Ja Jūs vēl neesat iepazinies ar noteikumiem, tie pieejami mūsu tīmekļvietnē."],
    ["Atvainojamies, ja esam Jūs nepareizi sapratuši."],
    ["Mums vajadzēja būt uzmanīgākiem, un atvainojamies par kļūdu."],
    ["Jums vajadzēja saņemt mūsu vēstuli 5. martā; ja tā nav pienākusi, lūdzu, paziņojiet."],
  ])("does not report %j", (body) => {
    expect(runRule(rule, body)).toEqual([]);
  });

  it.each([
    ["LŪDZU IEVĒROJIET TERMIŅU.", "LŪDZU IEVĒROJIET TERMIŅU"],
    ["Dokumenti jāiesniedz LĪDZ PIEKTDIENAI.", "LĪDZ PIEKTDIENAI"],
    ["Tas NAV IESPĒJAMS.", "NAV IESPĒJAMS"],
    ["PLEASE NOTE THE DEADLINE of 1 March.", "PLEASE NOTE THE DEADLINE"],
  ])("reports capitals that shout in %j", (body, excerpt) => {
    const findings = runRule(rule, body);
    expect(findings.map((f) => f.excerpt)).toEqual([excerpt]);
    expect(findings[0].fix).toBeUndefined();
  });

  it.each([
    ["Dokumenti jāiesniedz līdz piektdienai!!!", "!!!", "!"],
    ["Kāpēc Jūs to neizdarījāt?!", "?!", "?"],
    ["Lūdzu, atbildiet!!", "!!", "!"],
  ])("replaces shouting punctuation in %j with one mark", (body, mark, single) => {
    const [finding] = runRule(rule, body);
    const { draft } = contextFor(body);
    expect(finding.excerpt).toBe(mark);
    expect(draft.text.slice(finding.start, finding.end)).toBe(mark);
    expect(finding.fix).toEqual({ start: finding.start, end: finding.end, text: single });
  });

  it("advises neutral wording in the message (a template, so no replacement) with offsets into the draft text", () => {
    const body = "Labdien!\n\nKā jau rakstījām, iesniegums jāiesniedz klātienē.";
    const [finding] = runRule(rule, body);
    const { draft } = contextFor(body);
    expect(draft.text.slice(finding.start, finding.end)).toBe("Kā jau rakstījām");
    expect(finding.suggestions).toBeUndefined();
    expectMessage(finding, rule, "lecturing", { phrase: "Kā jau rakstījām", suggestion: "Atgādinām, ka …" });
    expect(finding.severity).toBe("warning");
    expect(finding.clause).toBe("5.1.5, 5.1.2");
  });

  it.each([
    ["As we already told you, the office is closed on Saturday.", ["As we already told"]],
    ["You should have read the rules before applying.", ["You should have read"]],
    ["You are mistaken: the tax was calculated correctly.", ["You are mistaken"]],
    ["This is not our problem.", ["not our problem"]],
  ])("reports reproach in English: %j", (body, phrases) => {
    expect(runRule(rule, body).map((f) => f.excerpt)).toEqual(phrases);
  });

  it("applies to mail for colleagues too (respect is owed to everyone)", () => {
    const findings = runRule(rule, "Kā jau rakstīju, atskaite jāiesniedz līdz piektdienai!!!", {
      recipients: [{ email: "janis.kalnins@adazi.lv", kind: "to" }],
    });
    expect(findings.map((f) => f.excerpt)).toEqual(["Kā jau rakstīju", "!!!"]);
  });

  it.each([
    ["Outlook desktop", outlookDesktopReply],
    ["Outlook on the web", owaReply],
  ])("ignores the quoted thread of an %s reply", (_client, reply) => {
    const clean = reply(["Labdien, Bērziņa kungs!", "Paldies par Jūsu iesniegumu. Atvainojamies par kavēšanos; komisija to izskatīs 15. aprīlī."]);
    expect(runRule(rule, clean, { format: "html" })).toEqual([]);
    const own = reply(["Labdien, Bērziņa kungs!", "Kā jau rakstījām, komisija to izskatīs 15. aprīlī."]);
    expect(runRule(rule, own, { format: "html" }).map((f) => f.excerpt)).toEqual(["Kā jau rakstījām"]);
  });

  it("writes the message in English for an English UI", () => {
    const [finding] = runRule(rule, "Jūs kļūdāties.", { lang: "en" });
    expectMessage(finding, rule, "lecturing", { phrase: "Jūs kļūdāties", suggestion: "Precizējam: …" }, "en");
  });
});
