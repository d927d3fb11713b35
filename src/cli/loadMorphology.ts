/**
 * Node front door of the morphological analyzer: reads assets/morphology/ (next to
 * assets/spelling/) from the file system and hands the text to core (which never reads files).
 */
import * as fs from "fs";
import * as path from "path";
import { createMorphAnalyzer, morphologyAssetFile, type MorphAnalyzer } from "../core/lv/morphology";
import { spellingAssetDir } from "./loadSpelling";

let loaded: MorphAnalyzer | null = null;

/** assets/morphology of this checkout or install. */
export function morphologyAssetDir(): string {
  return path.join(path.dirname(spellingAssetDir()), "morphology");
}

/** The analyzer, loaded on first use. */
export function loadMorphAnalyzer(): MorphAnalyzer {
  if (loaded) return loaded;
  const dir = morphologyAssetDir();
  const file = morphologyAssetFile(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
  loaded = createMorphAnalyzer(fs.readFileSync(path.join(dir, file), "utf8"));
  return loaded;
}
