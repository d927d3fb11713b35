/**
 * OnMessageSend (Smart Alerts, issue 8): reads the message through the event port, runs the core
 * checker in slices within the send budget, lets decide.ts decide and reports the result with
 * event.completed — exactly once. It only reads: nothing here writes the body (body.setAsync during
 * OnMessageSend breaks quoted inline images in Outlook; issue 18).
 *
 * It never traps mail through its own fault: any exception, a body too large to check within the
 * budget, or the budget running out (organization.json onSend.budgetMs, 3 s by default) lets the
 * message go — unless the organization chose strict mode, which then stops it and says the check
 * could not run (docs/onsend.md).
 */
import { onlyInternalRecipients } from "../core/check/context";
import { checkDraftDetailed, sortFindings, type CheckResult } from "../core/check/checkDraft";
import { prepareMessage, type MessageFacts } from "../core/check/message";
import { personalDictionaryFrom, ROAMING_KEYS } from "../core/config/userSettings";
import type { Draft } from "../core/draft/types";
import { SEND_RULES } from "../core/rules/generated/sendRules";
import { createSpellingRule } from "../core/rules/spelling";
import { getProfile } from "../core/standard";
import type { OrganizationConfig } from "../core/config/types";
import type { Finding, Recipient, Rule, RuleContext, UiLanguage } from "../core/rules/types";
import { decideOnSend, type OnSendDecision } from "./decide";
import { createEventPort, officeEnvironment, type EventPort, type HandlerEnvironment, type HandlerEvent } from "../office/eventPort";
import { BudgetSpent, budgetOf, completeOnce, yieldToEventLoop, type Deadline, type RunState } from "./budget";
import { loadConfig, safeLanguage } from "./handlerCommon";
import { spellingWithin } from "./spelling";
import { newPartOf } from "./bodyParts";

/**
 * The most HTML the send check parses. A longer body is cut where its quoted thread starts (the
 * employee's part is what is checked); a longer part of the employee's own is not checked at all.
 */
export const MAX_CHECKED_HTML_CHARS = 400000;
/** The most new text (the employee's part, as plain text) the send check runs the rules over. */
export const MAX_CHECKED_TEXT_CHARS = 60000;
/** Time kept for the spelling rule itself once the word lists are there. */
const SPELLING_CHECK_RESERVE_MS = 300;

// The functions here are promise chains, not async functions: classic Outlook's runtime must not see
// async code, and lowering it costs the bundle a state-machine runtime per file (docs/decisions.md).

/** The message as MessageFacts — the same shape the pane, the CLI and Learn describe it in. */
function readMessage(port: EventPort): Promise<MessageFacts> {
  if (!port.hasItem()) return Promise.reject(new Error("no item"));
  return Promise.all([
    port.getBodyHtml(),
    port.getRecipients("to"),
    port.getRecipients("cc"),
    // Bcc is Mailbox 1.1 in compose too; a failure there only loses the Bcc recipients.
    port.getRecipients("bcc").catch(() => [] as Recipient[]),
    port.getComposeType(),
    port.getAttachments(),
  ]).then(([html, to, cc, bcc, composeType, attachments]): MessageFacts => {
    const profile = port.userProfile();
    return {
      body: html,
      format: "html",
      recipients: to.concat(cc, bcc),
      composeType,
      attachments,
      // The sending mailbox's name is a known word, as in the task pane.
      user: { email: profile.emailAddress, name: profile.displayName },
      // The user's own dictionary counts as known words, as in the task pane.
      settings: { personalDictionary: personalDictionaryFrom(port.roaming(ROAMING_KEYS.personalDictionary)) },
    };
  });
}

/**
 * The body the send check parses, or null when the employee's own part is too large to check within
 * the budget. A body over MAX_CHECKED_HTML_CHARS is cut where its quoted thread begins: the checks
 * that need the original then see none, as with Outlook on the web's reply body before the thread is
 * expanded, and stay quiet about it.
 */
export function boundedBody(html: string): string | null {
  if (html.length <= MAX_CHECKED_HTML_CHARS) return html;
  const part = newPartOf(html, MAX_CHECKED_HTML_CHARS);
  return part.quoteFound ? part.html : null;
}

/** Whether the parsed employee's part is small enough for the rules within the budget. */
function withinTextLimit(draft: Draft): boolean {
  return draft.text.length <= MAX_CHECKED_TEXT_CHARS;
}

/**
 * The one call into the checker: the rules one at a time, yielding to the event loop between them
 * and stopping (BudgetSpent) when the budget is spent. The findings are those checkDraftDetailed
 * gives for all the rules at once.
 */
export function checkInSlices(draft: Draft, context: RuleContext, rules: readonly Rule[], deadline: Deadline): Promise<CheckResult> {
  const result = checkDraftDetailed(draft, context, []);
  if (result.scope === "nothing-new") return Promise.resolve(result);
  const next = (index: number): Promise<CheckResult> => {
    deadline.check();
    if (index >= rules.length) {
      sortFindings(result.findings);
      return Promise.resolve(result);
    }
    const part = checkDraftDetailed(draft, context, [rules[index]]);
    result.findings.push(...part.findings);
    result.failedRules.push(...part.failedRules);
    return yieldToEventLoop().then(() => next(index + 1));
  };
  return Promise.resolve().then(() => next(0));
}

/** What the send handler computed, for the preview and the tests (never logged). */
export interface SendOutcome {
  decision: OnSendDecision;
  /** The findings the decision was made from (the same as checkMessage's for this message). */
  findings: Finding[];
  scope: CheckResult["scope"];
  findingsCount: number;
  spelling: "off" | "used" | "unavailable";
}

/** A deadline that never runs out, for callers that bound the time themselves. */
const NO_DEADLINE: Deadline = { left: () => Infinity, check: () => undefined };

/**
 * The send check: the message read as MessageFacts, prepared by core's prepareMessage (the same
 * draft and context checkMessage builds), the rules run in slices within the budget, then decide.ts.
 */
export function decideMessageSend(env: HandlerEnvironment, config: OrganizationConfig, lang: UiLanguage, deadline: Deadline = NO_DEADLINE): Promise<SendOutcome> {
  if (config.onSend.mode === "off") {
    return Promise.resolve<SendOutcome>({ decision: { allow: true, reason: "mode-off" }, findings: [], scope: "full", findingsCount: 0, spelling: "off" });
  }
  const port = createEventPort(env.office);
  return readMessage(port).then((facts) => {
    deadline.check();
    const body = boundedBody(facts.body);
    if (body === null) throw new BudgetSpent();
    const { draft, context } = prepareMessage(Object.assign({}, facts, { body }), config, lang);
    if (!withinTextLimit(draft)) throw new BudgetSpent();
    deadline.check();
    const wantSpelling = config.onSend.spelling && draft.text.trim() !== "" && !onlyInternalRecipients(context);
    // The word lists download while the other rules run; they never hold those rules up.
    const spellingLoad = wantSpelling ? spellingWithin(env, draft.language, Math.max(0, deadline.left() - SPELLING_CHECK_RESERVE_MS)) : null;
    return checkInSlices(draft, context, SEND_RULES, deadline)
      .then((result) => {
        if (!spellingLoad) return { result, spelling: "off" as SendOutcome["spelling"] };
        return spellingLoad.then((checkers) => {
          // Spelling data that cannot arrive in time never stops a send; the other rules still decide.
          if (!checkers || deadline.left() <= 0) return { result, spelling: "unavailable" as SendOutcome["spelling"] };
          return checkInSlices(draft, context, [createSpellingRule(checkers)], deadline).then((spelled) => {
            result.findings = sortFindings(result.findings.concat(spelled.findings));
            return { result, spelling: "used" as SendOutcome["spelling"] };
          });
        });
      })
      .then(({ result, spelling }): SendOutcome => {
        const decision = decideOnSend({
          findings: result.findings,
          scope: result.scope,
          onSend: config.onSend,
          supports: (version) => port.supports(version),
          lang,
          profile: getProfile(config.profile),
        });
        return { decision, findings: result.findings, scope: result.scope, findingsCount: result.findings.length, spelling };
      });
  });
}

/** decide.ts's decision as event.completed options. */
export function completedOptions(decision: OnSendDecision, port: EventPort): Record<string, unknown> {
  if (decision.allow) return { allowEvent: true };
  const options: Record<string, unknown> = { allowEvent: false, errorMessage: decision.errorMessage };
  if (decision.errorMessageMarkdown) options.errorMessageMarkdown = decision.errorMessageMarkdown;
  if (decision.cancelLabel) options.cancelLabel = decision.cancelLabel;
  if (decision.commandId) options.commandId = decision.commandId;
  if (decision.contextData) options.contextData = decision.contextData;
  if (decision.sendModeOverride) options.sendModeOverride = port.promptUserMode();
  return options;
}

const COULD_NOT_CHECK: Record<UiLanguage, string> = {
  lv: "Atbilde nevarēja pārbaudīt šo atbildi, bet iestāde prasa pārbaudi pirms sūtīšanas. Mēģiniet sūtīt vēlreiz; ja tas atkārtojas, sazinieties ar IT atbalstu.",
  en: "Atbilde could not check this reply, and your organization requires the check before sending. Try sending again; if this keeps happening, contact IT support.",
};

/** When the check itself fails, is too large or runs out of time: let the mail go, unless the organization chose strict. */
export function failureOptions(state: RunState): Record<string, unknown> {
  if (state.config && state.config.onSend.mode === "strict") return { allowEvent: false, errorMessage: COULD_NOT_CHECK[state.lang] };
  return { allowEvent: true };
}

export function onMessageSendHandler(event: HandlerEvent, env: HandlerEnvironment = officeEnvironment()): Promise<void> {
  const lang = safeLanguage(createEventPort(env.office));
  return completeOnce(
    event,
    (rearm, state, deadline) =>
      loadConfig(env)
        .then((loaded) => {
          state.config = loaded.config;
          rearm(budgetOf(loaded.config));
          return decideMessageSend(env, loaded.config, lang, deadline);
        })
        .then((outcome) => completedOptions(outcome.decision, createEventPort(env.office))),
    lang,
    failureOptions,
  );
}
