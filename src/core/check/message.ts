/**
 * The one entry into the checker (docs/architecture.md, "The engine's data flow"): every front door
 * — the task pane, the on-send handler, the CLI, the Learn view and its exercises — describes the
 * message as MessageFacts and calls checkMessage (the on-send handler calls its first half,
 * prepareMessage, and runs the rules in slices within its send budget). The context the rules see
 * is built in one place (contextForMessage → buildContext), so the pane and the send check cannot
 * disagree about, say, a Bcc-only client.
 *
 * Findings that arrive later (spelling from the pane's Web Worker) join a check with mergeFindings,
 * which stamps and orders them exactly as the runner does.
 */
import { parseDraft } from "../draft";
import type { Draft } from "../draft/types";
import type { OrganizationConfig } from "../config/types";
import type { Finding, Rule, RuleContext } from "../rules/types";
import type { AttachmentInfo, ComposeType, Recipient, RuleId, UiLanguage } from "../vocabulary";
import { buildContext } from "./context";
import { checkDraftDetailed, ruleApplies, sortFindings, stampFindings, type CheckResult } from "./checkDraft";

/** Someone in the thread, as a mail client names them. */
export interface MessagePerson {
  name?: string;
  email?: string;
}

/** Everything a front door knows about the message being written — one shape for all of them. */
export interface MessageFacts {
  /** The body as the client holds it (the quoted thread included; the parser separates it). */
  body: string;
  format: "html" | "text";
  /** To, Cc and Bcc alike: a Bcc-only client makes a message external in the pane and on send. */
  recipients: readonly Recipient[];
  /** "unknown" when the front door cannot tell (see composeTypeFromOffice, composeTypeFromHeaders). */
  composeType?: ComposeType;
  /** Attachments of the message; inline images are dropped here, whoever passes them. */
  attachments?: readonly AttachmentInfo[];
  /** The message being answered or forwarded, when known: its sender's name is a known word. */
  original?: { from?: MessagePerson | null } | null;
  /** The employee writing: the address decides the default internal domains; a name given counts as a known word. */
  user?: MessagePerson | null;
  /** The user's own settings that bear on checking. */
  settings?: { personalDictionary?: readonly string[] };
}

export interface CheckOptions {
  /** The rules to run (the catalogue, without spelling where spelling comes later). */
  rules: readonly Rule[];
  /** The language of the messages; Latvian unless given. */
  lang?: UiLanguage;
}

/** A finished check with what it was computed from, so a fix or a late finding lands exactly. */
export interface MessageCheck extends CheckResult {
  draft: Draft;
  context: RuleContext;
}

/** The facts as the rules' context: one function for every front door (docs/architecture.md). */
export function contextForMessage(facts: MessageFacts, draft: Draft, config: OrganizationConfig, lang?: UiLanguage): RuleContext {
  const names: string[] = [];
  const add = (person: MessagePerson | null | undefined) => {
    if (person && person.name) names.push(person.name);
  };
  add(facts.user);
  if (facts.original) add(facts.original.from);
  // `||` and `&&` rather than `??` and `?.`: the on-send handler bundles this function, and each
  // lowered `??`/`?.` costs its size-bounded file (docs/decisions.md); for these fields they agree.
  const dictionary = (facts.settings && facts.settings.personalDictionary) || [];
  return buildContext({
    draft,
    config,
    lang,
    recipients: [...facts.recipients],
    composeType: facts.composeType || "unknown",
    attachments: (facts.attachments || []).filter((a) => !a.isInline),
    userEmail: (facts.user && facts.user.email) || undefined,
    threadNames: [...names, ...dictionary],
  });
}

/** A message ready for the rules: its parsed draft and the context they see. */
export interface PreparedMessage {
  draft: Draft;
  context: RuleContext;
}

/**
 * Parses the body and builds the context — the first half of checkMessage, shared with the on-send
 * handler, which runs the rules itself in slices within its send budget (src/launchevent/onSend.ts).
 */
export function prepareMessage(facts: MessageFacts, config: OrganizationConfig, lang?: UiLanguage): PreparedMessage {
  const draft = parseDraft(facts.body, facts.format);
  return { draft, context: contextForMessage(facts, draft, config, lang) };
}

/** Parses the body, builds the context and runs the rules: the one path from message to findings. */
export function checkMessage(facts: MessageFacts, config: OrganizationConfig, options: CheckOptions): MessageCheck {
  const { draft, context } = prepareMessage(facts, config, options.lang);
  return { ...checkDraftDetailed(draft, context, options.rules), draft, context };
}

/** Whether a rule run later (spelling in a worker) belongs to this check: enabled, in scope, something new to check. */
export function lateRuleApplies(check: Pick<MessageCheck, "scope" | "context">, id: RuleId): boolean {
  return check.scope !== "nothing-new" && ruleApplies(id, check.context);
}

/**
 * The check with a late rule's findings added: stamped with the profile's clause and the configured
 * severity and put in the runner's order. Unchanged when the rule does not apply or found nothing.
 */
export function mergeFindings<T extends MessageCheck>(check: T, id: RuleId, found: readonly Finding[]): T {
  if (found.length === 0 || !lateRuleApplies(check, id)) return check;
  return { ...check, findings: sortFindings([...check.findings, ...stampFindings(id, found, check.context)]) };
}

// In its own module so the task pane can name the compose type without loading the checker.
export { composeTypeFromOffice } from "./composeType";
