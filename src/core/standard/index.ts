/**
 * The five standards as profiles. Findings carry the clause of the active profile; where the profile
 * has no clause for a rule, they carry GOOD_PRACTICE ("laba prakse") instead of an invented number.
 */
import type { Localized, RuleId, UiLanguage } from "../vocabulary";
import type { ClauseRef, Profile, ProfileId } from "./types";
import { adazi } from "./profiles/adazi";
import { garkalne } from "./profiles/garkalne";
import { jaunpiebalga, rezekne, riga } from "./profiles/riga-rezekne-jaunpiebalga";

export type { ClauseRef, LearnClause, Profile, ProfileId, RuleMapping, SourceDocument } from "./types";

/** Contract value of Finding.clause when the profile has no clause for the rule. */
export const GOOD_PRACTICE = "laba prakse";

export const DEFAULT_PROFILE_ID: ProfileId = "adazi-2023";

/** All profiles, the default first. */
export const profiles: readonly Profile[] = [adazi, riga, jaunpiebalga, rezekne, garkalne];

export const PROFILE_IDS: readonly ProfileId[] = profiles.map((p) => p.id);

export function isProfileId(value: string): value is ProfileId {
  return PROFILE_IDS.indexOf(value as ProfileId) >= 0;
}

/** The profile with this id; unknown ids fall back to the default profile. */
export function getProfile(id: string | undefined | null): Profile {
  for (const p of profiles) if (p.id === id) return p;
  return adazi;
}

function uniqueClauseNumbers(refs: readonly ClauseRef[]): string[] {
  const seen: string[] = [];
  for (const r of refs) if (seen.indexOf(r.clause) < 0) seen.push(r.clause);
  return seen;
}

/** "9.4", "9.2, 5.7.4" or "laba prakse" — the value a Finding carries. */
export function clauseFor(profile: Profile, ruleId: RuleId): string {
  const mapping = profile.rules[ruleId];
  if (!mapping || mapping.clauses.length === 0) return GOOD_PRACTICE;
  return uniqueClauseNumbers(mapping.clauses).join(", ");
}

/** The clauses (number + wording) behind a rule in this profile; empty for good practice. */
export function clauseRefsFor(profile: Profile, ruleId: RuleId): readonly ClauseRef[] {
  const mapping = profile.rules[ruleId];
  return mapping ? mapping.clauses : [];
}

export function isByAnalogy(profile: Profile, ruleId: RuleId): boolean {
  return profile.rules[ruleId]?.byAnalogy === true;
}

const GOOD_PRACTICE_LABEL: Localized = { lv: "laba prakse", en: "good practice" };

/**
 * A human label for a clause value, e.g. "Ādaži 2023, 9.4. punkts" / "Ādaži 2023, clause 9.4",
 * "laba prakse" / "good practice". Finding.clause itself stays the bare value.
 */
export function clauseLabel(profile: Profile, clause: string, lang: UiLanguage): string {
  if (clause === GOOD_PRACTICE) return GOOD_PRACTICE_LABEL[lang];
  const numbers = clause.split(", ");
  const short = shortName(profile);
  if (lang === "lv") return `${short}, ${numbers.map((n) => `${n}.`).join(", ")} ${numbers.length > 1 ? "punkti" : "punkts"}`;
  return `${short}, ${numbers.length > 1 ? "clauses" : "clause"} ${numbers.join(", ")}`;
}

/** Short profile name used in labels. */
export function shortName(profile: Profile): string {
  switch (profile.id) {
    case "adazi-2023":
      return "Ādaži 2023";
    case "riga":
      return "Rīga";
    case "jaunpiebalga-2017":
      return "Jaunpiebalga 2017";
    case "rezekne-2018":
      return "Rēzekne 2018";
    case "garkalne":
      return "Garkalne";
  }
}

/** Short description of what the profile covers, for settings and the Learn view. */
export function describeProfile(profile: Profile, lang: UiLanguage): string {
  const s = profile.source;
  const when = s.adopted ?? s.inForce;
  const parts = [s.title];
  if (s.number) parts.push(s.number);
  if (when) parts.push(`(${when})`);
  const mapped = Object.keys(profile.rules).length;
  const tail =
    lang === "lv"
      ? `Noteikumiem ar atbilstošu punktu: ${mapped}; pārējiem — laba prakse.`
      : `Rules with a matching clause: ${mapped}; the others are good practice.`;
  return `${parts.join(" ")}. ${tail}`;
}
