/**
 * Examples you can trust (issue 22): what the trainer shows as good passes the whole checker —
 * every rule, spelling included — and every bad example shows exactly the rule it illustrates.
 *
 * A rule example is usually one sentence or a short reply, so it is held to what can be judged
 * on it: every rule that reads sentences (wording, spelling, links, tone, …); a whole reply
 * (it opens with a salutation and closes with "Ar cieņu"/"Kind regards" and a name) also to the
 * structure of clauses 9.1–9.3. The signature block of clause 9.4 is judged on the signature
 * rules' own examples: the others shorten it to a name on purpose.
 */
import { allRules, CATALOGUE } from "../../../src/core/rules";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";
import { loadMorphAnalyzer } from "../../../src/cli/loadMorphology";
import { checkMessage } from "../../../src/core/check/message";
import { exampleFacts, exerciseFacts, modelReply } from "../../../src/core/learn/content";
import { EXERCISES } from "../../../src/core/learn/exercises";
import { resolveConfig } from "../../../src/core/config";
import type { Finding } from "../../../src/core/rules/types";
import previewConfig from "../../../src/preview/organization.json";

const rules = allRules({ lv: loadSpellChecker("lv"), en: loadSpellChecker("en") }, loadMorphAnalyzer());
const config = resolveConfig(previewConfig).config;

const STRUCTURE = ["greeting", "reference", "closing", "thanks-or-apology"];
const isSignatureRule = (id: string) => id.startsWith("signature-");

/** A whole reply: a salutation first, a closing phrase and a name last. */
function isWholeReply(text: string): boolean {
  return /\n\n/.test(text) && /\n(Ar cieņu|Ar pateicību|Kind regards|Best regards),?\n/.test(text);
}

/** The rules an example of `ruleId` is held to (see the file comment). */
function judged(example: string, ruleId: string): (f: Finding) => boolean {
  const whole = isWholeReply(example);
  return (f) => f.rule === ruleId || (isSignatureRule(f.rule) ? isSignatureRule(ruleId) : STRUCTURE.indexOf(f.rule) < 0 || whole);
}

function findingsOf(example: string, ruleId: string): Finding[] {
  return checkMessage(exampleFacts(example), config, { rules, lang: "lv" }).findings.filter(judged(example, ruleId));
}

const show = (fs: readonly Finding[]) => fs.map((f) => `${f.rule} (${f.severity}): „${f.excerpt}” — ${f.message}`);

const examples = (kind: "good" | "bad") => CATALOGUE.flatMap((m) => m.examples[kind].map((e, i) => [`${m.id} ${kind}[${i}]`, m.id, e] as const));

describe("rule examples through the whole checker", () => {
  it.each(examples("good"))("%s has no finding at all", (_, ruleId, example) => {
    expect([example, show(findingsOf(example, ruleId))]).toEqual([example, []]);
  });

  it.each(examples("bad"))("%s raises its rule and no other", (_, ruleId, example) => {
    const found = findingsOf(example, ruleId);
    const others = found.filter((f) => f.rule !== ruleId && !(isSignatureRule(ruleId) && isSignatureRule(f.rule)));
    expect([example, found.some((f) => f.rule === ruleId), show(others)]).toEqual([example, true, []]);
  });
});

describe("Learn content through the whole checker", () => {
  it.each(["lv", "en"] as const)("the model reply (%s) has no finding at all", (lang) => {
    const { reply } = modelReply(config, lang);
    const facts = { ...exampleFacts(reply.html), format: "html" as const };
    expect(show(checkMessage(facts, config, { rules, lang }).findings)).toEqual([]);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))("%s: the model answer has no finding at all", (_, e) => {
    expect(show(checkMessage(exerciseFacts(e, e.modelHtml), config, { rules, lang: "lv" }).findings)).toEqual([]);
  });
});
