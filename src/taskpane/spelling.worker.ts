/**
 * The spelling Web Worker: loads the compiled word lists (a few MB) off the pane's main thread and
 * answers check requests, so typing and clicking stay responsive while the data loads.
 * Messages in: { type: "check", id, base, input }. Out: { type: "loading" } once, then
 * { type: "result", id, errors } or { type: "error", id, message }.
 * It also runs the grammar rules (issue 20), which need the morphological analyzer's data:
 * in { type: "grammar", id, base, draft, lang }, out { type: "grammar-result", id, found } or
 * { type: "grammar-error", id, message }.
 */
import { createSpellingLoader } from "../core/spelling/assets";
import { findSpellingErrors, type SpellingCheckers, type SpellingInput } from "../core/rules/spelling";
import { findGrammarFindings, type PlainDraft } from "../core/rules/grammar";
import { createMorphAnalyzer, morphologyAssetFile, type MorphAnalyzer } from "../core/lv/morphology";
import type { UiLanguage } from "../core/rules/types";

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: unknown): void;
}

export type WorkerRequest =
  | {
      type: "check";
      id: number;
      /** Base URL of the add-in (where assets/spelling/ is). */
      base: string;
      input: SpellingInput;
    }
  | { type: "grammar"; id: number; base: string; draft: PlainDraft; lang: UiLanguage };

const scope = self as unknown as WorkerScope;
let checkers: Promise<SpellingCheckers> | null = null;

async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

function load(base: string): Promise<SpellingCheckers> {
  if (!checkers) {
    scope.postMessage({ type: "loading" });
    const at = (file: string) => new URL(`assets/spelling/${file}`, base).toString();
    // core's loader: the manifest names the files; Latvian gets English for foreign words.
    const loader = createSpellingLoader({
      text: async (file) => (await fetchOk(at(file), { cache: "no-cache" })).text(),
      bytes: async (file) => (await fetchOk(at(file))).arrayBuffer(),
    });
    checkers = Promise.all([loader.checker("lv"), loader.checker("en")]).then(([lv, en]) => ({ lv, en }));
    // A failed load may be retried by the next request.
    checkers.catch(() => {
      checkers = null;
    });
  }
  return checkers;
}

let analyzer: Promise<MorphAnalyzer> | null = null;

function loadAnalyzer(base: string): Promise<MorphAnalyzer> {
  if (!analyzer) {
    const at = (file: string) => new URL(`assets/morphology/${file}`, base).toString();
    analyzer = fetchOk(at("manifest.json"), { cache: "no-cache" })
      .then((response) => response.text())
      .then((manifest) => fetchOk(at(morphologyAssetFile(manifest))))
      .then((response) => response.text())
      .then(createMorphAnalyzer);
    analyzer.catch(() => {
      analyzer = null;
    });
  }
  return analyzer;
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request && request.type === "grammar") {
    loadAnalyzer(request.base)
      .then((loaded) => scope.postMessage({ type: "grammar-result", id: request.id, found: findGrammarFindings(request.draft, request.lang, loaded) }))
      .catch((e: unknown) => scope.postMessage({ type: "grammar-error", id: request.id, message: e instanceof Error ? e.message : String(e) }));
    return;
  }
  if (!request || request.type !== "check") return;
  load(request.base)
    .then((loaded) => scope.postMessage({ type: "result", id: request.id, errors: findSpellingErrors(request.input, loaded) }))
    .catch((e: unknown) => scope.postMessage({ type: "error", id: request.id, message: e instanceof Error ? e.message : String(e) }));
};
