/**
 * Loads the organization's `organization.json` — the one loader for the task pane, the Learn page
 * and (issue 14) the event handlers. A good copy is kept so a network hiccup or a broken upload
 * does not undo the organization's settings; a file with errors applies without its broken parts
 * (issue 13, defect 7); when neither a fresh nor a kept copy is usable,
 * built-in defaults apply and the caller says why. Storage may be synchronous (the pane's
 * localStorage) or asynchronous (OfficeRuntime.storage in the handlers' runtime); with timeouts
 * given, a slow host or a stuck storage read never holds the caller past them.
 */
import type { AsyncKeyValueStorage, KeyValueStorage } from "./mailboxPort";

export type ConfigSource = "fresh" | "cached" | "defaults";

export type ConfigProblem = "missing" | "unreachable" | "timeout" | "invalidJson" | "invalid";

export interface ConfigLoadResult<T> {
  config: T;
  source: ConfigSource;
  /** Why the fresh copy was not used (absent when source is "fresh"). */
  problem?: ConfigProblem;
  /** Details for the note shown to the user (validation messages, HTTP status). */
  details: string[];
}

export interface ConfigValidation<T> {
  ok: boolean;
  config: T;
  messages: string[];
}

export interface LoadConfigOptions<T> {
  /** Fetches the file's text; resolves null when the file does not exist (HTTP 404). */
  fetchText: () => Promise<string | null>;
  /** Where the last good copy is kept; null keeps none. */
  storage: KeyValueStorage | AsyncKeyValueStorage | null;
  /** Validates parsed JSON and fills defaults. */
  validate: (raw: unknown) => ConfigValidation<T>;
  defaults: T;
  /** The storage key of the kept copy (CONFIG_CACHE_KEY unless given). */
  cacheKey?: string;
  /** Longest wait for the file; past it the kept copy or the defaults decide (problem "timeout"). */
  timeoutMs?: number;
  /** Longest wait for reading the kept copy. */
  storageTimeoutMs?: number;
}

export const CONFIG_CACHE_KEY = "atbilde.organizationConfig.lastGood";

export const TIMED_OUT = { timedOut: true } as const;

export function timedOut(value: unknown): value is typeof TIMED_OUT {
  return value === TIMED_OUT;
}

/** The promise's value, or TIMED_OUT when `ms` passes first (no limit when ms is undefined). */
export function within<T>(promise: Promise<T>, ms: number | undefined): Promise<T | typeof TIMED_OUT> {
  if (ms === undefined) return promise;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(TIMED_OUT), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

const errorText = (e: unknown) => [e instanceof Error ? e.message : String(e)];

// Promise chains, not async functions: the on-send handler bundles this loader, and classic
// Outlook's runtime must not see async code (docs/decisions.md).
export function loadOrganizationConfig<T>(options: LoadConfigOptions<T>): Promise<ConfigLoadResult<T>> {
  const key = options.cacheKey || CONFIG_CACHE_KEY;
  type Failed = { problem: ConfigProblem; details: string[] };
  const fresh = Promise.resolve()
    .then(() => within(options.fetchText(), options.timeoutMs))
    .then((text): ConfigLoadResult<T> | Failed => {
      if (timedOut(text)) return { problem: "timeout", details: [] };
      if (text === null) return { problem: "missing", details: [] };
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        return { problem: "invalidJson", details: errorText(e) };
      }
      const result = options.validate(raw);
      if (result.ok) {
        keep(options.storage, key, text);
        return { config: result.config, source: "fresh", details: result.messages };
      }
      // A file with errors still applies: validation dropped only its broken parts (docs/config-schema.md,
      // issue 13 defect 7). It is not kept as the last good copy.
      return { config: result.config, source: "fresh", problem: "invalid", details: result.messages };
    })
    .catch((e: unknown): Failed => ({ problem: "unreachable", details: errorText(e) }));
  return fresh.then((outcome) => {
    if ("config" in outcome) return outcome;
    return readCached(options, key).then((cached): ConfigLoadResult<T> => {
      if (cached) return { config: cached, source: "cached", problem: outcome.problem, details: outcome.details };
      return { config: options.defaults, source: "defaults", problem: outcome.problem, details: outcome.details };
    });
  });
}

/** Keeps the good copy without waiting for it: keeping it must not cost the caller any time. */
function keep(storage: KeyValueStorage | AsyncKeyValueStorage | null, key: string, text: string): void {
  if (!storage) return;
  try {
    const written = storage.setItem(key, text);
    if (written && typeof (written as Promise<void>).catch === "function") (written as Promise<void>).catch(() => undefined);
  } catch {
    // A full or blocked storage only costs us the fallback copy.
  }
}

function readCached<T>(options: LoadConfigOptions<T>, key: string): Promise<T | null> {
  const storage = options.storage;
  if (!storage) return Promise.resolve(null);
  return Promise.resolve()
    .then(() => within(Promise.resolve(storage.getItem(key)), options.storageTimeoutMs))
    .then((text) => {
      if (!text || timedOut(text)) return null;
      const result = options.validate(JSON.parse(text));
      return result.ok ? result.config : null;
    })
    .catch(() => null);
}

/** fetchText for the browser: the file beside the page, never from a cache that hides an update. */
export function fetchBesidePage(fileName: string, baseUrl: string): () => Promise<string | null> {
  return () =>
    fetch(new URL(fileName, baseUrl).toString(), { cache: "no-cache", credentials: "same-origin" }).then((response) => {
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
}
