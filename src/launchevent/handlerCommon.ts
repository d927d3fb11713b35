/**
 * What both event handlers start with: the UI language for their messages and organization.json.
 */
import type { UiLanguage } from "../core/rules/types";
import type { EventPort, HandlerEnvironment } from "../office/eventPort";
import { CONFIG_FETCH_TIMEOUT_MS, loadHandlerConfig, type HandlerConfigResult } from "../office/handlerConfig";

/** The user's chosen UI language (roaming "uiLanguage"), else Office's display language. */
export function handlerLanguage(port: EventPort): UiLanguage {
  const chosen = port.roaming("uiLanguage");
  if (chosen === "lv" || chosen === "en") return chosen;
  return /^lv\b/i.test(port.displayLanguage()) ? "lv" : "en";
}

/** The UI language for the handler's messages; Latvian when Outlook cannot say. */
export function safeLanguage(port: EventPort): UiLanguage {
  try {
    return handlerLanguage(port);
  } catch {
    return "lv";
  }
}

export function loadConfig(env: HandlerEnvironment): Promise<HandlerConfigResult> {
  return loadHandlerConfig({ baseUrl: env.baseUrl, fetch: env.fetch, storage: env.storage, timeoutMs: CONFIG_FETCH_TIMEOUT_MS });
}

/** Strings from a roaming list setting (e.g. the personal dictionary), anything else dropped. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((w): w is string => typeof w === "string" && w.trim() !== "") : [];
}
