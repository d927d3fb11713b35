import { MemoryMailbox, ROAMING_SETTINGS_LIMIT_BYTES, htmlToPlainText, type MemoryMessage } from "../../../src/office/memoryMailbox";

const MESSAGES: MemoryMessage[] = [
  {
    id: "m1",
    subject: "Jautājums par nodokli",
    from: { name: "Jānis Bērziņš", address: "janis@inbox.lv" },
    to: [{ name: "Info", address: "pasts@adazi.lv" }],
    cc: [{ name: "Ilze Ozola", address: "ilze.ozola@adazi.lv" }, { name: "Kolēģis", address: "kolegis@adazi.lv" }],
    date: "2026-11-17T08:42:00Z",
    bodyHtml: "<p>Labdien! Kā pieteikties?</p>",
  },
  {
    id: "m2",
    subject: "Otrā vēstule",
    from: { name: "Anna", address: "anna@gmail.com" },
    to: [{ name: "Info", address: "pasts@adazi.lv" }],
    date: "2026-11-18T08:42:00Z",
    bodyHtml: "<p>Sveiki &amp; paldies</p>",
  },
];
const USER = { displayName: "Ilze Ozola", emailAddress: "ilze.ozola@adazi.lv" };

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("MemoryMailbox", () => {
  it("starts on the first message in read mode", async () => {
    const mailbox = new MemoryMailbox({ messages: MESSAGES, user: USER });
    const item = await mailbox.getItem();
    expect(item).toMatchObject({ mode: "read", id: "m1", subject: "Jautājums par nodokli", from: { address: "janis@inbox.lv" } });
    expect(await mailbox.getBody("html")).toBe("<p>Labdien! Kā pieteikties?</p>");
  });

  it("announces a selection change asynchronously, like Outlook", async () => {
    const mailbox = new MemoryMailbox({ messages: MESSAGES, user: USER });
    const listener = jest.fn();
    mailbox.onItemChanged(listener);
    mailbox.selectMessage("m2");
    expect(listener).not.toHaveBeenCalled();
    await tick();
    expect(listener).toHaveBeenCalledTimes(1);
    expect((await mailbox.getItem()).subject).toBe("Otrā vēstule");
    expect(() => mailbox.selectMessage("nope")).toThrow(/No message/);
  });

  it("opens a reply form with the drafted text above the quoted original", async () => {
    const mailbox = new MemoryMailbox({ messages: MESSAGES, user: USER });
    await mailbox.displayReplyForm("<p>Labdien, Bērziņa kungs!</p>");
    const item = await mailbox.getItem();
    expect(item).toMatchObject({ mode: "compose", subject: "RE: Jautājums par nodokli", composeType: "reply", to: [{ address: "janis@inbox.lv" }], cc: [] });
    const body = await mailbox.getBody("html");
    expect(body.indexOf("Labdien, Bērziņa kungs!")).toBeLessThan(body.indexOf('id="divRplyFwdMsg"'));
    expect(body).toContain("<p>Labdien! Kā pieteikties?</p>");
  });

  it("reply-all copies the other recipients but not the user", async () => {
    const mailbox = new MemoryMailbox({ messages: MESSAGES, user: USER });
    await mailbox.displayReplyForm("", { replyAll: true });
    const item = await mailbox.getItem();
    expect(item.cc.map((a) => a.address)).toEqual(["pasts@adazi.lv", "kolegis@adazi.lv"]);
  });

  it("inserts at the cursor without losing the user's text, and replaces only when asked", async () => {
    const mailbox = new MemoryMailbox({ messages: MESSAGES, user: USER });
    mailbox.startCompose({ bodyHtml: "<p>Mans teksts</p>", composeType: "newMail" });
    mailbox.updateComposeBody("<p>Mans teksts</p>", "<p>Mans teksts</p>".length);
    await mailbox.insertAtCursor("<p>Ievietots</p>", "html");
    expect(await mailbox.getBody("html")).toBe("<p>Mans teksts</p><p>Ievietots</p>");
    await mailbox.insertAtCursor("a < b", "text");
    expect(await mailbox.getBody("html")).toBe("<p>Mans teksts</p><p>Ievietots</p>a &lt; b");
    await mailbox.setBody("<p>Jauns</p>", "html");
    expect(await mailbox.getBody("text")).toBe("Jauns");
  });

  it("hands insertion to the preview's editor when one is attached", async () => {
    const mailbox = new MemoryMailbox({ messages: MESSAGES, user: USER });
    mailbox.startCompose();
    const insert = jest.fn();
    mailbox.attachEditor({ insertAtCursor: insert });
    await mailbox.insertAtCursor("<p>x</p>", "html");
    expect(insert).toHaveBeenCalledWith("<p>x</p>", "html");
  });

  it("refuses compose writes in read mode and replies in compose mode", async () => {
    const mailbox = new MemoryMailbox({ messages: MESSAGES, user: USER });
    await expect(mailbox.insertAtCursor("x", "text")).rejects.toMatchObject({ code: "notCompose" });
    await expect(mailbox.setBody("x", "text")).rejects.toMatchObject({ code: "notCompose" });
    mailbox.startCompose();
    await expect(mailbox.displayReplyForm("x")).rejects.toMatchObject({ code: "notRead" });
  });

  it("persists roaming settings and refuses to save past 32 KB", async () => {
    const storage = memoryStorage();
    const mailbox = new MemoryMailbox({ messages: MESSAGES, user: USER, storage });
    mailbox.roamingSettings.set("uiLanguage", "en");
    await mailbox.roamingSettings.save();
    const again = new MemoryMailbox({ messages: MESSAGES, user: USER, storage });
    expect(again.roamingSettings.get("uiLanguage")).toBe("en");

    again.roamingSettings.set("dictionary", "ā".repeat(ROAMING_SETTINGS_LIMIT_BYTES / 2));
    await expect(again.roamingSettings.save()).rejects.toMatchObject({ code: "quota" });
  });

  it("reports requirement sets up to the configured version; theme only from 1.14", () => {
    const theme = { bodyBackgroundColor: "#000000", bodyForegroundColor: "#fff", controlBackgroundColor: "#111", controlForegroundColor: "#fff" };
    const modern = new MemoryMailbox({ messages: MESSAGES, user: USER, theme });
    expect(modern.supports("1.14")).toBe(true);
    expect(modern.getTheme()).toEqual(theme);
    const old = new MemoryMailbox({ messages: MESSAGES, user: USER, theme, supportedVersion: "1.8" });
    expect(old.supports("1.9")).toBe(false);
    expect(old.getTheme()).toBeNull();
  });

  it("has no item when the mailbox is empty", async () => {
    const mailbox = new MemoryMailbox({ messages: [], user: USER });
    expect((await mailbox.getItem()).mode).toBe("none");
    await expect(mailbox.getBody("html")).rejects.toMatchObject({ code: "noItem" });
  });

  it("turns simple HTML into text", () => {
    expect(htmlToPlainText("<p>Labdien!</p><p>Rinda&nbsp;2 &amp; 3<br>beigas</p>")).toBe("Labdien!\nRinda 2 & 3\nbeigas");
  });
});
