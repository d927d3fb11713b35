/**
 * Office's compose type names in the checker's words. Its own module: the task pane's Office
 * adapter needs it at start-up, before (and without) the checker (initial-JS budget, issue 17).
 */
import type { ComposeType } from "../vocabulary";

/** Office's compose type names (getComposeTypeAsync) in the checker's words. */
const OFFICE_COMPOSE_TYPES: Record<string, ComposeType> = { newMail: "new", reply: "reply", replyAll: "replyAll", forward: "forward" };

/** The compose type from what Office's getComposeTypeAsync answers (a string or { composeType }). */
export function composeTypeFromOffice(value: unknown): ComposeType {
  const name = typeof value === "string" ? value : value && typeof value === "object" ? (value as { composeType?: unknown }).composeType : undefined;
  return typeof name === "string" && Object.prototype.hasOwnProperty.call(OFFICE_COMPOSE_TYPES, name) ? OFFICE_COMPOSE_TYPES[name] : "unknown";
}
