/**
 * What both event handlers start with: the UI language for their messages and organization.json.
 */
import type { UiLanguage } from "../core/rules/types";
import { ROAMING_KEYS, uiLanguageFrom } from "../core/config/userSettings";
import type { EventPort, HandlerEnvironment } from "../office/eventPort";
import { CONFIG_FETCH_TIMEOUT_MS, loadHandlerConfig, type HandlerConfigResult } from "./handlerConfig";

/** The user's chosen UI language (the pane's Settings), else Office's display language. */
export function handlerLanguage(port: EventPort): UiLanguage {
  const chosen = uiLanguageFrom(port.roaming(ROAMING_KEYS.uiLanguage));
  if (chosen) return chosen;
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
