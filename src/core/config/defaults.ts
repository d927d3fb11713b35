import type { RuleId } from "../vocabulary";
import type { OrganizationConfig, SignatureField } from "./types";

export const SIGNATURE_FIELDS: readonly SignatureField[] = ["name", "position", "institution", "phone", "email", "website"];

/** Errors of these rules stop the send by default: what clause 9.4 and 9.1 demand, and unsafe links. */
export const DEFAULT_ON_SEND_RULES: readonly RuleId[] = [
  "greeting",
  "signature-name",
  "signature-position",
  "signature-institution",
  "signature-phone",
  "signature-email",
  "signature-website",
  "link-unsafe",
];

export const DEFAULT_SENTENCE_LIMIT = 25;

/** What an absent organization.json means. Treat as read-only: resolveConfig() returns fresh copies. */
export const defaultConfig: OrganizationConfig = {
  version: 1,
  organization: { name: { lv: "" }, website: "", phone: "", email: "", address: "" },
  profile: "adazi-2023",
  internalDomains: [],
  links: [],
  specialists: [],
  answers: [],
  complaintAuthority: null,
  rules: {},
  sentenceLimit: DEFAULT_SENTENCE_LIMIT,
  jargon: { add: [], remove: [] },
  knownWords: [],
  placeNames: [],
  onSend: {
    mode: "block",
    rules: DEFAULT_ON_SEND_RULES.slice(),
    spelling: false,
    warningsMode: "send",
    budgetMs: 3000,
  },
  signature: {
    policy: "user",
    insertOnNewMessage: false,
    disableClientSignature: false,
    requiredFields: SIGNATURE_FIELDS.slice(),
    closing: { lv: "Ar cieņu", en: "Kind regards" },
  },
  englishReplies: false,
  calendar: { holidays: [], workingDayTransfers: [] },
};

export function cloneDefaultConfig(): OrganizationConfig {
  return JSON.parse(JSON.stringify(defaultConfig)) as OrganizationConfig;
}
