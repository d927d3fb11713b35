/**
 * ReplyPlan (contract, docs/architecture.md) and what the composer returns. Fields may be added; the
 * contract's fields keep their names and meaning.
 */
import type { RuleId } from "../rules/types";

export type Scenario = "answer" | "holding" | "referral" | "apology";
export type ReplyLanguage = "lv" | "en";
export type OriginalKind = "e-pasts" | "iesniegums" | "vēstule";
export type GreetingChoice = "neutral" | "named" | "formal";
/** How the holding reply says the answer will come. */
export type AnswerForm = "e-pasts" | "vēstule" | "telefons" | "klātiene";

export interface PlanSignature {
  name: string;
  position: string;
  institution: string;
  phone: string;
  email: string;
  website: string;
}

export interface PlanSpecialist {
  name: string;
  position: string;
  location?: string;
  hours?: string;
  phone?: string;
  email?: string;
}

export interface ReplyPlan {
  scenario: Scenario;
  language: ReplyLanguage;
  client: { name: string; email?: string };
  original: { date: string; subject?: string; kind?: OriginalKind; number?: string };
  greeting?: GreetingChoice;
  body: string[];
  links?: { title: string; url: string }[];
  nextSteps?: string[];
  /** YYYY-MM-DD, or working days counted from the day of sending (exclusive). */
  deadline?: string | { workingDays: number };
  closing?: "thanks" | "apology";
  specialist?: PlanSpecialist;
  signature: PlanSignature;
  // --- additions (see docs/decisions.md) ---
  /** The greeting line as the employee edited it; replaces the suggested one. */
  greetingText?: string;
  /** The reference line as the employee edited it; replaces the suggested one. */
  referenceText?: string;
  /** Holding reply: how the answer will come (default e-pasts). */
  answerForm?: AnswerForm;
  /** Apology: who examines complaints, when the config names someone other than the profile. */
  complaintAuthority?: string;
  /** The closing word before the signature ("Ar cieņu" by default). */
  signOff?: string;
}

export type ReplyPartKind = "greeting" | "reference" | "body" | "links" | "nextSteps" | "deadline" | "referral" | "complaint" | "closing" | "signature";

export interface ReplyPart {
  kind: ReplyPartKind;
  /** The rule (and so the profile clause) this part satisfies. */
  rule: RuleId | null;
  /** Plain text of the part (lines joined with "\n"). */
  text: string;
  html: string;
}

export interface ComposedReply {
  html: string;
  text: string;
  parts: ReplyPart[];
  /** Things the employee should know: a fallback greeting, a dropped link, a deadline past the profile's limit. */
  notes: ComposeNote[];
  /** The deadline actually used, as YYYY-MM-DD. */
  deadline: string | null;
}

export interface ComposeNote {
  code: "greeting-fallback" | "link-dropped" | "deadline-too-late" | "deadline-past" | "missing-specialist" | "missing-signature-field";
  message: { lv: string; en: string };
}
