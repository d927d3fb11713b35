/**
 * organization.json for the event handlers (Smart Alerts). The handler runtime has no
 * localStorage and no page to be "beside", so the file is fetched by absolute URL from the add-in's
 * own host, and the last good copy is kept in OfficeRuntime.storage. The network gets only its
 * share of the send budget: a slow host means the kept copy (or the defaults) decide, never a
 * send held past the budget. The file is read defensively (readOrganizationConfig: the well-typed
 * parts apply, the broken ones are left out — no schema validator in the handler bundle; the file
 * is validated when it is built and by `atbilde config check`).
 */
import { cloneDefaultConfig } from "../core/config/defaults";
import { readOrganizationConfig } from "../core/config/read";
import type { OrganizationConfig } from "../core/config/types";

/** Where the last good organization.json text is kept (OfficeRuntime.storage). */
export const HANDLER_CONFIG_CACHE_KEY = "atbilde.organizationConfig";
/** The network's share of the send budget. */
export const CONFIG_FETCH_TIMEOUT_MS = 1500;
/** OfficeRuntime.storage is local, but a stuck read must not eat the budget either. */
const STORAGE_TIMEOUT_MS = 500;
/** A fresh copy is reused for this long within one runtime (sends in a row do not refetch). */
export const CONFIG_MEMORY_TTL_MS = 5 * 60 * 1000;

export type HandlerConfigSource = "fresh" | "memory" | "cached" | "defaults";

export interface HandlerConfigResult {
  config: OrganizationConfig;
  source: HandlerConfigSource;
  /** Why the fresh copy was not used, for diagnostics (never mail content). */
  problem?: "missing" | "unreachable" | "timeout" | "invalidJson" | "no-fetch";
}

/** OfficeRuntime.storage's promise API (the part we use). */
export interface AsyncKeyValueStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

export interface FetchLike {
  (url: string, init?: { cache?: string; credentials?: string }): Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
}

export interface HandlerConfigOptions {
  /** The add-in's base URL, e.g. https://addin.example.lv (no trailing slash needed). */
  baseUrl: string;
  fetch: FetchLike | null;
  storage: AsyncKeyValueStorage | null;
  timeoutMs?: number;
  /** Date.now, replaceable in tests. */
  now?: () => number;
}

let memory: { text: string; config: OrganizationConfig; at: number } | null = null;

/** Forgets the in-memory copy (tests; a new runtime starts without one anyway). */
export function resetHandlerConfigMemory(): void {
  memory = null;
}

/** Resolves with the promise's value, or with "timeout" after ms; never waits longer. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | "timeout"> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve("timeout"), Math.max(0, ms));
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

/** The config in a file's text: its well-typed parts over the defaults; "invalidJson" when it does not parse. */
function parseValid(text: string): OrganizationConfig | "invalidJson" {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return "invalidJson";
  }
  return readOrganizationConfig(raw);
}

/**
 * The organization.json URL for a base URL. Production builds always have an absolute base (the
 * JavaScript-only runtime has no page to resolve against); the browser preview builds with an
 * empty base, and the file beside the preview page is meant.
 */
export function organizationConfigUrl(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  return base ? `${base}/organization.json` : "organization.json";
}

// Plain promise chains, not async functions: this file is bundled into the classic-Outlook handler
// (docs/decisions.md).
function readCached(storage: AsyncKeyValueStorage | null): Promise<OrganizationConfig | null> {
  if (!storage) return Promise.resolve(null);
  return Promise.resolve()
    .then(() => withTimeout(storage.getItem(HANDLER_CONFIG_CACHE_KEY), STORAGE_TIMEOUT_MS))
    .then(
      (text) => {
        if (!text || text === "timeout") return null;
        const parsed = parseValid(text);
        return typeof parsed === "string" ? null : parsed;
      },
      () => null,
    );
}

type FetchOutcome = { config: OrganizationConfig; text: string } | NonNullable<HandlerConfigResult["problem"]>;

function fetchFresh(options: HandlerConfigOptions, fetchFn: FetchLike): Promise<FetchOutcome> {
  const url = organizationConfigUrl(options.baseUrl);
  return Promise.resolve()
    .then(() =>
      withTimeout(
        fetchFn(url, { cache: "no-cache" }).then((r) => (r.ok ? r.text() : Promise.resolve("")).then((text) => ({ status: r.status, ok: r.ok, text }))),
        options.timeoutMs ?? CONFIG_FETCH_TIMEOUT_MS,
      ),
    )
    .then(
      (response): FetchOutcome => {
        if (response === "timeout") return "timeout";
        if (response.status === 404) return "missing";
        if (!response.ok) return "unreachable";
        const parsed = parseValid(response.text);
        return typeof parsed === "string" ? parsed : { config: parsed, text: response.text };
      },
      (): FetchOutcome => "unreachable",
    );
}

export function loadHandlerConfig(options: HandlerConfigOptions): Promise<HandlerConfigResult> {
  const now = options.now ?? (() => Date.now());
  if (memory && now() - memory.at < CONFIG_MEMORY_TTL_MS) return Promise.resolve({ config: memory.config, source: "memory" });
  const fresh: Promise<FetchOutcome> = options.fetch ? fetchFresh(options, options.fetch) : Promise.resolve("no-fetch");
  return fresh.then((outcome) => {
    if (typeof outcome !== "string") {
      memory = { text: outcome.text, config: outcome.config, at: now() };
      if (options.storage) {
        // Not awaited: keeping the copy must not cost the send any time.
        try {
          options.storage.setItem(HANDLER_CONFIG_CACHE_KEY, outcome.text).catch(() => undefined);
        } catch {
          // A refused write only costs the fallback copy.
        }
      }
      return { config: outcome.config, source: "fresh" };
    }
    return readCached(options.storage).then((cached): HandlerConfigResult => {
      if (cached) return { config: cached, source: "cached", problem: outcome };
      return { config: cloneDefaultConfig(), source: "defaults", problem: outcome };
    });
  });
}
