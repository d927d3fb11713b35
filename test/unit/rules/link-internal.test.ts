import { rule, filePathsInText } from "../../../src/core/rules/link-internal";
import { internalHostKind, parseAddress } from "../../../src/core/rules/support/links";
import { MAX_FINDINGS_PER_RULE } from "../../../src/core/rules/support/limits";
import { contextFor, expectMessage, expectOwnExamples, runRule } from "./harness";

const html = { format: "html" as const };

describe("link-internal", () => {
  it("reports its bad examples and none of its good ones (as text and as HTML)", () => {
    expectOwnExamples(rule);
    expectOwnExamples(rule, html);
  });

  it.each([
    ["an intranet name", "Veidlapa: http://intranet/veidlapas/pabalsts.docx", "intranet"],
    ["localhost", "Pārbaudiet http://localhost:8080/pieteikumi", "localhost"],
    ["10/8", "Tāme: https://10.1.2.3/tame.xlsx", "10.1.2.3"],
    ["172.16/12", "Karte: http://172.20.0.5/karte", "172.20.0.5"],
    ["192.168/16", "Skatīt http://192.168.10.25/tames/2024.xlsx.", "192.168.10.25"],
    ["127/8", "Skatīt http://127.0.0.1/x", "127.0.0.1"],
    ["169.254/16", "Skatīt http://169.254.10.1/x", "169.254.10.1"],
    ["IPv6 unique local", "Skatīt http://[fd12:3456::1]/x", "fd12:3456::1"],
    ["IPv6 link-local", "Skatīt http://[fe80::1%25eth0]/x", "fe80::1%25eth0"],
    ["IPv6 loopback", "Skatīt http://[::1]:3000/x", "::1"],
    ["*.local", "Sistēma: https://dokumenti.adazi.local/lieta/123", "dokumenti.adazi.local"],
    ["*.lan", "Sistēma: https://nas.lan/kopigie", "nas.lan"],
    ["*.internal", "Sistēma: https://crm.internal/klients", "crm.internal"],
    ["*.corp", "Sistēma: https://portal.adazi.corp/", "portal.adazi.corp"],
  ])("reports a link to %s", (_name, body, host) => {
    const findings = runRule(rule, body);
    expect(findings).toHaveLength(1);
    expectMessage(findings[0], rule, "host", { host });
    expect(findings[0].severity).toBe("warning");
  });

  it.each([
    ["a UNC path", "Lēmums: \\\\fs01\\Koplietosana\\Buvvalde\\lemums.pdf, lūdzu, iepazīstieties.", "\\\\fs01\\Koplietosana\\Buvvalde\\lemums.pdf"],
    ["a UNC path to a fully qualified server", "Skatīt \\\\fs01.adazi.lv\\dati\\tame.xlsx", "\\\\fs01.adazi.lv\\dati\\tame.xlsx"],
    ["a forward-slash UNC path", "Dokuments atrodas //fs01/kopigie/lemums.pdf.", "//fs01/kopigie/lemums.pdf"],
    ["a drive path", "Veidlapa saglabāta C:\\Users\\ilze.ozola\\Documents\\veidlapa.docx, lūdzu, aizpildiet.", "C:\\Users\\ilze.ozola\\Documents\\veidlapa.docx"],
    ["a mapped drive", "(H:\\Būvvalde\\2024\\atzinums.pdf)", "H:\\Būvvalde\\2024\\atzinums.pdf"],
    ["a file: URL in text", "Fails: file:///C:/Users/ilze/lemums.pdf", "file:///C:/Users/ilze/lemums.pdf"],
  ])("reports %s written in the text, with the path as the excerpt", (_name, body, path) => {
    const findings = runRule(rule, body);
    expect(findings.map((f) => f.excerpt)).toEqual([path]);
    const { draft } = contextFor(body);
    expect(draft.text.slice(findings[0].start, findings[0].end)).toBe(path);
  });

  it("reports a personal OneDrive address (also behind Safe Links) but not a OneDrive sharing link", () => {
    const personal = "https://adazi-my.sharepoint.com/personal/ilze_ozola_adazi_lv/Documents/Tame.xlsx";
    const wrapped = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(personal)}&amp;data=05`;
    const body = `<p>Tāme: <a href="${wrapped}">būvdarbu tāme</a>.</p>`;
    const findings = runRule(rule, body, html);
    expect(findings).toHaveLength(1);
    expectMessage(findings[0], rule, "onedrive");
    const sharing = '<p>Tāme: <a href="https://adazi-my.sharepoint.com/:x:/g/personal/ilze_ozola_adazi_lv/EaBcD12">būvdarbu tāme</a>.</p>';
    expect(runRule(rule, sharing, html)).toEqual([]);
  });

  it.each([
    ["a public website", "Skatīt https://www.adazi.lv/pakalpojumi."],
    ["a public IP address", "Skatīt http://8.8.8.8/."],
    ["172.32 (outside 172.16/12)", "Skatīt http://172.32.0.1/."],
    ["an e-mail address", "Rakstiet uz dome@adazi.lv."],
    ["a date with slashes", "Termiņš 12//2024 nav pareizs, pareizi ir 12.12.2024."],
    ["a protocol-relative public address", "Skatīt //www.adazi.lv/pakalpojumi."],
    ["a ratio and a time", "Attiecība 3:1, sākums 9:00."],
    ["a file name with no path", "Pielikumā fails lemums.pdf."],
    ["the word File: before a name", "File: lemums.pdf"],
    ["a link that only links to a file: href (link-unsafe reports it)", '<p>Skatīt <a href="file:///C:/x.pdf">file:///C:/x.pdf</a></p>'],
  ])("does not report %s", (_name, body) => {
    expect(runRule(rule, body, html)).toEqual([]);
  });

  it("does not report an intranet link in the quoted thread of an OWA reply", () => {
    const body =
      '<div>Labdien!</div><div>Veidlapa: <a href="https://www.adazi.lv/veidlapas">pabalsta pieprasījums</a>.</div>' +
      '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Kolēģis<br><b>Sent:</b> Monday<br><b>To:</b> Ilze<br><b>Subject:</b> Re</div>' +
      '<div>Skatīt http://intranet/x un \\\\fs01\\dati\\a.pdf un <a href="http://192.168.1.1/">šeit</a></div>';
    expect(runRule(rule, body, html)).toEqual([]);
  });

  it("is not applied to a message only to colleagues (clause 10, not clause 9)", () => {
    const body = "Sveiki! Tāme ir \\\\fs01\\dati\\tame.xlsx";
    expect(runRule(rule, body, { recipients: [{ email: "janis.kalns@adazi.lv", kind: "to" }] })).toEqual([]);
    expect(runRule(rule, body)).toHaveLength(1);
  });

  it("stops at MAX_FINDINGS_PER_RULE on a body made of paths", () => {
    expect(runRule(rule, "\\\\srv\\a ".repeat(MAX_FINDINGS_PER_RULE + 200))).toHaveLength(MAX_FINDINGS_PER_RULE);
  });

  it("reports every path once, in text order", () => {
    const spans = filePathsInText("a \\\\srv\\a b //srv/b c C:\\x d file://\\\\srv\\c e");
    expect(spans.map((s) => s.start)).toEqual([2, 12, 22, 29]);
  });

  it.each([
    ["http://user:pw@Intranet.:8080/x", "intranet"],
    ["HTTPS://[FD00::1]:443/", "fd00::1"],
    ["https:\\\\intranet\\x", "intranet"],
  ])("parses the host of %s", (href, host) => {
    expect(parseAddress(href)?.host).toBe(host);
    expect(internalHostKind(host)).not.toBeNull();
  });

  it.each(["www.adazi.lv", "8.8.8.8", "2001:db8::1", "", "adazi.lv"])("treats %j as public", (host) => {
    expect(internalHostKind(host)).toBeNull();
  });
});
