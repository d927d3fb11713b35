/**
 * The spelling word lists for the send check (opt-in: organization.json onSend.spelling). They come
 * from the add-in's host, so a slow or hung download gets its own timeout: the other rules must
 * still decide within the send budget (issue 13, defect 7 — a hung download once let a reply
 * without its signature go out in block mode).
 */
import type { SpellingCheckers } from "../core/rules/spelling";
import { createSpellChecker, type SpellChecker } from "../core/spelling";
import type { HandlerEnvironment } from "../office/eventPort";
import { withTimeout } from "../office/handlerConfig";

/** The longest the send check waits for the word lists (less when less of the budget is left). */
export const SPELLING_LOAD_TIMEOUT_MS = 1200;

interface SpellingManifest {
  assets: Record<string, { file: string }>;
}

const spellCheckers: Partial<Record<"lv" | "en", Promise<SpellChecker>>> = {};

/** Forgets loaded word lists (tests; a new runtime starts without them anyway). */
export function resetSpellingCache(): void {
  delete spellCheckers.lv;
  delete spellCheckers.en;
}

function loadSpellChecker(env: HandlerEnvironment, language: "lv" | "en"): Promise<SpellChecker> {
  let loading = spellCheckers[language];
  if (!loading) {
    // An empty base (the browser preview's build) means beside the page.
    const base = env.baseUrl.replace(/\/+$/, "");
    const dir = base ? `${base}/assets/spelling/` : "assets/spelling/";
    const fetchFn = env.fetch;
    const read = (response: { ok: boolean; status: number }, what: string) => {
      if (!response.ok) throw new Error(`${what}: HTTP ${response.status}`);
    };
    loading = Promise.resolve().then(() => {
      if (!fetchFn) throw new Error("no fetch in this runtime");
      return fetchFn(`${dir}manifest.json`)
        .then((manifestResponse) => {
          read(manifestResponse, "spelling manifest");
          return manifestResponse.text();
        })
        .then((text) => {
          const manifest = JSON.parse(text) as SpellingManifest;
          const entry = manifest.assets && manifest.assets[language];
          if (!entry) throw new Error(`no spelling data for ${language}`);
          return fetchFn(`${dir}${entry.file}`);
        })
        .then((response) => {
          read(response, "spelling data");
          return response.arrayBuffer();
        })
        .then((bytes) => createSpellChecker(new Uint8Array(bytes)));
    });
    spellCheckers[language] = loading;
    // A failed load is retried on the next send; a slow one keeps going and serves the next send.
    loading.catch(() => {
      if (spellCheckers[language] === loading) delete spellCheckers[language];
    });
  }
  return loading;
}

/**
 * The checkers a draft needs — Latvian always (the organization's language), English for English
 * drafts — or null when they do not arrive within timeoutMs (or fail). Never throws.
 */
export function spellingWithin(env: HandlerEnvironment, draftLanguage: string, timeoutMs: number): Promise<SpellingCheckers | null> {
  const wanted: Promise<SpellingCheckers> =
    draftLanguage === "en"
      ? Promise.all([loadSpellChecker(env, "lv"), loadSpellChecker(env, "en")]).then(([lv, en]) => ({ lv, en }))
      : loadSpellChecker(env, "lv").then((lv) => ({ lv }));
  return withTimeout(wanted, Math.min(SPELLING_LOAD_TIMEOUT_MS, timeoutMs)).then(
    (result) => (result === "timeout" ? null : result),
    () => null,
  );
}
