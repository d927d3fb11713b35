/**
 * The one entry into the checker: the pane's path (MailboxPort → runCheck) and the on-send path
 * (the message as the handler reads it → checkMessage → decideOnSend) see the same findings, also
 * when the only external client is in Bcc; late findings merge as the runner would stamp them.
 */
import { checkMessage, composeTypeFromOffice, lateRuleApplies, mergeFindings, type MessageFacts } from "../../../src/core/check/message";
import { cloneDefaultConfig } from "../../../src/core/config";
import { RULES_WITHOUT_SPELLING } from "../../../src/core/rules";
import type { Finding } from "../../../src/core/rules/types";
import { getProfile } from "../../../src/core/standard";
import { decideOnSend } from "../../../src/launchevent/decide";
import { MemoryMailbox } from "../../../src/office/memoryMailbox";
import type { EmailAddress } from "../../../src/office/mailboxPort";
import { runCheck } from "../../../src/taskpane/runCheck";

const USER = { displayName: "Anna Liepa", emailAddress: "anna.liepa@adazi.lv" };
const COLLEAGUE: EmailAddress = { name: "Kanceleja", address: "kanceleja@adazi.lv" };
const CLIENT: EmailAddress = { name: "Jānis Bērziņš", address: "janis@inbox.lv" };
/** A reply whose signature lacks phone and website: errors of rules that stop a send by default. */
const HTML =
  "<p>Labdien!</p><p>Paldies par Jūsu 17. novembra e-pastu. Atvieglojumu piemērosim no nākamā mēneša.</p>" +
  "<p>Ja rodas jautājumi, lūdzu, rakstiet.</p><p>Ar cieņu<br>Anna Liepa<br>klientu apkalpošanas speciāliste<br>Ādažu novada pašvaldība<br>anna.liepa@adazi.lv</p>";

async function paneCheck(to: EmailAddress[], bcc: EmailAddress[]) {
  const mailbox = new MemoryMailbox({ messages: [], user: USER });
  mailbox.startCompose({ to, bcc, bodyHtml: HTML, composeType: "reply" });
  return runCheck(mailbox, await mailbox.getItem(), cloneDefaultConfig(), "lv", RULES_WITHOUT_SPELLING);
}

/** The message as the on-send handler reads it from Office: To, Cc and Bcc, the compose type, the user. */
function handlerCheck(to: EmailAddress[], bcc: EmailAddress[]) {
  const recipients = [...to.map((a) => ({ email: a.address, name: a.name, kind: "to" as const })), ...bcc.map((a) => ({ email: a.address, name: a.name, kind: "bcc" as const }))];
  const facts: MessageFacts = { body: HTML, format: "html", recipients, composeType: composeTypeFromOffice({ composeType: "reply" }), attachments: [], user: { email: USER.emailAddress, name: USER.displayName }, settings: { personalDictionary: [] } };
  return checkMessage(facts, cloneDefaultConfig(), { rules: RULES_WITHOUT_SPELLING, lang: "lv" });
}

function decide(result: { findings: Finding[]; scope: "full" | "internal" | "nothing-new" }) {
  const config = cloneDefaultConfig();
  return decideOnSend({ findings: result.findings, scope: result.scope, onSend: config.onSend, supports: () => true, lang: "lv", profile: getProfile(config.profile) });
}

describe("checkMessage: the pane and the on-send handler agree", () => {
  it("a colleague in To and the only client in Bcc: external for both, same findings, same decision", async () => {
    const pane = await paneCheck([COLLEAGUE], [CLIENT]);
    const send = handlerCheck([COLLEAGUE], [CLIENT]);
    expect(pane.context.recipients.map((r) => r.kind)).toEqual(["to", "bcc"]);
    expect(pane.scope).toBe("full");
    expect(send.scope).toBe("full");
    expect(pane.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["signature-phone", "signature-website"]));
    expect(pane.findings).toEqual(send.findings);
    const decision = decide(send);
    expect(decision.allow).toBe(false);
    expect(decide(pane)).toEqual(decision);
  });

  it("colleagues only: internal for both, and the send goes", async () => {
    const pane = await paneCheck([COLLEAGUE], []);
    const send = handlerCheck([COLLEAGUE], []);
    expect(pane.scope).toBe("internal");
    expect(send.scope).toBe("internal");
    expect(pane.findings).toEqual(send.findings);
    expect(decide(pane)).toEqual({ allow: true, reason: "internal" });
  });
});

describe("mergeFindings", () => {
  const late = (start: number): Finding => ({ rule: "", clause: "", severity: "warning", message: "Vārds „x” nav vārdnīcā.", start, end: start + 1, excerpt: "x" });
  const facts: MessageFacts = { body: HTML, format: "html", recipients: [{ email: CLIENT.address, kind: "to" }], user: { email: USER.emailAddress } };

  it("stamps the rule, the profile's clause and the configured severity, and keeps the runner's order", () => {
    const config = cloneDefaultConfig();
    config.rules.spelling = { enabled: true, severity: "error" };
    const check = checkMessage(facts, config, { rules: RULES_WITHOUT_SPELLING });
    expect(lateRuleApplies(check, "spelling")).toBe(true);
    const merged = mergeFindings(check, "spelling", [late(0), late(30)]);
    const added = merged.findings.filter((f) => f.rule === "spelling");
    expect(added.map((f) => [f.clause, f.severity])).toEqual([
      ["9.5", "error"],
      ["9.5", "error"],
    ]);
    expect(merged.findings.length).toBe(check.findings.length + 2);
    const starts = merged.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(check.findings.some((f) => f.rule === "spelling")).toBe(false); // the earlier check is not changed
  });

  it("adds nothing when the rule is off, the mail is internal, or there is nothing new", () => {
    const off = cloneDefaultConfig();
    off.rules.spelling = { enabled: false };
    const disabled = checkMessage(facts, off, { rules: RULES_WITHOUT_SPELLING });
    expect(lateRuleApplies(disabled, "spelling")).toBe(false);
    expect(mergeFindings(disabled, "spelling", [late(0)])).toBe(disabled);

    const internal = checkMessage({ ...facts, recipients: [{ email: COLLEAGUE.address, kind: "to" }] }, cloneDefaultConfig(), { rules: RULES_WITHOUT_SPELLING });
    expect(mergeFindings(internal, "spelling", [late(0)]).findings).toEqual(internal.findings);

    const empty = checkMessage({ ...facts, body: "" }, cloneDefaultConfig(), { rules: RULES_WITHOUT_SPELLING });
    expect(empty.scope).toBe("nothing-new");
    expect(mergeFindings(empty, "spelling", [late(0)]).findings).toEqual([]);
  });
});

describe("checkMessage's facts", () => {
  it("drops inline attachments, whoever passes them", () => {
    const text = "Labdien!\n\nPielikumā nosūtu lēmumu.\n";
    const base: MessageFacts = { body: text, format: "text", recipients: [{ email: CLIENT.address, kind: "to" }], attachments: [{ name: "logo.png", isInline: true }] };
    const result = checkMessage(base, cloneDefaultConfig(), { rules: RULES_WITHOUT_SPELLING });
    expect(result.context.attachments).toEqual([]);
    expect(result.findings.map((f) => f.rule)).toContain("attachment-mention");
    const attached = checkMessage({ ...base, attachments: [{ name: "Lēmums.pdf", isInline: false }] }, cloneDefaultConfig(), { rules: RULES_WITHOUT_SPELLING });
    expect(attached.findings.map((f) => f.rule)).not.toContain("attachment-mention");
  });

  it("counts the names of the user, the original's sender and the personal dictionary as known words", () => {
    const result = checkMessage(
      { body: "Labdien!", format: "text", recipients: [], user: { name: "Anna Liepa" }, original: { from: { name: "Jānis" } }, settings: { personalDictionary: ["Ādažnieks"] } },
      cloneDefaultConfig(),
      { rules: [] },
    );
    expect(result.context.knownWords).toEqual(expect.arrayContaining(["Anna Liepa", "Jānis", "Ādažnieks"]));
  });

  it("reads Office's compose type names, and nothing else", () => {
    expect(composeTypeFromOffice({ composeType: "newMail" })).toBe("new");
    expect(composeTypeFromOffice("replyAll")).toBe("replyAll");
    expect(composeTypeFromOffice({ composeType: "forward" })).toBe("forward");
    expect(composeTypeFromOffice({ composeType: "toString" })).toBe("unknown");
    expect(composeTypeFromOffice(null)).toBe("unknown");
  });
});
