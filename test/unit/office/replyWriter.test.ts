import { MemoryMailbox, type MemoryMessage } from "../../../src/office/memoryMailbox";
import { PENDING_MAX_AGE_MS, REPLY_FORM_LIMIT, ReplyWriter, isBodyEmpty, matchPending, bindingFor } from "../../../src/office/replyWriter";
import type { ItemSummary } from "../../../src/office/mailboxPort";

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
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
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

});

// ---------------------------------------------------------------------------------------------
// Defect 1 of issue 13: a pending reply (over the 32 KB reply-form limit) is bound to the reply
// form it was made for and never lands in a message to somebody else.

const CLIENT_A: MemoryMessage = {
  id: "a1",
  conversationId: "conv-a",
  subject: "Par deklarēšanos",
  from: { name: "Anna Kalniņa", address: "anna.kalnina@inbox.lv" },
  to: [{ name: "Info", address: "pasts@adazi.lv" }],
  cc: [{ name: "Kārlis Kalniņš", address: "karlis@inbox.lv" }],
  date: "2026-11-17T08:42:00Z",
  bodyHtml: "<p>Labdien! Kā deklarēt dzīvesvietu?</p>",
};
const CLIENT_C: MemoryMessage = {
  id: "c1",
  conversationId: "conv-c",
  subject: "Par deklarēšanos",
  from: { name: "Pēteris Liepa", address: "peteris@inbox.lv" },
  to: [{ name: "Info", address: "pasts@adazi.lv" }],
  date: "2026-11-17T09:00:00Z",
  bodyHtml: "<p>Labdien!</p>",
};
const CLIENT_B = { name: "Jānis Bērziņš", address: "janis@inbox.lv" };
/** A long reply holding client A's personal code. */
const LONG_REPLY_A = `<p>Labdien, Kalniņas kundze! Jūsu personas kods 010190-12345.</p><p>${"Dzīvesvietu var deklarēt portālā Latvija.gov.lv. ".repeat(800)}</p>`;

function mailboxWithClients() {
  return new MemoryMailbox({ messages: [CLIENT_A, CLIENT_C, MESSAGE], user: USER });
}

describe("pending replies are bound to their reply form (issue 13, defect 1)", () => {
  it("never puts client A's long reply into a new message to client B", async () => {
    const mailbox = mailboxWithClients();
    const store = storage();
    expect(LONG_REPLY_A.length).toBeGreaterThan(REPLY_FORM_LIMIT);
    mailbox.selectMessage("a1");
    expect(await new ReplyWriter(mailbox, store).openReply(LONG_REPLY_A)).toBe("opened-reply-pending");
    mailbox.closeCompose(); // the reply form is closed without opening the pane
    mailbox.startCompose({ to: [CLIENT_B], composeType: "newMail", bodyHtml: "<p><br></p>" });

    const pane = new ReplyWriter(mailbox, store);
    expect(await pane.pendingFor()).toEqual({ match: "other", offer: null });
    expect(await pane.insertPending()).toBe(false);
    expect(await pane.insertPending({ confirmed: true })).toBe(false);
    expect(await mailbox.getBody("html")).toBe("<p><br></p>");

    // Still bound to A's reply form: reopening it there (within the expiry) inserts it.
    mailbox.selectMessage("a1");
    await mailbox.displayReplyForm("");
    expect((await pane.pendingFor()).match).toBe("same-form");
    expect(await pane.insertPending()).toBe(true);
    expect(await mailbox.getBody("html")).toContain("010190-12345");
    expect(await pane.insertPending()).toBe(false); // once
  });

  it("never inserts it into a reply or forward of another conversation, even when confirmed", async () => {
    const mailbox = mailboxWithClients();
    const store = storage();
    mailbox.selectMessage("a1");
    await new ReplyWriter(mailbox, store).openReply(LONG_REPLY_A);

    mailbox.selectMessage("c1");
    await mailbox.displayReplyForm(""); // same subject, another client and conversation
    const pane = new ReplyWriter(mailbox, store);
    expect((await pane.pendingFor()).match).toBe("other");
    expect(await pane.insertPending({ confirmed: true })).toBe(false);
    expect(await mailbox.getBody("html")).not.toContain("010190-12345");

    mailbox.startCompose({ to: [CLIENT_A.from], composeType: "forward", conversationId: "conv-a", subject: "FW: Par deklarēšanos" });
    expect((await pane.pendingFor()).match).toBe("other");
    expect(await pane.insertPending({ confirmed: true })).toBe(false);
  });

  it("offers, and does not apply, where the form only may be the one (recipients changed, no conversation id)", async () => {
    const mailbox = mailboxWithClients();
    const store = storage();
    mailbox.selectMessage("a1");
    const writer = new ReplyWriter(mailbox, store);
    await writer.openReply(LONG_REPLY_A);
    mailbox.updateComposeFields({ cc: [CLIENT_B] }); // the user added somebody

    const offered = await writer.pendingFor();
    expect(offered.match).toBe("offer");
    expect(offered.offer).toMatchObject({ recipients: ["anna.kalnina@inbox.lv"], subject: "Par deklarēšanos" });
    expect(await writer.insertPending()).toBe(false);
    expect(await mailbox.getBody("html")).not.toContain("010190-12345");
    expect(await writer.insertPending({ confirmed: true })).toBe(true);
    expect(await mailbox.getBody("html")).toContain("010190-12345");
  });

  it("binds reply-all to everyone it addresses, and offers when the compose type differs", async () => {
    const mailbox = mailboxWithClients();
    const store = storage();
    mailbox.selectMessage("a1");
    const writer = new ReplyWriter(mailbox, store);
    await writer.openReply(LONG_REPLY_A, { replyAll: true });
    expect((await writer.pendingFor()).match).toBe("same-form");

    const original = await (async () => {
      mailbox.selectMessage("a1");
      return mailbox.getItem();
    })();
    const binding = bindingFor(original, USER.emailAddress, true);
    // Everyone but the user: the sender, the shared mailbox it was sent to, and the Cc.
    expect(binding.recipients.sort()).toEqual(["anna.kalnina@inbox.lv", "karlis@inbox.lv", "pasts@adazi.lv"]);
    const form = (patch: Partial<ItemSummary>): ItemSummary => ({
      mode: "compose",
      id: "compose-x",
      subject: "RE: Par deklarēšanos",
      from: { name: USER.displayName, address: USER.emailAddress },
      to: [CLIENT_A.from, ...CLIENT_A.to],
      cc: CLIENT_A.cc ?? [],
      bcc: [],
      date: null,
      attachments: [],
      composeType: "replyAll",
      conversationId: "conv-a",
      ...patch,
    });
    expect(matchPending(binding, form({}))).toBe("same-form");
    expect(matchPending(binding, form({ subject: "Atb.: Par deklarēšanos" }))).toBe("same-form");
    expect(matchPending(binding, form({ composeType: "reply" }))).toBe("offer");
    expect(matchPending(binding, form({ composeType: "unknown" }))).toBe("offer");
    expect(matchPending(binding, form({ conversationId: null }))).toBe("offer");
    expect(matchPending(binding, form({ conversationId: undefined }))).toBe("offer");
    expect(matchPending(binding, form({ subject: "RE: Cits jautājums" }))).toBe("offer");
    expect(matchPending(binding, form({ conversationId: "conv-b" }))).toBe("other");
    expect(matchPending(binding, form({ conversationId: null, to: [CLIENT_B], cc: [] }))).toBe("other");
    expect(matchPending(binding, form({ composeType: "new" }))).toBe("other");
    expect(matchPending(binding, form({ mode: "read" }))).toBe("other");
  });

  it("expires: after PENDING_MAX_AGE_MS it is deleted, even in its own form", async () => {
    const mailbox = mailboxWithClients();
    const store = storage();
    const data = store.data;
    let now = 1_000_000;
    mailbox.selectMessage("a1");
    await new ReplyWriter(mailbox, store, () => now).openReply(LONG_REPLY_A);
    expect([...data.values()].join("")).toContain("010190-12345");
    now += PENDING_MAX_AGE_MS;
    const pane = new ReplyWriter(mailbox, store, () => now);
    expect(await pane.pendingFor()).toEqual({ match: "other", offer: null });
    expect(await pane.insertPending({ confirmed: true })).toBe(false);
    expect([...data.values()].join("")).not.toContain("010190-12345");
    expect(await mailbox.getBody("html")).not.toContain("010190-12345");
  });

  it("never inserts an unbound pending reply left by an older version", async () => {
    const mailbox = mailboxWithClients();
    const store = storage();
    store.setItem("atbilde.pendingReply", JSON.stringify({ html: LONG_REPLY_A, savedAt: Date.now() }));
    mailbox.selectMessage("a1");
    await mailbox.displayReplyForm("");
    const pane = new ReplyWriter(mailbox, store);
    expect(await pane.insertPending({ confirmed: true })).toBe(false);
    expect(await mailbox.getBody("html")).not.toContain("010190-12345");
    expect(store.getItem("atbilde.pendingReply")).toBe("");
  });

  it("forgets a declined offer", async () => {
    const mailbox = mailboxWithClients();
    const store = storage();
    mailbox.selectMessage("a1");
    const writer = new ReplyWriter(mailbox, store);
    await writer.openReply(LONG_REPLY_A);
    writer.discardPending();
    expect(await writer.pendingFor()).toEqual({ match: "other", offer: null });
    expect(store.getItem("atbilde.pendingReply")).toBe("");
  });
});

// ---------------------------------------------------------------------------------------------
// Defect 2 of issue 13: only the clients' known empty bodies are empty; everything else is
// content, and insertion goes to the cursor instead of replacing it.

/** Outlook desktop's empty compose body (Word HTML), as body.getAsync returns it. */
const OUTLOOK_DESKTOP_EMPTY = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}
span.EmailStyle17 {mso-style-type:personal-compose;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head><body lang=LV link="#467886" vlink="#96607D" style='word-wrap:break-word'><div class=WordSection1><p class=MsoNormal><o:p>&nbsp;</o:p></p></div></body></html>`;

/** Outlook on the web / new Outlook. */
const OWA_EMPTY = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div></body></html>`;

const EMPTY_BODIES: [string, string][] = [
  ["nothing", ""],
  ["an empty paragraph", "<p><br></p>"],
  ["a no-break space", "<div>&nbsp;</div>"],
  ["whitespace, &#160; and zero-width characters", "<p> &#160;\u200b\n</p><div>\ufeff</div>"],
  ["Outlook desktop's skeleton", OUTLOOK_DESKTOP_EMPTY],
  ["Outlook on the web's skeleton", OWA_EMPTY],
  ["Gmail's empty wrapper", '<div dir="ltr"><br></div>'],
  ["Thunderbird's empty body", '<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body><p><br></p></body></html>'],
  ["empty formatting wrappers", '<div><font face="Calibri"><span style="font-size:11pt"><b></b><br></span></font></div>'],
  ["a plain comment", "<!-- Converted from text/plain format --><p><br></p>"],
  ["old Word namespace declarations", '<?xml:namespace prefix = "o" ns = "urn:schemas-microsoft-com:office:office" /><p class=MsoNormal><o:p>&nbsp;</o:p></p>'],
];

const CONTENT_BODIES: [string, string][] = [
  ["text", "<p>a</p>"],
  ["an inline image", '<p><img src="cid:x"></p>'],
  ["a horizontal rule", "<p><br></p><hr>"],
  ["a table with borders (a form to fill)", '<table border="1"><tr><td>&nbsp;</td><td>&nbsp;</td></tr></table>'],
  ["an empty borderless table", "<table><tr><td></td></tr></table>"],
  ["a CSS background url(cid:) on the body", '<body style="background:url(cid:bg.png)"><p><br></p></body>'],
  ["a CSS background url(cid:) in a style sheet", "<html><head><style>body{background-image:url(cid:bg.png)}</style></head><body><p><br></p></body></html>"],
  ["a background attribute", '<body background="cid:bg.png"><p><br></p></body>'],
  ["a td background", '<table><tr><td background="cid:bg.png"></td></tr></table>'],
  ["a bordered empty box", '<div style="border:1px solid #000;height:40px"></div>'],
  ["a VML image in a conditional comment", '<p><!--[if gte vml 1]><v:shape style="width:10pt;height:10pt"><v:imagedata src="cid:image001.png@01DB"/></v:shape><![endif]--><br></p>'],
  ["a downlevel-revealed image", '<p><![if !vml]><img src="cid:image001.png@01DB"><![endif]></p>'],
  ["an SVG image", '<svg width="10" height="10"><image href="cid:x.png" width="10" height="10"/></svg>'],
  ["a picture with a source", '<picture><source srcset="cid:x.webp"></picture>'],
  ["an object", '<object data="cid:x.pdf"></object>'],
  ["an embed", '<embed src="cid:x.swf">'],
  ["an input with a value", '<input value="Vārds">'],
  ["an input without a value", "<input>"],
  ["a linked empty anchor (a bookmark)", '<a name="_MailOriginal"></a><p><br></p>'],
  ["OWA's appendonsend marker", '<div class="elementToProof"><br></div><div id="appendonsend"></div>'],
  ["a title", "<html><head><title>Iesniegums</title></head><body><p><br></p></body></html>"],
  ["a script", "<script>x()</script>"],
  ["CDATA", "<![CDATA[x]]>"],
  ["an iframe", '<iframe src="cid:x"></iframe>'],
  ["a list item", "<ul><li></li></ul>"],
  ["generated CSS content", "<style>p::before{content:'x'}</style><p><br></p>"],
  ["unclosed markup", "<p><br></p><style "],
  ["text inside an unknown element", "<o:p>Teksts</o:p>"],
];

describe("isBodyEmpty (issue 13, defect 2)", () => {
  it.each(EMPTY_BODIES)("a known empty body is empty: %s", (_, html) => {
    expect(isBodyEmpty(html)).toBe(true);
  });

  it.each(CONTENT_BODIES)("anything else is content: %s", (_, html) => {
    expect(isBodyEmpty(html)).toBe(false);
  });

  it.each(CONTENT_BODIES)("inserting keeps it, at the cursor: %s", async (_, html) => {
    const mailbox = new MemoryMailbox({ messages: [MESSAGE], user: USER });
    mailbox.startCompose({ bodyHtml: html, cursor: 0 });
    const writer = new ReplyWriter(mailbox, storage());
    expect(await writer.insert("<p>Atbilde</p>")).toBe("inserted-at-cursor");
    expect(await mailbox.getBody("html")).toBe(`<p>Atbilde</p>${html}`);
  });

  it("replaces a known empty body whole", async () => {
    const mailbox = new MemoryMailbox({ messages: [MESSAGE], user: USER });
    mailbox.startCompose({ bodyHtml: OUTLOOK_DESKTOP_EMPTY });
    const writer = new ReplyWriter(mailbox, storage());
    expect(await writer.insert("<p>Atbilde</p>")).toBe("replaced-empty-body");
    expect(await mailbox.getBody("html")).toBe("<p>Atbilde</p>");
  });

  it("answers the quadratic-regex shapes at all (repeated unclosed <style, entity floods, deep nesting)", () => {
    expect(isBodyEmpty("<style ".repeat(40_000))).toBe(false);
    expect(isBodyEmpty(`<p>${"&nbsp;".repeat(40_000)}</p>`)).toBe(true);
    expect(isBodyEmpty("<div>".repeat(40_000))).toBe(true);
    expect(isBodyEmpty(`${"<!--[if gte mso 9]><xml></xml><![endif]-->".repeat(5_000)}<p>x</p>`)).toBe(false);
  });
});
