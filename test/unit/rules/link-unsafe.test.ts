import { rule } from "../../../src/core/rules/link-unsafe";
import { browserHref, schemeOf } from "../../../src/core/rules/support/links";
import { contextFor, expectMessage, expectOwnExamples, runRule } from "./harness";

const html = { format: "html" as const };

/** An Outlook desktop reply: the new text, then the quoted message (full of bad links that must not count). */
function outlookReply(newHtml: string): string {
  return (
    `<html><body><div class=WordSection1>${newHtml}` +
    `<p class=MsoNormal>Ar cieņu<br>Ilze Ozola<br>Sociālā dienesta vadītāja<br>Ādažu novada pašvaldība<br>Tālr. 67997350<br>ilze.ozola@adazi.lv<br>www.adazi.lv</p>` +
    `<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>No:</b> Jānis Bērziņš &lt;janis.berzins@inbox.lv&gt;<br><b>Nosūtīts:</b> pirmdiena, 2024. gada 11. marts 9:12<br><b>Kam:</b> Sociālais dienests &lt;soc@adazi.lv&gt;<br><b>Tēma:</b> Pabalsts</p></div>` +
    `<p class=MsoNormal>Labdien! Es atradu <a href="javascript:alert(1)">šo</a> un <a href="http://example.com/forma">formu</a> un <a href="file:///C:/x.doc">failu</a>.</p>` +
    `</div></body></html>`
  );
}

describe("link-unsafe", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule, html);
  });

  it.each([
    ["javascript:", '<p>Pieteikums <a href="javascript:alert(1)">šeit</a>.</p>', "error", "javascript"],
    ["mixed case and leading space", '<p>Pieteikums <a href=" JaVaScRiPt:alert(1)">veidlapā</a>.</p>', "error", "javascript"],
    ["tab entity inside the scheme", '<p>Pieteikums <a href="java&#x09;script:alert(1)">veidlapā</a>.</p>', "error", "javascript"],
    ["numeric entity for the first letter", '<p>Pieteikums <a href="&#106;avascript:alert(1)">veidlapā</a>.</p>', "error", "javascript"],
    ["named entities &Tab; and &colon;", '<p>Pieteikums <a href="java&Tab;script&colon;alert(1)">veidlapā</a>.</p>', "error", "javascript"],
    ["vbscript:", '<p>Skatīt <a href="VBScript:MsgBox(1)">instrukcijā</a>.</p>', "error", "vbscript"],
    ["data:", '<p>Skatīt <a href="data:text/html;base64,PHNjcmlwdD4=">dokumentā</a>.</p>', "error", "data"],
    ["file:", '<p>Skatīt <a href="file://fs01/kopigie/lemums.pdf">lēmumā</a>.</p>', "error", "file"],
    ["javascript: hidden in a Safe Links wrapper", '<p>Skatīt <a href="https://eur01.safelinks.protection.outlook.com/?url=javascript%3Aalert(1)&amp;data=05">lēmumā</a>.</p>', "error", "javascript"],
    ["http: written as link text", '<p>Skatīt <a href="http://www.adazi.lv/lemumi">http://www.adazi.lv/lemumi</a>.</p>', "warning", "http"],
    ["http: behind custom text", '<p>Skatīt <a href="http://www.adazi.lv/lemumi">domes lēmumos</a>.</p>', "warning", "http"],
    ["ftp:", '<p>Kartes: <a href="ftp://ftp.adazi.lv/kartes/">karšu arhīvs</a>.</p>', "warning", "ftp"],
  ])("reports %s", (_name, body, severity, scheme) => {
    const findings = runRule(rule, body, html);
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe(severity);
    expectMessage(findings[0], rule, severity === "error" ? "dangerous" : "unencrypted", { scheme });
    expect(findings[0].clause).toBe("9.2");
  });

  it.each([
    ["https", '<p>Skatīt <a href="https://www.adazi.lv/lemumi">domes lēmumos</a>.</p>'],
    ["mailto", '<p>Rakstiet <a href="mailto:soc@adazi.lv">soc@adazi.lv</a>.</p>'],
    ["tel", '<p>Zvaniet <a href="tel:+37167997350">67997350</a>.</p>'],
    ["a relative anchor", '<p>Skatīt <a href="#punkts-3">3. punktu</a>.</p>'],
    ["Outlook's auto-link of a typed www. address", '<p>Vairāk: <a href="http://www.adazi.lv/">www.adazi.lv</a>.</p>'],
    ["an http intranet link (link-internal reports it)", '<p>Skatīt <a href="http://intranet/lemumi">lēmumos</a>.</p>'],
    ["the word javascript in text", "<p>Vietne darbojas arī tad, ja pārlūkā ir izslēgts JavaScript: tas nav vajadzīgs.</p>"],
  ])("does not report %s", (_name, body) => {
    expect(runRule(rule, body, html)).toEqual([]);
  });

  it("checks only the new text of an Outlook reply, not the quoted thread", () => {
    const body = outlookReply('<p class=MsoNormal>Labdien!</p><p class=MsoNormal>Veidlapa: <a href="https://www.adazi.lv/veidlapas">pabalsta pieprasījums</a>.</p>');
    expect(runRule(rule, body, html)).toEqual([]);
    const bad = outlookReply('<p class=MsoNormal>Labdien!</p><p class=MsoNormal>Veidlapa: <a href="javascript:void(0)">pabalsta pieprasījums</a>.</p>');
    const findings = runRule(rule, bad, html);
    expect(findings.map((f) => [f.severity, f.excerpt])).toEqual([["error", "pabalsta pieprasījums"]]);
  });

  it("gives offsets and excerpt of the link text in draft.text", () => {
    const body = '<p>Labdien!</p><p>Pieteikuma veidlapa: <a href="javascript:x()">veidlapa</a>.</p>';
    const { draft } = contextFor(body, html);
    const [finding] = runRule(rule, body, html);
    expect(draft.text.slice(finding.start, finding.end)).toBe("veidlapa");
    expect(finding.excerpt).toBe("veidlapa");
  });

  it("suggests the https address for a bare http link in plain text and gives no automatic fix", () => {
    const [finding] = runRule(rule, "Labdien!\n\nInformācija: http://www.adazi.lv/pabalsti.\n");
    expect(finding.severity).toBe("warning");
    expect(finding.suggestions).toEqual(["https://www.adazi.lv/pabalsti"]);
    expect(finding.fix).toBeUndefined();
  });

  it("speaks English when the UI does, and the organization may lower the severity", () => {
    const body = '<p>See <a href="javascript:void(0)">the form</a>.</p>';
    expectMessage(runRule(rule, body, { ...html, lang: "en" })[0], rule, "dangerous", { scheme: "javascript" }, "en");
    const config = { rules: { "link-unsafe": { severity: "warning" } } };
    expect(runRule(rule, body, { ...html, config })[0].severity).toBe("warning");
  });

  it("still runs for a message only to colleagues (unsafe links are never fine)", () => {
    const body = '<p>Sveiki! Skatīt <a href="javascript:void(0)">tabulā</a>.</p>';
    const findings = runRule(rule, body, { ...html, recipients: [{ email: "janis.kalns@adazi.lv", kind: "to" }] });
    expect(findings).toHaveLength(1);
  });

  it.each([
    ["\u0000 java\tscript:x", "javascript"],
    ["JAVA\nSCRIPT:x", "javascript"],
    ["&#x6A;&#x61;vascript&#58;x", "javascript"],
    ["https://www.adazi.lv", "https"],
    ["/relative/path", ""],
    ["", ""],
  ])("reads the scheme of %j as a browser would", (href, scheme) => {
    expect(schemeOf(href)).toBe(scheme);
  });

  it("strips only what browsers strip", () => {
    expect(browserHref("  https://a.lv/x y  ")).toBe("https://a.lv/x y");
  });
});
