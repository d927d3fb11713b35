export type * from "./types";
export { composeReply, signatureHtml, signatureLines, type ComposeOptions } from "./composeReply";
export { cleanSubject, referenceLine } from "./phrases";
export { escapeHtml, safeHref, displayWebsite } from "./html";
export { prefillPlan, composeOptionsFor, registrationNumberFrom, type OriginalMessage, type PrefillInput } from "./prefill";
