/**
 * MailboxPort: everything Atbilde needs from the mail client, and nothing more. The task pane,
 * the preview and the tests talk only to this interface; `officeMailbox.ts` implements it over
 * Office.js, `memoryMailbox.ts` in memory (the browser preview's demo mailbox and unit tests).
 */

import type { AttachmentInfo, ComposeType } from "../core/vocabulary";

/** The checker's words for these, so what the port reads goes into MessageFacts as it is. */
export type { AttachmentInfo, ComposeType };

export type ItemMode = "read" | "compose" | "none";

export interface EmailAddress {
  name: string;
  address: string;
}

/** A summary of the open item that the pane can show and the rules can use as context. */
export interface ItemSummary {
  mode: ItemMode;
  /** Stable id while the item is open (Office item id in read mode; a local id in compose mode). */
  id: string | null;
  subject: string;
  from: EmailAddress | null;
  to: EmailAddress[];
  cc: EmailAddress[];
  /** Compose mode: the Bcc recipients (they count for "only colleagues" as To and Cc do); [] when reading. */
  bcc: EmailAddress[];
  /** When the message was sent/created (ISO 8601), null in compose mode. */
  date: string | null;
  attachments: AttachmentInfo[];
  /** Compose mode: new, reply, reply all or forward ("unknown" where the client cannot say); null when reading. */
  composeType: ComposeType | null;
  /**
   * The conversation the item belongs to: set in read mode and in reply forms, null for a new
   * message (Office: item.conversationId). ReplyWriter binds a pending reply to it.
   */
  conversationId?: string | null;
}

export interface UserProfile {
  displayName: string;
  emailAddress: string;
}

/** Office theme colours (Mailbox 1.14); null where the client does not provide them. */
export interface ThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

export interface RoamingSettingsPort {
  get<T = unknown>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  /** Persists the settings; rejects with a MailboxError when the client refuses (e.g. over 32 KB). */
  save(): Promise<void>;
}

/**
 * Key-value storage that survives the pane (localStorage in the browser, a Map in tests): the last
 * good organization.json, ReplyWriter's undo copy and the Draft view's saved plans.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The same, asynchronous: OfficeRuntime.storage in the event handlers' runtime. */
export interface AsyncKeyValueStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

export type BodyFormat = "html" | "text";

export interface MailboxPort {
  /** "outlook" when running inside Outlook, "memory" for the preview and tests. */
  readonly kind: "outlook" | "memory";
  getItem(): Promise<ItemSummary>;
  getBody(format: BodyFormat): Promise<string>;
  /** Read mode: opens a reply (or reply-all) form holding the given HTML above the quoted original. */
  displayReplyForm(html: string, options?: { replyAll?: boolean }): Promise<void>;
  /** Compose mode: inserts at the cursor (replacing the selection, if any). */
  insertAtCursor(content: string, format: BodyFormat): Promise<void>;
  /** Compose mode: replaces the whole body. */
  setBody(content: string, format: BodyFormat): Promise<void>;
  getUserProfile(): UserProfile;
  readonly roamingSettings: RoamingSettingsPort;
  /** Office's display language as a BCP 47 tag, e.g. "lv-LV" or "en-US". */
  getDisplayLanguage(): string;
  getTheme(): ThemeColors | null;
  /** Subscribes to the selection changing (pinned pane); returns an unsubscribe function. */
  onItemChanged(listener: () => void): () => void;
  /**
   * Subscribes to the open item's recipients changing where the client reports it (Office's
   * RecipientsChanged, Mailbox 1.7); returns an unsubscribe function. Subject changes have no event:
   * the pane also re-reads the item on focus and at an interval (issue 17).
   */
  onItemFieldsChanged?(listener: () => void): () => void;
  /** Subscribes to Office theme changes where supported; returns an unsubscribe function. */
  onThemeChanged(listener: () => void): () => void;
  /**
   * The data an on-send Smart Alert handed to the pane when the user pressed its button
   * (Mailbox 1.8 getInitializationContextAsync); null when the pane was opened normally.
   */
  getInitializationContext(): Promise<string | null>;
  /** Whether the client supports the given Mailbox requirement set version, e.g. "1.14". */
  supports(version: string): boolean;
}

/** An error from the mail client, with a machine code and a human message (never body text). */
export class MailboxError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "MailboxError";
  }
}
