/**
 * arrangeToStandard on text this project did not write for it: the structure and signature rules'
 * bad examples and the mail clients' fixtures (test/fixtures/draft). After the arrangement none of
 * the structural findings remain, every word of the input is still there in its order, the quoted
 * thread is untouched, and what was inserted adds no finding of any other rule (spelling included).
 */
import * as fs from "fs";
import * as path from "path";
import { checkMessage, type MessageFacts } from "../../../src/core/check/message";
import { resolveConfig } from "../../../src/core/config";
import { allRules, RULES_WITHOUT_SPELLING } from "../../../src/core/rules";
import { parseDraft } from "../../../src/core/draft";
import { arrangeBody, arrangeToStandard, withStructuralFixes, wordsOf } from "../../../src/core/arrange";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";
import { rule as greeting } from "../../../src/core/rules/greeting";
import { rule as reference } from "../../../src/core/rules/reference";
import { rule as closing } from "../../../src/core/rules/closing";
import { rule as thanks } from "../../../src/core/rules/thanks-or-apology";
import { rule as signatureName } from "../../../src/core/rules/signature-name";
import { rule as signaturePhone } from "../../../src/core/rules/signature-phone";
import type { Finding, Rule } from "../../../src/core/rules/types";
import { SIGNATURE, keptInOrder } from "./fixtures";

const RULES: readonly Rule[] = allRules({ lv: loadSpellChecker("lv"), en: loadSpellChecker("en") });
const config = resolveConfig({}).config;
const STRUCTURAL = /^(greeting|reference|closing|thanks-or-apology|signature-.*)$/;

function facts(body: string, format: "text" | "html"): MessageFacts {
  return { body, format, recipients: [{ email: "janis.kalns@example.com", name: "Jānis Kalns", kind: "to" }], composeType: "reply" };
}

function countsByRule(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) if (!STRUCTURAL.test(f.rule)) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return counts;
}

function arrangeAndRecheck(body: string, format: "text" | "html", rules: readonly Rule[] = RULES) {
  const before = checkMessage(facts(body, format), config, { rules });
  const arranged = arrangeBody(before, body, { signature: SIGNATURE });
  const after = checkMessage(facts(arranged.body, format), config, { rules });
  return { before, arranged, after };
}

function expectArranged(body: string, format: "text" | "html") {
  const { before, arranged, after } = arrangeAndRecheck(body, format);
  const language = before.draft.language;
  if (language === "lv" || language === "en") {
    expect(after.findings.filter((f) => STRUCTURAL.test(f.rule)).map((f) => f.rule)).toEqual([]);
  }
  expect(keptInOrder(wordsOf(body), wordsOf(arranged.body))).toBe(true);
  // Nothing inserted brings a finding of its own: no rule reports more than before.
  const was = countsByRule(before.findings);
  for (const [rule, n] of countsByRule(after.findings)) expect([rule, n]).toEqual([rule, Math.min(n, was.get(rule) ?? 0)]);
  expect(parseDraft(arranged.body, format).quotedText).toBe(before.draft.quotedText);
  return { before, arranged, after };
}

describe("arrangeToStandard on the structure rules' bad examples", () => {
  const cases = [greeting, reference, closing, thanks, signatureName, signaturePhone].flatMap((r) => r.meta.examples.bad.map((text) => [r.meta.id, text] as const));
  test.each(cases)("%s: %s", (_id, text) => {
    const { before, arranged } = expectArranged(text, "text");
    expect(before.findings.some((f) => STRUCTURAL.test(f.rule))).toBe(true);
    expect(arranged.applied.length).toBeGreaterThan(0);
  });
});

describe("arrangeToStandard on mail clients' drafts (HTML and text)", () => {
  const dir = path.join(__dirname, "../../fixtures/draft");
  const files = fs.readdirSync(dir).filter((f) => /\.(html|txt)$/.test(f) && !/1257/.test(f));
  test.each(files)("%s", (file) => {
    const body = fs.readFileSync(path.join(dir, file), "utf8");
    expectArranged(body, file.endsWith(".html") ? "html" : "text");
  });
});

describe("what is inserted, and where", () => {
  test("a bare draft gets the named greeting, the reference with the original's date and number, and the whole signature before the quoted thread", () => {
    const body =
      "<div><p>Būvatļauja ir sagatavota, un to varat saņemt Klientu apkalpošanas centrā.</p></div>" +
      '<div id="divRplyFwdMsg"><b>No:</b> Jānis Kalns &lt;janis.kalns@example.com&gt;<br><b>Nosūtīts:</b> 2026. gada 18. novembris 10:00<br><b>Tēma:</b> Iesniegums Nr. 3-14/118</div><div>Labdien, lūdzu būvatļauju.</div>';
    const { arranged, after } = expectArranged(body, "html");
    const text = parseDraft(arranged.body, "html").text;
    expect(text.startsWith("Labdien, Kalna kungs!\n\nPaldies par Jūsu 2026. gada 18. novembra iesniegumu Nr. 3-14/118. Būvatļauja")).toBe(true);
    expect(text).toMatch(/\nAr cieņu\nIlze Ozola\nKlientu apkalpošanas speciāliste\nĀdažu novada pašvaldība\nTālr\. 67895400\nE-pasts: ilze\.ozola@adazi\.lv\nwww\.adazunovads\.lv$/);
    expect(arranged.body.indexOf("www.adazunovads.lv")).toBeLessThan(arranged.body.indexOf("divRplyFwdMsg"));
    expect(after.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("a signature with some fields gets only the missing ones, each below the field before it", () => {
    const body = "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.\n\nAr cieņu,\nIlze Ozola\nilze.ozola@adazi.lv";
    const { arranged } = expectArranged(body, "text");
    expect(arranged.body).toBe(
      "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.\n\n" +
        "Ar cieņu,\nIlze Ozola\nKlientu apkalpošanas speciāliste\nĀdažu novada pašvaldība\nTālr. 67895400\nilze.ozola@adazi.lv\nwww.adazunovads.lv",
    );
    expect(arranged.body.split("Ilze Ozola").length).toBe(2);
  });

  test("closing and thanks go before the signature as paragraphs of their own", () => {
    const body = "Labdien!\n\nAtbildot uz Jūsu e-pastu, informējam, ka būvatļauja ir sagatavota.\n\nAr cieņu,\nIlze Ozola\nKlientu apkalpošanas speciāliste\nĀdažu novada pašvaldība\nTālr. 67895400\nilze.ozola@adazi.lv\nwww.adazunovads.lv";
    const { arranged } = expectArranged(body, "text");
    expect(arranged.applied).toEqual(["closing", "thanks-or-apology"]);
    expect(arranged.body).toContain("būvatļauja ir sagatavota.\n\nJa Jums rodas papildu jautājumi, lūdzu, sazinieties ar mani.\n\nPaldies, ka sazinājāties ar mums!\n\nAr cieņu,");
  });

  test("a field with no known value is skipped and its finding stays", () => {
    const body = "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.";
    const check = checkMessage(facts(body, "text"), config, { rules: RULES_WITHOUT_SPELLING });
    const arranged = arrangeBody(check, body, { signature: { ...SIGNATURE, name: "", position: " " } });
    expect(arranged.skipped).toEqual([
      { rule: "signature-name", why: "no-value" },
      { rule: "signature-position", why: "no-value" },
    ]);
    const after = checkMessage(facts(arranged.body, "text"), config, { rules: RULES_WITHOUT_SPELLING });
    expect(after.findings.filter((f) => f.rule.startsWith("signature-")).map((f) => f.rule).sort()).toEqual(["signature-name", "signature-position"]);
  });

  test("word-keeping fixes apply (polite Jūs, one exclamation mark); a fix that changes words is left to the employee", () => {
    const body = "Labdien!\n\nPaldies par jūsu e-pastu!!! Būvatļauja ir sagatvota, to varat saņemt Klientu apkalpošanas centrā.";
    const check = checkMessage(facts(body, "text"), config, { rules: RULES });
    const arranged = arrangeBody(check, body, { signature: SIGNATURE });
    expect(arranged.applied).toEqual(expect.arrayContaining(["polite-you", "tone"]));
    expect(arranged.skipped).toContainEqual({ rule: "spelling", why: "changes-words" });
    expect(arranged.body).toContain("Paldies par Jūsu e-pastu! Būvatļauja ir sagatvota");
  });

  test("the edits are one set in draft offsets, sorted, never overlapping", () => {
    const body = "jūs varat saņemt būvatļauju Klientu apkalpošanas centrā.";
    const check = checkMessage(facts(body, "text"), config, { rules: RULES_WITHOUT_SPELLING });
    const { edits } = arrangeToStandard(check, { signature: SIGNATURE });
    for (let k = 1; k < edits.length; k++) expect(edits[k].start).toBeGreaterThanOrEqual(edits[k - 1].end);
    expect(edits[0]).toEqual({ start: 0, end: 0, text: "Labdien, Kalna kungs!\n\nPaldies par Jūsu e-pastu. " });
  });
});

describe("withStructuralFixes: each missing part's card has its own fix", () => {
  const body = "Būvatļauja ir sagatavota, un to varat saņemt Klientu apkalpošanas centrā.";
  const check = checkMessage(facts(body, "text"), config, { rules: RULES_WITHOUT_SPELLING });
  const findings = withStructuralFixes(check, { signature: SIGNATURE });
  test.each(findings.filter((f) => STRUCTURAL.test(f.rule)).map((f) => [f.rule, f] as const))("%s", (rule, finding) => {
    expect(finding.fix).toBeDefined();
    const fixed = check.draft.sourceMap.applyEdits(body, [finding.fix!]);
    const after = checkMessage(facts(fixed, "text"), config, { rules: RULES_WITHOUT_SPELLING });
    expect(after.findings.some((f) => f.rule === rule)).toBe(false);
    expect(keptInOrder(wordsOf(body), wordsOf(fixed))).toBe(true);
  });
});
