/**
 * Decides where the task pane runs and returns the MailboxPort for it. Inside Outlook,
 * Office.onReady reports host Outlook and we talk to Office.js. In the browser preview office.js
 * resolves with host null; the preview page (the iframe's parent) then lends its demo mailbox.
 */
import type { MailboxPort } from "./mailboxPort";
import { OfficeMailbox } from "./officeMailbox";

export type PaneHost = "outlook" | "preview";

export interface PreviewBridge {
  mailbox: MailboxPort;
  /** A candidate organization.json an administrator loaded into the preview (JSON text), if any. */
  candidateConfig?: () => string | null;
}

declare global {
  interface Window {
    atbildePreview?: PreviewBridge;
  }
}

/** How long to wait for office.js before treating the page as a plain browser. */
const OFFICE_READY_TIMEOUT_MS = 10000;

function findPreviewBridge(win: Window): PreviewBridge | null {
  try {
    if (win.atbildePreview) return win.atbildePreview;
    if (win.parent && win.parent !== win && win.parent.atbildePreview) return win.parent.atbildePreview;
  } catch {
    // A cross-origin parent (Outlook on the web) is not our preview.
  }
  return null;
}

export async function connectMailbox(win: Window = window): Promise<{ mailbox: MailboxPort; host: PaneHost; preview?: PreviewBridge }> {
  const officeAvailable = typeof Office !== "undefined" && typeof Office.onReady === "function";
  if (officeAvailable) {
    const info = await Promise.race([
      Office.onReady(),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS)),
    ]);
    if (info && info.host === Office.HostType.Outlook) {
      return { mailbox: new OfficeMailbox(Office), host: "outlook" };
    }
  }
  const bridge = findPreviewBridge(win);
  if (bridge) return { mailbox: bridge.mailbox, host: "preview", preview: bridge };
  throw new Error("Atbilde is not running in Outlook and no preview mailbox is available.");
}
