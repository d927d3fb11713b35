/**
 * A profile is one customer-service standard seen through our rule catalogue: which of its clauses
 * each rule enforces (number + the clause's own words), and the clauses the composer and the Learn
 * view need. Where a standard has no clause for a rule, the rule is absent from `rules` and findings
 * say "laba prakse" — never a made-up clause.
 */
import type { Localized, RuleId } from "../vocabulary";

export type ProfileId = "adazi-2023" | "riga" | "jaunpiebalga-2017" | "rezekne-2018" | "garkalne";

/** One clause of a standard: its number as printed and a short quote copied exactly from it. */
export interface ClauseRef {
  clause: string;
  /** Latvian wording copied from the standard (whitespace may differ from the printed line breaks). */
  quote: string;
}

export interface RuleMapping {
  clauses: ClauseRef[];
  /**
   * The clause is written for another channel (face to face, telephone) and applies to e-mail only by
   * analogy; the UI says so.
   */
  byAnalogy?: boolean;
  note?: Localized;
}

export interface SourceDocument {
  /** Title as printed in the standard. */
  title: string;
  /** Who issued or approved it. */
  issuer: string;
  /** Number as printed (e.g. "Nr. 26"), or null when the text carries none. */
  number: string | null;
  /** Date of adoption/issue (YYYY-MM-DD), or null when the text carries none. */
  adopted: string | null;
  /** Date it took effect (YYYY-MM-DD), when the text says. */
  inForce: string | null;
  /** Anything else the text says about its adoption (protocol numbers, signatory). */
  details?: string;
  /** File name of the copy in test/fixtures/standards/ that the clause test reads. */
  fixture: string;
}

export interface LearnClause extends ClauseRef {
  summary: Localized;
  /** "direct": written for e-mail or for all contact; "analogy": written for another channel. */
  applies: "direct" | "analogy";
}

export interface Profile {
  id: ProfileId;
  name: Localized;
  /** The organization the standard binds. */
  organization: Localized;
  source: SourceDocument;
  rules: Partial<Record<RuleId, RuleMapping>>;
  /** Holding reply ("we need time; you will get the answer by …"). */
  holdingReply: {
    clauses: ClauseRef[];
    byAnalogy: boolean;
    /** Longest wait the standard allows before the answer, in working days, when it sets one. */
    maxWorkingDays: number | null;
  } | null;
  /** Referral to the competent specialist. */
  referral: { clauses: ClauseRef[]; byAnalogy: boolean } | null;
  /** Apology for an error, and whether the client must be told of the right to complain. */
  apology: { clauses: ClauseRef[]; complaintRightRequired: boolean; complaintClause: ClauseRef | null } | null;
  /** Who examines complaints about breaches of the standard. */
  complaints: { clauses: ClauseRef[]; handler: Localized };
  /** Clauses about clients inside the organization (the on-send check lets such mail go). */
  internalClients: ClauseRef[];
  /** Every clause that bears on e-mail, with a plain-words summary, for the Learn view. */
  emailClauses: LearnClause[];
}
