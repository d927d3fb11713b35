/**
 * organization.json for the event handlers (Smart Alerts), through the one loader every front door
 * uses (loadOrganizationConfig, src/office/organizationConfig.ts). What is the handlers' own: the
 * file is fetched by absolute URL from the add-in's host (the JavaScript-only runtime has no page to
 * be "beside"), the last good copy is kept in OfficeRuntime.storage, the network gets only its share
 * of the send budget, and a fresh copy is reused in memory for sends in a row. The file is read
 * defensively by readOrganizationConfig (the well-typed parts apply, the broken ones are left out) —
 * no schema validator in the handler bundle; the file is validated when it is built and by
 * `atbilde config check`.
 */
import { cloneDefaultConfig } from "../core/config/defaults";
import { readOrganizationConfig } from "../core/config/read";
import type { OrganizationConfig } from "../core/config/types";
import type { AsyncKeyValueStorage } from "../office/mailboxPort";
import type { SpellingFetch } from "../office/eventPort";
import { loadOrganizationConfig, type ConfigProblem, type ConfigValidation } from "../office/organizationConfig";
import { fromHost } from "./host";

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
  problem?: ConfigProblem;
}

export interface HandlerConfigOptions {
  /** The add-in's base URL, e.g. https://addin.example.lv (no trailing slash needed). */
  baseUrl: string;
  fetch: SpellingFetch | null;
  storage: AsyncKeyValueStorage | null;
  timeoutMs?: number;
  /** Date.now, replaceable in tests. */
  now?: () => number;
}

let memory: { config: OrganizationConfig; at: number } | null = null;

/** Forgets the in-memory copy (tests; a new runtime starts without one anyway). */
export function resetHandlerConfigMemory(): void {
  memory = null;
}

/**
 * The validate step for loadOrganizationConfig: readOrganizationConfig completes any JSON into a
 * config (broken parts left out), so every file that parses applies and is kept — a file with
 * errors too, as the handler always did (the pane's validator reports them; this bundle cannot).
 */
export function readForHandler(raw: unknown): ConfigValidation<OrganizationConfig> {
  return { ok: true, config: readOrganizationConfig(raw), messages: [] };
}

/** The file's text, null on HTTP 404; a byte order mark is dropped (JSON.parse rejects it). */
function fetchText(options: HandlerConfigOptions): () => Promise<string | null> {
  return () =>
    fromHost(options, "organization.json", { cache: "no-cache" }).then((response) => {
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text().then((text) => text.replace(/^\uFEFF/, ""));
    });
}

// Plain promise chains, not async functions: this file is bundled into the classic-Outlook handler
// (docs/decisions.md).
export function loadHandlerConfig(options: HandlerConfigOptions): Promise<HandlerConfigResult> {
  const now = options.now || (() => Date.now());
  if (memory && now() - memory.at < CONFIG_MEMORY_TTL_MS) return Promise.resolve<HandlerConfigResult>({ config: memory.config, source: "memory" });
  return loadOrganizationConfig<OrganizationConfig>({
    fetchText: fetchText(options),
    storage: options.storage,
    validate: readForHandler,
    // A fresh copy each time: the caller may change the one it gets.
    defaults: cloneDefaultConfig(),
    cacheKey: HANDLER_CONFIG_CACHE_KEY,
    timeoutMs: options.timeoutMs || CONFIG_FETCH_TIMEOUT_MS,
    storageTimeoutMs: STORAGE_TIMEOUT_MS,
  }).then((loaded): HandlerConfigResult => {
    if (loaded.source === "fresh") memory = { config: loaded.config, at: now() };
    return { config: loaded.config, source: loaded.source, problem: loaded.problem };
  });
}
