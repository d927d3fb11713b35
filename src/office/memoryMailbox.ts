/**
 * MailboxPort in memory: the browser preview's demo mailbox and the unit tests' mailbox.
 * It behaves like Outlook where that matters to Atbilde: a reply form opens with the quoted
 * original below, compose writes go through the same calls, item changes are announced
 * asynchronously, and roaming settings refuse to save past Outlook's 32 KB limit.
 */
import {
  AttachmentInfo,
  BodyFormat,
  EmailAddress,
  ItemSummary,
  KeyValueStorage,
  MailboxError,
  MailboxPort,
  RoamingSettingsPort,
  ThemeColors,
  UserProfile,
} from "./mailboxPort";
import { composeTypeFromOffice } from "../core/check/composeType";

export interface MemoryMessage {
  id: string;
  subject: string;
  from: EmailAddress;
  to: EmailAddress[];
  cc?: EmailAddress[];
  /** ISO 8601 */
  date: string;
  bodyHtml: string;
  attachments?: AttachmentInfo[];
  /** The conversation it belongs to (default: a conversation of its own, named by its id). */
  conversationId?: string;
}

export interface ComposeState {
  id: string;
  subject: string;
  to: EmailAddress[];
  cc: EmailAddress[];
  bcc: EmailAddress[];
  bodyHtml: string;
  /** As Office's getComposeTypeAsync names it: "newMail", "reply", "replyAll" or "forward". */
  composeType: string;
  attachments: AttachmentInfo[];
  /** Cursor position as an offset into bodyHtml (Outlook puts it at the top of a new reply). */
  cursor: number;
  /** The read message this compose form replies to, if any. */
  inReplyTo: string | null;
  /** The conversation of a reply form (that of the message it replies to); null for a new message. */
  conversationId: string | null;
}

/** Where the preview's editor takes over inserting at the real cursor. */
export interface ComposeEditorBridge {
  insertAtCursor(content: string, format: BodyFormat): void;
}

export interface MemoryMailboxOptions {
  messages: MemoryMessage[];
  user: UserProfile;
  displayLanguage?: string;
  theme?: ThemeColors | null;
  /** Highest Mailbox requirement set to report as supported (default "1.15"). */
  supportedVersion?: string;
  /** Where roaming settings persist between page loads (the preview passes localStorage). */
  storage?: KeyValueStorage;
  /** Roaming settings to start with when none are stored yet (the preview's demo user). */
  initialSettings?: Record<string, unknown>;
}

/** Outlook's limit for one add-in's roaming settings. */
export const ROAMING_SETTINGS_LIMIT_BYTES = 32 * 1024;
const ROAMING_STORAGE_KEY = "atbilde.preview.roamingSettings";

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

function textToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeHtml(line))
    .join("<br>");
}

function formatAddress(a: EmailAddress): string {
  return a.name ? `${a.name} &lt;${escapeHtml(a.address)}&gt;` : escapeHtml(a.address);
}

/** The quoted original below a reply, in the shape Outlook on the web writes it. */
export function quotedOriginalHtml(message: MemoryMessage): string {
  const sent = new Date(message.date);
  const when = isNaN(sent.getTime()) ? escapeHtml(message.date) : escapeHtml(sent.toUTCString());
  return (
    `<div id="appendonsend"></div><hr style="display:inline-block;width:98%">` +
    `<div id="divRplyFwdMsg" dir="ltr"><b>No:</b> ${formatAddress(message.from)}<br>` +
    `<b>Nosūtīts:</b> ${when}<br><b>Kam:</b> ${message.to.map(formatAddress).join("; ")}<br>` +
    `<b>Tēma:</b> ${escapeHtml(message.subject)}</div><div>${message.bodyHtml}</div>`
  );
}

class MemoryRoamingSettings implements RoamingSettingsPort {
  private values: Record<string, unknown> = {};

  constructor(
    private readonly storage?: KeyValueStorage,
    initial: Record<string, unknown> = {},
  ) {
    this.values = { ...initial };
    const saved = storage?.getItem(ROAMING_STORAGE_KEY);
    if (saved) {
      try {
        this.values = JSON.parse(saved) as Record<string, unknown>;
      } catch {
        this.values = { ...initial };
      }
    }
  }
  get<T = unknown>(key: string): T | undefined {
    return this.values[key] as T | undefined;
  }
  set(key: string, value: unknown): void {
    this.values[key] = value;
  }
  remove(key: string): void {
    delete this.values[key];
  }
  async save(): Promise<void> {
    const json = JSON.stringify(this.values);
    if (new TextEncoder().encode(json).length > ROAMING_SETTINGS_LIMIT_BYTES) {
      throw new MailboxError("quota", "Settings exceed Outlook's 32 KB limit for add-in settings.");
    }
    this.storage?.setItem(ROAMING_STORAGE_KEY, json);
  }
}

export class MemoryMailbox implements MailboxPort {
  readonly kind = "memory" as const;
  readonly roamingSettings: RoamingSettingsPort;
  private readonly messages: MemoryMessage[];
  private selectedId: string | null = null;
  private compose: ComposeState | null = null;
  private composeCounter = 0;
  private readonly itemListeners = new Set<() => void>();
  private readonly fieldListeners = new Set<() => void>();
  private readonly themeListeners = new Set<() => void>();
  private readonly composeListeners = new Set<(state: ComposeState | null) => void>();
  private editorBridge: ComposeEditorBridge | null = null;
  private initializationContext: string | null = null;
  private displayLanguage: string;
  private theme: ThemeColors | null;
  private readonly supportedVersion: string;
  private readonly user: UserProfile;

  constructor(options: MemoryMailboxOptions) {
    this.messages = options.messages.map((m) => ({ ...m }));
    this.user = options.user;
    this.displayLanguage = options.displayLanguage ?? "lv-LV";
    this.theme = options.theme ?? null;
    this.supportedVersion = options.supportedVersion ?? "1.15";
    this.roamingSettings = new MemoryRoamingSettings(options.storage, options.initialSettings);
    this.selectedId = this.messages[0]?.id ?? null;
  }

  // --- controls for the preview and tests -------------------------------------------------

  listMessages(): readonly MemoryMessage[] {
    return this.messages;
  }

  get selectedMessageId(): string | null {
    return this.selectedId;
  }

  /** Selects a message in read mode (closes any compose form), like clicking it in Outlook. */
  selectMessage(id: string): void {
    if (!this.messages.some((m) => m.id === id)) throw new MailboxError("notFound", `No message with id ${id}.`);
    this.selectedId = id;
    this.compose = null;
    this.emitCompose();
    this.emitItemChanged();
  }

  /** Opens a compose form (a new message, or with given content). */
  startCompose(init: Partial<Omit<ComposeState, "id">> = {}): ComposeState {
    this.composeCounter += 1;
    this.compose = {
      id: `compose-${this.composeCounter}`,
      subject: init.subject ?? "",
      to: init.to ?? [],
      cc: init.cc ?? [],
      bcc: init.bcc ?? [],
      bodyHtml: init.bodyHtml ?? "",
      composeType: init.composeType ?? "newMail",
      attachments: init.attachments ?? [],
      cursor: init.cursor ?? 0,
      inReplyTo: init.inReplyTo ?? null,
      conversationId: init.conversationId ?? null,
    };
    this.emitCompose();
    this.emitItemChanged();
    return this.compose;
  }

  closeCompose(): void {
    this.compose = null;
    this.emitCompose();
    this.emitItemChanged();
  }

  get composeState(): ComposeState | null {
    return this.compose;
  }

  /** The preview's editor reports what the user typed. */
  updateComposeBody(bodyHtml: string, cursor?: number): void {
    if (!this.compose) throw new MailboxError("notCompose", "No compose form is open.");
    this.compose.bodyHtml = bodyHtml;
    this.compose.cursor = Math.max(0, Math.min(cursor ?? this.compose.cursor, bodyHtml.length));
  }

  updateComposeFields(fields: Partial<Pick<ComposeState, "subject" | "to" | "cc" | "bcc" | "attachments">>): void {
    if (!this.compose) throw new MailboxError("notCompose", "No compose form is open.");
    Object.assign(this.compose, fields);
    if (fields.to || fields.cc || fields.bcc) for (const listener of this.fieldListeners) setTimeout(listener, 0);
  }

  onItemFieldsChanged(listener: () => void): () => void {
    this.fieldListeners.add(listener);
    return () => this.fieldListeners.delete(listener);
  }

  /** What a Smart Alert's button hands the pane (the preview's send simulation sets it). */
  setInitializationContext(context: string | null): void {
    this.initializationContext = context;
  }

  attachEditor(bridge: ComposeEditorBridge | null): void {
    this.editorBridge = bridge;
  }

  onComposeChanged(listener: (state: ComposeState | null) => void): () => void {
    this.composeListeners.add(listener);
    return () => this.composeListeners.delete(listener);
  }

  setDisplayLanguage(language: string): void {
    this.displayLanguage = language;
  }

  setTheme(theme: ThemeColors | null): void {
    this.theme = theme;
    this.themeListeners.forEach((l) => setTimeout(l, 0));
  }

  // --- MailboxPort --------------------------------------------------------------------------

  supports(version: string): boolean {
    return compareVersions(version, this.supportedVersion) <= 0;
  }

  private selectedMessage(): MemoryMessage | null {
    return this.messages.find((m) => m.id === this.selectedId) ?? null;
  }

  async getItem(): Promise<ItemSummary> {
    if (this.compose) {
      const c = this.compose;
      return {
        mode: "compose",
        id: c.id,
        subject: c.subject,
        from: { name: this.user.displayName, address: this.user.emailAddress },
        to: c.to.map((a) => ({ ...a })),
        cc: c.cc.map((a) => ({ ...a })),
        bcc: c.bcc.map((a) => ({ ...a })),
        date: null,
        attachments: c.attachments.map((a) => ({ ...a })),
        composeType: composeTypeFromOffice(c.composeType),
        conversationId: c.conversationId,
      };
    }
    const m = this.selectedMessage();
    if (!m) return { mode: "none", id: null, subject: "", from: null, to: [], cc: [], bcc: [], date: null, attachments: [], composeType: null };
    return {
      mode: "read",
      id: m.id,
      subject: m.subject,
      from: { ...m.from },
      to: m.to.map((a) => ({ ...a })),
      cc: (m.cc ?? []).map((a) => ({ ...a })),
      bcc: [],
      date: m.date,
      attachments: (m.attachments ?? []).map((a) => ({ ...a })),
      composeType: null,
      conversationId: m.conversationId ?? m.id,
    };
  }

  async getBody(format: BodyFormat): Promise<string> {
    const html = this.compose ? this.compose.bodyHtml : this.selectedMessage()?.bodyHtml;
    if (html === undefined) throw new MailboxError("noItem", "No message is open.");
    return format === "html" ? html : htmlToPlainText(html);
  }

  async displayReplyForm(html: string, options: { replyAll?: boolean } = {}): Promise<void> {
    const original = this.compose ? null : this.selectedMessage();
    if (!original) throw new MailboxError("notRead", "A reply can be opened only from a message being read.");
    const own = this.user.emailAddress.toLowerCase();
    const cc = options.replyAll
      ? [...original.to, ...(original.cc ?? [])].filter((a) => a.address.toLowerCase() !== own)
      : [];
    this.startCompose({
      subject: /^(re|atb)\s*:/i.test(original.subject) ? original.subject : `RE: ${original.subject}`,
      to: [{ ...original.from }],
      cc,
      bodyHtml: `${html}${quotedOriginalHtml(original)}`,
      composeType: options.replyAll ? "replyAll" : "reply",
      cursor: 0,
      inReplyTo: original.id,
      conversationId: original.conversationId ?? original.id,
    });
  }

  async insertAtCursor(content: string, format: BodyFormat): Promise<void> {
    if (!this.compose) throw new MailboxError("notCompose", "Text can be inserted only while composing.");
    if (this.editorBridge) {
      this.editorBridge.insertAtCursor(content, format);
      return;
    }
    const html = format === "html" ? content : textToHtml(content);
    const c = this.compose;
    c.bodyHtml = c.bodyHtml.slice(0, c.cursor) + html + c.bodyHtml.slice(c.cursor);
    c.cursor += html.length;
    this.emitCompose();
  }

  async setBody(content: string, format: BodyFormat): Promise<void> {
    if (!this.compose) throw new MailboxError("notCompose", "The body can be replaced only while composing.");
    this.compose.bodyHtml = format === "html" ? content : textToHtml(content);
    this.compose.cursor = 0;
    this.emitCompose();
  }

  async getInitializationContext(): Promise<string | null> {
    const context = this.initializationContext;
    this.initializationContext = null; // handed over once, like Outlook
    return context;
  }

  getUserProfile(): UserProfile {
    return { ...this.user };
  }

  getDisplayLanguage(): string {
    return this.displayLanguage;
  }

  getTheme(): ThemeColors | null {
    return this.supports("1.14") ? this.theme : null;
  }

  onItemChanged(listener: () => void): () => void {
    this.itemListeners.add(listener);
    return () => this.itemListeners.delete(listener);
  }

  onThemeChanged(listener: () => void): () => void {
    this.themeListeners.add(listener);
    return () => this.themeListeners.delete(listener);
  }

  private emitItemChanged(): void {
    // Outlook announces ItemChanged asynchronously; so do we, so callers see the same ordering.
    for (const listener of this.itemListeners) setTimeout(listener, 0);
  }

  private emitCompose(): void {
    for (const listener of this.composeListeners) listener(this.compose);
  }
}

/** A rough HTML-to-text for getBody("text") in memory (Outlook does its own conversion). */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/div|\/li|\/tr|\/h\d)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
