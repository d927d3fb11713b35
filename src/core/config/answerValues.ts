/**
 * The model answers' value checks (issue 21), a section of organization.json's checks that only the
 * validator's path (resolveConfig: `config check`, the task pane) runs. The on-send handler's reader
 * (read.ts) leaves the answers out — sending never suggests one — so it does not bundle this.
 */
import { isIsoDate } from "./checks";
import { calendarDateIssue, issue, type SectionCheck } from "./values";

/**
 * Model answers: ids unique (a second use is dropped), links https, the named specialist in the
 * directory, the review date a real date. An answer that names an unknown specialist is kept (its
 * body still serves); the warning says the referral will lack contact details.
 */
export const checkAnswers: SectionCheck = (data, errors, warnings, drops, checkUrlAt) => {
  const answers: unknown[] = Array.isArray(data.answers) ? data.answers : [];
  const specialistNames = new Set<string>();
  for (const s of Array.isArray(data.specialists) ? data.specialists : []) {
    if (s !== null && typeof s === "object" && !Array.isArray(s) && typeof s.name === "string") specialistNames.add(s.name.trim().toLowerCase());
  }
  const seenIds = new Map<string, number>();
  answers.forEach((entry, i) => {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return;
    const a = entry as Record<string, unknown>;
    if (typeof a.id === "string") {
      const first = seenIds.get(a.id);
      if (first !== undefined) {
        errors.push(
          issue(
            `/answers/${i}/id`,
            "error",
            "duplicate-id",
            { lv: `Atbildes identifikators “${a.id}” jau ir izmantots (/answers/${first}).`, en: `Answer id “${a.id}” is already used (/answers/${first}).` },
            { lv: "Dodiet katrai atbildei savu identifikatoru vai izdzēsiet dublikātu.", en: "Give each answer its own id or remove the duplicate." },
          ),
        );
        drops.push(`/answers/${i}`);
        return;
      }
      seenIds.set(a.id, i);
    }
    (Array.isArray(a.links) ? a.links : []).forEach((link, k) => {
      if (link !== null && typeof link === "object") checkUrlAt(`/answers/${i}/links/${k}/url`, (link as Record<string, unknown>).url, `/answers/${i}/links/${k}`);
    });
    if (typeof a.specialist === "string" && !specialistNames.has(a.specialist.trim().toLowerCase())) {
      warnings.push(
        issue(
          `/answers/${i}/specialist`,
          "warning",
          "unknown-specialist",
          { lv: `Speciālists “${a.specialist}” nav atrodams sadaļā specialists.`, en: `Specialist “${a.specialist}” is not in the specialists section.` },
          { lv: "Ierakstiet speciālista vārdu tieši tā, kā tas ir sadaļā specialists, vai pievienojiet speciālistu.", en: "Write the name exactly as in the specialists section, or add the specialist." },
        ),
      );
    }
    if (typeof a.reviewDate === "string" && !isIsoDate(a.reviewDate)) {
      errors.push(calendarDateIssue(`/answers/${i}/reviewDate`, a.reviewDate));
      drops.push(`/answers/${i}/reviewDate`);
    }
  });
};
