/**
 * Writes drafted replies into Outlook without losing anything: re-reads the body before every
 * write, never overwrites text the user typed, keeps an undo copy, and works around
 * displayReplyForm's 32 KB limit by handing larger replies to the compose pane.
 */
import { MailboxError, type MailboxPort } from "./mailboxPort";
import type { KeyValueStorage } from "./mailboxPort";

/** displayReplyForm accepts at most 32 KB (32,768 characters) of HTML. */
export const REPLY_FORM_LIMIT = 32 * 1024;
const PENDING_KEY = "atbilde.pendingReply";
const PENDING_MAX_AGE_MS = 10 * 60 * 1000;
const EMPTY_TEXT = /^[\s\u200b]*$/;

export interface UndoPoint {
  itemId: string | null;
  before: string;
  after: string;
}

export type InsertOutcome = "replaced-empty-body" | "inserted-at-cursor" | "opened-reply" | "opened-reply-pending";

/** The body counts as empty when it holds no visible text and no image. */
export function isBodyEmpty(html: string): boolean {
  if (/<img\b/i.test(html)) return false;
  const text = html
    .replace(/<(?:style|script)\b[^>]*>[^<]*<\/(?:style|script)>/gi, "")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;|&#160;/gi, " ");
  return EMPTY_TEXT.test(text);
}

export class BodyChangedError extends MailboxError {
  constructor() {
    super("bodyChanged", "The message changed since the draft was prepared; review it before inserting.");
  }
}

export class ReplyWriter {
  private undoPoint: UndoPoint | null = null;

  constructor(
    private readonly mailbox: MailboxPort,
    private readonly storage: KeyValueStorage | null,
    private readonly now: () => number = Date.now,
  ) {}

  get canUndo(): boolean {
    return this.undoPoint !== null;
  }

  /**
   * Read mode: opens a reply (or reply-all) form holding `html` above the quoted original. Replies
   * over the 32 KB limit open with an empty body and are inserted by the compose pane instead.
   */
  async openReply(html: string, options: { replyAll?: boolean } = {}): Promise<InsertOutcome> {
    if (html.length <= REPLY_FORM_LIMIT) {
      await this.mailbox.displayReplyForm(html, options);
      return "opened-reply";
    }
    if (!this.storage) throw new MailboxError("tooLarge", "The reply is larger than Outlook's 32 KB reply form limit.");
    this.storage.setItem(PENDING_KEY, JSON.stringify({ html, savedAt: this.now() }));
    await this.mailbox.displayReplyForm("", options);
    return "opened-reply-pending";
  }

  /** Compose mode: inserts a reply that was too large for the reply form, once. */
  async insertPending(): Promise<boolean> {
    const raw = this.storage?.getItem(PENDING_KEY);
    if (!raw) return false;
    this.storage?.setItem(PENDING_KEY, "");
    let pending: { html: string; savedAt: number };
    try {
      pending = JSON.parse(raw) as { html: string; savedAt: number };
    } catch {
      return false;
    }
    if (!pending.html || this.now() - pending.savedAt > PENDING_MAX_AGE_MS) return false;
    await this.insert(pending.html);
    return true;
  }

  /**
   * Compose mode: fills an empty body, otherwise inserts at the cursor, never replacing the user's
   * text. `basedOn` is the body the draft was prepared against; if the body changed since, the
   * write is refused so the user can look first.
   */
  async insert(html: string, basedOn?: string): Promise<InsertOutcome> {
    const item = await this.mailbox.getItem();
    if (item.mode !== "compose") throw new MailboxError("notCompose", "Open a reply or a new message to insert text.");
    const before = await this.mailbox.getBody("html");
    if (basedOn !== undefined && basedOn !== before) throw new BodyChangedError();
    let outcome: InsertOutcome;
    if (isBodyEmpty(before)) {
      await this.mailbox.setBody(html, "html");
      outcome = "replaced-empty-body";
    } else {
      await this.mailbox.insertAtCursor(html, "html");
      outcome = "inserted-at-cursor";
    }
    const after = await this.mailbox.getBody("html");
    this.undoPoint = { itemId: item.id, before, after };
    return outcome;
  }

  /**
   * Replaces the whole body after checking it still is what we read (used by fixes). Keeps an undo copy.
   */
  async replaceBody(expectedBefore: string, html: string): Promise<void> {
    const item = await this.mailbox.getItem();
    const before = await this.mailbox.getBody("html");
    if (before !== expectedBefore) throw new BodyChangedError();
    await this.mailbox.setBody(html, "html");
    const after = await this.mailbox.getBody("html");
    this.undoPoint = { itemId: item.id, before, after };
  }

  /** Restores the body from before the last write, if the user has not edited it since. */
  async undo(): Promise<void> {
    const point = this.undoPoint;
    if (!point) throw new MailboxError("nothingToUndo", "There is nothing to undo.");
    const item = await this.mailbox.getItem();
    if (item.id !== point.itemId) throw new MailboxError("otherItem", "The change was made in another message.");
    const current = await this.mailbox.getBody("html");
    if (current !== point.after) throw new BodyChangedError();
    await this.mailbox.setBody(point.before, "html");
    this.undoPoint = null;
  }
}
