/**
 * Office's callback APIs as promises: the one helper MailboxPort (officeMailbox.ts) and the event
 * port (eventPort.ts) share — kept apart so the event-handler bundle does not carry the whole pane adapter.
 */
import { MailboxError } from "./mailboxPort";

/** The callback result shape Office.js uses (AsyncResult); fakes and shims pass plain objects. */
export interface AsyncResultLike<T> {
  status: Office.AsyncResultStatus | string;
  value: T;
  error?: { code?: number | string; name?: string; message?: string } | null;
}

function succeeded(result: AsyncResultLike<unknown>): boolean {
  // Office.AsyncResultStatus.Succeeded is the string "succeeded".
  return result.status === "succeeded";
}

/** Wraps an Office callback API in a Promise that rejects with a MailboxError on failure. */
export function officeCall<T>(operation: string, invoke: (callback: (result: AsyncResultLike<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result && succeeded(result)) resolve(result.value);
        else {
          const error = result?.error;
          reject(new MailboxError(String(error?.code ?? error?.name ?? "failed"), `${operation}: ${error?.message ?? "Outlook reported a failure"}`));
        }
      });
    } catch (e) {
      reject(new MailboxError("exception", `${operation}: ${e instanceof Error ? e.message : String(e)}`));
    }
  });
}
