/**
 * Loads the organization's `organization.json` from beside the add-in. A good copy is kept so a
 * network hiccup or an upload that is not JSON does not undo the organization's settings; a file with
 * errors applies without its broken parts; when neither a fresh nor a kept copy is usable, built-in
 * defaults apply and the pane shows why.
 */
import type { KeyValueStorage } from "./memoryMailbox";

export type ConfigSource = "fresh" | "cached" | "defaults";

export type ConfigProblem = "missing" | "unreachable" | "invalidJson" | "invalid";

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
  storage: KeyValueStorage | null;
  /** Validates parsed JSON and fills defaults. */
  validate: (raw: unknown) => ConfigValidation<T>;
  defaults: T;
}

export const CONFIG_CACHE_KEY = "atbilde.organizationConfig.lastGood";

export async function loadOrganizationConfig<T>(options: LoadConfigOptions<T>): Promise<ConfigLoadResult<T>> {
  let problem: ConfigProblem;
  let details: string[] = [];
  try {
    const text = await options.fetchText();
    if (text === null) {
      problem = "missing";
    } else {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        raw = undefined;
        details = [e instanceof Error ? e.message : String(e)];
      }
      if (raw === undefined) {
        problem = "invalidJson";
      } else {
        const result = options.validate(raw);
        if (result.ok) {
          try {
            options.storage?.setItem(CONFIG_CACHE_KEY, text);
          } catch {
            // A full or blocked storage only costs us the fallback copy.
          }
          return { config: result.config, source: "fresh", details: result.messages };
        }
        // A file with errors still applies: validation dropped only its broken parts (docs/config-schema.md,
        // issue 13 defect 7). It is not kept as the last good copy.
        return { config: result.config, source: "fresh", problem: "invalid", details: result.messages };
      }
    }
  } catch (e) {
    problem = "unreachable";
    details = [e instanceof Error ? e.message : String(e)];
  }

  const cached = readCached(options);
  if (cached) return { config: cached, source: "cached", problem, details };
  return { config: options.defaults, source: "defaults", problem, details };
}

function readCached<T>(options: LoadConfigOptions<T>): T | null {
  try {
    const text = options.storage?.getItem(CONFIG_CACHE_KEY);
    if (!text) return null;
    const result = options.validate(JSON.parse(text));
    return result.ok ? result.config : null;
  } catch {
    return null;
  }
}

/** fetchText for the browser: the file beside the page, never from a cache that hides an update. */
export function fetchBesidePage(fileName: string, baseUrl: string): () => Promise<string | null> {
  return async () => {
    const response = await fetch(new URL(fileName, baseUrl).toString(), { cache: "no-cache", credentials: "same-origin" });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  };
}
