/**
 * The user's own settings, kept in Outlook's roaming settings (inside the organization's tenant):
 * signature fields and UI language. Office's user profile supplies defaults.
 */
import type { PlanSignature } from "../core/compose/types";
import type { MailboxPort } from "../office/mailboxPort";
import { dateInLatvia } from "../core/lv/dates";

export const SIGNATURE_SETTING = "signature";

/** Signature fields; positionEn and institutionEn are what English replies use. */
export type UserSignature = Partial<Pick<PlanSignature, "name" | "position" | "institution" | "phone" | "email">> & { positionEn?: string; institutionEn?: string };

export function userSignature(mailbox: MailboxPort): UserSignature {
  const saved = mailbox.roamingSettings.get<UserSignature>(SIGNATURE_SETTING) ?? {};
  const profile = mailbox.getUserProfile();
  return {
    ...saved,
    name: saved.name?.trim() || profile.displayName,
    email: saved.email?.trim() || profile.emailAddress,
  };
}

/** Today's date in Latvia (YYYY-MM-DD): deadlines count from the day of sending there. */
export function todayInLatvia(now: Date = new Date()): string {
  return dateInLatvia(now);
}

export const DICTIONARY_SETTING = "personalDictionary";

export function personalDictionary(mailbox: MailboxPort): string[] {
  const words = mailbox.roamingSettings.get<string[]>(DICTIONARY_SETTING);
  return Array.isArray(words) ? words.filter((w) => typeof w === "string" && w.trim() !== "") : [];
}

/** Size in bytes of the settings as Outlook stores them (JSON, UTF-8). */
export function settingsSize(values: Record<string, unknown>): number {
  return new TextEncoder().encode(JSON.stringify(values)).length;
}
