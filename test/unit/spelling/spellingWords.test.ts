/** What the spelling rule checks in a text. */
import { spellingWords } from "../../../src/core/spelling";
import { spellingWordReader } from "../../../src/core/spelling/spellingWords";
import { KNOWN_ABBREVIATIONS } from "../../../src/core/spelling/abbreviations";

const words = (text: string): string[] => spellingWords(text).map((span) => span.word);

describe("spellingWords", () => {
  it("gives each word with its offsets in the text", () => {
    const text = "Labdien, Jāni! Paldies par vēstuli.";
    const spans = spellingWords(text);
    expect(spans.map((s) => s.word)).toEqual(["Labdien", "Jāni", "Paldies", "par", "vēstuli"]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.word);
  });

  it("normalises a word to NFC but keeps the offsets of the text as given", () => {
    const text = "Jūsu iesniegums".normalize("NFD");
    const [first, second] = spellingWords(text);
    expect(first.word).toBe("Jūsu");
    expect(first.end - first.start).toBe(5);
    expect(second.start).toBe(6);
    expect(second.word).toBe("iesniegums");
  });

  it.each([
    ["https://www.adazi.lv/pakalpojumi?id=3 un", ["un"]],
    ["rakstiet uz dome@adazi.lv vai", ["rakstiet", "uz", "vai"]],
    ["skatīt www.latvija.lv sadaļā", ["skatīt", "sadaļā"]],
    ["portālā latvija.gov.lv atradīsiet", ["portālā", "atradīsiet"]],
    ["līdz 2024. gada 15. martam", ["līdz", "gada", "martam"]],
    ["līdz 15.03.2024 plkst. 10.00", ["līdz"]],
    ["tālr. 67997005, Nr. 12-3/45", []],
    ["kods LV-2164 un A4 formāts, 3D modelis", ["kods", "un", "formāts", "modelis"]],
    ["VID un CSDD pakalpojumi", ["un", "pakalpojumi"]],
    ["u.c. dokumenti, t.sk. izziņas, piem. šī", ["dokumenti", "izziņas", "šī"]],
    ["k-dze Kalniņa", ["Kalniņa"]],
  ])("%j -> %j", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it("keeps a hyphenated word whole, with its parts", () => {
    const [span] = spellingWords("pašvaldība-iestāde");
    expect(span.word).toBe("pašvaldība-iestāde");
    expect(span.parts && span.parts.map((p) => p.word)).toEqual(["pašvaldība", "iestāde"]);
  });

  it("does not count the e- of e-pasts as a word", () => {
    const [span] = spellingWords("Jūsu e-pasts");
    const [, epasts] = spellingWords("Jūsu e-pasts");
    expect(span.word).toBe("Jūsu");
    expect(epasts.word).toBe("e-pasts");
    expect(epasts.parts && epasts.parts.map((p) => p.word)).toEqual(["pasts"]);
    expect(epasts.parts && epasts.parts[0].start).toBe(7);
  });
});

describe("spellingWordReader", () => {
  it("reads the same words as spellingWords, one at a time, and stays at the end", () => {
    const text = "Labdien, Jāni! Skatiet www.adazi.lv, u.c. e-pasts Nr. 5 un A4 formātu.";
    const read = spellingWordReader(text);
    const spans = [];
    for (let span = read(); span; span = read()) spans.push(span);
    expect(spans).toEqual(spellingWords(text));
    expect(read()).toBeNull();
    expect(read()).toBeNull();
  });
});

describe("known abbreviations", () => {
  // spellingWords looks for an abbreviation only where a word is followed by a full stop
  it.each(KNOWN_ABBREVIATIONS)("%s is a word and a full stop, then more", (abbreviation) => {
    const word = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/u.exec(abbreviation);
    expect(word && abbreviation[word[0].length]).toBe(".");
    expect(abbreviation).not.toMatch(/\s/u);
    expect(words(`Skatiet ${abbreviation} 5`)).toEqual(["Skatiet"]);
    expect(words(`Skatiet ${abbreviation.toUpperCase()}`)).toEqual(["Skatiet"]);
  });
});
