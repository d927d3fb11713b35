/**
 * An Office-shaped object over the preview's MemoryMailbox: exactly what the event handlers
 * (src/launchevent through src/office/eventPort.ts) use, so the preview's "Send" runs the real built
 * launchevent.js the way Outlook does — the bundle calls Office.actions.associate, and the preview
 * calls the handler it registered with an event whose completed() reports the decision.
 *
 * It also behaves like Outlook where Outlook is known to misbehave (issue 18), so the tests can hold
 * the handlers to surviving it: setSignatureAsync adds another signature whatever is already there
 * (as on Resend, Outbox and recalled items, and on Mac during send); the body writers a handler must
 * never use on send are there and record every call; `replyBodyWithoutThread` gives a reply's body
 * without the quoted thread, as Outlook on the web does until the thread is expanded.
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
  /** Outlook on the web: body.getAsync returns a reply's new text only, without the quoted thread. */
  replyBodyWithoutThread?: boolean;
}

/** A call of a body-writing API, in the order made. */
export interface ShimWrite {
  api: "body.setAsync" | "body.prependAsync" | "body.appendOnSendAsync" | "body.setSelectedDataAsync" | "body.setSignatureAsync";
  data: string;
}

export interface OfficeShim {
  Office: Record<string, unknown>;
  OfficeRuntime: { storage: { getItem(key: string): Promise<string | null>; setItem(key: string, value: string): Promise<void>; removeItem(key: string): Promise<void> } };
  /** The handlers the bundle registered, by name. */
  handlers: Record<string, ShimHandler>;
  /** Every body write made through the shim. */
  writes: ShimWrite[];
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

const THREAD_MARKERS = ['<div id="appendonsend"', '<div id="divRplyFwdMsg"', "<hr"];

/** Where a reply's quoted thread starts (Outlook's markers), or -1. */
function threadStart(body: string): number {
  for (const marker of THREAD_MARKERS) {
    const at = body.indexOf(marker);
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * Where Outlook puts a signature: above the quoted thread in a reply, at the end of a new message.
 * Like Outlook, it does not look for one already there.
 */
function withSignature(body: string, signatureHtml: string): string {
  const block = `<div id="Signature">${signatureHtml}</div>`;
  const at = threadStart(body);
  return at >= 0 ? body.slice(0, at) + block + body.slice(at) : body + block;
}

export function createOfficeShim(mailbox: MemoryMailbox, options: OfficeShimOptions = {}): OfficeShim {
  const handlers: Record<string, ShimHandler> = {};
  const writes: ShimWrite[] = [];
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
        answer(args, async () => {
          const state = compose();
          const body = await mailbox.getBody((coercionType === "text" ? "text" : "html") as BodyFormat);
          if (!options.replyBodyWithoutThread || state.composeType === "newMail" || coercionType === "text") return body;
          const at = threadStart(body);
          return at >= 0 ? body.slice(0, at) : body;
        }),
      setSignatureAsync: (data: string, ...args: unknown[]) =>
        answer(args, async () => {
          writes.push({ api: "body.setSignatureAsync", data });
          const state = compose();
          await mailbox.setBody(withSignature(state.bodyHtml, data), "html");
        }),
      setAsync: (data: string, ...args: unknown[]) =>
        answer(args, async () => {
          writes.push({ api: "body.setAsync", data });
          await mailbox.setBody(data, "html");
        }),
      prependAsync: (data: string, ...args: unknown[]) =>
        answer(args, async () => {
          writes.push({ api: "body.prependAsync", data });
          await mailbox.setBody(data + compose().bodyHtml, "html");
        }),
      appendOnSendAsync: (data: string, ...args: unknown[]) =>
        answer(args, () => {
          writes.push({ api: "body.appendOnSendAsync", data });
        }),
      setSelectedDataAsync: (data: string, ...args: unknown[]) =>
        answer(args, async () => {
          writes.push({ api: "body.setSelectedDataAsync", data });
          await mailbox.insertAtCursor(data, "html");
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

  return { Office: office, OfficeRuntime, handlers, writes };
}
