/**
 * The Check view's triage (issue 17), computed in core: one cause → one card (all missing signature
 * fields; the tone findings of one sentence), groups by the rules' topics with what blocks sending
 * first, and the checklist. Table-driven over real drafts checked by the real rules.
 */
import * as fs from "fs";
import * as path from "path";
import { checkMessage, type MessageFacts } from "../../../src/core/check/message";
import { findingCards, signatureFieldNames, topicOfRule, triage } from "../../../src/core/check/triage";
import { cloneDefaultConfig } from "../../../src/core/config";
import { CATALOGUE, RULES_WITHOUT_SPELLING } from "../../../src/core/rules";
import { TOPICS, type Finding } from "../../../src/core/rules/types";

const CLIENT = { name: "Jānis Bērziņš", email: "janis@inbox.lv", kind: "to" as const };
const BAD_DRAFT = fs.readFileSync(path.join(__dirname, "../../fixtures/replies/issue17-bad.txt"), "utf8");
const SIGNED =
  "Labdien, Bērziņa kungs!\n\nPaldies par Jūsu 3. decembra e-pastu. Atbildi sniegsim līdz piektdienai.\n\nJa rodas jautājumi, lūdzu, rakstiet.\n\n" +
  "Ar cieņu\nAnna Liepa\nklientu apkalpošanas speciāliste\nĀdažu novada pašvaldība\ntālr. 67895400\nanna.liepa@adazi.lv\nwww.adazunovads.lv\n";

function check(body: string) {
  const facts: MessageFacts = { body, format: "text", recipients: [CLIENT], composeType: "reply", user: { name: "Anna Liepa", email: "anna.liepa@adazi.lv" } };
  return checkMessage(facts, cloneDefaultConfig(), { rules: RULES_WITHOUT_SPELLING, lang: "lv" });
}

function cardsOf(body: string) {
  const run = check(body);
  return { run, cards: findingCards(run.findings, { sentences: run.draft.sentences }) };
}

describe("every rule has a topic of the checklist", () => {
  it.each(CATALOGUE.map((m) => [m.id, m.topic]))("%s → %s", (id, topic) => {
    expect(TOPICS).toContain(topic);
    expect(topicOfRule(id)).toBe(topic);
  });
  it("a rule outside the catalogue counts under language", () => {
    expect(topicOfRule("some-new-rule")).toBe("language");
  });
});

describe("one cause, one card", () => {
  it.each([
    // [what, body, the kinds of cards of the cause, findings they stand for]
    ["CAPS, a reproach and !!! in one sentence", "Labdien!\n\nKĀ JAU RAKSTĪJĀM!!!", "tone", ["sentence"], 3],
    ["a reproach in one sentence, shouting in another", "Labdien!\n\nKā jau rakstījām, termiņš ir piektdiena. LŪDZU IEVĒROJIET TERMIŅU.", "tone", ["single", "single"], 2],
    ["a whole missing signature", "Labdien!\n\nPaldies par Jūsu vēstuli.", "signature-", ["signature"], 6],
    ["one missing signature field stays a card of its own", SIGNED.replace("tālr. 67895400\n", ""), "signature-", ["single"], 1],
  ])("%s", (_what, body, rulePrefix, kinds, findingCount) => {
    const { cards } = cardsOf(body);
    const mine = cards.filter((c) => c.findings.some((f) => f.rule.startsWith(rulePrefix)));
    expect(mine.map((c) => c.kind)).toEqual(kinds);
    expect(mine.reduce((n, c) => n + c.findings.length, 0)).toBe(findingCount);
  });

  it("the signature card names the fields, never the keys", () => {
    const { cards } = cardsOf("Labdien!\n\nPaldies par Jūsu vēstuli.");
    const signature = cards.find((c) => c.kind === "signature")!;
    expect(signatureFieldNames(signature, "lv").sort()).toEqual(["amats", "e-pasts", "iestāde", "tālrunis", "tīmekļvietne", "vārds un uzvārds"]);
    expect(signatureFieldNames(signature, "en")).toContain("position");
    expect(signature.severity).toBe("error");
    expect(signature.topic).toBe("signature");
  });

  it("the four-sentence bad draft: 16 findings become 9 cards", () => {
    const { run, cards } = cardsOf(BAD_DRAFT);
    expect(run.findings).toHaveLength(16);
    expect(cards).toHaveLength(9);
  });
});

describe("triage", () => {
  const run = check(BAD_DRAFT);
  const result = triage(run.findings, { sentences: run.draft.sentences });

  it("counts each topic's cards in the checklist, info aside", () => {
    const counts = Object.fromEntries(result.checklist.map((t) => [t.topic, t.count]));
    // structure: greeting, thanks; signature: one card; language: jargon, polite-you, two tone cards; links: the intranet link
    expect(counts).toEqual({ structure: 2, signature: 1, language: 4, spelling: 0, links: 1, "personal-data": 0 });
    expect(result.checklist.filter((t) => t.blocking).map((t) => t.topic)).toEqual(["structure", "signature"]);
  });

  it("puts groups with errors first and keeps info behind", () => {
    expect(result.groups.map((g) => g.topic)).toEqual(["structure", "signature", "language", "links"]);
    expect(result.groups[0].cards[0].severity).toBe("error");
    expect(result.info.flatMap((g) => g.cards.map((c) => c.findings[0].rule))).toEqual(["passive-voice"]);
  });

  it("after a blocked send, what stopped it comes first", () => {
    const after = triage(run.findings, { sentences: run.draft.sentences, firstRules: ["link-internal"] });
    expect(after.groups[0].topic).toBe("links");
    expect(after.checklist.find((t) => t.topic === "links")!.blocking).toBe(true);
  });

  it("a clean draft ticks every topic", () => {
    const clean = check(SIGNED);
    expect(clean.findings.filter((f: Finding) => f.severity !== "info")).toEqual([]);
    expect(triage(clean.findings).checklist.every((t) => t.count === 0)).toBe(true);
  });
});
