/** The Latvian sentence splitter's hard cases, and tokens. */
import { parseDraft, splitSentences, tokenize } from "../../../src/core/draft";

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  it.each([
    ["dates", "Iesniegums saņemts 2026. gada 18. novembrī. Atbildi sniegsim drīz.", ["Iesniegums saņemts 2026. gada 18. novembrī.", "Atbildi sniegsim drīz."]],
    ["genitive dates", "Paldies par 2026. gada 18. novembra vēstuli.", ["Paldies par 2026. gada 18. novembra vēstuli."]],
    ["ordinals", "Skatiet noteikumu 3. punktā un 12. pielikumā minēto.", ["Skatiet noteikumu 3. punktā un 12. pielikumā minēto."]],
    ["numbered clauses", "Standarta 9.4. punkts prasa parakstu. Tas ir obligāti.", ["Standarta 9.4. punkts prasa parakstu.", "Tas ir obligāti."]],
    ["times", "Sēde sāksies plkst. 9.00 zālē. Lūdzu, ierodieties laikus.", ["Sēde sāksies plkst. 9.00 zālē.", "Lūdzu, ierodieties laikus."]],
    ["Nr.", "Lēmums Nr. 15 ir pieņemts.", ["Lēmums Nr. 15 ir pieņemts."]],
    ["tālr.", "Zvaniet pa tālr. 67895400. Mēs palīdzēsim.", ["Zvaniet pa tālr. 67895400.", "Mēs palīdzēsim."]],
    ["u.c. mid-sentence", "Nepieciešama pase, apliecība u.c. dokumenti.", ["Nepieciešama pase, apliecība u.c. dokumenti."]],
    ["u.c. at the end", "Nepieciešama pase, apliecība u.c. Tos iesniedziet klātienē.", ["Nepieciešama pase, apliecība u.c.", "Tos iesniedziet klātienē."]],
    ["piem.", "Dokumentus, piem. Rīgā izsniegtos, pieņemam.", ["Dokumentus, piem. Rīgā izsniegtos, pieņemam."]],
    ["t.sk.", "Visi maksājumi, t.sk. Nodeva, ir jāsamaksā.", ["Visi maksājumi, t.sk. Nodeva, ir jāsamaksā."]],
    ["utt.", "Ūdens, gāze, elektrība utt. Rēķinus sūtām katru mēnesi.", ["Ūdens, gāze, elektrība utt.", "Rēķinus sūtām katru mēnesi."]],
    ["k-dze", "Jums atbildēs k-dze Bērziņa. Viņa ir atvaļinājumā.", ["Jums atbildēs k-dze Bērziņa.", "Viņa ir atvaļinājumā."]],
    ["v. and g.", "Pieteikumā norādiet v. uzv. un dz. g. Paldies.", ["Pieteikumā norādiet v. uzv. un dz. g.", "Paldies."]],
    ["initials", "Dokumentu parakstīja J. Bērziņš. Kopija pielikumā.", ["Dokumentu parakstīja J. Bērziņš.", "Kopija pielikumā."]],
    ["two initials", "Sazinieties ar A. K. Ozolu.", ["Sazinieties ar A. K. Ozolu."]],
    ["URLs", "Informācija ir www.adazi.lv. Tur ir arī veidlapas.", ["Informācija ir www.adazi.lv.", "Tur ir arī veidlapas."]],
    ["URLs with paths", "Skatiet https://www.adazi.lv/lv/nodokli.html?id=5. Paldies!", ["Skatiet https://www.adazi.lv/lv/nodokli.html?id=5.", "Paldies!"]],
    ["e-mail addresses", "Rakstiet uz info@adazi.lv. Atbildēsim.", ["Rakstiet uz info@adazi.lv.", "Atbildēsim."]],
    ["ellipsis", "Gaidām... Paldies par pacietību.", ["Gaidām...", "Paldies par pacietību."]],
    ["ellipsis mid-sentence", "Nu... labi, tā arī darīsim.", ["Nu... labi, tā arī darīsim."]],
    ["unicode ellipsis", "Gaidām… Paldies.", ["Gaidām…", "Paldies."]],
    ["?!", "Vai tiešām?! Jā, tā ir.", ["Vai tiešām?!", "Jā, tā ir."]],
    ["closing quotes", "Viņš teica: \"Labi.\" Tad aizgāja.", ["Viņš teica: \"Labi.\"", "Tad aizgāja."]],
    ["brackets", "Iesniegums ir saņemts (reģ. Nr. 5). Paldies!", ["Iesniegums ir saņemts (reģ. Nr. 5).", "Paldies!"]],
    ["a list number at the start", "1. Iesniegums jāiesniedz klātienē.", ["1. Iesniegums jāiesniedz klātienē."]],
    ["a year before a capital", "Tas notika 2025. Tagad viss ir citādi.", ["Tas notika 2025.", "Tagad viss ir citādi."]],
    ["English abbreviations", "Mr. Smith wrote, e.g. about tax. Thanks.", ["Mr. Smith wrote, e.g. about tax.", "Thanks."]],
    ["Russian", "Заявление получено, т.е. рассмотрим его. Спасибо.", ["Заявление получено, т.е. рассмотрим его.", "Спасибо."]],
    ["a line break before a capital", "Labdien,\nPaldies par jautājumu.", ["Labdien,", "Paldies par jautājumu."]],
    ["a wrapped line", "Paldies par Jūsu\niesniegumu.", ["Paldies par Jūsu\niesniegumu."]],
    ["paragraphs", "Pirmais\n\nOtrais", ["Pirmais", "Otrais"]],
  ])("%s", (_name, input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });

  it("gives sentence and token indexes that agree", () => {
    const d = parseDraft("Labdien!\n\nPaldies par 2026. gada 17. novembra iesniegumu. Atbildēsim līdz 1. decembrim.", "text");
    expect(d.sentences.map((s) => s.text)).toEqual(["Labdien!", "Paldies par 2026. gada 17. novembra iesniegumu.", "Atbildēsim līdz 1. decembrim."]);
    for (const s of d.sentences) {
      expect(d.tokens[s.tokenStart].start).toBe(s.start);
      expect(d.tokens[s.tokenEnd - 1].end).toBe(s.end);
    }
    expect(d.paragraphs.map((p) => [p.sentenceStart, p.sentenceEnd])).toEqual([[0, 1], [1, 3]]);
  });
});

describe("tokenize", () => {
  it("classifies words, numbers, punctuation, URLs, e-mail addresses and symbols", () => {
    const tokens = tokenize("K-dze Bērziņa: tālr. 67895400, info@adazi.lv, www.adazi.lv — 9.4. punkts 25 € ☺");
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ["K-dze", "word"],
      ["Bērziņa", "word"],
      [":", "punct"],
      ["tālr", "word"],
      [".", "punct"],
      ["67895400", "number"],
      [",", "punct"],
      ["info@adazi.lv", "email"],
      [",", "punct"],
      ["www.adazi.lv", "url"],
      ["—", "punct"],
      ["9.4", "number"],
      [".", "punct"],
      ["punkts", "word"],
      ["25", "number"],
      ["€", "symbol"],
      ["☺", "symbol"],
    ]);
  });

  it("gives offsets that slice back to each token", () => {
    const text = "Ādažu novada pašvaldība, e-pasts: dome@adazi.lv (https://adazi.lv/a_(b)).";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).find((t) => t.kind === "url")?.text).toBe("https://adazi.lv/a_(b)");
  });
});
