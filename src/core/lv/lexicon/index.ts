/**
 * The plain-language lexicon: entries, their sources, and the matcher. The organization config may add
 * phrases (jargon.add, "veik* apmaks*" style) and remove entries by id or by phrase (jargon.remove).
 */
import type { JargonAddition } from "./types";
import { LEXICON } from "./entries";
import { LEXICON_SOURCES } from "./sources";
import { compileLexicon, findJargon, PatternError } from "./match";
import type { CompiledLexicon } from "./match";
import type { LexiconEntry, LexiconSource } from "./types";

export type { LexiconEntry, LexiconKind, LexiconSource } from "./types";
export type { CompiledLexicon, JargonMatch } from "./match";
export { LEXICON, LEXICON_SOURCES, compileLexicon, findJargon, PatternError };

/** Source id of phrases an organization adds in its config. */
export const ORGANIZATION_SOURCE_ID = "organization";

let defaultCompiled: CompiledLexicon | null = null;

/** The built-in lexicon, compiled once. */
export function defaultLexicon(): CompiledLexicon {
  if (!defaultCompiled) defaultCompiled = compileLexicon(LEXICON);
  return defaultCompiled;
}

export function sourceById(id: string): LexiconSource | undefined {
  for (const s of LEXICON_SOURCES) if (s.id === id) return s;
  return undefined;
}

function slug(phrase: string): string {
  return `org-${phrase.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "")}`;
}

/** Whether a config jargon.remove item names this entry (its id, or its example phrase text). */
function removes(item: string, entry: LexiconEntry): boolean {
  const needle = item.trim().toLowerCase();
  if (needle === entry.id) return true;
  const compiled = compileLexicon([entry]);
  return findJargon(needle, undefined, compiled).some((m) => m.start === 0 && m.end === needle.length);
}

/**
 * The lexicon with an organization's additions and removals. Additions whose phrase cannot be compiled
 * are skipped (config validation reports them).
 */
export function buildLexicon(jargon?: { add: JargonAddition[]; remove: string[] }): CompiledLexicon {
  if (!jargon || (jargon.add.length === 0 && jargon.remove.length === 0)) return defaultLexicon();
  const kept = LEXICON.filter((e) => !jargon.remove.some((r) => removes(r, e)));
  const added: LexiconEntry[] = [];
  for (const a of jargon.add) {
    const entry: LexiconEntry = {
      id: slug(a.phrase),
      patterns: [a.phrase.trim().replace(/\s+/g, " ")],
      alternatives: a.alternatives,
      kind: "bureaucratese",
      sourceId: ORGANIZATION_SOURCE_ID,
      note: a.note,
      example: a.phrase,
    };
    try {
      compileLexicon([entry]);
      added.push(entry);
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
    }
  }
  return compileLexicon(kept.concat(added));
}
