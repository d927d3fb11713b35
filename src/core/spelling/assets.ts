/**
 * The one loader of the compiled word lists (assets/spelling/, named by its manifest.json) for every
 * front door: the pane's Web Worker and the on-send handler read them with fetch, the CLI and the
 * tests with the file system. Core never reads files itself (docs/architecture.md): each front door
 * passes a source that can read a file of assets/spelling/ by name, and this module decides the
 * rest — which file holds which language, that a Latvian draft is checked with the English checker
 * too (for quoted English terms), caching, and retrying a load that failed.
 */
import { createSpellChecker, type SpellChecker, type SpellCheckerOptions } from "./index";

export type SpellingLanguage = "lv" | "en";

/** An object's property; undefined for anything that is not an object. */
function field(value: unknown, key: string): unknown {
  return value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
}

/** The file of assets/spelling/ that holds a language's word list, from manifest.json (text or parsed). */
export function spellingAssetFile(manifest: unknown, language: SpellingLanguage): string {
  const parsed = typeof manifest === "string" ? (JSON.parse(manifest) as unknown) : manifest;
  const file = field(field(field(parsed, "assets"), language), "file");
  if (typeof file !== "string" || file === "" || /[/\\]/.test(file)) throw new Error(`no spelling data for "${language}" in assets/spelling/manifest.json`);
  return file;
}

/** Reads a file of assets/spelling/ by name (fetch, or the file system). */
export interface SpellingAssetSource {
  text(file: string): Promise<string>;
  bytes(file: string): Promise<Uint8Array | ArrayBuffer>;
}

/** The same, synchronously (Node: the CLI and the tests). */
export interface SpellingAssetSourceSync {
  text(file: string): string;
  bytes(file: string): Uint8Array | ArrayBuffer;
}

export interface SpellingLoader {
  /** A language's checker, loaded once (a failed load is tried again on the next call). */
  checker(language: SpellingLanguage): Promise<SpellChecker>;
  /**
   * The checkers a draft needs: both, whatever its language — Latvian judges a Latvian draft and
   * the Latvian words inside an English one, English the English words inside a Latvian one.
   */
  checkersFor(draftLanguage: string): Promise<{ lv: SpellChecker; en?: SpellChecker }>;
}

export function createSpellingLoader(source: SpellingAssetSource, options: SpellCheckerOptions = {}): SpellingLoader {
  const loading: Partial<Record<SpellingLanguage, Promise<SpellChecker>>> = {};
  let manifest: Promise<string> | null = null;
  const fileOf = (language: SpellingLanguage) => {
    if (!manifest) {
      const reading = source.text("manifest.json");
      manifest = reading;
      reading.catch(() => {
        if (manifest === reading) manifest = null;
      });
    }
    return manifest.then((text) => spellingAssetFile(text, language));
  };
  const checker = (language: SpellingLanguage): Promise<SpellChecker> => {
    const known = loading[language];
    if (known) return known;
    const made = fileOf(language)
      .then((file) => source.bytes(file))
      .then((b) => createSpellChecker(b, options));
    loading[language] = made;
    made.catch(() => {
      if (loading[language] === made) delete loading[language];
    });
    return made;
  };
  return {
    checker,
    // A promise chain, not an async function, and Object.assign, not object spread: the on-send
    // handler bundles this loader, and classic Outlook's runtime must not see async code; lowered
    // spread would add a helper copy to the size-bounded handler file (docs/decisions.md).
    checkersFor() {
      // Both for every draft: inside Latvian, the English checker recognises quoted English terms
      // and names (core/spelling/unknownWords), as in the pane's worker and the CLI.
      return Promise.all([checker("lv"), checker("en")]).then(([lv, en]) => ({ lv, en }));
    },
  };
}

/** The synchronous twin of createSpellingLoader's checker(): same files, cached. */
export function createSpellingLoaderSync(source: SpellingAssetSourceSync): (language: SpellingLanguage, options?: SpellCheckerOptions) => SpellChecker {
  const cache = new Map<SpellingLanguage, SpellChecker>();
  let manifest: string | null = null;
  const load = (language: SpellingLanguage, options: SpellCheckerOptions = {}): SpellChecker => {
    const known = cache.get(language);
    if (known) return known;
    if (manifest === null) manifest = source.text("manifest.json");
    const bytes = source.bytes(spellingAssetFile(manifest, language));
    const made = createSpellChecker(bytes, options);
    cache.set(language, made);
    return made;
  };
  return load;
}
