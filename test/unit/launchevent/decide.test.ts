import { decideOnSend, contextDataFor, stoppingFindings, CHECK_COMMAND_ID, type OnSendInput, type StopDecision } from "../../../src/launchevent/decide";
import { cloneDefaultConfig } from "../../../src/core/config";
import type { OnSendSettings } from "../../../src/core/config/types";
import type { Finding } from "../../../src/core/rules/types";
import { getProfile } from "../../../src/core/standard";
import { parseDraft } from "../../../src/core/draft";
import { buildContext } from "../../../src/core/check/context";
import { checkDraftDetailed } from "../../../src/core/check/checkDraft";
import { RULES_WITHOUT_SPELLING } from "../../../src/core/rules";

const PROFILE = getProfile("adazi-2023");

function finding(rule: string, severity: Finding["severity"], clause = "9.4", message = `${rule} message`): Finding {
  return { rule, clause, severity, message, start: 0, end: 0, excerpt: "" };
}

function onSend(over: Partial<OnSendSettings> = {}): OnSendSettings {
  return { ...cloneDefaultConfig().onSend, ...over };
}

/** A client supporting Mailbox 1.1 up to `max` (minor versions compared as numbers: 1.9 < 1.14). */
const upTo = (max: string) => (v: string) => Number(v.split(".")[1]) <= Number(max.split(".")[1]);

function input(over: Partial<OnSendInput> = {}): OnSendInput {
  return { findings: [], scope: "full", onSend: onSend(), supports: upTo("1.15"), lang: "lv", profile: PROFILE, ...over };
}

const PHONE = finding("signature-phone", "error");
const WEBSITE = finding("signature-website", "error");
const GREETING = finding("greeting", "error", "9.1");
const LONG = finding("long-sentence", "warning", "9.2");
const PASSIVE = finding("passive-voice", "info", "9.2");
const TYPO = finding("spelling", "warning", "9.5");

describe("decideOnSend", () => {
  it.each<[string, Partial<OnSendInput>, { allow: boolean; reason?: string; kind?: string }]>([
    ["nothing found → send", {}, { allow: true, reason: "clean" }],
    ["info only → send", { findings: [PASSIVE] }, { allow: true, reason: "clean" }],
    ["mode off → send whatever is missing", { findings: [PHONE], onSend: onSend({ mode: "off" }) }, { allow: true, reason: "mode-off" }],
    ["colleagues only → send", { findings: [PHONE], scope: "internal" }, { allow: true, reason: "internal" }],
    ["no new text → send", { scope: "nothing-new" }, { allow: true, reason: "nothing-new" }],
    ["block: missing phone → stop", { findings: [PHONE] }, { allow: false, kind: "block" }],
    ["strict: missing phone → stop", { findings: [PHONE], onSend: onSend({ mode: "strict" }) }, { allow: false, kind: "block" }],
    ["warn on 1.14: missing phone → prompt", { findings: [PHONE], onSend: onSend({ mode: "warn" }), supports: upTo("1.14") }, { allow: false, kind: "prompt" }],
    ["warn on 1.13: missing phone → send", { findings: [PHONE], onSend: onSend({ mode: "warn" }), supports: upTo("1.13") }, { allow: true, reason: "warn-unsupported" }],
    ["error of a rule not configured to stop → treated as a warning", { findings: [PHONE], onSend: onSend({ rules: ["greeting"] }) }, { allow: true, reason: "warnings-send" }],
    ["warnings, warningsMode send → send", { findings: [LONG] }, { allow: true, reason: "warnings-send" }],
    ["warnings, prompt on 1.14 → prompt", { findings: [LONG], onSend: onSend({ warningsMode: "prompt" }), supports: upTo("1.14") }, { allow: false, kind: "prompt" }],
    ["warnings, prompt on 1.13 → send", { findings: [LONG], onSend: onSend({ warningsMode: "prompt" }), supports: upTo("1.13") }, { allow: true, reason: "warnings-send" }],
    ["spelling with onSend.spelling → stop", { findings: [TYPO], onSend: onSend({ spelling: true }) }, { allow: false, kind: "block" }],
    ["spelling without onSend.spelling → send", { findings: [TYPO] }, { allow: true, reason: "clean" }],
  ])("%s", (_name, over, expected) => {
    const decision = decideOnSend(input(over));
    expect(decision.allow).toBe(expected.allow);
    if (decision.allow) expect(decision.reason).toBe(expected.reason);
    else expect(decision.kind).toBe(expected.kind);
  });

  it("names what is missing, grouped by clause, in Latvian", () => {
    const d = decideOnSend(input({ findings: [GREETING, PHONE, WEBSITE] })) as StopDecision;
    expect(d.errorMessage).toBe(
      "Atbildē trūkst: uzruna (Ādaži 2023, 9.1. p.); tālrunis, tīmekļvietne parakstā (Ādaži 2023, 9.4. p.). Papildiniet atbildi un sūtiet vēlreiz.",
    );
  });

  it("and in English", () => {
    const d = decideOnSend(input({ findings: [PHONE, finding("link-unsafe", "error", "9.2")], lang: "en" })) as StopDecision;
    expect(d.errorMessage).toBe("The reply is missing: phone in the signature (Ādaži 2023, cl. 9.4). To fix: an unsafe link (Ādaži 2023, cl. 9.2). Complete the reply and send it again.");
    expect(d.cancelLabel).toBe("Check");
  });

  it.each<[string, Partial<StopDecision>]>([
    ["1.12", { cancelLabel: undefined, commandId: undefined, contextData: undefined, errorMessageMarkdown: undefined }],
    ["1.14", { cancelLabel: "Pārbaudīt", commandId: CHECK_COMMAND_ID, errorMessageMarkdown: undefined }],
    ["1.15", { cancelLabel: "Pārbaudīt", commandId: CHECK_COMMAND_ID }],
  ])("Mailbox %s: only what the client supports", (max, expected) => {
    const d = decideOnSend(input({ findings: [PHONE], supports: upTo(max) })) as StopDecision;
    for (const [key, value] of Object.entries(expected)) expect(d[key as keyof StopDecision]).toEqual(value);
    if (max === "1.15") expect(d.errorMessageMarkdown).toContain("**Atbildē trūkst:**\n- tālrunis parakstā");
    if (max !== "1.12") expect(JSON.parse(d.contextData!)).toEqual({ findings: [{ rule: "signature-phone", clause: "9.4", severity: "error", message: "signature-phone message", excerpt: "" }] });
    expect(d.sendModeOverride).toBeUndefined();
  });

  it("keeps the message within 500 characters and says how much more there is", () => {
    const rules = ["link-unsafe", "attachment-mention", "personal-code", "tone", "link-internal", "link-text", "jargon", "polite-you", "abbreviation", "long-sentence"];
    const many = [GREETING, PHONE, WEBSITE, finding("signature-name", "error"), finding("signature-position", "error"), finding("signature-email", "error")];
    const clauses = "5.1.2, 5.1.5, 5.2, 5.7.4, 9.2, 9.3, 9.5, 10.1, 10.2, 10.3";
    for (const r of rules) many.push(finding(r, "error", clauses));
    const d = decideOnSend(input({ findings: many, onSend: onSend({ rules: ["greeting", "signature-name", "signature-position", "signature-phone", "signature-email", "signature-website", ...rules] as OnSendSettings["rules"] }) })) as StopDecision;
    expect(d.errorMessage.length).toBeLessThanOrEqual(500);
    expect(d.errorMessage).toMatch(/un vēl \d+/);
    expect(d.errorMessage).toContain("uzruna");
    expect(d.errorMessageMarkdown!.length).toBeLessThanOrEqual(500);
  });

  it.each(["lv", "en"] as const)("a 20-finding alert stays under 500 characters in %s, most important first", (lang) => {
    // 20 different rules; the warnings come first in the text, the errors further down.
    const warnings = ["jargon", "long-sentence", "abbreviation", "link-internal", "link-text", "tone", "polite-you", "reference", "closing", "thanks-or-apology", "attachment-mention", "personal-code"];
    const errors = ["greeting", "signature-name", "signature-position", "signature-institution", "signature-phone", "signature-email", "signature-website", "link-unsafe"];
    const many = [...warnings.map((r) => finding(r, "warning", "9.2")), ...errors.map((r) => finding(r, "error", "9.4"))];
    expect(new Set(many.map((f) => f.rule)).size).toBe(20);
    for (const settings of [onSend({ mode: "block" }), onSend({ mode: "warn", warningsMode: "prompt", rules: [] })]) {
      const d = decideOnSend(input({ findings: many, onSend: settings, lang })) as StopDecision;
      expect(d.allow).toBe(false);
      expect(d.errorMessage.length).toBeLessThanOrEqual(500);
      expect(d.errorMessageMarkdown!.length).toBeLessThanOrEqual(500);
      // Everything fits, or the text says how much more there is.
      const shown = d.findings.length;
      if (!/un vēl \d+|and \d+ more/.test(d.errorMessage)) expect(shown).toBeLessThanOrEqual(20);
    }
    // With nothing configured to stop, the errors still lead the list ahead of the warnings.
    const prompt = decideOnSend(input({ findings: many, onSend: onSend({ mode: "warn", warningsMode: "prompt", rules: [] }), lang })) as StopDecision;
    expect(prompt.findings).toHaveLength(20);
    expect(prompt.errorMessage).toMatch(lang === "lv" ? /un vēl \d+/ : /and \d+ more/);
    const unsafe = lang === "lv" ? "nedroša saite" : "an unsafe link";
    const jargon = lang === "lv" ? "kancelejismi" : "jargon";
    expect(prompt.errorMessage).toContain(unsafe);
    if (prompt.errorMessage.includes(jargon)) expect(prompt.errorMessage.indexOf(unsafe)).toBeLessThan(prompt.errorMessage.indexOf(jargon));
  });

  it("contextData stays within its limit, whole findings dropped from the end", () => {
    const many = Array.from({ length: 200 }, (_, i) => finding("spelling", "warning", "9.5", `Vārds „vārds${i}” nav atrodams vārdnīcā. ${"ā".repeat(150)}`));
    const json = contextDataFor(many, 3500);
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(3500);
    const parsed = JSON.parse(json) as { findings: { message: string }[] };
    expect(parsed.findings.length).toBeGreaterThan(3);
    expect(parsed.findings[0].message).toMatch(/^Vārds „vārds0”/);
  });

  it("stoppingFindings: errors of the configured rules only", () => {
    expect(stoppingFindings([PHONE, LONG, GREETING, PASSIVE], onSend({ rules: ["greeting"] }))).toEqual([GREETING]);
  });

  it("decides on the real checker's findings for a reply without phone and website", () => {
    const html =
      "<p>Labdien!</p><p>Paldies par Jūsu 17. novembra e-pastu. Atvieglojumu piemērosim no nākamā mēneša.</p>" +
      "<p>Ja rodas jautājumi, lūdzu, rakstiet.</p><p>Ar cieņu<br>Anna Liepa<br>klientu apkalpošanas speciāliste<br>Ādažu novada pašvaldība<br>anna.liepa@adazi.lv</p>";
    const draft = parseDraft(html, "html");
    const config = cloneDefaultConfig();
    const context = buildContext({ draft, config, recipients: [{ email: "janis@inbox.lv", kind: "to" }], userEmail: "anna.liepa@adazi.lv" });
    const result = checkDraftDetailed(draft, context, RULES_WITHOUT_SPELLING);
    const d = decideOnSend(input({ findings: result.findings, scope: result.scope, onSend: config.onSend })) as StopDecision;
    expect(d.allow).toBe(false);
    expect(d.errorMessage).toContain("tālrunis, tīmekļvietne parakstā (Ādaži 2023, 9.4. p.)");
  });
});
