/** Every quote marker: what is cut off, and what must stay the employee's own text. */
import { headerLabelKind, isSeparatorLine, parseDraft, wroteHeaderEnd } from "../../../src/core/draft";

const REPLY = "Labdien! Dokumenti ir saņemti.";
const CLIENT = "Vai dokumenti ir saņemti?";

function html(body: string): { text: string; quoted: boolean; quotedText: string } {
  const d = parseDraft(body, "html");
  return { text: d.text, quoted: d.quoted, quotedText: d.quotedText };
}
function text(body: string): { text: string; quoted: boolean; quotedText: string } {
  const d = parseDraft(body, "text");
  return { text: d.text, quoted: d.quoted, quotedText: d.quotedText };
}

describe("HTML quote containers and cut markers", () => {
  it.each([
    ["OWA #divRplyFwdMsg", `<div>${REPLY}</div><div id="divRplyFwdMsg"><b>From:</b> A</div><div>${CLIENT}</div>`],
    ["OWA #appendonsend", `<div>${REPLY}</div><div id="appendonsend"></div><hr><div><b>Von:</b> A</div><div>${CLIENT}</div>`],
    ["OWA x_-prefixed #x_divRplyFwdMsg", `<div>${REPLY}</div><div id="x_divRplyFwdMsg">Header</div><div>${CLIENT}</div>`],
    ["new Outlook #mail-editor-reference-message-container", `<div>${REPLY}</div><div id="mail-editor-reference-message-container"><div>${CLIENT}</div></div>`],
    ["Outlook for Mac #OLK_SRC_BODY_SECTION", `<div>${REPLY}</div><span id="OLK_SRC_BODY_SECTION"><div>${CLIENT}</div></span>`],
    ["Outlook bookmark _MailOriginal", `<p>${REPLY}</p><p><a name="_MailOriginal"></a>${CLIENT}</p>`],
    ["old OWA hr#stopSpelling", `<div>${REPLY}</div><hr id="stopSpelling"><div>${CLIENT}</div>`],
    ["Outlook 2003 .OutlookMessageHeader", `<div>${REPLY}</div><div class="OutlookMessageHeader"><hr>From: A</div><div>${CLIENT}</div>`],
    ["Zimbra hr#zwchr", `<div>${REPLY}</div><hr id="zwchr"><div>${CLIENT}</div>`],
    ["Zimbra data-marker", `<div>${REPLY}</div><div data-marker="__QUOTED_TEXT__"><div>${CLIENT}</div></div>`],
    ["Gmail .gmail_quote", `<div dir="ltr">${REPLY}</div><div class="gmail_quote"><blockquote class="gmail_quote">${CLIENT}</blockquote></div>`],
    ["Gmail .gmail_quote_container", `<div>${REPLY}</div><div class="gmail_quote_container"><div>${CLIENT}</div></div>`],
    ["Thunderbird .moz-cite-prefix + blockquote[type=cite]", `<p>${REPLY}</p><div class="moz-cite-prefix">X wrote:</div><blockquote type="cite">${CLIENT}</blockquote>`],
    ["Apple Mail blockquote[type=cite]", `<div>${REPLY}</div><blockquote type="cite"><div>${CLIENT}</div></blockquote>`],
    ["Yahoo .yahoo_quoted", `<div>${REPLY}</div><div class="yahoo_quoted"><div>${CLIENT}</div></div>`],
    ["Proton .protonmail_quote", `<div>${REPLY}</div><div class="protonmail_quote"><blockquote>${CLIENT}</blockquote></div>`],
    ["Mac Outlook attribution blockquote", `<div>${REPLY}</div><blockquote id="MAC_OUTLOOK_ATTRIBUTION_BLOCKQUOTE">${CLIENT}</blockquote>`],
  ])("%s", (_name, body) => {
    const d = html(body);
    expect(d.text).toBe(REPLY);
    expect(d.quoted).toBe(true);
    expect(d.quotedText).toContain(CLIENT);
  });

  it("cuts at Outlook desktop's border-top header block, in any header language", () => {
    const body =
      `<p class=MsoNormal>${REPLY}</p><div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">` +
      `<p class=MsoNormal><b>Saatja:</b> A<br><b>Saadetud:</b> esmaspäev<br><b>Adressaat:</b> B</p></div></div><p class=MsoNormal>${CLIENT}</p>`;
    expect(html(body).text).toBe(REPLY);
  });

  it("keeps a border-top div that is not a header block (a styled note)", () => {
    const body = `<div>${REPLY}</div><div style="border-top:1px solid #ccc;padding:4px">Piezīme: darba laiks mainās.</div>`;
    expect(html(body).text).toBe(`${REPLY}\nPiezīme: darba laiks mainās.`);
    expect(html(body).quoted).toBe(false);
  });

  it("keeps an indent-button blockquote as the employee's own text", () => {
    const body = `<div>Noteikumi nosaka:</div><blockquote style="margin:0 0 0 40px"><div>Atvieglojumu piešķir vienu reizi gadā.</div></blockquote><div>Tātad Jums tas pienākas.</div>`;
    const d = html(body);
    expect(d.quoted).toBe(false);
    expect(d.text).toBe("Noteikumi nosaka:\nAtvieglojumu piešķir vienu reizi gadā.\nTātad Jums tas pienākas.");
  });

  it("treats a plain blockquote after a quote header as quoted", () => {
    const body = `<div>${REPLY}</div><div>2026. gada 17. novembrī 10:15 Anna &lt;anna@example.com&gt; rakstīja:</div><blockquote style="border-left:1px solid #ccc"><div>${CLIENT}</div></blockquote>`;
    const d = html(body);
    expect(d.text).toBe(REPLY);
    expect(d.quotedText).toContain("rakstīja:");
  });

  it("treats a plain blockquote that opens with a quote header as quoted", () => {
    const body = `<div>${REPLY}</div><blockquote><div>On 11 Nov 2026, at 18:54, Anna &lt;anna@example.com&gt; wrote:</div><div>${CLIENT}</div></blockquote>`;
    expect(html(body).text).toBe(REPLY);
  });

  it("cuts at a Date:/To:/From:/Subject: block under an <hr>", () => {
    const body = `<div>${REPLY}<br><div><hr>Date: Fri, 23 Mar 2026 12:35:31 -0600<br>To: <a href="mailto:dome@adazi.lv">dome@adazi.lv</a><br>From: <a href="mailto:anna@example.com">anna@example.com</a><br>Subject: Jautājums<br><br>${CLIENT}</div></div>`;
    expect(html(body).text).toBe(REPLY);
  });

  it("keeps the employee's text after a bottom quote (inline reply)", () => {
    const body = `<blockquote type="cite"><div>${CLIENT}</div></blockquote><div>${REPLY}</div>`;
    expect(html(body).text).toBe(REPLY);
  });

  it("ignores hidden elements (display:none, mso-hide, <head>, <style>, <script>)", () => {
    const body =
      `<html><head><title>Virsraksts</title><style>p{color:red}</style></head><body><div style="display:none">Slēpts</div>` +
      `<span style="mso-hide:all">Arī slēpts</span><script>var a = 1;</script><div>${REPLY}</div></body></html>`;
    expect(html(body).text).toBe(REPLY);
  });
});

describe("plain-text quote markers", () => {
  it.each([
    ["-----Original Message-----", "-----Original Message-----"],
    ["Latvian Outlook separator", "-----Oriģinālais ziņojums-----"],
    ["Russian Outlook separator", "-----Исходное сообщение-----"],
    ["German Outlook separator", "-----Ursprüngliche Nachricht-----"],
    ["Estonian separator", "-----Algne sõnum-----"],
    ["Lithuanian separator", "-----Pradinis laiškas-----"],
    ["Polish separator", "-----Wiadomość oryginalna-----"],
    ["French separator", "-----Message d'origine-----"],
    ["Samsung separator", "-------- Original message --------"],
    ["Gmail forward", "---------- Forwarded message ---------"],
    ["Gmail forward in Latvian", "---------- Pārsūtīts ziņojums ---------"],
    ["Apple forward", "Begin forwarded message:"],
    ["Thunderbird forward", "-------- Forwarded Message --------"],
  ])("cuts at %s", (_name, separator) => {
    const d = text(`${REPLY}\n\n${separator}\n${CLIENT}`);
    expect(d.text).toBe(REPLY);
    expect(d.quoted).toBe(true);
  });

  it.each([
    ["English", "From: Anna <anna@example.com>\nSent: Monday, November 17, 2026 10:15 AM\nTo: dome@adazi.lv\nSubject: Jautājums"],
    ["Latvian", "No: Anna <anna@example.com>\nNosūtīts: otrdiena, 2026. gada 17. novembris 10:15\nKam: dome@adazi.lv\nTēma: Jautājums"],
    ["Russian", "От: Анна <anna@example.com>\nОтправлено: 17 ноября 2026 г. 10:15\nКому: dome@adazi.lv\nТема: Вопрос"],
    ["German", "Von: Anna <anna@example.com>\nGesendet: Montag, 17. November 2026 10:15\nAn: dome@adazi.lv\nBetreff: Frage"],
    ["Estonian", "Saatja: Anna <anna@example.com>\nSaadetud: esmaspäev, 17. november 2026 10:15\nAdressaat: dome@adazi.lv\nTeema: Küsimus"],
    ["Lithuanian", "Nuo: Anna <anna@example.com>\nIšsiųsta: 2026 m. lapkričio 17 d. 10:15\nKam: dome@adazi.lv\nTema: Klausimas"],
    ["Polish", "Od: Anna <anna@example.com>\nWysłano: poniedziałek, 17 listopada 2026 10:15\nDo: dome@adazi.lv\nTemat: Pytanie"],
    ["French", "De : Anna <anna@example.com>\nEnvoyé : lundi 17 novembre 2026 10:15\nÀ : dome@adazi.lv\nObjet : Question"],
    ["Gmail bold plain text", "*From:* Anna <anna@example.com>\n*Sent:* Monday, November 17, 2026 10:15 AM\n*To:* dome@adazi.lv"],
    ["Apple order (From/Subject/Date)", "From: Anna <anna@example.com>\nSubject: Jautājums\nDate: 17 November 2026 at 10:15:00 EET"],
  ])("cuts at a %s header block", (_name, header) => {
    const d = text(`${REPLY}\n\n${header}\n\n${CLIENT}`);
    expect(d.text).toBe(REPLY);
  });

  it("cuts at a header block flattened onto one line", () => {
    const d = text(`${REPLY}\n\nFrom: Anna <anna@example.com> Sent: Monday, November 17, 2026 10:15 AM To: dome@adazi.lv Subject: Jautājums\n${CLIENT}`);
    expect(d.text).toBe(REPLY);
  });

  it("includes OWA's underscore rule in the cut", () => {
    const d = text(`${REPLY}\n________________________________\nFrom: Anna\nSent: Monday\n\n${CLIENT}`);
    expect(d.text).toBe(REPLY);
    expect(d.quotedText.startsWith("________________________________")).toBe(true);
  });

  it.each([
    ["English", "On Mon, 17 Nov 2026 at 10:15, Anna Kalniņa <anna@example.com> wrote:"],
    ["Latvian Gmail", "otrd., 2026. g. 17. nov., plkst. 10:15 — lietotājs Anna Kalniņa (<anna@example.com>) rakstīja:"],
    ["Latvian Thunderbird", "17.11.2026 10:15, Anna Kalniņa rakstīja:"],
    ["Russian", "17.11.2026, 10:15, \"Анна\" <anna@example.com> написал(а):"],
    ["Russian Gmail (no verb)", "пн, 17 нояб. 2026 г. в 10:15, Анна <anna@example.com>:"],
    ["German", "Am 17.11.2026 um 10:15 schrieb Anna <anna@example.com>:"],
    ["Estonian", "E, 17. nov 2026 kell 10:15 Anna <anna@example.com> kirjutas:"],
    ["Lithuanian", "2026-11-17 10:15, Anna <anna@example.com> rašė:"],
    ["Polish", "W dniu 17.11.2026 o 10:15, Anna <anna@example.com> napisał(a):"],
    ["French", "Le lun. 17 nov. 2026 à 10:15, Anna <anna@example.com> a écrit :"],
    ["Spanish", "El lun, 17 nov 2026 a las 10:15, Anna (<anna@example.com>) escribió:"],
    ["Italian", "Il giorno lun 17 nov 2026 alle ore 10:15 Anna <anna@example.com> ha scritto:"],
    ["Dutch", "Op ma 17 nov 2026 om 10:15 schreef Anna <anna@example.com>:"],
    ["Swedish", "Den mån 17 nov. 2026 kl 10:15 skrev Anna <anna@example.com>:"],
    ["Finnish", "Anna <anna@example.com> kirjoitti ma 17.11.2026 klo 10.15:"],
  ])("cuts at a %s quote header with no quote marks after it", (_name, header) => {
    const d = text(`${REPLY}\n\n${header}\n\n${CLIENT}`);
    expect(d.text).toBe(REPLY);
    expect(d.quotedText).toContain(CLIENT);
  });

  it.each([
    ["two lines", "On Mon, 17 Nov 2026 at 10:15, Jānis\n<j@x.lv> wrote:"],
    ["three lines", "On Mon, 17 Nov 2026 at 10:15,\nJānis Bērziņš\n<j@x.lv> wrote:"],
    ["date on the first line", "2026. gada 17. novembrī 10:15\nJānis Bērziņš <j@x.lv> rakstīja:"],
  ])("takes the whole split header (%s)", (_name, header) => {
    const d = text(`${REPLY}\n\n${header}\n> ${CLIENT}`);
    expect(d.text).toBe(REPLY);
    expect(d.quotedText.split("\n")[0]).toBe(header.split("\n")[0]);
  });

  it.each([
    ["English, address closed on a '>' line", "On Tue, Apr 11, 2017 at 10:07 PM John Smith\n\n<\nmailto:John Smith <johnsmith@gmail.com>\n> wrote:"],
    ["Latvian, blank line before the verb", "2026. gada 17. novembrī 10:15 Anna Kalniņa\n\n<anna@example.com>\n\nrakstīja:"],
    ["German, name on its own line", "Am 17.11.2026 um 10:15\n\nAnna Kalniņa <anna@example.com>\nschrieb:"],
  ])("cuts at a header spread over lines with blank lines inside (%s)", (_name, header) => {
    const d = text(`${REPLY}\n\n${header}\n${CLIENT}`);
    expect(d.text).toBe(REPLY);
    expect(d.quotedText.split("\n")[0]).toBe(header.split("\n")[0]);
    expect(d.quotedText).toContain(CLIENT);
  });

  it("keeps the answer after a spread header's '>' quote (inline reply)", () => {
    const d = text(`${REPLY}\n\nOn Tue, Apr 11, 2017 at 10:07 PM John Smith\n\n<john@example.com>\nwrote:\n> ${CLIENT}\n\nJā, saņemti.`);
    expect(d.text).toBe(`${REPLY}\n\nJā, saņemti.`);
  });

  it.each([
    ["the verb too far on", "On 17.11.2026 at 10:15 Anna Kalniņa\n\n<anna@example.com>\n\nx\ny\nz\nwrote:"],
    ["too many blank lines", "On 17.11.2026 at 10:15 Anna Kalniņa\n\n<anna@example.com>\n\n\nwrote:"],
    ["a sentence between", "On 17.11.2026 at 10:15 Anna came in.\n\nShe wrote:"],
    ["a dateless opening line", "On Tuesday Anna Kalniņa\n\nwrote:"],
    ["a wrote further up than the closing line", "On 17.11.2026 at 10:15 Anna wrote to us\n\nthe list is:"],
  ])("does not take a spread header that is not one (%s)", (_name, body) => {
    const d = text(`${REPLY}\n\n${body}`);
    expect(d.quoted).toBe(false);
  });

  it("removes >-quoted lines and keeps the interleaved answers", () => {
    const d = text(`Labdien!\n\n> Kad?\n\nRīt.\n\n> Kur?\n>\n> Paldies\n\nPašvaldībā.`);
    expect(d.text).toBe("Labdien!\n\nRīt.\n\nPašvaldībā.");
    expect(d.quotedText).toBe("> Kad?\n> Kur?\n>\n> Paldies");
  });

  it("does not cut at sentences that only look like headers", () => {
    const body = [
      "Labdien!",
      "Kā Jūs rakstījāt: iesniegums ir pieņemts.",
      "In your letter you wrote:",
      "On 5 May 2026 you wrote:",
      "No: 1. decembra būs jauns grafiks.",
      "Datums: 2026. gada 18. novembris",
      "Tēma: atkritumu izvešana",
      "Jānis rakstīja:",
      "Paldies!",
    ].join("\n");
    const d = text(body);
    expect(d.quoted).toBe(false);
    expect(d.text).toBe(body);
  });

  it("includes a rule line above the header block even with a blank line between", () => {
    const d = text(`${REPLY}\n\n ------------------------------\n\n*From:* Anna [mailto:anna@example.com]\n*Sent:* Thursday, February 09, 2026 1:36 PM\n\n${CLIENT}`);
    expect(d.text).toBe(REPLY);
  });

  it("takes a lone 'From: address' line above quoted lines as their header", () => {
    const d = text(`${REPLY}\nFrom: anna@example.com\n\n> ${CLIENT}`);
    expect(d.text).toBe(REPLY);
  });

  it("cuts at a header block flattened to 'From: address Date: …'", () => {
    expect(text(`${REPLY}\nFrom: anna@example.com Date: Thu, 24 Mar 2026 08:07:12 -0700\n${CLIENT}`).text).toBe(REPLY);
  });

  it("cuts at '… <address> wrote' without the colon", () => {
    expect(text(`${REPLY}\n\nSent from Samsung Mobile Anna <anna@example.com> wrote\n\n${CLIENT}`).text).toBe(`${REPLY}`);
  });

  it("drops a mailing list's footer after the quoted message", () => {
    const footer = "_______________________________________________\nlist mailing list\nlist@lists.example.org\nhttp://lists.example.org/mailman/listinfo/list";
    const d = text(`${REPLY}\n\n> ${CLIENT}\n\n${footer}`);
    expect(d.text).toBe(REPLY);
  });

  it("does not treat 'Sent from my iPhone' as a quote marker: it is furniture, reported as the footer", () => {
    const d = parseDraft(`${REPLY}\n\nSent from my iPhone`, "text");
    expect(d.quoted).toBe(false);
    expect(d.text).toBe(REPLY);
    expect(d.footer).toBe("Sent from my iPhone");
  });

  it("marks a body that is all quote (a forward without comment) as quoted with empty text", () => {
    const d = text(`-----Original Message-----\nFrom: A\nSent: B\n\n${CLIENT}`);
    expect(d.text).toBe("");
    expect(d.quoted).toBe(true);
  });
});

describe("marker detectors", () => {
  it.each([
    ["From: Anna", "from"],
    ["No: Anna", "from"],
    ["*Von:* Anna", "from"],
    ["Nosūtīts: otrdiena", "sent"],
    ["Kam: info@adazi.lv", "to"],
    ["Tēma: Iesniegums", "subject"],
    ["Kopija: kanceleja@adazi.lv", "cc"],
    ["Labdien: šodien", null],
    ["Piezīme - nekas", null],
  ])("headerLabelKind(%j) = %j", (line, kind) => {
    expect(headerLabelKind(line)).toBe(kind);
  });

  it.each([
    ["-----Original Message-----", true],
    ["*-----Original Message-----*", true],
    ["Original Message", false],
    ["Begin forwarded message:", true],
    ["----", false],
    ["--- Ar cieņu ---", false],
  ])("isSeparatorLine(%j) = %j", (line, expected) => {
    expect(isSeparatorLine(line)).toBe(expected);
  });

  it.each([
    ["On Mon, 17 Nov 2026 at 10:15, A <a@b.lv> wrote:", true],
    ["Jānis rakstīja:", false],
    ["Kā Jūs rakstījāt:", null],
    ["As you wrote:", null],
    ["He wrote: that is all", null],
  ])("wroteHeaderEnd(%j) is strong: %j", (line, strong) => {
    const header = wroteHeaderEnd(line);
    if (strong === null) expect(header).toBeNull();
    else expect(header?.strong).toBe(strong);
  });
});
