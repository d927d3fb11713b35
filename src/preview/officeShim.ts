/**
 * An Office-shaped object over the preview's MemoryMailbox: exactly what the event handlers
 * (src/office/eventWiring.ts) use, so the preview's "Send" runs the real built launchevent.js the
 * way Outlook does — the bundle calls Office.actions.associate, and the preview calls the handler
 * it registered with an event whose completed() reports the decision.
 */
import type { MemoryMailbox } from "../office/memoryMailbox";
import type { BodyFormat } from "../office/mailboxPort";

export type ShimHandler = (event: { completed(options?: Record<string, unknown>): void }) => void;

interface AsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error: { code: string; name: string; message: string } | null;
  asyncContext?: unknown;
}
type Callback<T> = (result: AsyncResult<T>) => void;

export interface OfficeShimOptions {
  /** Whether "Outlook's own signature" is on (the preview has none by default). */
  clientSignatureEnabled?: boolean;
}

export interface OfficeShim {
  Office: Record<string, unknown>;
  OfficeRuntime: { storage: { getItem(key: string): Promise<string | null>; setItem(key: string, value: string): Promise<void>; removeItem(key: string): Promise<void> } };
  /** The handlers the bundle registered, by name. */
  handlers: Record<string, ShimHandler>;
}

/** Office's callback APIs take an optional options argument before the callback. */
function callbackOf<T>(args: unknown[]): Callback<T> | undefined {
  const last = args[args.length - 1];
  return typeof last === "function" ? (last as Callback<T>) : undefined;
}

function answer<T>(args: unknown[], work: () => T | Promise<T>): void {
  const cb = callbackOf<T>(args);
  // Like Outlook: the callback always comes later, never inside the call.
  setTimeout(() => {
    Promise.resolve()
      .then(work)
      .then(
        (value) => cb?.({ status: "succeeded", value, error: null }),
        (e: unknown) =>
          cb?.({
            status: "failed",
            value: undefined as T,
            error: { code: "9002", name: "InternalServerError", message: e instanceof Error ? e.message : String(e) },
          }),
      );
  }, 0);
}

/** Where Outlook puts a signature: above the quoted thread in a reply, at the end of a new message. */
function withSignature(body: string, signatureHtml: string): string {
  const block = `<div id="Signature">${signatureHtml}</div>`;
  const markers = ['<div id="appendonsend"', '<div id="divRplyFwdMsg"', "<hr"];
  for (const marker of markers) {
    const at = body.indexOf(marker);
    if (at >= 0) return body.slice(0, at) + block + body.slice(at);
  }
  return body + block;
}

export function createOfficeShim(mailbox: MemoryMailbox, options: OfficeShimOptions = {}): OfficeShim {
  const handlers: Record<string, ShimHandler> = {};
  let clientSignatureEnabled = Boolean(options.clientSignatureEnabled);

  const compose = () => {
    const state = mailbox.composeState;
    if (!state) throw new Error("No compose form is open.");
    return state;
  };
  const recipients = (kind: "to" | "cc" | "bcc") => ({
    getAsync: (...args: unknown[]) => answer(args, () => compose()[kind].map((a) => ({ emailAddress: a.address, displayName: a.name, recipientType: "other" }))),
  });

  const item = {
    body: {
      getAsync: (coercionType: unknown, ...args: unknown[]) =>
        answer(args, () => {
          compose();
          return mailbox.getBody((coercionType === "text" ? "text" : "html") as BodyFormat);
        }),
      setSignatureAsync: (data: string, ...args: unknown[]) =>
        answer(args, async () => {
          const state = compose();
          await mailbox.setBody(withSignature(state.bodyHtml, data), "html");
        }),
    },
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    getComposeTypeAsync: (...args: unknown[]) => answer(args, () => ({ composeType: compose().composeType, coercionType: "html" })),
    getAttachmentsAsync: (...args: unknown[]) =>
      answer(args, () =>
        compose().attachments.map((a) => ({ id: a.id, name: a.name, size: a.size, isInline: a.isInline, contentType: a.contentType, attachmentType: "file" })),
      ),
    isClientSignatureEnabledAsync: (...args: unknown[]) => answer(args, () => clientSignatureEnabled),
    disableClientSignatureAsync: (...args: unknown[]) =>
      answer(args, () => {
        clientSignatureEnabled = false;
      }),
  };

  const roamingSettings = {
    get: (key: string) => {
      const value = mailbox.roamingSettings.get(key);
      return value === undefined ? null : value;
    },
    set: (key: string, value: unknown) => mailbox.roamingSettings.set(key, value),
    remove: (key: string) => mailbox.roamingSettings.remove(key),
    saveAsync: (...args: unknown[]) => answer(args, () => mailbox.roamingSettings.save()),
  };

  const office = {
    actions: {
      associate: (name: string, handler: ShimHandler) => {
        handlers[name] = handler;
      },
    },
    context: {
      mailbox: {
        get item() {
          return mailbox.composeState ? item : null;
        },
        get userProfile() {
          const user = mailbox.getUserProfile();
          return { emailAddress: user.emailAddress, displayName: user.displayName };
        },
      },
      roamingSettings,
      get displayLanguage() {
        return mailbox.getDisplayLanguage();
      },
      requirements: {
        isSetSupported: (name: string, version?: string) => name === "Mailbox" && mailbox.supports(version ?? "1.1"),
      },
    },
    CoercionType: { Html: "html", Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
  };

  const stored = new Map<string, string>();
  const OfficeRuntime = {
    storage: {
      getItem: async (key: string) => (stored.has(key) ? (stored.get(key) as string) : null),
      setItem: async (key: string, value: string) => {
        stored.set(key, value);
      },
      removeItem: async (key: string) => {
        stored.delete(key);
      },
    },
  };

  return { Office: office, OfficeRuntime, handlers };
}
