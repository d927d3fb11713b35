/**
 * Builds the RuleContext every front door passes to the checker, from what it knows of the message:
 * recipients, compose type, attachments, the user's address and the resolved config.
 */
import type { Draft } from "../draft/types";
import type { OrganizationConfig } from "../config/types";
import { defaultConfig, effectiveInternalDomains, isInternalAddress } from "../config";
import { getProfile } from "../standard";
import type { AttachmentInfo, ComposeType, Recipient, RuleContext, UiLanguage } from "../rules/types";

export interface ContextInput {
  draft: Draft;
  config?: OrganizationConfig;
  lang?: UiLanguage;
  recipients?: Recipient[];
  composeType?: ComposeType;
  attachments?: AttachmentInfo[];
  userEmail?: string;
  /** Names from the thread (sender, recipients) that count as known words. */
  threadNames?: string[];
}

export function buildContext(input: ContextInput): RuleContext {
  const config = input.config ?? defaultConfig;
  const knownWords = [...config.knownWords, ...config.placeNames, ...(input.threadNames ?? [])];
  for (const r of input.recipients ?? []) if (r.name) knownWords.push(...r.name.split(/\s+/).filter(Boolean));
  return {
    language: input.draft.language,
    lang: input.lang ?? "lv",
    profile: getProfile(config.profile),
    config,
    recipients: input.recipients ?? [],
    internalDomains: effectiveInternalDomains(config, input.userEmail),
    composeType: input.composeType ?? "unknown",
    attachments: input.attachments ?? [],
    userEmail: input.userEmail,
    knownWords,
  };
}

/** True when every recipient is a colleague: clause 10 (internal clients) applies, not clause 9. */
export function onlyInternalRecipients(context: RuleContext): boolean {
  if (context.recipients.length === 0 || context.internalDomains.length === 0) return false;
  return context.recipients.every((r) => isInternalAddress(r.email, context.internalDomains));
}

/** External clients addressed directly (To), for rules that care whether one person is addressed. */
export function externalRecipients(context: RuleContext): Recipient[] {
  return context.recipients.filter((r) => r.kind === "to" && !isInternalAddress(r.email, context.internalDomains));
}
