/** The draft model: what the employee actually wrote, read from any mail client. */
export type * from "./types";
export { parseDraft, type ParseOptions } from "./parseDraft";
export { draftToJson, type DraftJson, type DraftJsonLink } from "./json";
export { detectLanguage } from "./language";
export { splitSentences, splitTokensIntoSentences, ABBREVIATIONS_MAY_END, ABBREVIATIONS_NEVER_FINAL, type SentenceSpan } from "./sentences";
export { tokenize, findUrls, findEmails, type FoundSpan } from "./tokens";
export { unwrapLink, normaliseBareHref } from "./links";
export {
  detectSignature,
  findPhone,
  findPhones,
  findEmail,
  findWebsite,
  isPositionText,
  institutionScore,
  isPersonName,
  stripHonorifics,
  isDeviceSignatureLine,
  matchClosing,
  splitParts,
  type ClosingMatch,
} from "./signature";
export { isSeparatorLine, headerLabelKind, wroteHeaderEnd, isAngleQuoted, headerBlockAt, type HeaderBlock } from "./quote";
export { isDeviceFooterLine, isLegalDisclaimer } from "./footer";
export type { TextEdit } from "./sourceMap";
export { EditSpansMarkupError } from "./sourceMap";
