/**
 * The event port: the Office side of the event handlers (OnMessageSend, OnNewMessageCompose), and
 * nothing else. It turns the compose item's callback APIs into promises over core's shapes and says
 * what the client supports; what to read, how to decide and what to write lives in src/launchevent
 * (docs/architecture.md: `office` holds only adapters, front doors hold the logic).
 *
 * Runs in Outlook's JavaScript-only runtime on classic Windows (no DOM, no localStorage, no
 * import(), no WebAssembly, Office.onReady never fires), so the Office global is used only through
 * the small shapes below — which is also all the preview's shim (src/preview/officeShim.ts) provides.
 */
import type { AttachmentInfo, ComposeType, Recipient } from "../core/rules/types";
import { officeCall, type AsyncResultLike } from "./officeCall";
import type { AsyncKeyValueStorage } from "./mailboxPort";

declare const __ATBILDE_BASE_URL__: string;
/** Office's shared runtime object (no typings installed); only its storage is used here. */
declare const OfficeRuntime: { storage?: AsyncKeyValueStorage } | undefined;

type Callback<T> = (result: AsyncResultLike<T>) => void;

interface EmailAddressLike {
  emailAddress?: string;
  displayName?: string;
}

interface RecipientsLike {
  getAsync(callback: Callback<EmailAddressLike[]>): void;
}

interface AttachmentLike {
  name?: string;
  size?: number;
  isInline?: boolean;
  contentType?: string;
}

export interface ComposeItemLike {
  body: {
    getAsync(coercionType: unknown, callback: Callback<string>): void;
    setSignatureAsync?(data: string, options: { coercionType: unknown }, callback: Callback<void>): void;
  };
  to?: RecipientsLike;
  cc?: RecipientsLike;
  bcc?: RecipientsLike;
  getComposeTypeAsync?(callback: Callback<{ composeType?: string } | string>): void;
  getAttachmentsAsync?(callback: Callback<AttachmentLike[]>): void;
  isClientSignatureEnabledAsync?(callback: Callback<boolean>): void;
  disableClientSignatureAsync?(callback: Callback<void>): void;
}

export interface OfficeLike {
  context: {
    mailbox: { item: ComposeItemLike | null | undefined; userProfile?: { emailAddress?: string; displayName?: string } };
    roamingSettings?: { get(name: string): unknown };
    displayLanguage?: string;
    requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
  actions?: { associate(name: string, handler: (event: HandlerEvent) => void): void };
  CoercionType?: { Html?: unknown };
  MailboxEnums?: { SendModeOverride?: { PromptUser?: string } };
}

export interface HandlerEvent {
  completed(options?: Record<string, unknown>): void;
}

/** fetch as far as the handlers read text (organization.json). */
export interface FetchLike {
  (url: string, init?: { cache?: string; credentials?: string }): Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
}

/** fetch as far as the handlers use it (config text, spelling bytes). */
export interface SpellingFetch extends FetchLike {
  (url: string, init?: { cache?: string }): Promise<{ ok: boolean; status: number; text(): Promise<string>; arrayBuffer(): Promise<ArrayBuffer> }>;
}

export interface HandlerEnvironment {
  office: OfficeLike;
  storage: AsyncKeyValueStorage | null;
  fetch: SpellingFetch | null;
  /** The add-in's base URL, where organization.json and assets/spelling are. */
  baseUrl: string;
}

/** The real runtime's globals. */
export function officeEnvironment(): HandlerEnvironment {
  const runtimeFetch = typeof fetch === "function" ? fetch : null;
  return {
    office: Office as unknown as OfficeLike,
    storage: typeof OfficeRuntime !== "undefined" && OfficeRuntime && OfficeRuntime.storage ? OfficeRuntime.storage : null,
    fetch: runtimeFetch ? ((url, init) => runtimeFetch(url, init as RequestInit)) as SpellingFetch : null,
    baseUrl: typeof __ATBILDE_BASE_URL__ !== "undefined" ? __ATBILDE_BASE_URL__ : "",
  };
}

/**
 * Registers handlers by the names the manifest's LaunchEvents use. Called at the top level of the
 * bundle: Office.onReady never runs in the JavaScript-only runtime.
 */
export function associateHandlers(handlers: Record<string, (event: HandlerEvent) => void>): void {
  if (typeof Office === "undefined" || !Office.actions) return;
  for (const name of Object.keys(handlers)) Office.actions.associate(name, handlers[name] as (event: unknown) => void);
}

const COMPOSE_TYPES: Record<string, ComposeType> = { newMail: "new", reply: "reply", replyAll: "replyAll", forward: "forward" };

/** The compose item and client facts the handlers use, as promises; failures are MailboxErrors. */
export interface EventPort {
  supports(version: string): boolean;
  /** A roaming setting, undefined when absent or unreadable. */
  roaming(key: string): unknown;
  displayLanguage(): string;
  userProfile(): { emailAddress: string; displayName: string };
  hasItem(): boolean;
  getBodyHtml(): Promise<string>;
  /** Recipients of one field; [] where the client has no such field. */
  getRecipients(kind: Recipient["kind"]): Promise<Recipient[]>;
  /** "unknown" where the client cannot say (before Mailbox 1.10) or fails. */
  getComposeType(): Promise<ComposeType>;
  /** Attachments that are not inline; [] before Mailbox 1.8 or on failure. */
  getAttachments(): Promise<AttachmentInfo[]>;
  /** Whether Outlook's own signature is on; true when the client cannot say (never a second copy). */
  isClientSignatureEnabled(): Promise<boolean>;
  canDisableClientSignature(): boolean;
  disableClientSignature(): Promise<void>;
  /** setSignatureAsync exists (Mailbox 1.10). */
  canSetSignature(): boolean;
  setSignature(html: string): Promise<void>;
  /** The value Outlook expects for sendModeOverride: promptUser. */
  promptUserMode(): string;
}

export function createEventPort(office: OfficeLike): EventPort {
  const item = (): ComposeItemLike => {
    const current = office.context.mailbox.item;
    if (!current) throw new Error("no item");
    return current;
  };
  const html = (): unknown => (office.CoercionType && office.CoercionType.Html) || "html";
  const supports = (version: string): boolean => {
    try {
      return Boolean(office.context.requirements && office.context.requirements.isSetSupported("Mailbox", version));
    } catch {
      return false;
    }
  };
  return {
    supports,
    roaming(key) {
      try {
        const value = office.context.roamingSettings ? office.context.roamingSettings.get(key) : undefined;
        return value === null ? undefined : value;
      } catch {
        return undefined;
      }
    },
    displayLanguage: () => office.context.displayLanguage || "",
    userProfile() {
      const profile = office.context.mailbox.userProfile || {};
      return { emailAddress: (profile.emailAddress || "").trim(), displayName: (profile.displayName || "").trim() };
    },
    hasItem: () => Boolean(office.context.mailbox.item),
    getBodyHtml: () => officeCall<string>("body.getAsync", (cb) => item().body.getAsync(html(), cb)),
    // Plain promise chains, not async functions: classic Outlook's runtime must not see async code,
    // and lowering it costs the handler bundle a state-machine runtime per file (docs/decisions.md).
    getRecipients(kind) {
      const list = item()[kind];
      if (!list || typeof list.getAsync !== "function") return Promise.resolve([]);
      return officeCall<EmailAddressLike[]>(`${kind}.getAsync`, (cb) => list.getAsync(cb)).then((value) =>
        (value || []).filter((a) => a && a.emailAddress).map((a) => ({ email: String(a.emailAddress), name: a.displayName || undefined, kind })),
      );
    },
    getComposeType() {
      const current = item();
      if (!supports("1.10") || typeof current.getComposeTypeAsync !== "function") return Promise.resolve<ComposeType>("unknown");
      return officeCall<{ composeType?: string } | string>("getComposeTypeAsync", (cb) => current.getComposeTypeAsync!(cb)).then(
        (value) => COMPOSE_TYPES[typeof value === "string" ? value : (value && value.composeType) || ""] || "unknown",
        () => "unknown" as ComposeType,
      );
    },
    getAttachments() {
      const current = item();
      if (!supports("1.8") || typeof current.getAttachmentsAsync !== "function") return Promise.resolve([]);
      return officeCall<AttachmentLike[]>("getAttachmentsAsync", (cb) => current.getAttachmentsAsync!(cb)).then(
        (list) => (list || []).filter((a) => !a.isInline).map((a) => ({ name: a.name || "", size: a.size, isInline: false, contentType: a.contentType })),
        () => [] as AttachmentInfo[],
      );
    },
    isClientSignatureEnabled() {
      const current = item();
      if (typeof current.isClientSignatureEnabledAsync !== "function") return Promise.resolve(true);
      return officeCall<boolean>("isClientSignatureEnabledAsync", (cb) => current.isClientSignatureEnabledAsync!(cb)).catch(() => true);
    },
    canDisableClientSignature: () => typeof item().disableClientSignatureAsync === "function",
    disableClientSignature: () => officeCall<void>("disableClientSignatureAsync", (cb) => item().disableClientSignatureAsync!(cb)),
    canSetSignature: () => supports("1.10") && typeof item().body.setSignatureAsync === "function",
    setSignature: (block) => officeCall<void>("body.setSignatureAsync", (cb) => item().body.setSignatureAsync!(block, { coercionType: html() }, cb)),
    promptUserMode: () => (office.MailboxEnums && office.MailboxEnums.SendModeOverride && office.MailboxEnums.SendModeOverride.PromptUser) || "promptUser",
  };
}
