/**
 * A chosen model answer as changes to the reply plan (issue 21): its body, links, next steps and, for a
 * referral, its specialist — in the reply's language where the answer has an English variant. The
 * employee adapts the result, and the check runs on it as on any reply.
 */
import type { ModelAnswer, OrganizationConfig } from "../config/types";
import { specialistFor } from "../compose";
import type { ReplyPlan } from "../compose/types";

export function answerPlanPatch(answer: ModelAnswer, config: OrganizationConfig, language: ReplyPlan["language"]): Partial<ReplyPlan> {
  const english = language === "en" ? answer.en : undefined;
  const listed = answer.specialist ? config.specialists.find((s) => s.name.trim().toLowerCase() === answer.specialist?.trim().toLowerCase()) : undefined;
  const scenario = answer.scenario ?? (listed ? "referral" : "answer");
  const patch: Partial<ReplyPlan> = {
    scenario,
    body: (english ? english.body : answer.body).slice(),
    links: answer.links.map((l) => ({ title: l.title, url: l.url })),
    nextSteps: ((english && english.nextSteps) || answer.nextSteps).slice(),
  };
  if (listed) patch.specialist = specialistFor(listed, language);
  return patch;
}
