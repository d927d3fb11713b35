/**
 * The signature fields as the user sees them: labels in the UI language, never the raw keys
 * ("Parakstā trūkst: position" — issue 17), and which of them hold a value that is not what the
 * field asks for (an e-mail without "@", a phone without digits). The website comes from the organization's
 * config, which is validated where it is read.
 */
import type { SignatureField } from "../core/config/types";
import { isEmailAddress, isPhoneNumber } from "../core/config";
import type { Strings } from "../ui/i18n";

export const SIGNATURE_FIELD_LABELS: Record<SignatureField, keyof Strings> = {
  name: "fieldName",
  position: "fieldPosition",
  institution: "fieldInstitution",
  phone: "fieldPhone",
  email: "fieldEmail",
  website: "fieldWebsiteName",
};

/** "vārds un uzvārds, amats" — the fields' names inside a sentence. */
export function signatureFieldNames(fields: readonly SignatureField[], t: Strings): string {
  return fields.map((f) => t[SIGNATURE_FIELD_LABELS[f]].toLocaleLowerCase()).join(", ");
}

/** The message for a field whose value is not what the field asks for, or null (empty is not invalid here). */
export function invalidFieldMessage(field: SignatureField | "positionEn" | "institutionEn", value: string | undefined, t: Strings): string | null {
  const text = (value ?? "").trim();
  if (text === "") return null;
  if (field === "email" && !isEmailAddress(text)) return t.invalidEmail;
  if (field === "phone" && !isPhoneNumber(text)) return t.invalidPhone;
  return null;
}
