/**
 * The spelling Web Worker: loads the compiled word lists (a few MB) off the pane's main thread and
 * answers check requests, so typing and clicking stay responsive while the data loads.
 * Messages in: { type: "check", id, base, input }. Out: { type: "loading" } once, then
 * { type: "result", id, errors } or { type: "error", id, message }.
 */
import { createSpellChecker } from "../core/spelling";
import { findSpellingErrors, type SpellingCheckers, type SpellingInput } from "../core/rules/spelling";

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: unknown): void;
}

export interface WorkerRequest {
  type: "check";
  id: number;
  /** Base URL of the add-in (where assets/spelling/ is). */
  base: string;
  input: SpellingInput;
}

const scope = self as unknown as WorkerScope;
let checkers: Promise<SpellingCheckers> | null = null;

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

function load(base: string): Promise<SpellingCheckers> {
  if (!checkers) {
    scope.postMessage({ type: "loading" });
    checkers = (async () => {
      const manifest = (await (await fetch(new URL("assets/spelling/manifest.json", base).toString(), { cache: "no-cache" })).json()) as {
        assets: Record<string, { file: string }>;
      };
      const [lvBytes, enBytes] = await Promise.all([
        fetchBytes(new URL(`assets/spelling/${manifest.assets.lv.file}`, base).toString()),
        fetchBytes(new URL(`assets/spelling/${manifest.assets.en.file}`, base).toString()),
      ]);
      const en = createSpellChecker(enBytes);
      return { lv: createSpellChecker(lvBytes, { foreign: en }), en };
    })();
    // A failed load may be retried by the next request.
    checkers.catch(() => {
      checkers = null;
    });
  }
  return checkers;
}

scope.onmessage = (event) => {
  const request = event.data;
  if (!request || request.type !== "check") return;
  load(request.base)
    .then((loaded) => scope.postMessage({ type: "result", id: request.id, errors: findSpellingErrors(request.input, loaded) }))
    .catch((e: unknown) => scope.postMessage({ type: "error", id: request.id, message: e instanceof Error ? e.message : String(e) }));
};
