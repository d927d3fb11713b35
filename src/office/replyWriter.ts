/**
 * Writes drafted replies into Outlook without losing anything: re-reads the body before every
 * write, never overwrites text the user typed, keeps an undo copy, and works around
 * displayReplyForm's 32 KB limit by handing larger replies to the compose pane.
 */
import { MailboxError, type EmailAddress, type ItemSummary, type MailboxPort } from "./mailboxPort";
import type { KeyValueStorage } from "./mailboxPort";

/** displayReplyForm accepts at most 32 KB (32,768 characters) of HTML. */
export const REPLY_FORM_LIMIT = 32 * 1024;
const PENDING_KEY = "atbilde.pendingReply";
/** How long a pending reply waits for its reply form (docs/privacy.md, "Pending replies"). */
export const PENDING_MAX_AGE_MS = 10 * 60 * 1000;

export interface UndoPoint {
  itemId: string | null;
  before: string;
  after: string;
}

export type InsertOutcome = "replaced-empty-body" | "inserted-at-cursor" | "opened-reply" | "opened-reply-pending";

/**
 * The reply form a pending reply was made for: what the message being answered tells about the
 * form Outlook opens for it. Addresses are lower case.
 */
export interface PendingBinding {
  /** The message answered (read mode item id). */
  itemId: string | null;
  conversationId: string | null;
  composeType: "reply" | "replyAll";
  /** Everyone the reply form addresses (To and Cc together). */
  recipients: string[];
  subject: string;
}

interface PendingReply {
  html: string;
  savedAt: number;
  expiresAt: number;
  binding: PendingBinding;
}

/**
 * How the open item relates to a pending reply: `same-form` is the form it was made for (every
 * known fact matches), `offer` may be (some facts unknown or changed: ask the user), `other` is
 * certainly another message (never insert, never show).
 */
export type PendingMatch = "same-form" | "offer" | "other";

/** What the pane shows when it offers a pending reply: whom and what it was written for. */
export interface PendingOffer {
  recipients: string[];
  subject: string;
  savedAt: number;
}

export { isBodyEmpty } from "./emptyBody";

function addressesOf(list: readonly EmailAddress[]): string[] {
  return list.map((a) => a.address.trim().toLowerCase()).filter(Boolean);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size !== right.size) return false;
  for (const x of left) if (!right.has(x)) return false;
  return true;
}

/** "RE: Jautājums", "Atb.: Jautājums" and "Jautājums" are the same subject. */
function baseSubject(subject: string): string {
  return subject
    .replace(/^\s*(?:(?:re|atb|aw|sv|fw|fwd|pārs)\.?\s*:\s*)*/i, "")
    .trim()
    .toLowerCase();
}

/** The binding of a reply to the read item `original`, for the form displayReplyForm opens. */
export function bindingFor(original: ItemSummary, ownAddress: string, replyAll: boolean): PendingBinding {
  const own = ownAddress.trim().toLowerCase();
  const from = original.from ? addressesOf([original.from]) : [];
  const everyone = replyAll ? [...from, ...addressesOf(original.to), ...addressesOf(original.cc)] : from;
  return {
    itemId: original.id,
    conversationId: original.conversationId ?? null,
    composeType: replyAll ? "replyAll" : "reply",
    recipients: [...new Set(everyone.filter((a) => a !== own))],
    subject: original.subject,
  };
}

/**
 * Decides whether the open compose item is the reply form a pending reply was bound to. A new
 * message, a forward, another conversation, or a form addressed to none of the reply's
 * recipients is another message; only a form whose compose type, conversation, recipients and
 * subject all match is the same form; anything in between is offered.
 */
export function matchPending(binding: PendingBinding, item: ItemSummary): PendingMatch {
  if (item.mode !== "compose") return "other";
  if (item.composeType === "new" || item.composeType === "forward") return "other";
  const conversation = item.conversationId ?? null;
  if (conversation !== null && binding.conversationId !== null && conversation !== binding.conversationId) return "other";
  const recipients = addressesOf([...item.to, ...item.cc]);
  const shared = recipients.some((a) => binding.recipients.includes(a));
  if (!shared && (binding.recipients.length > 0 || recipients.length > 0)) return "other";
  const certain =
    conversation !== null &&
    conversation === binding.conversationId &&
    item.composeType === binding.composeType &&
    sameSet(recipients, binding.recipients) &&
    baseSubject(item.subject) === baseSubject(binding.subject);
  return certain ? "same-form" : "offer";
}

function parsePending(raw: string | null | undefined): PendingReply | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<PendingReply>;
    const binding = value.binding;
    if (
      typeof value.html !== "string" ||
      !value.html ||
      typeof value.savedAt !== "number" ||
      typeof value.expiresAt !== "number" ||
      !binding ||
      !Array.isArray(binding.recipients) ||
      (binding.composeType !== "reply" && binding.composeType !== "replyAll")
    ) {
      return null; // an unbound reply (an older version's) is never inserted
    }
    return value as PendingReply;
  } catch {
    return null;
  }
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
   * over the 32 KB limit open with an empty body and wait as a *pending* reply, bound to that
   * form (conversation, recipients, compose type, subject) for PENDING_MAX_AGE_MS, until the pane
   * opens in it.
   */
  async openReply(html: string, options: { replyAll?: boolean } = {}): Promise<InsertOutcome> {
    if (html.length <= REPLY_FORM_LIMIT) {
      await this.mailbox.displayReplyForm(html, options);
      return "opened-reply";
    }
    if (!this.storage) throw new MailboxError("tooLarge", "The reply is larger than Outlook's 32 KB reply form limit.");
    const original = await this.mailbox.getItem();
    if (original.mode !== "read") throw new MailboxError("notRead", "A reply can be opened only from a message being read.");
    const savedAt = this.now();
    const pending: PendingReply = {
      html,
      savedAt,
      expiresAt: savedAt + PENDING_MAX_AGE_MS,
      binding: bindingFor(original, this.mailbox.getUserProfile().emailAddress, Boolean(options.replyAll)),
    };
    this.storage.setItem(PENDING_KEY, JSON.stringify(pending));
    try {
      await this.mailbox.displayReplyForm("", options);
    } catch (e) {
      this.discardPending();
      throw e;
    }
    return "opened-reply-pending";
  }

  /** The stored pending reply if it has not expired; an expired or unreadable one is deleted. */
  private readPending(): PendingReply | null {
    const raw = this.storage?.getItem(PENDING_KEY);
    if (!raw) return null;
    const pending = parsePending(raw);
    const now = this.now();
    if (!pending || now >= pending.expiresAt || now < pending.savedAt || pending.expiresAt - pending.savedAt > PENDING_MAX_AGE_MS) {
      this.discardPending();
      return null;
    }
    return pending;
  }

  /** Forgets the pending reply (inserted, declined, or expired). */
  discardPending(): void {
    this.storage?.setItem(PENDING_KEY, "");
  }

  /**
   * Compose mode: what to do with a pending reply here. `same-form` is inserted by
   * insertPending(); `offer` is shown to the user with whom and what it was written for;
   * `other` (or nothing pending) shows nothing and leaves the reply bound to its own form.
   */
  async pendingFor(): Promise<{ match: PendingMatch; offer: PendingOffer | null }> {
    const pending = this.readPending();
    if (!pending) return { match: "other", offer: null };
    const match = matchPending(pending.binding, await this.mailbox.getItem());
    if (match === "other") return { match, offer: null };
    return { match, offer: { recipients: pending.binding.recipients, subject: pending.binding.subject, savedAt: pending.savedAt } };
  }

  /**
   * Compose mode: inserts the pending reply into the reply form it was made for, once. With
   * `confirmed` (the user accepted the offer) a form that only may be it is accepted too; another
   * message never is. Returns whether it inserted.
   */
  async insertPending(options: { confirmed?: boolean } = {}): Promise<boolean> {
    const pending = this.readPending();
    if (!pending) return false;
    const match = matchPending(pending.binding, await this.mailbox.getItem());
    if (match === "other" || (match === "offer" && !options.confirmed)) return false;
    this.discardPending();
    await this.insert(pending.html);
    return true;
  }

  /**
   * Compose mode: fills an empty body, otherwise inserts at the cursor, never replacing the user's
   * text. `basedOn` is the body the draft was prepared against; if the body changed since, the
   * write is refused so the user can look first.
   */
  async insert(html: string, basedOn?: string): Promise<InsertOutcome> {
    // The HTML tokenizer loads on the first insert, not with the pane (initial-JS budget, issue
    // 17); loaded before the body is read, so no wait falls between reading and writing it.
    const { isBodyEmpty } = await import("./emptyBody");
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
