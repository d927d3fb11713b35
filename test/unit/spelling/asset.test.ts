/**
 * The committed word lists are current: each asset's bytes match the hash in its file name and
 * in assets/spelling/manifest.json, and the manifest records the same dictionary files,
 * frequency list and compiler sources as this checkout has. A change to any of them fails
 * here until `node scripts/spelling/build-dictionaries.js` is run (the build is deterministic;
 * `--check` rebuilds in memory and compares the bytes).
 */
import * as fs from "fs";
import * as path from "path";
import { ASSET_DIR, assetInputs, MANIFEST, sha256 } from "../../../scripts/spelling/inputs";
import { WordAutomaton } from "../../../src/core/spelling";

interface ManifestEntry {
  file: string;
  sha256: string;
  bytes: number;
  words: number;
  states: number;
  inputs: ReturnType<typeof assetInputs>["hashes"];
}

const manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8")) as { assets: Record<string, ManifestEntry> };

describe.each(["lv", "en"])("compiled word list %s", (language) => {
  const entry = manifest.assets[language];

  it("is named by its content hash and matches the manifest", () => {
    const bytes = fs.readFileSync(path.join(ASSET_DIR, entry.file));
    const hash = sha256(bytes);
    expect(entry.file).toBe(`${language}.${hash.slice(0, 16)}.dawg`);
    expect(hash).toBe(entry.sha256);
    expect(bytes.length).toBe(entry.bytes);
  });

  it("was compiled from this checkout's dictionary, frequency list and compiler", () => {
    expect(entry.inputs).toEqual(assetInputs(language).hashes);
  });

  it("says what it was compiled from", () => {
    const automaton = new WordAutomaton(new Uint8Array(fs.readFileSync(path.join(ASSET_DIR, entry.file))));
    expect(automaton.header.language).toBe(language);
    expect(automaton.header.source.name).toBe(`dictionary-${language}`);
    expect(automaton.header.source.files["index.aff"]).toBe(entry.inputs.aff);
    expect(automaton.header.wordCount).toBe(entry.words);
  });

  it("is the only asset of its language in assets/spelling", () => {
    const files = fs.readdirSync(ASSET_DIR).filter((file) => file.startsWith(`${language}.`) && file.endsWith(".dawg"));
    expect(files).toEqual([entry.file]);
  });
});

it("the Latvian list has every form of the 66,606 stems (millions, as Hunspell accepts them)", () => {
  expect(manifest.assets.lv.words).toBeGreaterThan(7_000_000);
  expect(manifest.assets.lv.bytes).toBeLessThan(4_000_000);
});
