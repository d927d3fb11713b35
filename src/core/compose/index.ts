export type * from "./types";
export { composeReply, signatureHtml, signatureLines, type ComposeOptions } from "./composeReply";
export { cleanSubject, referenceLine } from "./phrases";
export { subjectFitness, type SubjectFitness } from "./subject";
export { escapeHtml, safeHref, displayWebsite } from "./html";
export { prefillPlan, originalRef, clientMessageFacts, complaintAddressFor, composeOptionsFor, registrationNumberFrom, localizedText, specialistFor, type OriginalMessage, type OpenItem, type PrefillInput, type UserSignatureFields } from "./prefill";
