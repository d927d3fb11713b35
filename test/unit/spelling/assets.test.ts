/**
 * core's spelling-asset loader (the worker's, the CLI's and the handler's one way to the word lists):
 * the manifest names the files, a draft gets both checkers, loads are cached, and a
 * failed load is tried again.
 */
import * as fs from "fs";
import * as path from "path";
import { createSpellingLoader, createSpellingLoaderSync, spellingAssetFile } from "../../../src/core/spelling/assets";

const DIR = path.join(__dirname, "..", "..", "..", "assets", "spelling");

function fileSource(failFirst = 0) {
  const reads: string[] = [];
  let failures = failFirst;
  return {
    reads,
    source: {
      text: async (file: string) => {
        reads.push(file);
        if (failures > 0) {
          failures -= 1;
          throw new Error("HTTP 503");
        }
        return fs.readFileSync(path.join(DIR, file), "utf8");
      },
      bytes: async (file: string) => {
        reads.push(file);
        return new Uint8Array(fs.readFileSync(path.join(DIR, file)));
      },
    },
  };
}

describe("spelling assets", () => {
  it("finds each language's file in the manifest and refuses what is not there", () => {
    const manifest = fs.readFileSync(path.join(DIR, "manifest.json"), "utf8");
    expect(spellingAssetFile(manifest, "lv")).toMatch(/^lv\.[0-9a-f]+\.dawg$/);
    expect(spellingAssetFile(JSON.parse(manifest), "en")).toMatch(/^en\.[0-9a-f]+\.dawg$/);
    expect(() => spellingAssetFile({ assets: {} }, "lv")).toThrow(/no spelling data for "lv"/);
    expect(() => spellingAssetFile({ assets: { lv: { file: "../secret" } } }, "lv")).toThrow(/no spelling data/);
  });

  it("loads both checkers for a draft in either language, each file once", async () => {
    const { reads, source } = fileSource();
    const loader = createSpellingLoader(source);
    const forLatvian = await loader.checkersFor("lv");
    expect(Object.keys(forLatvian).sort()).toEqual(["en", "lv"]);
    expect(forLatvian.lv.check("pašvaldība")).toBe(true);
    expect(forLatvian.en?.check("meeting")).toBe(true);
    const both = await loader.checkersFor("en");
    expect(both.lv).toBe(forLatvian.lv);
    expect(both.en).toBe(forLatvian.en);
    expect(both.en?.check("municipality")).toBe(true);
    expect(reads.filter((f) => f === "manifest.json")).toHaveLength(1);
    const manifest = fs.readFileSync(path.join(DIR, "manifest.json"), "utf8");
    expect(reads.filter((f) => f.endsWith(".dawg")).sort()).toEqual([spellingAssetFile(manifest, "en"), spellingAssetFile(manifest, "lv")]);
  });

  it("tries a failed load again on the next call", async () => {
    const { source } = fileSource(1);
    const loader = createSpellingLoader(source);
    await expect(loader.checker("en")).rejects.toThrow("HTTP 503");
    await expect(loader.checker("en")).resolves.toMatchObject({ language: "en" });
  });

  it("has a synchronous twin for Node that loads each language once", () => {
    const load = createSpellingLoaderSync({ text: (file) => fs.readFileSync(path.join(DIR, file), "utf8"), bytes: (file) => fs.readFileSync(path.join(DIR, file)) });
    const lv = load("lv");
    expect(load("lv")).toBe(lv);
    expect(lv.check("pašvaldība")).toBe(true);
    expect(load("en").check("meeting")).toBe(true);
  });
});
