/**
 * Replies as each mail client writes them (test/fixtures/draft): the new text, with the quoted
 * thread cut off, and the signature fields. expected.json holds the reviewed results; the
 * snippets below are words of the client's quoted message that must never reach draft.text.
 */
import * as fs from "fs";
import * as path from "path";
import { draftToJson, parseDraft } from "../../../src/core/draft";

const dir = path.join(__dirname, "../../fixtures/draft");

interface Expected {
  format: "html" | "text";
  quoted: boolean;
  language: string;
  text: string;
  /** Furniture kept out of the text ("Sent from my iPhone"); absent means none. */
  footer?: string;
  signature: Record<string, string | null>;
  signatureSource: string | null;
  links: { href: string; text: string }[];
}

const expected = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as Record<string, Expected>;

/** A phrase of the quoted earlier message in each fixture. */
const QUOTED_SNIPPETS: Record<string, string> = {
  "apple-mail.html": "kā pieteikt kapličas nomu",
  "gmail.html": "cik maksā sporta zāles noma",
  "indent-blockquote.html": "Vai man pienākas atvieglojums",
  "iphone.html": "vai tikšanās notiks otrdien",
  "new-outlook.html": "kāpēc netika izvesti atkritumi",
  "outlook-desktop-en.html": "kā pieteikt bērnu bērnudārzā",
  "outlook-desktop-lv.html": "Kādi dokumenti man jāiesniedz",
  "outlook-mac-2016.html": "lūdzu atsūtiet dokumentu kopijas",
  "outlook-mac.html": "Iesniedzu pieteikumu pabalstam",
  "owa.html": "kur var saņemt būvatļauju",
  "plain-angle-split-header.txt": "Kur notiks iedzīvotāju sapulce",
  "plain-estonian.txt": "Kas saaksite saata infot",
  "plain-forward-gmail.txt": "lūdzu izskatīt iesniegumu",
  "plain-french.txt": "pouvez-vous confirmer",
  "plain-german.txt": "haben Sie meine Unterlagen",
  "plain-inline-reply.txt": "Vai var pieteikties tiešsaistē",
  "plain-lithuanian.txt": "ar galite atsiųsti",
  "plain-mobile-android.txt": "Vai varu ierasties rīt",
  "plain-original-message.txt": "kad remontēs Kadagas ielu",
  "plain-outlook-lv-header.txt": "vai sestdien strādājat",
  "plain-owa-underscores.txt": "vai varu parakstīt līgumu",
  "plain-polish.txt": "czy otrzymali",
  "plain-rakstija.txt": "vai pieteikums ir saņemts",
  "plain-russian.txt": "Получили ли вы",
  "thunderbird-bottom.html": "Vai bibliotēka strādā sestdienās",
  "thunderbird.html": "nav pienācis nodokļa paziņojums",
  "yahoo.html": "Nosūtu dokumentus",
};

describe("fixtures from each mail client", () => {
  it("covers every fixture body", () => {
    const bodies = fs.readdirSync(dir).filter((f) => /\.(html|txt)$/.test(f) && !/^(legacy|windows)-/.test(f));
    expect(Object.keys(expected).sort()).toEqual(bodies.sort());
    expect(Object.keys(QUOTED_SNIPPETS).sort()).toEqual(bodies.sort());
  });

  describe.each(Object.entries(expected))("%s", (file, want) => {
    const body = fs.readFileSync(path.join(dir, file), "utf8");
    const draft = parseDraft(body, want.format);
    const json = draftToJson(draft);

    it("keeps exactly the new text", () => {
      expect(json.text).toBe(want.text);
    });
    it("reports the client's furniture as the footer, outside the text", () => {
      expect(json.footer).toBe(want.footer ?? null);
    });
    it("cuts off the quoted thread", () => {
      expect(json.quoted).toBe(want.quoted);
      const snippet = QUOTED_SNIPPETS[file];
      expect(draft.text).not.toContain(snippet);
      expect(draft.quotedText).toContain(snippet);
    });
    it("finds the signature fields", () => {
      expect(json.signature).toEqual(want.signature);
      expect(json.signatureSource).toBe(want.signatureSource);
    });
    it("finds the links and the language", () => {
      expect(json.links.map((l) => ({ href: l.href, text: l.text }))).toEqual(want.links);
      expect(json.language).toBe(want.language);
    });
    it("keeps every offset inside the text", () => {
      for (const s of [...draft.paragraphs, ...draft.sentences, ...draft.tokens, ...draft.links]) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(draft.text.length);
        expect(s.start).toBeLessThanOrEqual(s.end);
      }
      for (const t of draft.tokens) expect(draft.text.slice(t.start, t.end)).toBe(t.text);
      for (const s of draft.sentences) expect(draft.text.slice(s.start, s.end)).toBe(s.text);
      if (draft.signature) expect(draft.text.slice(draft.signature.start, draft.signature.end).length).toBeGreaterThan(0);
    });
  });
});
