/**
 * Builds the RuleContext every front door passes to the checker, from what it knows of the message:
 * recipients, compose type, attachments, the user's address and the resolved config. No front door
 * calls it directly: all of them — the on-send handler in src/launchevent included — go through
 * ./message.ts (checkMessage, or prepareMessage for the handler's sliced run), whose
 * contextForMessage is the one caller (docs/architecture.md).
 */
import type { Draft } from "../draft/types";
import type { OrganizationConfig } from "../config/types";
import { defaultConfig, effectiveInternalDomains } from "../config";
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

// Who the message is for lives beside the rules (they need it too, and must not import the runner).
export { externalRecipients, onlyInternalRecipients } from "../rules/support/recipients";
