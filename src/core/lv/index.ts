/**
 * Latvian language helpers: dates in the right case, working days and public holidays, names
 * and greetings. (The plain-language lexicon lives in ./lexicon and is imported from there.)
 */
export * from "./dates";
export * from "./calendar";
export * from "./names";
