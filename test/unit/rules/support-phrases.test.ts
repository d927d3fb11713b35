import { parseDraft } from "../../../src/core/draft";
import { compilePhrases, draftWords, findPhrase, wordRange } from "../../../src/core/rules/support/phrases";
import { closingRegion, introRegion, quotationSpans } from "../../../src/core/rules/support/structure";
import { findGreeting } from "../../../src/core/rules/support/greeting";

function firstMatch(phrases: string[], text: string): string | null {
  const draft = parseDraft(text, "text");
  const match = findPhrase(draftWords(draft), compilePhrases(phrases));
  return match ? draft.text.slice(match.start, match.end) : null;
}

describe("phrase matching", () => {
  it.each([
    [["paldies par jūs*"], "Liels paldies par Jūsu vēstuli.", "paldies par Jūsu"],
    [["atbild*|sniedz* uz"], "Sniedzam atbildi uz jautājumu.", "atbildi uz"],
    [["jūsu ~4 vēstul*"], "Jūsu 17.11.2026. vēstulē minēto", "Jūsu 17.11.2026. vēstulē"],
    [["paldies ka sazinājāties"], "Paldies, ka sazinājāties!", "Paldies, ka sazinājāties"],
    [["in reply to", "i ~2 received"], "I have received the form.", "I have received"],
    [["в ответ на"], "В ответ на ваш запрос сообщаем…", "В ответ на"],
    [["jūsu ~2 vēstul*"], "Jūsu 2026. gada 17. novembra vēstulē", null],
    [["paldies par jūs*"], "Paldies! Par Jūsu vēstuli…", "Paldies! Par Jūsu"],
    [["paldies"], "Paldiesi neteica.", null],
  ])("%j in %j finds %j", (phrases, text, expected) => {
    expect(firstMatch(phrases, text)).toBe(expected);
  });

  it.each([["~2 vārds"], ["vārds ~2"], ["a* vārds"], ["vārds |x"]])("rejects the malformed phrase %j", (phrase) => {
    expect(() => compilePhrases([phrase])).toThrow();
  });

  it("maps offsets to word ranges", () => {
    const draft = parseDraft("Labdien! Paldies par jautājumu.", "text");
    const words = draftWords(draft);
    expect(wordRange(words, 9, 20)).toEqual({ from: 1, to: 3 });
    expect(words.slice(1, 3).map((w) => w.original)).toEqual(["Paldies", "par"]);
    expect(wordRange(words, 10, 11)).toEqual({ from: 2, to: 2 });
  });
});

describe("parts of a reply", () => {
  it.each([
    ["„Vai jūs varat?” un “jums” un «jūsu» un \"jūs\"", ["„Vai jūs varat?”", "“jums”", "«jūsu»", '"jūs"']],
    ["Rakstījāt: „nepabeigts citāts\n\nun jūs", []],
    ["5\" monitors un „citāts”", ["„citāts”"]],
    ["Tā ir,\" viņš teica, \"pareizi.\"", ['"pareizi."']],
  ])("finds the quotations in %j", (text, quotes) => {
    expect(quotationSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(quotes);
  });

  it("takes the introduction from the greeting's paragraph and the next two, and the closing from the last two", () => {
    const draft = parseDraft("Labdien!\n\nPirmā rindkopa.\n\nOtrā rindkopa.\n\nTrešā rindkopa.\n\nCeturtā rindkopa.\n\nPiektā rindkopa.", "text");
    const greeting = findGreeting(draft);
    expect(greeting).toMatchObject({ start: 0, end: 8, audience: "unknown" });
    const intro = introRegion(draft, greeting!.end);
    expect(draft.text.slice(intro.start, intro.end)).toBe("Labdien!\n\nPirmā rindkopa.\n\nOtrā rindkopa.\n\nTrešā rindkopa.");
    const closing = closingRegion(draft, greeting!.end);
    expect(draft.text.slice(closing.start, closing.end)).toBe("Trešā rindkopa.\n\nCeturtā rindkopa.\n\nPiektā rindkopa.");
  });

  it("caps the introduction of a text without paragraph breaks", () => {
    const draft = parseDraft(`Labdien! ${"Vārds ".repeat(1000)}beigas.`, "text");
    const intro = introRegion(draft, findGreeting(draft)!.end);
    expect(intro.end - intro.start).toBeLessThan(1200);
  });

  it.each([
    ["Labdien!", "unknown"],
    ["Labdien, Bērziņa kungs!", "one"],
    ["Godātā Kalniņas kundze!", "one"],
    ["Labdien, Jāni!", "one"],
    ["Dear Sir or Madam,", "one"],
    ["Labdien, kolēģi!", "several"],
    ["Godātie vecāki!", "several"],
    ["Labdien, Jānis un Anna!", "several"],
    ["Labdien, Bērziņa kungs un Kalniņas kundze!", "several"],
    ["Sveiki visi!", "several"],
  ])("reads whom %j addresses", (greeting, audience) => {
    expect(findGreeting(parseDraft(`${greeting}\n\nPaldies par Jūsu e-pastu.`, "text"))?.audience).toBe(audience);
  });
});
