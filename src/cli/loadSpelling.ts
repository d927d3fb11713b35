/**
 * Node front door of the spelling engine: core's loader (core/spelling/assets.ts) reading
 * assets/spelling/ from the file system (the core takes bytes, never paths).
 */
import * as fs from "fs";
import * as path from "path";
import type { SpellChecker, SpellCheckerOptions } from "../core/spelling";
import { createSpellingLoaderSync, spellingAssetFile, type SpellingLanguage } from "../core/spelling/assets";

export type { SpellingLanguage };

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
  return path.join(dir, spellingAssetFile(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"), language));
}

export function loadSpellingAsset(language: SpellingLanguage): Uint8Array {
  return new Uint8Array(fs.readFileSync(spellingAssetPath(language)));
}

/**
 * The checker of a language, loaded on first use through core's loader. Options apply on first
 * load only; add words later with addWords.
 */
export const loadSpellChecker: (language: SpellingLanguage, options?: SpellCheckerOptions) => SpellChecker = createSpellingLoaderSync({
  text: (file) => fs.readFileSync(path.join(spellingAssetDir(), file), "utf8"),
  bytes: (file) => new Uint8Array(fs.readFileSync(path.join(spellingAssetDir(), file))),
});
