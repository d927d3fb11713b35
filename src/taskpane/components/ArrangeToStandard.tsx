/**
 * One click to meet the standard in the Check view (issue 17): the missing parts' cards get their
 * fix (core/arrange withStructuralFixes) and "Sakārtot pēc standarta" applies every safe fix as one
 * write through the ReplyWriter — one undoable step, whose *Atsaukt* restores the exact body before.
 */
import * as React from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import { arrangeBody, arrangeToStandard, withStructuralFixes, type SignatureValues } from "../../core/arrange";
import type { MessageCheck } from "../../core/check/message";
import type { OrganizationConfig } from "../../core/config/types";
import { effectiveSignature } from "../../core/config/userSettings";
import type { Finding } from "../../core/rules/types";
import { suggestionLanguage } from "../../core/rules/support/language";
import type { MailboxPort } from "../../office/mailboxPort";
import type { Strings } from "../../ui/i18n";
import { userSignature } from "../userSettings";

/** The signature the reply should carry: the user's Settings over Office's profile and the organization, in the draft's language. */
export function replySignature(mailbox: MailboxPort, config: OrganizationConfig, check: MessageCheck): SignatureValues {
  return effectiveSignature(userSignature(mailbox), mailbox.getUserProfile(), config, suggestionLanguage(check.context.language));
}

/** The check's findings with a fix on every missing part's card the engine can fill in. */
export function useStandardFixes(check: MessageCheck | null, mailbox: MailboxPort, config: OrganizationConfig): Finding[] {
  return React.useMemo(() => (check ? withStructuralFixes(check, { signature: replySignature(mailbox, config, check) }) : []), [check, mailbox, config]);
}

export interface ArrangeToStandardProps {
  /** The check the edits are computed from, and the body HTML it read. */
  run: MessageCheck & { html: string };
  mailbox: MailboxPort;
  config: OrganizationConfig;
  strings: Strings;
  disabled?: boolean;
  /** Writes the arranged body (re-reading the body first, keeping the undo copy) and re-checks. */
  onArrange: (body: string) => void;
}

/** "Sakārtot pēc standarta": shown while some safe fix is left to make. */
export function ArrangeToStandard({ run, mailbox, config, strings: t, disabled, onArrange }: ArrangeToStandardProps): React.ReactElement | null {
  const signature = React.useMemo(() => replySignature(mailbox, config, run), [mailbox, config, run]);
  const arrangement = React.useMemo(() => arrangeToStandard(run, { signature }), [run, signature]);
  if (arrangement.edits.length === 0) return null;
  return (
    <div data-testid="arrange">
      <Button appearance="primary" disabled={disabled} onClick={() => onArrange(arrangeBody(run, run.html, { signature }).body)} data-testid="arrange-to-standard">
        {t.arrangeToStandard}
      </Button>
      <Caption1 as="p">{t.arrangeHint}</Caption1>
    </div>
  );
}
