/**
 * The one entry into the checker: the pane's path (MailboxPort → runCheck → checkMessage) and the
 * on-send handler's real path (Office → event port → decideMessageSend → prepareMessage → the rules
 * in slices → decideOnSend) see the same findings, also when the only external client is in Bcc;
 * late findings merge as the runner would stamp them.
 */
import { checkMessage, composeTypeFromOffice, lateRuleApplies, mergeFindings, prepareMessage, type MessageFacts } from "../../../src/core/check/message";
import { cloneDefaultConfig } from "../../../src/core/config";
import { RULES_WITHOUT_SPELLING } from "../../../src/core/rules";
import type { Finding } from "../../../src/core/rules/types";
import { getProfile } from "../../../src/core/standard";
import { decideOnSend } from "../../../src/launchevent/decide";
import { decideMessageSend } from "../../../src/launchevent/onSend";
import type { HandlerEnvironment, OfficeLike } from "../../../src/office/eventPort";
import { MemoryMailbox } from "../../../src/office/memoryMailbox";
import type { EmailAddress } from "../../../src/office/mailboxPort";
import { createOfficeShim } from "../../../src/preview/officeShim";
import { runCheck } from "../../../src/taskpane/runCheck";

const USER = { displayName: "Anna Liepa", emailAddress: "anna.liepa@adazi.lv" };
const COLLEAGUE: EmailAddress = { name: "Kanceleja", address: "kanceleja@adazi.lv" };
const CLIENT: EmailAddress = { name: "Jānis Bērziņš", address: "janis@inbox.lv" };
/** A reply whose signature lacks phone and website: errors of rules that stop a send by default. */
const HTML =
  "<p>Labdien!</p><p>Paldies par Jūsu 17. novembra e-pastu. Atvieglojumu piemērosim no nākamā mēneša.</p>" +
  "<p>Ja rodas jautājumi, lūdzu, rakstiet.</p><p>Ar cieņu<br>Anna Liepa<br>klientu apkalpošanas speciāliste<br>Ādažu novada pašvaldība<br>anna.liepa@adazi.lv</p>";

/** One compose form, open in the pane and about to be sent. */
function composing(to: EmailAddress[], bcc: EmailAddress[], settings: Record<string, unknown> = {}) {
  const mailbox = new MemoryMailbox({ messages: [], user: USER, initialSettings: settings });
  mailbox.startCompose({ to, bcc, bodyHtml: HTML, composeType: "reply" });
  return mailbox;
}

async function paneCheck(mailbox: MemoryMailbox, extraKnownWords: string[] = []) {
  return runCheck(mailbox, await mailbox.getItem(), cloneDefaultConfig(), "lv", RULES_WITHOUT_SPELLING, extraKnownWords);
}

/** The send handler's own path over Office's API (the preview's shim of it), as Outlook calls it. */
function handlerCheck(mailbox: MemoryMailbox) {
  const shim = createOfficeShim(mailbox);
  const env: HandlerEnvironment = { office: shim.Office as unknown as OfficeLike, storage: shim.OfficeRuntime.storage, fetch: null, baseUrl: "" };
  return decideMessageSend(env, cloneDefaultConfig(), "lv");
}

function decide(result: { findings: Finding[]; scope: "full" | "internal" | "nothing-new" }) {
  const config = cloneDefaultConfig();
  return decideOnSend({ findings: result.findings, scope: result.scope, onSend: config.onSend, supports: () => true, lang: "lv", profile: getProfile(config.profile) });
}

describe("checkMessage: the pane and the on-send handler agree", () => {
  it("a colleague in To and the only client in Bcc: external for both, same findings, same decision", async () => {
    const mailbox = composing([COLLEAGUE], [CLIENT]);
    const pane = await paneCheck(mailbox);
    const send = await handlerCheck(mailbox);
    expect(pane.context.recipients.map((r) => r.kind)).toEqual(["to", "bcc"]);
    expect(pane.scope).toBe("full");
    expect(send.scope).toBe("full");
    expect(pane.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["signature-phone", "signature-website"]));
    expect(send.findings).toEqual(pane.findings);
    expect(send.decision.allow).toBe(false);
    expect(decide(pane)).toEqual(send.decision);
  });

  it("colleagues only: internal for both, and the send goes", async () => {
    const mailbox = composing([COLLEAGUE], []);
    const pane = await paneCheck(mailbox);
    const send = await handlerCheck(mailbox);
    expect(pane.scope).toBe("internal");
    expect(send.scope).toBe("internal");
    expect(send.findings).toEqual(pane.findings);
    expect(send.decision).toEqual({ allow: true, reason: "internal" });
    expect(decide(pane)).toEqual(send.decision);
  });

  it("the personal dictionary counts for both: the handler reads it from the roaming settings", async () => {
    // A surname in capitals is an unexplained abbreviation unless it is a known word.
    const body = HTML.replace("Ja rodas jautājumi", "Jautājumu izskatīs BITE. Ja rodas jautājumi");
    const withWord = (settings: Record<string, unknown>) => {
      const mailbox = composing([CLIENT], [], settings);
      mailbox.updateComposeBody(body);
      return mailbox;
    };
    const plain = withWord({});
    const before = await handlerCheck(plain);
    expect(before.findings.map((f) => f.rule)).toContain("abbreviation");
    expect(before.findings).toEqual((await paneCheck(plain)).findings);

    const known = withWord({ personalDictionary: ["Bite", 7, ""] });
    const send = await handlerCheck(known);
    expect(send.findings.map((f) => f.rule)).not.toContain("abbreviation");
    expect(send.findings).toEqual((await paneCheck(known, ["Bite"])).findings);
  });
});

describe("prepareMessage", () => {
  it("is checkMessage's draft and context: the runner over them gives checkMessage's findings", () => {
    const facts: MessageFacts = { body: HTML, format: "html", recipients: [{ email: CLIENT.address, kind: "bcc" }], composeType: "reply", user: { email: USER.emailAddress, name: USER.displayName } };
    const prepared = prepareMessage(facts, cloneDefaultConfig(), "en");
    const checked = checkMessage(facts, cloneDefaultConfig(), { rules: RULES_WITHOUT_SPELLING, lang: "en" });
    expect(prepared.context).toEqual(checked.context);
    expect(prepared.draft.text).toBe(checked.draft.text);
    expect(prepared.context.lang).toBe("en");
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
