/** Task pane entry: connect to Outlook (or the preview's demo mailbox), then render the app. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { connectMailbox } from "../office/connect";
import { fetchBesidePage, loadOrganizationConfig } from "../office/organizationConfig";
import { App, NotConnected, preloadViews } from "./App";
import { languageFromDisplayLanguage } from "../ui/i18n";

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  try {
    performance.mark("atbilde:start");
    preloadViews();
    // The validator is generated code of some size: its chunk loads beside Office.js's start,
    // after the shell's bundle (cold start → first results ≤ 1 s, issue 17).
    const configModule = import("../core/config");
    configModule.catch(() => undefined); // a failure surfaces where loadConfig awaits it
    // organization.json is requested at once too, beside them; the first load uses this answer.
    let earlyFile: Promise<string | null> | null = fetchBesidePage("organization.json", window.location.href)();
    earlyFile.catch(() => undefined); // a failure surfaces in loadOrganizationConfig
    const { mailbox, host, preview } = await connectMailbox(window);
    performance.mark("atbilde:connected");
    const loadConfig = async () => {
      const { defaultConfig, validateOrganizationConfig } = await configModule;
      return loadOrganizationConfig({
        // In the preview an administrator can try a candidate file before rollout.
        fetchText: async () => {
          const candidate = preview?.candidateConfig?.();
          if (candidate != null) return candidate;
          const file = earlyFile ?? fetchBesidePage("organization.json", window.location.href)();
          earlyFile = null;
          return file;
        },
        storage: safeStorage(),
        validate: (raw) => validateOrganizationConfig(raw, languageFromDisplayLanguage(mailbox.getDisplayLanguage())),
        defaults: defaultConfig,
      });
    };
    const systemPrefersDark = () => window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
    root.render(<App mailbox={mailbox} host={host} loadConfig={loadConfig} systemPrefersDark={systemPrefersDark} />);
  } catch (e) {
    root.render(<NotConnected language={languageFromDisplayLanguage(navigator.language)} detail={e instanceof Error ? e.message : String(e)} />);
  }
}

void main();
