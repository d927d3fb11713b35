/**
 * The six signature rules (signature-name … signature-website) share one shape: the parser's
 * signature detector (draft/signature.ts) has already read the block's fields; each rule reports
 * its own field when it is missing — one finding per missing field, also when there is no block at
 * all. A field the organization does not require (config.signature.requiredFields) is not reported.
 */
import type { Draft, SignatureFields } from "../../draft/types";
import type { SignatureField, Specialist } from "../../config/types";
import type { Localized, Rule, RuleContext, RuleExamples, RuleId, RuleMeta, RuleReport } from "../types";
import { contentEnd } from "./structure";

type SignatureMessageId = "missing" | "noSignature";

export interface SignatureFieldRuleSpec {
  id: RuleId;
  field: SignatureField & keyof SignatureFields;
  title: Localized;
  description: Localized;
  /** "Parakstā norādiet …" — what to add, both when the block lacks the field and when there is no block. */
  messages: Localized<Record<SignatureMessageId, string>>;
  /** The field's name in the on-send dialog's "… parakstā" list. */
  onSend: Localized;
  examples: RuleExamples;
  /** Values to offer (from the config or the user's address), in the draft's language. */
  suggest?: (context: RuleContext) => string[];
}

/**
 * Where a missing field belongs: the name right after the closing line ("Ar cieņu,"), any other
 * field at the end of the block; with no block at all, at the end of the text.
 */
function insertPoint(draft: Draft, field: SignatureField): number {
  const signature = draft.signature;
  if (!signature) return contentEnd(draft.text);
  if (field === "name" && signature.closing !== null) {
    const newline = draft.text.indexOf("\n", signature.start);
    return newline < 0 || newline > signature.end ? signature.end : newline;
  }
  return signature.end;
}

export function signatureFieldRule(spec: SignatureFieldRuleSpec): Rule<SignatureMessageId> {
  const meta: RuleMeta<SignatureMessageId> = {
    id: spec.id,
    severity: "error",
    title: spec.title,
    description: spec.description,
    messages: { lv: { ...spec.messages.lv }, en: { ...spec.messages.en } },
    topic: "signature",
    onSend: { group: "signature", ...spec.onSend },
    examples: spec.examples,
  };
  function check(draft: Draft, context: RuleContext): RuleReport<SignatureMessageId>[] {
    if (context.config.signature.requiredFields.indexOf(spec.field) < 0) return [];
    const signature = draft.signature;
    if (signature && signature.fields[spec.field] !== null) return [];
    const at = insertPoint(draft, spec.field);
    const suggestions = (spec.suggest ? spec.suggest(context) : []).filter((s) => s.trim().length > 0);
    const finding: RuleReport<SignatureMessageId> = {
      messageId: signature ? "missing" : "noSignature",
      start: at,
      end: at,
    };
    if (suggestions.length > 0) finding.suggestions = suggestions;
    return [finding];
  }
  return { meta, check };
}

/** The specialist entry of the config whose address is the user's own, if any. */
export function ownSpecialist(context: RuleContext): Specialist | null {
  const email = context.userEmail?.toLowerCase();
  if (!email) return null;
  for (const specialist of context.config.specialists) {
    if (specialist.email && specialist.email.toLowerCase() === email) return specialist;
  }
  return null;
}

/** The organization's name in the draft's language (Latvian when no English name is configured). */
export function institutionName(context: RuleContext): string {
  const configured = context.config.signature.institution ?? context.config.organization.name;
  return context.language === "en" && configured.en ? configured.en : configured.lv;
}

/** The body of the signature rules' examples (their findings are only about the signature). */
const EXAMPLE_BODY = "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.\n\n";

/** A reply ending with `signature` (lines joined by newlines), for the signature rules' examples. */
export function exampleReply(...signature: string[]): string {
  return EXAMPLE_BODY + signature.join("\n");
}

/** Complete signatures as employees write them: one field a line, fields split by "|" or by commas, in English. */
export const COMPLETE_SIGNATURE_EXAMPLES: readonly string[] = [
  exampleReply("Ar cieņu,", "Ilze Ozola", "Klientu apkalpošanas speciāliste", "Ādažu novada pašvaldība", "Tālr. 67895400", "ilze.ozola@adazi.lv", "www.adazunovads.lv"),
  exampleReply(
    "Ar cieņu,",
    "Jānis Kalniņš | Būvvaldes vadītājs | Ādažu novada pašvaldība",
    "Tālr. +371 67 895 420 | janis.kalnins@adazi.lv | https://www.adazunovads.lv",
  ),
  exampleReply(
    "Ar pateicību,",
    "Anna Liepiņa, Ādažu novada pašvaldības Klientu apkalpošanas centra vadītāja",
    "67895400, anna.liepina@adazi.lv, adazunovads.lv",
  ),
  "Dear Ms Kalniņa,\n\nThank you for your e-mail. The permit is ready.\n\nIf you have any further questions, please contact me.\n\n" +
    "Kind regards,\nIlze Ozola\nClient Service Specialist\nĀdaži Municipality\nPhone: +371 67895400\nilze.ozola@adazi.lv\nwww.adazunovads.lv",
];

/** A reply with no signature at all: every signature rule reports it. */
export const UNSIGNED_EXAMPLE = "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.";
