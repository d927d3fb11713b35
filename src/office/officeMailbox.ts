/**
 * MailboxPort over Office.js. Every call checks the requirement set it needs and falls back
 * explicitly where a client lacks it, so the pane keeps working (with less) on older Outlook.
 */
import {
  AttachmentInfo,
  BodyFormat,
  ComposeType,
  EmailAddress,
  ItemSummary,
  MailboxError,
  MailboxPort,
  RoamingSettingsPort,
  ThemeColors,
  UserProfile,
} from "./mailboxPort";
import { composeTypeFromOffice } from "../core/check/composeType";

export { officeCall, type AsyncResultLike } from "./officeCall";
import { officeCall, type AsyncResultLike } from "./officeCall";

function toAddress(details: Office.EmailAddressDetails | undefined | null): EmailAddress | null {
  if (!details) return null;
  return { name: details.displayName ?? "", address: details.emailAddress ?? "" };
}

function toAddresses(list: Office.EmailAddressDetails[] | undefined | null): EmailAddress[] {
  return (list ?? []).map((d) => toAddress(d)).filter((a): a is EmailAddress => a !== null);
}

function coercion(office: typeof Office, format: BodyFormat): Office.CoercionType {
  return format === "html" ? office.CoercionType.Html : office.CoercionType.Text;
}


class OfficeRoamingSettings implements RoamingSettingsPort {
  constructor(private readonly settings: Office.RoamingSettings) {}
  get<T = unknown>(key: string): T | undefined {
    const value = this.settings.get(key);
    return value === null || value === undefined ? undefined : (value as T);
  }
  set(key: string, value: unknown): void {
    this.settings.set(key, value);
  }
  remove(key: string): void {
    this.settings.remove(key);
  }
  save(): Promise<void> {
    return officeCall<void>("roamingSettings.saveAsync", (cb) => this.settings.saveAsync(cb as never));
  }
}

export class OfficeMailbox implements MailboxPort {
  readonly kind = "outlook" as const;
  readonly roamingSettings: RoamingSettingsPort;
  private readonly composeIds = new WeakMap<object, string>();

  constructor(private readonly office: typeof Office = Office) {
    this.roamingSettings = new OfficeRoamingSettings(office.context.roamingSettings);
  }

  private get mailbox(): Office.Mailbox {
    return this.office.context.mailbox;
  }

  supports(version: string): boolean {
    try {
      return Boolean(this.office.context.requirements?.isSetSupported("Mailbox", version));
    } catch {
      return false;
    }
  }

  private mode(item: Office.Item | null | undefined): "read" | "compose" | "none" {
    if (!item) return "none";
    // In compose mode `subject` is an object with getAsync; in read mode it is a string.
    return typeof (item as Office.MessageRead).subject === "string" ? "read" : "compose";
  }

  private composeId(item: object): string {
    let id = this.composeIds.get(item);
    if (!id) {
      id = `compose-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      this.composeIds.set(item, id);
    }
    return id;
  }

  async getItem(): Promise<ItemSummary> {
    const item = this.mailbox.item;
    const mode = this.mode(item);
    if (!item || mode === "none") {
      return { mode: "none", id: null, subject: "", from: null, to: [], cc: [], bcc: [], date: null, attachments: [], composeType: null };
    }
    if (mode === "read") {
      const read = item as Office.MessageRead;
      const attachments: AttachmentInfo[] = (read.attachments ?? []).map((a) => ({
        id: a.id,
        name: a.name,
        size: a.size,
        isInline: Boolean(a.isInline),
        contentType: a.contentType,
      }));
      const created = read.dateTimeCreated;
      return {
        mode,
        id: read.itemId ?? null,
        subject: read.subject ?? "",
        from: toAddress(read.from ?? read.sender),
        to: toAddresses(read.to),
        cc: toAddresses(read.cc),
        bcc: [],
        date: created instanceof Date && !isNaN(created.getTime()) ? created.toISOString() : null,
        attachments,
        composeType: null,
        conversationId: read.conversationId || null,
      };
    }
    const compose = item as Office.MessageCompose;
    const [subject, to, cc, bcc, from, attachments, composeType] = await Promise.all([
      officeCall<string>("subject.getAsync", (cb) => compose.subject.getAsync(cb as never)),
      officeCall<Office.EmailAddressDetails[]>("to.getAsync", (cb) => compose.to.getAsync(cb as never)),
      officeCall<Office.EmailAddressDetails[]>("cc.getAsync", (cb) => compose.cc.getAsync(cb as never)),
      // Bcc is Mailbox 1.1 in compose, as on send; a failure there only loses the Bcc recipients.
      compose.bcc && typeof compose.bcc.getAsync === "function"
        ? officeCall<Office.EmailAddressDetails[]>("bcc.getAsync", (cb) => compose.bcc.getAsync(cb as never)).catch(() => [] as Office.EmailAddressDetails[])
        : Promise.resolve<Office.EmailAddressDetails[]>([]),
      // from.getAsync needs Mailbox 1.7; without it the user's own address stands in.
      this.supports("1.7") && compose.from
        ? officeCall<Office.EmailAddressDetails>("from.getAsync", (cb) => compose.from.getAsync(cb as never)).then(toAddress)
        : Promise.resolve<EmailAddress | null>({ name: this.mailbox.userProfile.displayName, address: this.mailbox.userProfile.emailAddress }),
      // getAttachmentsAsync needs Mailbox 1.8; older clients report none.
      this.supports("1.8") && compose.getAttachmentsAsync
        ? officeCall<Office.AttachmentDetailsCompose[]>("getAttachmentsAsync", (cb) => compose.getAttachmentsAsync(cb as never))
        : Promise.resolve<Office.AttachmentDetailsCompose[]>([]),
      // getComposeTypeAsync needs Mailbox 1.10.
      this.supports("1.10") && compose.getComposeTypeAsync
        ? officeCall<{ composeType: string }>("getComposeTypeAsync", (cb) => compose.getComposeTypeAsync(cb as never)).then(composeTypeFromOffice)
        : Promise.resolve<ComposeType>("unknown"),
    ]);
    return {
      mode,
      id: this.composeId(compose),
      subject,
      from,
      to: toAddresses(to),
      cc: toAddresses(cc),
      bcc: toAddresses(bcc),
      date: null,
      attachments: attachments.map((a) => ({ id: a.id, name: a.name, size: a.size, isInline: Boolean(a.isInline) })),
      composeType,
      // Set in reply forms, null in a new message (Mailbox 1.0).
      conversationId: compose.conversationId || null,
    };
  }

  getBody(format: BodyFormat): Promise<string> {
    const item = this.mailbox.item;
    if (!item) return Promise.reject(new MailboxError("noItem", "No message is open."));
    // body.getAsync is Mailbox 1.3; on 1.1–1.2 clients Atbilde cannot read the body.
    if (!this.supports("1.3") || !item.body?.getAsync) {
      return Promise.reject(new MailboxError("unsupported", "This Outlook cannot read the message body (needs Mailbox 1.3)."));
    }
    return officeCall<string>("body.getAsync", (cb) => item.body.getAsync(coercion(this.office, format), cb as never));
  }

  async displayReplyForm(html: string, options: { replyAll?: boolean } = {}): Promise<void> {
    const item = this.mailbox.item as Office.MessageRead | undefined;
    if (!item || this.mode(item) !== "read") throw new MailboxError("notRead", "A reply can be opened only from a message being read.");
    const open = options.replyAll ? item.displayReplyAllForm : item.displayReplyForm;
    if (typeof open !== "function") throw new MailboxError("unsupported", "This Outlook cannot open a reply form.");
    // With Mailbox 1.9 the async form reports failures; older clients only have the synchronous call.
    const openAsync = options.replyAll ? item.displayReplyAllFormAsync : item.displayReplyFormAsync;
    if (this.supports("1.9") && typeof openAsync === "function") {
      await officeCall<void>("displayReplyFormAsync", (cb) => openAsync.call(item, { htmlBody: html }, cb as never));
      return;
    }
    open.call(item, html);
  }

  insertAtCursor(content: string, format: BodyFormat): Promise<void> {
    const item = this.mailbox.item as Office.MessageCompose | undefined;
    if (!item || this.mode(item) !== "compose") return Promise.reject(new MailboxError("notCompose", "Text can be inserted only while composing."));
    return officeCall<void>("body.setSelectedDataAsync", (cb) => item.body.setSelectedDataAsync(content, { coercionType: coercion(this.office, format) }, cb as never));
  }

  setBody(content: string, format: BodyFormat): Promise<void> {
    const item = this.mailbox.item as Office.MessageCompose | undefined;
    if (!item || this.mode(item) !== "compose") return Promise.reject(new MailboxError("notCompose", "The body can be replaced only while composing."));
    if (!this.supports("1.3") || typeof item.body.setAsync !== "function") {
      return Promise.reject(new MailboxError("unsupported", "This Outlook cannot replace the body (needs Mailbox 1.3)."));
    }
    return officeCall<void>("body.setAsync", (cb) => item.body.setAsync(content, { coercionType: coercion(this.office, format) }, cb as never));
  }

  async getInitializationContext(): Promise<string | null> {
    const item = this.mailbox.item as (Office.MessageCompose & { getInitializationContextAsync?: (cb: (r: AsyncResultLike<string>) => void) => void }) | undefined;
    if (!item || !this.supports("1.8") || typeof item.getInitializationContextAsync !== "function") return null;
    try {
      const value = await officeCall<string>("getInitializationContextAsync", (cb) => item.getInitializationContextAsync!(cb));
      return value ? String(value) : null;
    } catch {
      return null; // opened without a context
    }
  }

  getUserProfile(): UserProfile {
    const profile = this.mailbox.userProfile;
    return { displayName: profile?.displayName ?? "", emailAddress: profile?.emailAddress ?? "" };
  }

  getDisplayLanguage(): string {
    return this.office.context.displayLanguage || "lv-LV";
  }

  getTheme(): ThemeColors | null {
    // officeTheme is Mailbox 1.14 in Outlook; older clients get null and the pane follows the OS.
    if (!this.supports("1.14")) return null;
    const theme = this.office.context.officeTheme;
    if (!theme || !theme.bodyBackgroundColor) return null;
    return {
      bodyBackgroundColor: theme.bodyBackgroundColor,
      bodyForegroundColor: theme.bodyForegroundColor,
      controlBackgroundColor: theme.controlBackgroundColor,
      controlForegroundColor: theme.controlForegroundColor,
    };
  }

  onItemChanged(listener: () => void): () => void {
    return this.subscribe(this.office.EventType.ItemChanged, "1.5", listener);
  }

  onItemFieldsChanged(listener: () => void): () => void {
    const eventType = this.office.EventType.RecipientsChanged;
    // RecipientsChanged is an event of the item (compose mode), not of the mailbox.
    const item = this.mailbox.item as unknown as { addHandlerAsync?: (type: Office.EventType, handler: () => void) => void; removeHandlerAsync?: (type: Office.EventType, options: unknown) => void } | null;
    if (!eventType || !this.supports("1.7") || !item || typeof item.addHandlerAsync !== "function") return () => undefined;
    const handler = () => listener();
    item.addHandlerAsync(eventType, handler);
    return () => {
      if (typeof item.removeHandlerAsync === "function") item.removeHandlerAsync(eventType, { handler });
    };
  }

  onThemeChanged(listener: () => void): () => void {
    return this.subscribe(this.office.EventType.OfficeThemeChanged, "1.14", listener);
  }

  private subscribe(eventType: Office.EventType | undefined, version: string, listener: () => void): () => void {
    if (!eventType || !this.supports(version) || typeof this.mailbox.addHandlerAsync !== "function") return () => undefined;
    const handler = () => listener();
    this.mailbox.addHandlerAsync(eventType, handler);
    return () => {
      if (typeof this.mailbox.removeHandlerAsync === "function") this.mailbox.removeHandlerAsync(eventType, { handler } as never);
    };
  }
}
