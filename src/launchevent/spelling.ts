/**
 * The spelling word lists for the send check (opt-in: organization.json onSend.spelling), through
 * the one spelling-asset loader (src/core/spelling/assets.ts). They come from the add-in's host, so
 * a slow or hung download gets its own timeout: the other rules must still decide within the send
 * budget (issue 13, defect 7 — a hung download once let a reply without its signature go out in
 * block mode).
 */
import type { SpellingCheckers } from "../core/rules/spelling";
import { createSpellingLoader, type SpellingAssetSource, type SpellingLoader } from "../core/spelling/assets";
import type { HandlerEnvironment, SpellingFetch } from "../office/eventPort";
import { timedOut, within } from "../office/organizationConfig";

/** The longest the send check waits for the word lists (less when less of the budget is left). */
export const SPELLING_LOAD_TIMEOUT_MS = 1200;

/** assets/spelling/ on the add-in's host, read with the runtime's fetch. */
function hostSource(fetchFn: SpellingFetch | null, baseUrl: string): SpellingAssetSource {
  // An empty base (the browser preview's build) means beside the page.
  const base = baseUrl.replace(/\/+$/, "");
  const dir = base ? `${base}/assets/spelling/` : "assets/spelling/";
  const get = (file: string) => {
    if (!fetchFn) return Promise.reject(new Error("no fetch in this runtime"));
    return fetchFn(`${dir}${file}`).then((response) => {
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return response;
    });
  };
  return {
    text: (file) => get(file).then((response) => response.text()),
    bytes: (file) => get(file).then((response) => response.arrayBuffer()),
  };
}

// One loader per runtime: the word lists load once and serve every later send (a failed load is
// retried on the next send; a slow one keeps going and serves the next send).
let loader: { env: HandlerEnvironment; loader: SpellingLoader } | null = null;

/** Forgets loaded word lists (tests; a new runtime starts without them anyway). */
export function resetSpellingCache(): void {
  loader = null;
}

function loaderFor(env: HandlerEnvironment): SpellingLoader {
  if (!loader || loader.env.fetch !== env.fetch || loader.env.baseUrl !== env.baseUrl) {
    loader = { env, loader: createSpellingLoader(hostSource(env.fetch, env.baseUrl)) };
  }
  return loader.loader;
}

/**
 * The checkers a draft needs — Latvian always (with English for recognising foreign words), English
 * for English drafts — or null when they do not arrive within timeoutMs (or fail). Never throws.
 */
export function spellingWithin(env: HandlerEnvironment, draftLanguage: string, timeoutMs: number): Promise<SpellingCheckers | null> {
  const wanted: Promise<SpellingCheckers> = Promise.resolve().then(() => loaderFor(env).checkersFor(draftLanguage));
  return within(wanted, Math.min(SPELLING_LOAD_TIMEOUT_MS, timeoutMs)).then(
    (result) => (timedOut(result) ? null : result),
    () => null,
  );
}
