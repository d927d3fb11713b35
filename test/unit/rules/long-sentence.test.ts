import { rule } from "../../../src/core/rules/long-sentence";
import { contextFor, expectMessage, expectOwnExamples, runRule } from "./harness";
import { outlookDesktopReply, owaReply } from "./quotedReplies";

/** A Latvian sentence of exactly `n` words (n ≥ 4), ending with a full stop. */
function sentenceOf(n: number): string {
  const filler = ["iesniegumu", "izskatīs", "komisija", "nākamajā", "sēdē", "un", "lēmumu", "paziņos", "rakstiski", "Jums"];
  const words = ["Jūsu"];
  for (let i = 1; i < n; i++) words.push(filler[i % filler.length]);
  return `${words.join(" ")}.`;
}

const LONG =
  "Informējam, ka Jūsu iesniegums par nekustamā īpašuma nodokļa atvieglojuma piešķiršanu ir saņemts un komisija to izskatīs sēdē, kas notiks 2026. gada 15. aprīlī, un par pieņemto lēmumu Jūs informēsim rakstiski.";

describe("long-sentence", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    ["25 words is within the limit", sentenceOf(25), 0],
    ["26 words is over it", sentenceOf(26), 1],
    ["punctuation does not count", `${sentenceOf(24).slice(0, -1)}, – ; : (…) „”.`, 0],
    ["numbers count as words", `${sentenceOf(23).slice(0, -1)} 2026. gada 15. aprīlī.`, 1],
    ["each of several long sentences", `${sentenceOf(30)} ${sentenceOf(5)} ${sentenceOf(28)}`, 2],
    ["a bulleted list is not one sentence", `Lai saņemtu pabalstu, iesniedziet:\n- iesniegumu par pabalsta piešķiršanu;\n- personu apliecinoša dokumenta kopiju;\n- izziņu par ienākumiem pēdējo trīs mēnešu laikā;\n- bankas konta izrakstu par pēdējiem sešiem mēnešiem;\n- īres līguma kopiju.`, 0],
    ["words in quotation marks are the law's, not the writer's", `Saskaņā ar noteikumiem „Par pašvaldības palīdzību dzīvokļa jautājumu risināšanā un sociālo dzīvokļu izīrēšanas kārtību Ādažu novadā” Jums ir tiesības uz palīdzību.`, 0],
    ["English replies too", "Thank you for your application of 3 March, which we have forwarded to the Building Board, and we would like to inform you that the decision will be taken at the next meeting of the commission.", 1],
  ])("%s", (_label, body, count) => {
    expect(runRule(rule, body)).toHaveLength(count);
  });

  it("spans the sentence and says how many words and what the limit is", () => {
    const body = `Labdien!\n\n${LONG} Paldies!`;
    const [finding] = runRule(rule, body);
    const { draft } = contextFor(body);
    expect(draft.text.slice(finding.start, finding.end)).toBe(LONG);
    expect(finding.excerpt).toBe(LONG);
    expectMessage(finding, rule, "tooLong", { count: 30, limit: 25 });
    expect(finding.severity).toBe("warning");
    expect(finding.clause).toBe("9.2");
    expect(finding.fix).toBeUndefined();
  });

  it("follows the organization's sentence limit", () => {
    const body = sentenceOf(18);
    expect(runRule(rule, body)).toHaveLength(0);
    const [finding] = runRule(rule, body, { config: { sentenceLimit: 15 } });
    expectMessage(finding, rule, "tooLong", { count: 18, limit: 15 });
    expect(runRule(rule, sentenceOf(40), { config: { sentenceLimit: 45 } })).toHaveLength(0);
  });

  it("takes its own limit option from rules.long-sentence, before sentenceLimit", () => {
    const body = sentenceOf(18);
    const [finding] = runRule(rule, body, { config: { sentenceLimit: 30, rules: { "long-sentence": { limit: 15 } } } });
    expectMessage(finding, rule, "tooLong", { count: 18, limit: 15 });
    expect(runRule(rule, sentenceOf(40), { config: { rules: { "long-sentence": { limit: 45, severity: "info" } } } })).toHaveLength(0);
    // Out of the schema's range (10–80): the option is dropped and the default limit holds.
    expect(runRule(rule, sentenceOf(26), { config: { rules: { "long-sentence": { limit: 5 } } } })).toHaveLength(1);
    expect(runRule(rule, sentenceOf(20), { config: { rules: { "long-sentence": { limit: 5 } } } })).toHaveLength(0);
  });

  it("writes the message in English for an English UI", () => {
    const [finding] = runRule(rule, sentenceOf(30), { lang: "en" });
    expectMessage(finding, rule, "tooLong", { count: 30, limit: 25 }, "en");
  });

  it.each([
    ["Outlook desktop", outlookDesktopReply],
    ["Outlook on the web", owaReply],
  ])("ignores the quoted thread of an %s reply", (_client, reply) => {
    const clean = reply(["Labdien, Bērziņa kungs!", "Paldies par Jūsu iesniegumu. Komisija to izskatīs 15. aprīlī."]);
    expect(runRule(rule, clean, { format: "html" })).toEqual([]);
    const own = reply(["Labdien, Bērziņa kungs!", LONG]);
    const findings = runRule(rule, own, { format: "html" });
    expect(findings.map((f) => f.excerpt)).toEqual([LONG]);
  });

  it("does not count the signature block", () => {
    const body =
      "Labdien!\n\nPaldies par Jūsu jautājumu. Atbildi sniegsim līdz piektdienai.\n\nAr cieņu,\nIlze Ozola\nĀdažu novada pašvaldības Klientu apkalpošanas centra vecākā speciāliste nekustamā īpašuma nodokļa administrēšanas un parādu piedziņas jautājumos un sociālās palīdzības pabalstu izmaksas jautājumos, kā arī dzīvokļu jautājumu komisijas sekretāre un pašvaldības datu aizsardzības speciāliste\nTālr. 67997350\nilze.ozola@adazi.lv\nwww.adazi.lv";
    const { draft } = contextFor(body);
    expect(draft.signature?.fields.name).toBe("Ilze Ozola");
    expect(runRule(rule, body)).toEqual([]);
  });
});
