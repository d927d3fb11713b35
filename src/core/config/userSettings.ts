/**
 * The user's own settings, kept in Outlook's roaming settings (inside the organization's tenant):
 * one list of keys for the task pane and the event handlers, readers that accept whatever the
 * store holds, and the signature as every front door fills it — the user's setting, else the
 * organization's signature settings, else the organization itself (docs/architecture.md).
 */
import type { OrganizationConfig, SignatureField } from "./types";
import type { UiLanguage } from "../vocabulary";

/** Roaming-setting keys (contract: settings saved by one version are read by the next). */
export const ROAMING_KEYS = {
  /** "lv" | "en": the UI language the user chose. */
  uiLanguage: "uiLanguage",
  /** SavedSignature: the Settings view's signature fields. */
  signature: "signature",
  /** string[]: words the user added to their dictionary. */
  personalDictionary: "personalDictionary",
  /** true: insert the Atbilde signature into new messages, replies and forwards (OnNewMessageCompose). */
  insertSignature: "insertSignature",
} as const;

/** The signature fields as the user saved them (each may be missing). */
export type SavedSignature = Partial<Record<SignatureField, string>>;

/** The signature every front door uses: one value per field, "" where nothing is known. */
export type EffectiveSignature = Record<SignatureField, string>;

/** A saved signature from whatever the store holds (only text fields survive). */
export function savedSignature(value: unknown): SavedSignature {
  const out: SavedSignature = {};
  if (!value || typeof value !== "object") return out;
  for (const key of ["name", "position", "institution", "phone", "email", "website"] as const) {
    const field = (value as Record<string, unknown>)[key];
    if (typeof field === "string") out[key] = field;
  }
  return out;
}

/** The personal dictionary from whatever the store holds: non-empty strings only. */
export function personalDictionaryFrom(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((w): w is string => typeof w === "string" && w.trim() !== "") : [];
}

/** The UI language the user chose, or null when they chose none (Office's display language decides). */
export function uiLanguageFrom(value: unknown): UiLanguage | null {
  return value === "lv" || value === "en" ? value : null;
}

/**
 * The signature as sent: each field from the user's setting, else Office's user profile (name,
 * e-mail), else the organization's signature settings, else the organization (institution in the
 * reply's language, phone, website).
 */
export function effectiveSignature(saved: SavedSignature, profile: { displayName?: string; emailAddress?: string }, config: OrganizationConfig, language: UiLanguage): EffectiveSignature {
  const own = (key: SignatureField) => (saved[key] ?? "").trim();
  const institution = config.signature.institution ?? config.organization.name;
  return {
    name: own("name") || (profile.displayName ?? "").trim(),
    position: own("position"),
    institution: own("institution") || (language === "en" ? institution.en || institution.lv : institution.lv),
    phone: own("phone") || config.signature.phone || config.organization.phone,
    email: own("email") || (profile.emailAddress ?? "").trim(),
    website: own("website") || config.signature.website || config.organization.website,
  };
}
