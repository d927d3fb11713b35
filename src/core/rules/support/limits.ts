/**
 * Upper bound on the findings one rule returns for one draft. A real reply has a handful; a body with
 * thousands of unsafe links or pasted personal codes is better served by the first thousand (the
 * employee has to rework the message anyway) than by a list that takes longer to build and show
 * than the rest of the check — each finding costs a formatted message and an excerpt.
 */
export const MAX_FINDINGS_PER_RULE = 1000;
