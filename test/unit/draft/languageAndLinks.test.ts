/** The draft's language, and its links (anchors, bare addresses, Safe Links). */
import { detectLanguage, parseDraft, unwrapLink } from "../../../src/core/draft";

describe("detectLanguage", () => {
  it.each([
    ["Labdien!", "lv"],
    ["Paldies par jautājumu.", "lv"],
    ["Informējam, ka Jūsu iesniegums ir saņemts un tiks izskatīts desmit darba dienu laikā.", "lv"],
    ["Labdien, lugums atsutit dokumentus", "lv"],
    ["Dear Sir, thank you for your request.", "en"],
    ["Hello, please find the form attached.", "en"],
    ["Здравствуйте! Спасибо за ваше письмо.", "ru"],
    ["Добрый день", "ru"],
    ["Guten Tag, vielen Dank für Ihre Nachricht.", "other"],
    ["Tere! Aitäh teie kirja eest.", "other"],
    ["Laba diena, ačiū už jūsų laišką.", "other"],
    ["Dzień dobry, dziękuję za wiadomość.", "other"],
    ["Доброго дня! Дякую за ваш лист, і прошу відповісти.", "other"],
    ["12345 !!!", "other"],
    ["", "other"],
  ])("%j is %s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("goes by the bulk of a mixed text", () => {
    expect(detectLanguage("Labdien! Paldies par Jūsu vēstuli, atbildi sniegsim rīt. Kind regards, John")).toBe("lv");
  });
});

describe("links", () => {
  it("takes <a href> with its visible text, mailto: and tel: included", () => {
    const d = parseDraft(
      `<p>Skatiet <a href="https://www.adazi.lv/lv/nodokli">nodokļu lapu</a>, rakstiet <a href="mailto:info@adazi.lv">mums</a> vai zvaniet <a href="tel:+37167895400">67 895 400</a>.</p>`,
      "html",
    );
    expect(d.links.map((l) => [l.href, l.text, l.bare])).toEqual([
      ["https://www.adazi.lv/lv/nodokli", "nodokļu lapu", false],
      ["mailto:info@adazi.lv", "mums", false],
      ["tel:+37167895400", "67 895 400", false],
    ]);
    for (const l of d.links) expect(d.text.slice(l.start, l.end)).toBe(l.text);
  });

  it("finds bare URLs and www. addresses, with https:// added to www.", () => {
    const d = parseDraft("Informācija: www.adazi.lv/atkritumi, kā arī http://intranet.local/a un https://latvija.gov.lv.", "text");
    expect(d.links.map((l) => [l.href, l.text, l.bare])).toEqual([
      ["https://www.adazi.lv/atkritumi", "www.adazi.lv/atkritumi", true],
      ["http://intranet.local/a", "http://intranet.local/a", true],
      ["https://latvija.gov.lv", "https://latvija.gov.lv", true],
    ]);
  });

  it("does not list an anchor's own text twice as a bare link", () => {
    const d = parseDraft(`<p><a href="https://www.adazi.lv/">www.adazi.lv</a></p>`, "html");
    expect(d.links).toHaveLength(1);
    expect(d.links[0].bare).toBe(false);
  });

  it("unwraps Microsoft Safe Links and keeps the wrapper as rawHref", () => {
    const wrapped =
      "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.adazi.lv%2Flv%2Fpakalpojumi%3Fid%3D5&data=05%7C02%7C&sdata=x&reserved=0";
    const d = parseDraft(`<p><a href="${wrapped.replace(/&/g, "&amp;")}">pakalpojumi</a></p>`, "html");
    expect(d.links[0].href).toBe("https://www.adazi.lv/lv/pakalpojumi?id=5");
    expect(d.links[0].rawHref).toBe(wrapped);
    const bare = parseDraft(`Skatiet ${wrapped} lūdzu.`, "text");
    expect(bare.links[0].href).toBe("https://www.adazi.lv/lv/pakalpojumi?id=5");
    expect(bare.links[0].rawHref).toBe(wrapped);
  });

  it.each([
    ["https://nam12.safelinks.protection.outlook.com/?url=http%3A%2F%2Fexample.lv%2F&data=1", "http://example.lv/"],
    ["https://www.google.com/url?q=https://www.adazi.lv/&sa=D", "https://www.adazi.lv/"],
    ["https://www.adazi.lv/?url=https%3A%2F%2Fevil.example", "https://www.adazi.lv/?url=https%3A%2F%2Fevil.example"],
    ["javascript:alert(1)", "javascript:alert(1)"],
    ["https://eur01.safelinks.protection.outlook.com/?url=%E0%A4%A", "%E0%A4%A"],
  ])("unwrapLink(%j) = %j", (href, target) => {
    expect(unwrapLink(href)).toBe(target);
  });

  it("keeps an image link with its alt text", () => {
    const d = parseDraft(`<p>Mūsu logo: <a href="https://www.adazi.lv"><img src="cid:logo" alt="Ādažu novads"></a></p>`, "html");
    expect(d.links).toEqual([{ start: d.text.length, end: d.text.length, href: "https://www.adazi.lv", text: "Ādažu novads", bare: false }]);
  });

  it("leaves out links of the quoted thread", () => {
    const d = parseDraft(
      `<div>Skatiet <a href="https://www.adazi.lv">šeit</a>.</div><div class="gmail_quote"><a href="https://example.com/quoted">quoted</a> https://example.com/bare</div>`,
      "html",
    );
    expect(d.links.map((l) => l.href)).toEqual(["https://www.adazi.lv"]);
  });

  it("takes javascript:, data: and file: links as written (rules judge them)", () => {
    const d = parseDraft(`<p><a href="javascript:alert(1)">spied</a> <a href="file://server/share/a.docx">fails</a> <a href=" data:text/html,x ">dati</a></p>`, "html");
    expect(d.links.map((l) => l.href)).toEqual(["javascript:alert(1)", "file://server/share/a.docx", "data:text/html,x"]);
  });
});
