export { originalFacts, headerDate, type OriginalFacts } from "./originalFacts";
