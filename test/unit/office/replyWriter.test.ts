import { MemoryMailbox, type MemoryMessage } from "../../../src/office/memoryMailbox";
import { REPLY_FORM_LIMIT, ReplyWriter, isBodyEmpty } from "../../../src/office/replyWriter";

const MESSAGE: MemoryMessage = {
  id: "m1",
  subject: "Jautājums",
  from: { name: "Jānis Bērziņš", address: "janis@inbox.lv" },
  to: [{ name: "Info", address: "pasts@adazi.lv" }],
  date: "2026-11-17T08:42:00Z",
  bodyHtml: '<p>Labdien! Lūdzu, skatiet attēlu <img src="cid:image001.png@01DB"></p>',
};
const USER = { displayName: "Ilze Ozola", emailAddress: "ilze.ozola@adazi.lv" };

function storage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe("ReplyWriter", () => {
  it("opens a reply with the draft above the quoted original, keeping inline images", async () => {
    const mailbox = new MemoryMailbox({ messages: [MESSAGE], user: USER });
    const writer = new ReplyWriter(mailbox, storage());
    expect(await writer.openReply("<p>Labdien, Bērziņa kungs!</p>")).toBe("opened-reply");
    const body = await mailbox.getBody("html");
    expect(body.startsWith("<p>Labdien, Bērziņa kungs!</p>")).toBe(true);
    expect(body).toContain("cid:image001.png@01DB");
  });

  it("hands a reply over 32 KB to the compose pane, which inserts it once", async () => {
    const mailbox = new MemoryMailbox({ messages: [MESSAGE], user: USER });
    const store = storage();
    const big = `<p>${"Ļoti gara atbilde. ".repeat(2000)}</p>`;
    expect(big.length).toBeGreaterThan(REPLY_FORM_LIMIT);
    expect(await new ReplyWriter(mailbox, store).openReply(big)).toBe("opened-reply-pending");
    expect(await mailbox.getBody("html")).not.toContain("Ļoti gara atbilde");
    // The compose pane (a new writer) finds and inserts it at the cursor (top of the reply).
    const composeWriter = new ReplyWriter(mailbox, store);
    expect(await composeWriter.insertPending()).toBe(true);
    const body = await mailbox.getBody("html");
    expect(body.startsWith(big)).toBe(true);
    expect(body).toContain("divRplyFwdMsg");
    expect(await composeWriter.insertPending()).toBe(false);
  });

  it("ignores a stale pending reply", async () => {
    const mailbox = new MemoryMailbox({ messages: [MESSAGE], user: USER });
    const store = storage();
    let now = 1_000_000;
    await new ReplyWriter(mailbox, store, () => now).openReply("x".repeat(REPLY_FORM_LIMIT + 1));
    now += 11 * 60 * 1000;
    expect(await new ReplyWriter(mailbox, store, () => now).insertPending()).toBe(false);
  });

  it("fills an empty compose body and inserts at the cursor when there is text, keeping it", async () => {
    const mailbox = new MemoryMailbox({ messages: [MESSAGE], user: USER });
    const writer = new ReplyWriter(mailbox, storage());
    mailbox.startCompose({ bodyHtml: "<p><br></p>" });
    expect(await writer.insert("<p>Atbilde</p>")).toBe("replaced-empty-body");
    expect(await mailbox.getBody("html")).toBe("<p>Atbilde</p>");

    mailbox.startCompose({ bodyHtml: "<p>Mans iesāktais teksts</p>", cursor: "<p>Mans iesāktais teksts</p>".length });
    expect(await writer.insert("<p>Atbilde</p>")).toBe("inserted-at-cursor");
    expect(await mailbox.getBody("html")).toBe("<p>Mans iesāktais teksts</p><p>Atbilde</p>");
  });

  it("refuses to write when the body changed since the draft was prepared", async () => {
    const mailbox = new MemoryMailbox({ messages: [MESSAGE], user: USER });
    mailbox.startCompose({ bodyHtml: "<p>A</p>" });
    const writer = new ReplyWriter(mailbox, storage());
    await expect(writer.insert("<p>B</p>", "<p>something else</p>")).rejects.toMatchObject({ code: "bodyChanged" });
    expect(await mailbox.getBody("html")).toBe("<p>A</p>");
  });

  it("undoes the last write in one step, but not over later edits", async () => {
    const mailbox = new MemoryMailbox({ messages: [MESSAGE], user: USER });
    mailbox.startCompose({ bodyHtml: "<p>Teksts</p>" });
    const writer = new ReplyWriter(mailbox, storage());
    await writer.insert("<p>Ievietots</p>");
    expect(writer.canUndo).toBe(true);
    await writer.undo();
    expect(await mailbox.getBody("html")).toBe("<p>Teksts</p>");
    expect(writer.canUndo).toBe(false);

    await writer.insert("<p>Ievietots</p>");
    mailbox.updateComposeBody("<p>Lietotājs rakstīja vēl</p>");
    await expect(writer.undo()).rejects.toMatchObject({ code: "bodyChanged" });
  });

  it("replaces the body for a fix only if it is unchanged, with undo", async () => {
    const mailbox = new MemoryMailbox({ messages: [MESSAGE], user: USER });
    mailbox.startCompose({ bodyHtml: "<p>veikt apmaksu</p>" });
    const writer = new ReplyWriter(mailbox, storage());
    await expect(writer.replaceBody("<p>other</p>", "<p>samaksāt</p>")).rejects.toMatchObject({ code: "bodyChanged" });
    await writer.replaceBody("<p>veikt apmaksu</p>", "<p>samaksāt</p>");
    await writer.undo();
    expect(await mailbox.getBody("html")).toBe("<p>veikt apmaksu</p>");
  });

  it.each([
    ["", true],
    ["<p><br></p>", true],
    ["<div>&nbsp;</div>", true],
    ['<p><img src="cid:x"></p>', false],
    ["<p>a</p>", false],
  ])("isBodyEmpty(%j) is %s", (html, empty) => {
    expect(isBodyEmpty(html)).toBe(empty);
  });
});
