/**
 * The one-pass address scanners find exactly what the regular expressions they replace found,
 * compared on random text made of the characters that matter and on the long runs that made
 * those expressions quadratic.
 */
import fc from "fast-check";
import { domainRanges, emailRanges, pathRanges, urlRanges, type Range } from "../../../src/core/spelling/addressRanges";
import { spellingWords } from "../../../src/core/spelling/spellingWords";

// The expressions spellingWords used before issue 13 (quadratic on long runs): the reference.
const URL_LIKE = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>"]+/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const DOMAIN = /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:lv|lt|ee|eu|com|org|net|gov|edu|int|info|io)\b(?:\/[^\s<>"]*)?/giu;

function byRegex(pattern: RegExp, text: string): Range[] {
  const out: Range[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

const PIECES = [
  "a", "b", "x", "w", "www.", "mailto:", "http", "https://", "://", ":", "/", "//", ".", "..", "-", "+", "_", "%", "@", "1", "9",
  "lv", "com", "info", "int", "io", "eu", ".lv", ".com", " ", "\n", "<", ">", '"', "ā", "Ž", "ſ", "\u212a", "\ud835\udc00", "\ud800", "\udc00",
  "adazi", "Ilze.Ozola", "e-pasts", "https://www.adazi.lv/x?y=1", "dome@adazi.lv", "www.adazi.lv",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));

describe("address scanners", () => {
  it.each([
    ["URL", urlRanges, URL_LIKE],
    ["e-mail", emailRanges, EMAIL],
    ["domain", domainRanges, DOMAIN],
  ] as const)("%s ranges equal the regular expression's matches", (_name, scan, pattern) => {
    fc.assert(
      fc.property(text, (s) => {
        expect(scan(s)).toEqual(byRegex(pattern, s));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["Skatiet https://www.adazi.lv/pakalpojumi?a=1 vai rakstiet dome@adazi.lv, www.bis.gov.lv un adazi.lv/x.", "text with links"],
    ["mailto:dome@adazi.lv; HTTP://X.LV; ftp://a.b; a.b.c.lv-x.lv. e-pasts@e.lv", "mixed"],
  ])("agree on %s (%s)", (s) => {
    expect(urlRanges(s)).toEqual(byRegex(URL_LIKE, s));
    expect(emailRanges(s)).toEqual(byRegex(EMAIL, s));
    expect(domainRanges(s)).toEqual(byRegex(DOMAIN, s));
  });

  // The runs on which the expressions restart at every position (their speed is in `npm run bench`).
  it.each([
    ["x", "x".repeat(3000)],
    ["ā", "ā".repeat(3000)],
    ["a.", "a.".repeat(1500) + "lv"],
    ["a-", "a-".repeat(1500) + ".lv"],
    ["aā", "aā".repeat(1500)],
    ["a@", "a@".repeat(1500) + "b.lv"],
    ["www.", "www.".repeat(750)],
    ["a://", "a://".repeat(750)],
  ])("agree on a long run of %s", (_name, s) => {
    expect(urlRanges(s)).toEqual(byRegex(URL_LIKE, s));
    expect(emailRanges(s)).toEqual(byRegex(EMAIL, s));
    expect(domainRanges(s)).toEqual(byRegex(DOMAIN, s));
  });
});

describe("the word characters of \\b", () => {
  it("are those of /\\w/iu, for every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      // a URL of that one character before "www.x" starts at the boundary exactly when ch is no word character
      const expected = /\w/iu.test(ch);
      const found = urlRanges(ch + "www.x").some(([start]) => start === 1);
      if (found === expected) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});

describe("file and UNC paths", () => {
  const pieces = (s: string): string[] => pathRanges(s).map(([a, b]) => s.slice(a, b));
  it.each([
    ["Fails: C:\\Users\\Ilze\\Dokumenti\\iesniegums.docx.", ["C:\\Users\\Ilze\\Dokumenti\\iesniegums.docx."]],
    ["Saglabāts \\\\fs01\\dati\\nodala\\x.pdf un citur.", ["\\\\fs01\\dati\\nodala\\x.pdf"]],
    ["Mapē (D:/arhivs/2024) ir kopija.", ["(D:/arhivs/2024)"]],
    ["C:\\Users\\Jānis Bērziņš\\Documents\\fails.docx", ["C:\\Users\\Jānis", "Bērziņš\\Documents\\fails.docx"]],
    ["„\\\\server\\share\\x” — skatiet", ["„\\\\server\\share\\x”"]],
    // no drive: a letter and a colon inside a word, a time, a scheme
    ["Piezīme:/ nav ceļš, plkst. 10:30, https://x.lv/a", []],
    ["Labdien! Paldies par Jūsu iesniegumu.", []],
  ])("%j -> %j", (s, expected) => {
    expect(pieces(s)).toEqual(expected);
  });

  it("makes one path of a long run of would-be drives that ends in a backslash", () => {
    const s = "a:".repeat(5000) + "\\" + " x:/".repeat(5000);
    const ranges = pathRanges(s);
    expect(ranges[0]).toEqual([0, 10001]);
    expect(ranges).toHaveLength(5001);
  });

  it.each([
    ["Atveriet C:\\Lietotaji\\Ilze\\Dokumenti\\pieteikums_galigais.docx un parakstiet.", ["Atveriet", "un", "parakstiet"]],
    ["Kopija ir \\\\fs01\\dati\\nodalja\\lemums.pdf mapē.", ["Kopija", "ir", "mapē"]],
  ])("keeps the words of a path out of spelling: %j", (s, expected) => {
    expect(spellingWords(s).map((w) => w.word)).toEqual(expected);
  });
});
