/**
 * Who a message is for, as the rules and the runner see it: colleagues (the organization's internal
 * domains) or external clients. Here, beside the rules, so that rules never import the runner
 * (docs/architecture.md, "Layers").
 */
import { isInternalAddress } from "../../config";
import type { Recipient, RuleContext } from "../types";

/** True when every recipient is a colleague: clause 10 (internal clients) applies, not clause 9. */
export function onlyInternalRecipients(context: Pick<RuleContext, "recipients" | "internalDomains">): boolean {
  if (context.recipients.length === 0 || context.internalDomains.length === 0) return false;
  return context.recipients.every((r) => isInternalAddress(r.email, context.internalDomains));
}

/** External clients addressed directly (To), for rules that care whether one person is addressed. */
export function externalRecipients(context: Pick<RuleContext, "recipients" | "internalDomains">): Recipient[] {
  return context.recipients.filter((r) => r.kind === "to" && !isInternalAddress(r.email, context.internalDomains));
}
