/**
 * The spelling word lists for the send check (opt-in: organization.json onSend.spelling), through
 * the one spelling-asset loader (src/core/spelling/assets.ts). They come from the add-in's host, so
 * a slow or hung download gets its own timeout: the other rules must still decide within the send
 * budget (issue 13, defect 7 — a hung download once let a reply without its signature go out in
 * block mode).
 */
import type { SpellingCheckers } from "../core/rules/spelling";
import { createSpellingLoader, type SpellingAssetSource, type SpellingLoader } from "../core/spelling/assets";
import type { HandlerEnvironment } from "../office/eventPort";

import { timedOut, within } from "../office/organizationConfig";
import { fromHost, type HostResponse } from "./host";

/** The longest the send check waits for the word lists (less when less of the budget is left). */
export const SPELLING_LOAD_TIMEOUT_MS = 1200;

// One loader per runtime: the word lists load once and serve every later send (a failed load is
// retried on the next send; a slow one keeps going and serves the next send). Each event brings its
// own environment object (officeEnvironment() wraps fetch anew), so the loader reads the latest one
// when it fetches instead of being tied to the first.
let loader: SpellingLoader | null = null;
let current: HandlerEnvironment | null = null;

/** Forgets loaded word lists (tests; a new runtime starts without them anyway). */
export function resetSpellingCache(): void {
  loader = null;
}

/** A file of assets/spelling/ on the add-in's host, through the latest event's fetch. */
function spellingFile(file: string): Promise<HostResponse> {
  if (!current) return Promise.reject(new Error("no handler environment"));
  return fromHost(current, `assets/spelling/${file}`).then((response) => {
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return response;
  });
}

const HOST_SOURCE: SpellingAssetSource = {
  text: (file) => spellingFile(file).then((response) => response.text()),
  bytes: (file) => spellingFile(file).then((response) => response.arrayBuffer()),
};

function loaderFor(env: HandlerEnvironment): SpellingLoader {
  current = env;
  if (!loader) loader = createSpellingLoader(HOST_SOURCE);
  return loader;
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
