import { rule } from "../../../src/core/rules/jargon";
import { LEXICON } from "../../../src/core/lv/lexicon";
import { contextFor, expectMessageNaming, expectOwnExamples, runRule } from "./harness";
import { outlookDesktopReply, owaReply } from "./quotedReplies";

function alternativesOf(id: string): string[] {
  const entry = LEXICON.find((e) => e.id === id);
  if (!entry) throw new Error(`no lexicon entry ${id}`);
  return entry.alternatives;
}

/** The alternatives the pane offers as replacements: none with a gap ("… dēļ") or a hint in brackets. */
function insertableAlternativesOf(id: string): string[] | undefined {
  if (LEXICON.find((e) => e.id === id)?.rebuildsSentence) return undefined;
  const offered = alternativesOf(id).filter((a) => !/[…()]/u.test(a));
  return offered.length > 0 ? offered : undefined;
}

describe("jargon", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    ["Uz doto brīdi brīvu vietu bērnudārzā nav.", "Uz doto brīdi", "uz-doto-bridi"],
    ["Dotajā brīdī brīvu vietu bērnudārzā nav.", "Dotajā brīdī", "uz-doto-bridi"],
    ["Lēmumu pieņems nākošajā domes sēdē.", "nākošajā", "nakosais"],
    ["Nākošā sēde notiks 15. aprīlī.", "Nākošā", "nakosais"],
    ["Sakarā ar remontu klientu centrs pirmdien būs slēgts.", "Sakarā ar", "sakara-ar"],
    ["Lūdzam piegriezt lielāku uzmanību termiņiem.", "piegriezt lielāku uzmanību", "piegriezt-uzmanibu"],
  ])("finds %j (inflection-aware) and suggests the entry's insertable alternatives", (body, phrase, id) => {
    const findings = runRule(rule, body);
    expect(findings.map((f) => f.excerpt)).toEqual([phrase]);
    expect(findings[0].suggestions).toEqual(insertableAlternativesOf(id));
    expect(findings[0].fix).toBeUndefined();
  });

  it("names the kind of word and the alternatives in the message, with offsets into the draft", () => {
    const body = "Labdien!\n\nRēķinus var apmaksāt bankas aplikācijā.";
    const [finding] = runRule(rule, body);
    const { draft } = contextFor(body);
    expect(draft.text.slice(finding.start, finding.end)).toBe("aplikācijā");
    expectMessageNaming(finding, "lexicon", ["„aplikācijā”", "„lietotne”", "„programma”", "barbarisms"]);
    expect(finding.severity).toBe("warning");
    expect(finding.clause).toBe("9.2, 5.7.4");
  });

  it("writes the message in English for an English UI", () => {
    const [finding] = runRule(rule, "Rēķinus var apmaksāt bankas aplikācijā.", { lang: "en" });
    expectMessageNaming(finding, "lexicon", ["“aplikācijā”", "“lietotne”", "“programma”", "barbarism"]);
  });

  it("reports the organization's own phrases, with * endings", () => {
    const config = { jargon: { add: [{ phrase: "veik*|veic* apmaks*", alternatives: ["samaksāt"] }], remove: [] } };
    const body = "Lūdzam veikt apmaksu līdz 15. martam. Veicot apmaksu, norādiet rēķina numuru.";
    const findings = runRule(rule, body, { config });
    expect(findings.map((f) => f.excerpt)).toEqual(["veikt apmaksu", "Veicot apmaksu"]);
    expect(findings[0].suggestions).toEqual(["samaksāt"]);
    expectMessageNaming(findings[0], "organization", ["„veikt apmaksu”", "„samaksāt”"]);
    expect(findings.every((f) => f.fix === undefined)).toBe(true);
    expect(runRule(rule, body)).toEqual([]);
  });

  it("offers a fix only where the one alternative drops in unchanged", () => {
    const config = { jargon: { add: [{ phrase: "pašreizējā brīdī", alternatives: ["pašlaik"] }], remove: [] } };
    const body = "Pašreizējā brīdī rindā ir 40 bērnu, bet pašreizējā brīdī tas var mainīties.";
    const findings = runRule(rule, body, { config });
    const { draft } = contextFor(body, { config });
    expect(findings.map((f) => f.fix)).toEqual([
      { start: 0, end: 16, text: "Pašlaik" },
      { start: draft.text.indexOf("pašreizējā brīdī"), end: draft.text.indexOf("pašreizējā brīdī") + 16, text: "pašlaik" },
    ]);
  });

  it.each([
    ["by id", "uz-doto-bridi"],
    ["by phrase", "uz doto brīdi"],
  ])("stops reporting an entry the organization removed %s", (_how, item) => {
    const body = "Uz doto brīdi brīvu vietu nav. Sakarā ar remontu centrs ir slēgts.";
    const findings = runRule(rule, body, { config: { jargon: { add: [], remove: [item] } } });
    expect(findings.map((f) => f.excerpt)).toEqual(["Sakarā ar"]);
  });

  it("does not report words in quotation marks (titles of laws, the client's words)", () => {
    const body = "Jūs jautājāt par „pašvaldības palīdzību sakarā ar ārkārtas situāciju”. Atbildam, ka palīdzību var saņemt.";
    expect(runRule(rule, body)).toEqual([]);
  });

  it("skips English replies", () => {
    expect(runRule(rule, "Thank you for your letter. You can pay the bill in the bank's aplikācija or at our office.")).toEqual([]);
  });

  it.each([
    ["Outlook desktop", outlookDesktopReply],
    ["Outlook on the web", owaReply],
  ])("ignores the quoted thread of an %s reply", (_client, reply) => {
    const clean = reply(["Labdien, Bērziņa kungs!", "Paldies par Jūsu iesniegumu. Pašlaik brīvu vietu nav."]);
    expect(runRule(rule, clean, { format: "html" })).toEqual([]);
    const own = reply(["Labdien, Bērziņa kungs!", "Paldies par Jūsu iesniegumu. Uz doto brīdi brīvu vietu nav."]);
    expect(runRule(rule, own, { format: "html" }).map((f) => f.excerpt)).toEqual(["Uz doto brīdi"]);
  });
});

describe("terms a resident may not understand get explain-it advice (issue 15)", () => {
  it.each([
    ["Jūsu zemesgabalam ir izstrādāts detālplānojums.", "detālplānojums"],
    ["Pār Jūsu zemi ir nodibināts ceļa servitūts.", "servitūts"],
    ["Lūdzu, norādiet zemes kadastra apzīmējumu.", "kadastra apzīmējumu"],
  ])("%j: asks to explain %s, offers no swap", (text, term) => {
    const findings = runRule(rule, text).filter((f) => f.excerpt === term);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("Paskaidrojiet");
    expect(findings[0].fix).toBeUndefined();
  });

  it("says nothing where the term is explained on the spot", () => {
    expect(runRule(rule, "Pār Jūsu zemi ir nodibināts ceļa servitūts (tiesības braukt pāri kaimiņa zemei).")).toEqual([]);
    expect(runRule(rule, "Jūsu zemesgabalam ir izstrādāts detālplānojums – plāns, kas nosaka, ko drīkst būvēt.")).toEqual([]);
  });
});
