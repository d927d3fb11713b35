import { rule, normaliseLinkText } from "../../../src/core/rules/link-text";
import { contextFor, expectMessage, expectOwnExamples, runRule } from "./harness";

const html = { format: "html" as const };
const link = (text: string, href = "https://www.adazi.lv/pakalpojumi/pabalsti"): string => `<a href="${href}">${text}</a>`;

describe("link-text", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule, html);
  });

  it.each([
    ["šeit", `<p>Veidlapu varat lejupielādēt ${link("šeit")}.</p>`, "šeit"],
    ["Šeit with capital and quotes", `<p>Informācija: „${link("Šeit")}”.</p>`, "Šeit"],
    ["šajā saitē", `<p>Informācija pieejama ${link("šajā saitē")}.</p>`, "šajā saitē"],
    ["saite", `<p>Pieteikuma forma: ${link("saite")}</p>`, "saite"],
    ["spied šeit", `<p>Lai pieteiktos, ${link("spied šeit")}!</p>`, "spied šeit"],
    ["klikšķiniet šeit (inner formatting)", `<p>Lai pieteiktos, <a href="https://www.adazi.lv/x"><b>klikšķiniet</b> <span>šeit</span></a>.</p>`, "klikšķiniet šeit"],
    ["te", `<p>Noteikumi ir ${link("te")}.</p>`, "te"],
    ["vairāk", `<p>Par pabalstiem — ${link("vairāk…")}</p>`, "vairāk…"],
    ["here", `<p>You can download the form ${link("here")}.</p>`, "here"],
    ["click here", `<p>To apply, ${link("Click here")}.</p>`, "Click here"],
    ["link", `<p>Form: ${link("link")}</p>`, "link"],
    ["more", `<p>Benefits: ${link("more")}</p>`, "more"],
    ["a mailto link with vague text", `<p>Jautājumus rakstiet ${link("šeit", "mailto:soc@adazi.lv")}.</p>`, "šeit"],
  ])("reports the link text %s", (_name, body, shown) => {
    const findings = runRule(rule, body, html);
    expect(findings).toHaveLength(1);
    expect(findings[0].excerpt).toBe(shown);
    expectMessage(findings[0], rule, "vague", { text: shown });
    const { draft } = contextFor(body, html);
    expect(draft.text.slice(findings[0].start, findings[0].end)).toBe(shown);
  });

  it("reports an image link without alt text in the body, with an excerpt of its place", () => {
    const body = `<p>Labdien!</p><p>Pieteikuma forma: <a href="https://www.adazi.lv/forma"><img src="cid:poga.png"></a> — aizpildiet to.</p>`;
    const findings = runRule(rule, body, html);
    expect(findings).toHaveLength(1);
    expect(findings[0].start).toBe(findings[0].end);
    expectMessage(findings[0], rule, "empty");
    expect(findings[0].excerpt).toContain("Pieteikuma forma:");
  });

  it.each([
    ["a descriptive Latvian text", `<p>Aizpildiet ${link("sociālās palīdzības pieprasījumu")}.</p>`],
    ["a sentence that merely contains šeit", `<p>${link("Šeit atradīsiet pabalstu sarakstu")}.</p>`],
    ["a bare address as text", "<p>Skatīt https://www.adazi.lv/pakalpojumi.</p>"],
    ["an anchor whose text is the address", `<p>Skatīt ${link("www.adazi.lv/pakalpojumi")}.</p>`],
    ["an image link with alt text", `<p>${'<a href="https://www.adazi.lv"><img src="cid:logo" alt="Ādažu novada pašvaldības tīmekļvietne"></a>'}</p>`],
    ["the word šeit outside a link", "<p>Veidlapa ir pieejama šeit, Klientu apkalpošanas centrā.</p>"],
    ["plain text", "Veidlapu varat lejupielādēt šeit: https://www.adazi.lv/veidlapas"],
  ])("does not report %s", (_name, body) => {
    expect(runRule(rule, body, html)).toEqual([]);
  });

  it("leaves icon links without text in the signature alone", () => {
    const body =
      `<p>Labdien!</p><p>Paldies par Jūsu jautājumu. Pieteikums: ${link("pabalsta pieprasījums")}.</p>` +
      '<div id="Signature"><p>Ar cieņu</p><p>Ilze Ozola</p><p>Sociālā dienesta vadītāja</p><p>Ādažu novada pašvaldība</p><p>Tālr. 67997350</p>' +
      '<p><a href="https://www.facebook.com/adazunovads"><img src="cid:fb.png"></a> <a href="https://www.adazi.lv">www.adazi.lv</a></p></div>';
    expect(runRule(rule, body, html)).toEqual([]);
  });

  it("does not report vague links in the quoted thread of an Outlook reply", () => {
    const body =
      `<div class=WordSection1><p class=MsoNormal>Labdien!</p><p class=MsoNormal>Iesniegumu varat aizpildīt ${link("e-pakalpojumā „Pabalsta pieprasījums”")}.</p>` +
      "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>No:</b> Jānis<br><b>Nosūtīts:</b> pirmdiena<br><b>Kam:</b> dome@adazi.lv<br><b>Tēma:</b> Pabalsts</p></div>" +
      `<p class=MsoNormal>Labdien, kur ir veidlapa? Atradu ${link("šeit")} un ${link("te")}.</p></div>`;
    expect(runRule(rule, body, html)).toEqual([]);
  });

  it("speaks English when the UI does", () => {
    const [finding] = runRule(rule, `<p>Form ${link("here")}.</p>`, { ...html, lang: "en" });
    expectMessage(finding, rule, "vague", { text: "here" }, "en");
  });

  it.each([
    ["  Šeit. ", "šeit"],
    ["«spiediet   šeit»", "spiediet šeit"],
    ["→ Click here!", "click here"],
    ["…", ""],
  ])("normalises %j to %j", (text, normal) => {
    expect(normaliseLinkText(text)).toBe(normal);
  });
});
