import { OfficeMockObject } from "office-addin-mock";
import { OfficeMailbox, officeCall } from "../../../src/office/officeMailbox";
import { MailboxError } from "../../../src/office/mailboxPort";

type Callback = (result: { status: string; value: unknown; error: unknown; asyncContext: unknown }) => void;

const ok = (value: unknown) => ({ status: "succeeded", value, error: null, asyncContext: undefined });
const failed = (code: number, message: string) => ({ status: "failed", value: undefined, error: { code, name: "Error", message }, asyncContext: undefined });

function version(v: string): number[] {
  return v.split(".").map(Number);
}
function atMost(v: string, max: string): boolean {
  const a = version(v);
  const b = version(max);
  return a[0] < b[0] || (a[0] === b[0] && (a[1] ?? 0) <= (b[1] ?? 0));
}

interface FakeOptions {
  maxVersion?: string;
  item?: Record<string, unknown>;
  saveResult?: ReturnType<typeof ok> | ReturnType<typeof failed>;
}

/** Builds an Office fake on office-addin-mock; callbacks get {status, value, error, asyncContext}. */
function fakeOffice(options: FakeOptions = {}) {
  const maxVersion = options.maxVersion ?? "1.15";
  const handlers: Record<string, () => void> = {};
  const settings: Record<string, unknown> = {};
  const data = {
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
    context: {
      displayLanguage: "lv-LV",
      officeTheme: { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#292929", controlForegroundColor: "#ffffff" },
      requirements: {
        isSetSupported: (name: string, v: string) => name === "Mailbox" && atMost(v, maxVersion),
      },
      roamingSettings: {
        get: (key: string) => (key in settings ? settings[key] : null),
        set: (key: string, value: unknown) => {
          settings[key] = value;
        },
        remove: (key: string) => {
          delete settings[key];
        },
        saveAsync: (cb: Callback) => cb((options.saveResult ?? ok(undefined)) as never),
      },
      mailbox: {
        userProfile: { displayName: "Ilze Ozola", emailAddress: "ilze.ozola@adazi.lv" },
        addHandlerAsync: (type: string, handler: () => void) => {
          handlers[type] = handler;
        },
        removeHandlerAsync: (type: string) => {
          delete handlers[type];
        },
        item: options.item ?? readItem(),
      },
    },
  };
  const office = new OfficeMockObject(data) as unknown as typeof Office;
  return { office, handlers, settings };
}

function readItem(overrides: Record<string, unknown> = {}) {
  return {
    itemId: "AAMk-1",
    subject: "Nekustamā īpašuma nodoklis",
    from: { displayName: "Jānis Bērziņš", emailAddress: "janis@inbox.lv" },
    sender: { displayName: "Jānis Bērziņš", emailAddress: "janis@inbox.lv" },
    to: [{ displayName: "Pašvaldība", emailAddress: "pasts@adazi.lv" }],
    cc: [],
    dateTimeCreated: new Date("2026-11-17T08:42:00Z"),
    attachments: [{ id: "a1", name: "izziņa.pdf", size: 1200, isInline: false, contentType: "application/pdf" }],
    body: { getAsync: (_coercion: string, cb: Callback) => cb(ok("<p>Labdien!</p>")) },
    displayReplyForm: jest.fn(),
    displayReplyAllForm: jest.fn(),
    displayReplyFormAsync: jest.fn((_data: unknown, cb: Callback) => cb(ok(undefined))),
    ...overrides,
  };
}

function composeItem(overrides: Record<string, unknown> = {}) {
  return {
    subject: { getAsync: (cb: Callback) => cb(ok("RE: Nodoklis")) },
    to: { getAsync: (cb: Callback) => cb(ok([{ displayName: "Jānis", emailAddress: "janis@inbox.lv" }])) },
    cc: { getAsync: (cb: Callback) => cb(ok([])) },
    from: { getAsync: (cb: Callback) => cb(ok({ displayName: "Info", emailAddress: "pasts@adazi.lv" })) },
    getAttachmentsAsync: (cb: Callback) => cb(ok([{ id: "x", name: "pielikums.docx", size: 10, isInline: false }])),
    getComposeTypeAsync: (cb: Callback) => cb(ok({ composeType: "reply", coercionType: "html" })),
    body: {
      getAsync: (_c: string, cb: Callback) => cb(ok("<p>Melnraksts</p>")),
      setSelectedDataAsync: jest.fn((_d: string, _o: unknown, cb: Callback) => cb(ok(undefined))),
      setAsync: jest.fn((_d: string, _o: unknown, cb: Callback) => cb(ok(undefined))),
    },
    ...overrides,
  };
}

describe("OfficeMailbox over office-addin-mock", () => {
  it("summarises a read item", async () => {
    const { office } = fakeOffice();
    const item = await new OfficeMailbox(office).getItem();
    expect(item).toMatchObject({
      mode: "read",
      id: "AAMk-1",
      subject: "Nekustamā īpašuma nodoklis",
      from: { name: "Jānis Bērziņš", address: "janis@inbox.lv" },
      to: [{ name: "Pašvaldība", address: "pasts@adazi.lv" }],
      date: "2026-11-17T08:42:00.000Z",
      composeType: null,
    });
    expect(item.attachments[0].name).toBe("izziņa.pdf");
  });

  it("summarises a compose item through the async getters", async () => {
    const { office } = fakeOffice({ item: composeItem() });
    const mailbox = new OfficeMailbox(office);
    const item = await mailbox.getItem();
    expect(item).toMatchObject({ mode: "compose", subject: "RE: Nodoklis", composeType: "reply", from: { address: "pasts@adazi.lv" } });
    expect(item.attachments.map((a) => a.name)).toEqual(["pielikums.docx"]);
    // The same compose item keeps the same id while it is open.
    expect((await mailbox.getItem()).id).toBe(item.id);
  });

  it("falls back where requirement sets are missing (Mailbox 1.3 client)", async () => {
    const { office } = fakeOffice({ maxVersion: "1.3", item: composeItem() });
    const mailbox = new OfficeMailbox(office);
    const item = await mailbox.getItem();
    expect(item.composeType).toBe("unknown"); // getComposeTypeAsync is 1.10
    expect(item.attachments).toEqual([]); // getAttachmentsAsync is 1.8
    expect(item.from).toEqual({ name: "Ilze Ozola", address: "ilze.ozola@adazi.lv" }); // from.getAsync is 1.7
    expect(mailbox.getTheme()).toBeNull(); // officeTheme is 1.14
    expect(mailbox.onItemChanged(() => undefined)).toEqual(expect.any(Function));
  });

  it("reads the theme and subscribes to item changes where supported", async () => {
    const { office, handlers } = fakeOffice();
    const mailbox = new OfficeMailbox(office);
    expect(mailbox.getTheme()?.bodyBackgroundColor).toBe("#1f1f1f");
    const listener = jest.fn();
    const off = mailbox.onItemChanged(listener);
    handlers["olkItemSelectedChanged"]();
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    expect(handlers["olkItemSelectedChanged"]).toBeUndefined();
  });

  it("does not subscribe to item changes before Mailbox 1.5", () => {
    const { office, handlers } = fakeOffice({ maxVersion: "1.4" });
    new OfficeMailbox(office).onItemChanged(() => undefined);
    expect(Object.keys(handlers)).toEqual([]);
  });

  it("reads the body and turns a failed AsyncResult into a MailboxError", async () => {
    const { office } = fakeOffice();
    await expect(new OfficeMailbox(office).getBody("html")).resolves.toBe("<p>Labdien!</p>");

    const broken = fakeOffice({ item: readItem({ body: { getAsync: (_c: string, cb: Callback) => cb(failed(9002, "Internal error")) } }) });
    const error = await new OfficeMailbox(broken.office).getBody("html").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailboxError);
    expect((error as MailboxError).code).toBe("9002");
    expect((error as MailboxError).message).toContain("Internal error");
  });

  it("refuses to read the body on a Mailbox 1.1 client", async () => {
    const { office } = fakeOffice({ maxVersion: "1.1" });
    await expect(new OfficeMailbox(office).getBody("html")).rejects.toMatchObject({ code: "unsupported" });
  });

  it("turns a throwing Office call into a MailboxError", async () => {
    await expect(
      officeCall("boom", () => {
        throw new Error("host gone");
      }),
    ).rejects.toMatchObject({ code: "exception", message: "boom: host gone" });
  });

  it("opens a reply form with the async API on 1.9+ and the sync one before", async () => {
    const item = readItem();
    const { office } = fakeOffice({ item });
    await new OfficeMailbox(office).displayReplyForm("<p>Labdien!</p>");
    expect(item.displayReplyFormAsync).toHaveBeenCalledWith({ htmlBody: "<p>Labdien!</p>" }, expect.any(Function));

    const oldItem = readItem();
    const old = fakeOffice({ item: oldItem, maxVersion: "1.8" });
    await new OfficeMailbox(old.office).displayReplyForm("<p>Sveiki</p>", { replyAll: true });
    expect(oldItem.displayReplyAllForm).toHaveBeenCalledWith("<p>Sveiki</p>");
  });

  it("inserts at the cursor and replaces the body in compose mode only", async () => {
    const item = composeItem();
    const { office } = fakeOffice({ item });
    const mailbox = new OfficeMailbox(office);
    await mailbox.insertAtCursor("<b>Labdien!</b>", "html");
    expect(item.body.setSelectedDataAsync).toHaveBeenCalledWith("<b>Labdien!</b>", { coercionType: "html" }, expect.any(Function));
    await mailbox.setBody("Teksts", "text");
    expect(item.body.setAsync).toHaveBeenCalledWith("Teksts", { coercionType: "text" }, expect.any(Function));

    const read = fakeOffice();
    await expect(new OfficeMailbox(read.office).insertAtCursor("x", "text")).rejects.toMatchObject({ code: "notCompose" });
  });

  it("saves roaming settings and reports a refused save", async () => {
    const { office, settings } = fakeOffice();
    const mailbox = new OfficeMailbox(office);
    mailbox.roamingSettings.set("uiLanguage", "en");
    expect(mailbox.roamingSettings.get("uiLanguage")).toBe("en");
    await mailbox.roamingSettings.save();
    expect(settings.uiLanguage).toBe("en");

    const full = fakeOffice({ saveResult: failed(9057, "The settings exceed the size limit") });
    await expect(new OfficeMailbox(full.office).roamingSettings.save()).rejects.toMatchObject({ code: "9057" });
  });

  it("reports the user profile and display language", () => {
    const { office } = fakeOffice();
    const mailbox = new OfficeMailbox(office);
    expect(mailbox.getUserProfile()).toEqual({ displayName: "Ilze Ozola", emailAddress: "ilze.ozola@adazi.lv" });
    expect(mailbox.getDisplayLanguage()).toBe("lv-LV");
    expect(mailbox.supports("1.15")).toBe(true);
    expect(mailbox.supports("1.16")).toBe(false);
  });
});
