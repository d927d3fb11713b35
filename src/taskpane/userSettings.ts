/**
 * The user's own settings, kept in Outlook's roaming settings (inside the organization's tenant):
 * signature fields and the personal dictionary (keys and readers in core/config/userSettings.ts).
 * Office's user profile supplies defaults.
 */
import type { MailboxPort } from "../office/mailboxPort";
import { dateInLatvia } from "../core/lv/dates";
import { personalDictionaryFrom, ROAMING_KEYS, savedSignature, type SavedSignature } from "../core/config/userSettings";

/** The signature fields as the user saved them (the Settings view edits all but the website). */
export type UserSignature = SavedSignature;

/** The saved signature over Office's user profile (name, e-mail). */
export function userSignature(mailbox: MailboxPort): UserSignature {
  const saved = savedSignature(mailbox.roamingSettings.get(ROAMING_KEYS.signature));
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

export function personalDictionary(mailbox: MailboxPort): string[] {
  return personalDictionaryFrom(mailbox.roamingSettings.get(ROAMING_KEYS.personalDictionary));
}

/** Size in bytes of the settings as Outlook stores them (JSON, UTF-8). */
export function settingsSize(values: Record<string, unknown>): number {
  return new TextEncoder().encode(JSON.stringify(values)).length;
}
