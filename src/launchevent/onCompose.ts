/**
 * OnNewMessageCompose: inserts the Atbilde signature into a new message, reply or forward — the only
 * place the handlers write to a message, and only through setSignatureAsync. Never a second
 * signature: Outlook fires the event again on Resend, on items opened from the Outbox (deferred
 * delivery) and after a recall, with the earlier signature still in the body, and setSignatureAsync
 * then stacks another one (office-js known issues; issue 18). So the body is looked at first:
 * Outlook's own signature containers, our own marker, or a signature the parser recognises in the
 * employee's part all mean "already signed".
 */
import { parseDraft } from "../core/draft";
import { signatureHtml } from "../core/compose";
import type { OrganizationConfig } from "../core/config/types";
import { effectiveSignature, ROAMING_KEYS, savedSignature } from "../core/config/userSettings";
import type { UiLanguage } from "../core/rules/types";
import { createEventPort, officeEnvironment, type HandlerEnvironment, type HandlerEvent } from "../office/eventPort";
import { completeOnce } from "./budget";
import { loadConfig, safeLanguage } from "./handlerCommon";
import { hasSignatureContainer, newPartOf, SIGNATURE_MARKER_CLASS } from "./bodyParts";
import { MAX_CHECKED_HTML_CHARS } from "./onSend";

export type ComposeOutcome = "inserted" | "disabled" | "not-wanted" | "unsupported" | "client-signature" | "has-signature" | "no-name";

/** Whether the body already carries a signature in the employee's part. */
export function alreadySigned(html: string): boolean {
  if (hasSignatureContainer(html)) return true;
  // A signature typed or pasted by hand; a huge body is judged by its first part only.
  return Boolean(parseDraft(newPartOf(html, MAX_CHECKED_HTML_CHARS).html, "html").signature);
}

/**
 * Inserts the Atbilde signature unless one is there already. Written as a promise chain, not an
 * async function: classic Outlook's runtime must not see async code (docs/decisions.md).
 */
export function insertSignatureOnCompose(env: HandlerEnvironment, config: OrganizationConfig, lang: UiLanguage): Promise<ComposeOutcome> {
  const port = createEventPort(env.office);
  const wanted = config.signature.insertOnNewMessage || port.roaming(ROAMING_KEYS.insertSignature) === true;
  if (!wanted) return Promise.resolve<ComposeOutcome>("not-wanted");
  // setSignatureAsync and isClientSignatureEnabledAsync are Mailbox 1.10, as is the event itself.
  if (!port.hasItem() || !port.canSetSignature()) return Promise.resolve<ComposeOutcome>("unsupported");

  const language: UiLanguage = lang === "en" && config.englishReplies ? "en" : "lv";
  // The signature as every front door fills it: the user's setting, the profile, the config.
  const signature = effectiveSignature(savedSignature(port.roaming(ROAMING_KEYS.signature)), port.userProfile(), config, language);
  if (!signature.name) return Promise.resolve<ComposeOutcome>("no-name");

  // Outlook's own signature: if we cannot tell, assume it is on (never a second copy).
  return port
    .isClientSignatureEnabled()
    .then((clientSignature) => {
      if (clientSignature && config.signature.disableClientSignature && port.canDisableClientSignature()) {
        return port.disableClientSignature().then(() => ({ clientSignature: false, disabled: true }));
      }
      return { clientSignature, disabled: false };
    })
    .then(({ clientSignature, disabled }): ComposeOutcome | Promise<ComposeOutcome> => {
      if (clientSignature) return "client-signature";
      return port.getBodyHtml().then((html) => {
        if (alreadySigned(html)) return disabled ? "disabled" : "has-signature";
        const block = `<div class="${SIGNATURE_MARKER_CLASS}">${signatureHtml(signature, language, config.signature.closing[language])}</div>`;
        return port.setSignature(block).then((): ComposeOutcome => "inserted");
      });
    });
}

export function onNewMessageComposeHandler(event: HandlerEvent, env: HandlerEnvironment = officeEnvironment()): Promise<void> {
  const lang = safeLanguage(createEventPort(env.office));
  return completeOnce(
    event,
    () => loadConfig(env).then((loaded) => insertSignatureOnCompose(env, loaded.config, lang).then(() => undefined)),
    lang,
    // A signature that could not be added is only a missing convenience: the form opens as it is.
    () => undefined,
  );
}
