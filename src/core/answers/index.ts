/** Model answers suggested from a client's message, locally (issue 21). */
export { buildAnswerIndex, rankAnswers, suggestAnswers, MATCH_THRESHOLD, RUNNER_UP_THRESHOLD } from "./match";
export type { AnswerIndex, AnswerMatch, MatchableAnswer, SuggestOptions } from "./match";
export { evaluate, rates, TARGETS, type Evaluation, type LabelledMessage } from "./evaluate";
export { findOverlaps, overlapIssues, type AnswerOverlap } from "./overlap";
export { clientText } from "./clientText";
export { answerPlanPatch } from "./apply";
