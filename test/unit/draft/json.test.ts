/** draftToJson: the `atbilde parse --format json` contract of docs/architecture.md. */
import { draftToJson, parseDraft } from "../../../src/core/draft";

describe("draftToJson", () => {
  it("has the contract's fields with their types", () => {
    const json = draftToJson(
      parseDraft(
        `<div>Labdien! Skatiet <a href="https://www.adazi.lv">šeit</a>.</div><div id="Signature">Ar cieņu<br>Jānis Bērziņš<br>Speciālists</div><div id="divRplyFwdMsg">From: A</div><div>Jautājums</div>`,
        "html",
      ),
    );
    expect(json).toEqual({
      text: "Labdien! Skatiet šeit.\nAr cieņu\nJānis Bērziņš\nSpeciālists",
      language: "lv",
      quoted: true,
      footer: null,
      links: [{ href: "https://www.adazi.lv", text: "šeit" }],
      signature: { name: "Jānis Bērziņš", position: "Speciālists", institution: null, phone: null, email: null, website: null },
      signatureSource: "outlook-container",
      closing: "Ar cieņu",
      paragraphs: 2,
      sentences: 5,
      words: 8,
    });
    // It survives JSON: no functions, no undefined.
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("gives six null signature fields when there is no signature", () => {
    const json = draftToJson(parseDraft("", "text"));
    expect(json.signature).toEqual({ name: null, position: null, institution: null, phone: null, email: null, website: null });
    expect(json.quoted).toBe(false);
    expect(json.links).toEqual([]);
    expect(json.language).toBe("other");
  });

  it("marks bare links and unwrapped Safe Links", () => {
    const json = draftToJson(parseDraft("Skatiet www.adazi.lv un https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Flatvija.gov.lv%2F&data=1", "text"));
    expect(json.links).toEqual([
      { href: "https://www.adazi.lv", text: "www.adazi.lv", bare: true },
      {
        href: "https://latvija.gov.lv/",
        text: "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Flatvija.gov.lv%2F&data=1",
        rawHref: "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Flatvija.gov.lv%2F&data=1",
        bare: true,
      },
    ]);
  });
});
