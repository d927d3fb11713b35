/**
 * The cases every signature-* rule shares (complete signatures in text and HTML, no signature at
 * all, the field only in the quoted thread, required fields, colleagues), run for one rule and its
 * field. Each rule's own test adds the signature layouts particular to its field.
 */
import type { Rule } from "../../../src/core/rules/types";
import type { SignatureField } from "../../../src/core/config/types";
import { contextFor, expectMessage, expectOwnExamples, runRule } from "./harness";
import { outlookReply, owaReply, SIGNATURE_LINES } from "./replyFixtures";

const BODY_LINES = ["Labdien!", "", "Paldies par Jūsu e-pastu. Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā."];
const BODY = "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.";

/** The client's message with a complete signature of its own: none of it is the employee's. */
const CLIENT_WITH_SIGNATURE = [
  "Labdien!",
  "Kad būs gatava būvatļauja?",
  "Ar cieņu,",
  "Jānis Bērziņš",
  "Valdes loceklis",
  "SIA „Bērziņi”",
  "Tālr. 29123456",
  "janis@berzini.lv",
  "www.berzini.lv",
];

export interface SignatureSuiteSpec {
  rule: Rule;
  field: SignatureField;
  /** Signature lines (after "Ar cieņu,") from which this field is missing. */
  withoutField: string[];
  /** Config that gives a suggestion, and the suggestion expected. */
  suggestion?: { config: unknown; userEmail?: string; expected: string };
}

export function signatureSuite(spec: SignatureSuiteSpec): void {
  const { rule, field } = spec;
  const id = rule.meta.id;
  const withoutFieldText = `${BODY}\n\nAr cieņu,\n${spec.withoutField.join("\n")}`;

  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    ["a complete plain-text signature", `${BODY}\n\n${SIGNATURE_LINES.join("\n")}`, "text"],
    ["a complete Outlook desktop signature above a signed client message", outlookReply([...BODY_LINES, "", ...SIGNATURE_LINES], CLIENT_WITH_SIGNATURE), "html"],
    ["a complete Outlook on the web signature", owaReply([...BODY_LINES, "", ...SIGNATURE_LINES], CLIENT_WITH_SIGNATURE), "html"],
  ] as const)("accepts %s", (_what, body, format) => {
    expect(runRule(rule, body, { format })).toEqual([]);
  });

  it("reports the missing field once, with the 'add it' message, at the end of the block", () => {
    const { draft } = contextFor(withoutFieldText);
    const findings = runRule(rule, withoutFieldText);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: id, clause: "9.4", severity: "error" });
    expectMessage(findings[0], rule, "missing");
    expect(draft.signature).not.toBeNull();
    const signature = draft.signature!;
    const expectedAt = field === "name" ? draft.text.indexOf("\n", signature.start) : signature.end;
    expect([findings[0].start, findings[0].end]).toEqual([expectedAt, expectedAt]);
    expect(findings[0].fix).toBeUndefined();
  });

  it("reports a reply with no signature at all, at the end of the text", () => {
    const body = `${BODY}\n\n`;
    const findings = runRule(rule, body);
    expect(findings).toHaveLength(1);
    expectMessage(findings[0], rule, "noSignature");
    expect(findings[0].start).toBe(BODY.length);
    expect(findings[0].excerpt).toBe("t Klientu apkalpošanas centrā.");
  });

  it("does not take the field from the quoted thread", () => {
    const html = outlookReply([...BODY_LINES, "", "Ar cieņu,", ...spec.withoutField], CLIENT_WITH_SIGNATURE);
    expect(runRule(rule, html, { format: "html" })).toHaveLength(1);
    expect(runRule(rule, outlookReply(BODY_LINES, CLIENT_WITH_SIGNATURE), { format: "html" })).toHaveLength(1);
  });

  it("reports nothing when the organization does not require the field", () => {
    const others = ["name", "position", "institution", "phone", "email", "website"].filter((f) => f !== field);
    expect(runRule(rule, withoutFieldText, { config: { signature: { requiredFields: others } } })).toEqual([]);
    expect(runRule(rule, withoutFieldText, { config: { rules: { [id]: { enabled: false } } } })).toEqual([]);
  });

  it("holds only for external clients", () => {
    expect(runRule(rule, withoutFieldText, { recipients: [{ email: "anna.liepina@adazi.lv", kind: "to" }] })).toEqual([]);
  });

  it("speaks English when the interface does", () => {
    expectMessage(runRule(rule, withoutFieldText, { lang: "en" })[0], rule, "missing", {}, "en");
  });

  if (spec.suggestion) {
    const suggestion = spec.suggestion;
    it("suggests the value the organization (or the user's address) gives", () => {
      const [finding] = runRule(rule, withoutFieldText, { config: suggestion.config, userEmail: suggestion.userEmail });
      expect(finding.suggestions).toEqual([suggestion.expected]);
    });
  }
}
