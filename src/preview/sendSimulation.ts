/**
 * Outlook's Send in the preview: the real on-send handler bundle, run in this page over the demo
 * mailbox, and the outcome Outlook would act on.
 */
import { mailbox } from "./mailbox";

export interface SendOutcome {
  allowEvent: boolean;
  errorMessage?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

let eventHandlers: Promise<Record<string, (event: unknown) => void>> | null = null;

/** Forgets the loaded handlers, so the next Send starts a fresh runtime (as after an Outlook restart). */
export function resetEventHandlers(): void {
  eventHandlers = null;
}

/**
 * Loads the real built handler bundle (launchevent.js) into this page with an Office-shaped shim
 * over the demo mailbox, exactly as Outlook would run it, and returns the handlers it registered.
 */
function loadEventHandlers(): Promise<Record<string, (event: unknown) => void>> {
  if (!eventHandlers) {
    eventHandlers = import("./officeShim").then(
      ({ createOfficeShim }) =>
        new Promise((resolve, reject) => {
          const shim = createOfficeShim(mailbox);
          const w = window as unknown as Record<string, unknown>;
          w.Office = shim.Office;
          w.OfficeRuntime = shim.OfficeRuntime;
          const script = document.createElement("script");
          script.src = "launchevent.js";
          script.onload = () => resolve(shim.handlers as Record<string, (event: unknown) => void>);
          script.onerror = () => reject(new Error("launchevent.js did not load"));
          document.head.appendChild(script);
        }),
    );
  }
  return eventHandlers;
}

/** Simulates Outlook's Send: runs the on-send handler and shows what Outlook would show. */
export async function simulateSend(): Promise<SendOutcome> {
  const handlers = await loadEventHandlers();
  const handler = handlers.onMessageSendHandler;
  if (!handler) throw new Error("the handler bundle registered no onMessageSendHandler");
  return new Promise<SendOutcome>((resolve) => handler({ type: "messageSend", completed: (options: SendOutcome) => resolve(options ?? { allowEvent: true }) }));
}
