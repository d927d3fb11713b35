/**
 * The preview's demo library (src/preview/organization.json, "answers"): every demo message finds its
 * answer first — a read message by its new text, a reply being written by its quoted original — and
 * every model answer, chosen and composed into a reply, passes the whole checker (spelling included)
 * with no finding at all.
 */
import { answerPlanPatch, buildAnswerIndex, clientText, suggestAnswers } from "../../../src/core/answers";
import { clientMessageFacts, composeOptionsFor, composeReply, prefillPlan } from "../../../src/core/compose";
import { resolveConfig } from "../../../src/core/config";
import { parseDraft } from "../../../src/core/draft";
import { checkMessage } from "../../../src/core/check/message";
import { exerciseFacts } from "../../../src/core/learn/content";
import { allRules } from "../../../src/core/rules";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";
import { DEMO_DRAFTS, DEMO_MESSAGES, DEMO_USER } from "../../../src/preview/demoMessages";
import previewConfig from "../../../src/preview/organization.json";

const resolved = resolveConfig(previewConfig);
const config = resolved.config;
const index = buildAnswerIndex(config.answers);
const rules = allRules({ lv: loadSpellChecker("lv"), en: loadSpellChecker("en") });

/** The answer each demo message asks for. */
const EXPECTED: Record<string, string> = {
  "msg-nekustamais-ipasums": "nodokla-atvieglojumi",
  "msg-atkritumi-thread": "atkritumu-izvesana",
  "msg-info-shared": "bernudarza-rinda",
  "msg-english": "dzivesvietas-deklaresana",
};

const USER = {
  name: DEMO_USER.displayName,
  position: "klientu apkalpošanas speciāliste",
  positionEn: "client service specialist",
  phone: "67997005",
  email: DEMO_USER.emailAddress,
};

describe("the demo library", () => {
  it("is valid and names a demo message for each expected answer", () => {
    expect(resolved.errors).toEqual([]);
    expect(DEMO_MESSAGES.map((m) => m.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const id of Object.values(EXPECTED)) expect(config.answers.map((a) => a.id)).toContain(id);
  });

  it.each(DEMO_MESSAGES.map((m) => [m.id, m] as const))("%s: a read message finds its answer first", (id, m) => {
    const text = clientText(parseDraft(m.bodyHtml, "html"), "read");
    expect(suggestAnswers(index, text, { subject: m.subject })[0]?.id).toBe(EXPECTED[id]);
  });

  it("a reply being written finds the answer to its quoted original, not to its own text", () => {
    const draft = DEMO_DRAFTS.find((d) => d.id === "draft-rinda");
    if (!draft) throw new Error("draft-rinda is missing");
    const text = clientText(parseDraft(draft.bodyHtml, "html"), "compose");
    expect(text).toContain("Kā uzzināt vietu rindā?");
    expect(text).not.toContain("Paldies par Jūsu");
    expect(suggestAnswers(index, text)[0]?.id).toBe("bernudarza-rinda");
  });

  it.each(DEMO_MESSAGES.map((m) => [m.id, m] as const))("%s: the chosen answer, composed, passes the whole check", (id, m) => {
    const answer = config.answers.find((a) => a.id === EXPECTED[id]);
    if (!answer) throw new Error(`${EXPECTED[id]} is missing`);
    const item = { mode: "read" as const, subject: m.subject, from: m.from, to: m.to, date: m.date };
    const plan = prefillPlan({ message: clientMessageFacts(item, parseDraft(m.bodyHtml, "html")), config, user: USER, today: "2026-11-23" });
    const reply = composeReply({ ...plan, ...answerPlanPatch(answer, config, plan.language) }, composeOptionsFor(config, "2026-11-23"));
    const findings = checkMessage(exerciseFacts({ to: [m.from] }, reply.html), config, { rules, lang: "lv" }).findings;
    expect(findings.map((f) => `${f.rule}: ${f.excerpt} — ${f.message}`)).toEqual([]);
  });

  it("an English reply takes the answer's English variant", () => {
    const answer = config.answers.find((a) => a.id === "dzivesvietas-deklaresana");
    if (!answer?.en) throw new Error("the English variant is missing");
    const patch = answerPlanPatch(answer, config, "en");
    expect(patch.body).toEqual(answer.en.body);
    expect(patch.nextSteps).toEqual(answer.en.nextSteps);
    expect(answerPlanPatch(answer, config, "lv").body).toEqual(answer.body);
  });

  it("a referral names the answer's specialist", () => {
    const answer = config.answers.find((a) => a.id === "nodokla-atvieglojumi");
    if (!answer) throw new Error("nodokla-atvieglojumi is missing");
    const patch = answerPlanPatch(answer, config, "lv");
    expect(patch.scenario).toBe("referral");
    expect(patch.specialist?.name).toBe("Dace Kļaviņa");
    expect(patch.links?.length).toBe(2);
  });
});
