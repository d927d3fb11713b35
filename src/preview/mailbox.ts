/**
 * The preview's demo mailbox (the MailboxPort the task pane uses here), its Office themes and the
 * candidate organization.json an administrator loads (kept in sessionStorage for this tab).
 */
import { MemoryMailbox } from "../office/memoryMailbox";
import type { ThemeColors } from "../office/mailboxPort";
import { DEMO_MESSAGES, DEMO_USER } from "./demoMessages";

export const DARK_THEME: ThemeColors = {
  bodyBackgroundColor: "#1f1f1f",
  bodyForegroundColor: "#ffffff",
  controlBackgroundColor: "#292929",
  controlForegroundColor: "#ffffff",
};
export const LIGHT_THEME: ThemeColors = {
  bodyBackgroundColor: "#ffffff",
  bodyForegroundColor: "#242424",
  controlBackgroundColor: "#ffffff",
  controlForegroundColor: "#242424",
};

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export const mailbox = new MemoryMailbox({
  messages: DEMO_MESSAGES,
  user: DEMO_USER,
  displayLanguage: "lv-LV",
  theme: LIGHT_THEME,
  storage: safeStorage(),
  // The demo employee has filled in her signature in Settings (roaming settings in Outlook).
  initialSettings: { signature: { name: DEMO_USER.displayName, position: "Klientu apkalpošanas speciāliste", phone: "67997005", email: DEMO_USER.emailAddress } },
});
export const CANDIDATE_KEY = "atbilde.preview.candidateConfig";
export function candidateConfig(): string | null {
  try {
    return window.sessionStorage.getItem(CANDIDATE_KEY);
  } catch {
    return null;
  }
}
