/**
 * The rule catalogue (docs/architecture.md): one file per rule, listed here in catalogue order. Adding a rule
 * is adding one file and one line below.
 */
import type { Rule, RuleMeta } from "./types";
import { rule as greeting } from "./greeting";
import { rule as reference } from "./reference";
import { rule as closing } from "./closing";
import { rule as thanksOrApology } from "./thanks-or-apology";
import { rule as signatureName } from "./signature-name";
import { rule as signaturePosition } from "./signature-position";
import { rule as signatureInstitution } from "./signature-institution";
import { rule as signaturePhone } from "./signature-phone";
import { rule as signatureEmail } from "./signature-email";
import { rule as signatureWebsite } from "./signature-website";
import { rule as jargon } from "./jargon";
import { rule as longSentence } from "./long-sentence";
import { rule as passiveVoice } from "./passive-voice";
import { rule as abbreviation } from "./abbreviation";
import { rule as linkUnsafe } from "./link-unsafe";
import { rule as linkInternal } from "./link-internal";
import { rule as linkText } from "./link-text";
import { rule as attachmentMention } from "./attachment-mention";
import { rule as personalCode } from "./personal-code";
import { rule as tone } from "./tone";
import { rule as politeYou } from "./polite-you";
import { createSpellingRule, meta as spellingMeta, type SpellingCheckers } from "./spelling";

/** Every rule except spelling, which needs its word data loaded first (see core/spelling). */
export const RULES_WITHOUT_SPELLING: readonly Rule[] = [
  greeting,
  reference,
  closing,
  thanksOrApology,
  signatureName,
  signaturePosition,
  signatureInstitution,
  signaturePhone,
  signatureEmail,
  signatureWebsite,
  jargon,
  longSentence,
  passiveVoice,
  abbreviation,
  linkUnsafe,
  linkInternal,
  linkText,
  attachmentMention,
  personalCode,
  tone,
  politeYou,
];

/** Metadata of every rule in the catalogue, for docs and the Learn view. */
export const CATALOGUE: readonly RuleMeta[] = (() => {
  const metas = RULES_WITHOUT_SPELLING.map((r) => r.meta);
  // Catalogue order (docs/architecture.md): spelling follows the signature fields.
  metas.splice(metas.findIndex((m) => m.id === "signature-website") + 1, 0, spellingMeta);
  return metas;
})();

/** The whole catalogue, spelling included, once the word data is loaded. */
export function allRules(checkers: SpellingCheckers): Rule[] {
  return [...RULES_WITHOUT_SPELLING, createSpellingRule(checkers)];
}

export function findRule(id: string, rules: readonly Rule[] = RULES_WITHOUT_SPELLING): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}

export type { Rule, RuleMeta, Finding, RuleContext, Severity } from "./types";
