/**
 * Node front door of the spelling engine: reads the compiled word list named by
 * assets/spelling/manifest.json and builds a checker (the core takes bytes, never paths).
 */
import * as fs from "fs";
import * as path from "path";
import { createSpellChecker, SpellChecker, SpellCheckerOptions } from "../core/spelling";

export type SpellingLanguage = "lv" | "en";

interface SpellingManifest {
  assets: Record<string, { file: string; sha256: string }>;
}

/** assets/spelling of this checkout or install, found upwards from this file (src/ or build/src/). */
export function spellingAssetDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, "assets", "spelling");
    if (fs.existsSync(path.join(candidate, "manifest.json"))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error("assets/spelling/manifest.json not found");
}

/** Path of the compiled word list of a language. */
export function spellingAssetPath(language: SpellingLanguage): string {
  const dir = spellingAssetDir();
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as SpellingManifest;
  const entry = manifest.assets[language];
  if (!entry) throw new Error(`no spelling asset for language "${language}"`);
  return path.join(dir, entry.file);
}

export function loadSpellingAsset(language: SpellingLanguage): Uint8Array {
  return new Uint8Array(fs.readFileSync(spellingAssetPath(language)));
}

const cache = new Map<SpellingLanguage, SpellChecker>();

/**
 * The checker of a language, loaded on first use. Latvian gets the English checker for
 * isProbablyForeignWord. Options apply on first load only; add words later with addWords.
 */
export function loadSpellChecker(language: SpellingLanguage, options: SpellCheckerOptions = {}): SpellChecker {
  const known = cache.get(language);
  if (known) return known;
  const foreign = options.foreign || (language === "lv" ? loadSpellChecker("en") : undefined);
  const checker = createSpellChecker(loadSpellingAsset(language), { ...options, foreign });
  cache.set(language, checker);
  return checker;
}
