/**
 * Replies as a Latvian municipality receives them and writes them: Outlook desktop, Outlook on
 * the web, Gmail, inbox.lv, iPhone Mail and an Android phone (Samsung Email), each in plain
 * text and HTML, with the client's interface in Latvian, English and Russian. The employee's
 * text must come out exactly; the quoted thread is cut off; a phone's footer is reported as
 * the footer, never as text.
 *
 * The quote headers follow each client's own layout and labels (Outlook's "No:/Nosūtīts:/Kam:/
 * Tēma:" block, Gmail's wrapped "… rakstīja:" line, iOS's "> "-quoted thread below "Nosūtīts no
 * mana iPhone", Samsung's "-------- Oriģināls ziņojums --------" block). inbox.lv is modelled as
 * the usual webmail reply: a "… rakstīja:" line above a ">" quote (plain) or a cite blockquote.
 */
import { parseDraft } from "../../../src/core/draft";

type Lang = "lv" | "en" | "ru";
type Client = "outlook" | "owa" | "gmail" | "inbox.lv" | "iphone" | "android";

const WRITER: Record<Lang, string[]> = {
  lv: ["Labdien, Kalniņas kundze!", "", "Jūsu iesniegums ir saņemts, un atbildi sniegsim desmit darba dienu laikā.", "", "Ar cieņu", "Jānis Bērziņš", "Klientu apkalpošanas speciālists", "Ādažu novada pašvaldība"],
  en: ["Dear Ms Kalniņa,", "", "We have received your application and will reply within ten working days.", "", "Kind regards", "Jānis Bērziņš", "Customer service specialist", "Ādaži Municipality"],
  ru: ["Здравствуйте, госпожа Калниня!", "", "Ваше заявление получено, ответ мы дадим в течение десяти рабочих дней.", "", "С уважением", "Янис Берзиньш", "Специалист по обслуживанию клиентов", "Адажское краевое самоуправление"],
};

/** The client's question: it must end up in quotedText, never in text. */
const QUESTION: Record<Lang, string> = {
  lv: "Vai mans iesniegums par nekustamā īpašuma nodokļa atvieglojumu ir saņemts?",
  en: "Has my application for the property tax relief been received?",
  ru: "Получено ли моё заявление о льготе по налогу на недвижимость?",
};

const SENDER = "Anna Kalniņa <anna.kalnina@example.com>";

/** Header labels of Outlook and Samsung Email, by interface language. */
const LABELS: Record<Lang, { from: string; sent: string; date: string; to: string; subject: string }> = {
  lv: { from: "No", sent: "Nosūtīts", date: "Datums", to: "Kam", subject: "Tēma" },
  en: { from: "From", sent: "Sent", date: "Date", to: "To", subject: "Subject" },
  ru: { from: "От", sent: "Отправлено", date: "Дата", to: "Кому", subject: "Тема" },
};

const WHEN: Record<Lang, string> = {
  lv: "otrdiena, 2026. gada 1. decembris 10:15",
  en: "Tuesday, 1 December 2026 10:15",
  ru: "вторник, 1 декабря 2026 г. 10:15",
};

const ORIGINAL_MESSAGE: Record<Lang, string> = {
  lv: "Sākotnējais ziņojums",
  en: "Original Message",
  ru: "Исходное сообщение",
};

const SAMSUNG_ORIGINAL: Record<Lang, string> = {
  lv: "Oriģināls ziņojums",
  en: "Original message",
  ru: "Исходное сообщение",
};

/** Gmail's attribution line, as Gmail wraps it at 78 columns in plain text. */
const GMAIL_HEADER: Record<Lang, string[]> = {
  lv: ["otrd., 2026. g. 1. dec., plkst. 10:15 — lietotājs Anna Kalniņa (<", "anna.kalnina@example.com>) rakstīja:"],
  en: ["On Tue, 1 Dec 2026 at 10:15, Anna Kalniņa <anna.kalnina@example.com>", "wrote:"],
  ru: ["вт, 1 дек. 2026 г. в 10:15, Anna Kalniņa <anna.kalnina@example.com>:"],
};

const WEBMAIL_HEADER: Record<Lang, string> = {
  lv: `2026. gada 1. decembrī 10:15, ${SENDER} rakstīja:`,
  en: `On 01.12.2026 10:15, ${SENDER} wrote:`,
  ru: `01.12.2026 10:15, ${SENDER} написал(а):`,
};

const IOS_HEADER: Record<Lang, string> = {
  lv: `2026. gada 1. dec., plkst. 10:15, ${SENDER} rakstīja:`,
  en: `On 1 Dec 2026, at 10:15, ${SENDER} wrote:`,
  ru: `1 дек. 2026 г., в 10:15, ${SENDER} написал(а):`,
};

const DEVICE_FOOTER: Record<"iphone" | "android", Record<Lang, string>> = {
  iphone: { lv: "Nosūtīts no mana iPhone", en: "Sent from my iPhone", ru: "Отправлено с iPhone" },
  android: { lv: "Nosūtīts no mana Galaxy", en: "Sent from my Galaxy", ru: "Отправлено с моего Galaxy" },
};

function headerBlock(lang: Lang, dateLabel: "sent" | "date"): string[] {
  const l = LABELS[lang];
  return [`${l.from}: ${SENDER}`, `${dateLabel === "sent" ? l.sent : l.date}: ${WHEN[lang]}`, `${l.to}: dome@adazi.lv`, `${l.subject}: Iesniegums`];
}

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const paragraphsHtml = (lines: string[]): string =>
  lines.map((line) => (line === "" ? "<p class=MsoNormal><o:p>&nbsp;</o:p></p>" : `<p class=MsoNormal>${esc(line)}<o:p></o:p></p>`)).join("\n");
const divs = (lines: string[]): string => lines.map((line) => (line === "" ? "<div><br></div>" : `<div>${esc(line)}</div>`)).join("");

function plainBody(client: Client, lang: Lang): string {
  const writer = WRITER[lang];
  switch (client) {
    case "outlook":
      return [...writer, "", `-----${ORIGINAL_MESSAGE[lang]}-----`, ...headerBlock(lang, "sent"), "", QUESTION[lang]].join("\r\n");
    case "owa":
      return [...writer, "", "________________________________", ...headerBlock(lang, "sent"), "", QUESTION[lang]].join("\r\n");
    case "gmail":
      return [...writer, "", ...GMAIL_HEADER[lang], "", `> ${QUESTION[lang]}`, ">", "> Anna Kalniņa"].join("\n");
    case "inbox.lv":
      return [...writer, "", WEBMAIL_HEADER[lang], `> ${QUESTION[lang]}`].join("\n");
    case "iphone":
      return [...writer, "", DEVICE_FOOTER.iphone[lang], "", `> ${IOS_HEADER[lang]}`, ">", `> ${QUESTION[lang]}`].join("\n");
    case "android":
      return [...writer, "", DEVICE_FOOTER.android[lang], "", "", `-------- ${SAMSUNG_ORIGINAL[lang]} --------`, ...headerBlock(lang, "date"), "", QUESTION[lang]].join("\n");
  }
}

function htmlBody(client: Client, lang: Lang): string {
  const writer = WRITER[lang];
  const l = LABELS[lang];
  switch (client) {
    case "outlook":
      return (
        `<html><body lang=LV><div class=WordSection1>${paragraphsHtml(writer)}<p class=MsoNormal><o:p>&nbsp;</o:p></p>` +
        `<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>${l.from}:</b> ${esc(SENDER)}<br>` +
        `<b>${l.sent}:</b> ${WHEN[lang]}<br><b>${l.to}:</b> dome@adazi.lv<br><b>${l.subject}:</b> Iesniegums</p></div></div>` +
        `<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>${esc(QUESTION[lang])}</p></div></body></html>`
      );
    case "owa":
      return (
        `<html><body><div dir="ltr">${divs(writer)}</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">` +
        `<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>${l.from}:</b> ${esc(SENDER)}<br><b>${l.sent}:</b> ${WHEN[lang]}<br>` +
        `<b>${l.to}:</b> dome@adazi.lv<br><b>${l.subject}:</b> Iesniegums</font><div>&nbsp;</div></div><div><p>${esc(QUESTION[lang])}</p></div></body></html>`
      );
    case "gmail":
      return (
        `<div dir="ltr">${divs(writer)}</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">${esc(GMAIL_HEADER[lang].join(""))}<br></div>` +
        `<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">${esc(QUESTION[lang])}</div></blockquote></div>`
      );
    case "inbox.lv":
      return `<html><body>${divs(writer)}<br><div>${esc(WEBMAIL_HEADER[lang])}</div><blockquote type="cite" style="border-left:2px solid #1010ff;padding-left:5px">${esc(QUESTION[lang])}</blockquote></body></html>`;
    case "iphone":
      return (
        `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">${divs(writer)}<div><br></div>` +
        `<div dir="ltr">${DEVICE_FOOTER.iphone[lang]}</div><div dir="ltr"><br><blockquote type="cite">${esc(IOS_HEADER[lang])}<br><br></blockquote></div>` +
        `<blockquote type="cite"><div dir="ltr">${esc(QUESTION[lang])}</div></blockquote></body></html>`
      );
    case "android":
      return (
        `<html><body><div dir="auto">${divs(writer)}<div><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">${DEVICE_FOOTER.android[lang]}</div></div>` +
        `<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>-------- ${SAMSUNG_ORIGINAL[lang]} --------</div>` +
        `<div>${l.from}: ${esc(SENDER)} </div><div>${l.date}: ${WHEN[lang]} </div><div>${l.to}: dome@adazi.lv </div><div>${l.subject}: Iesniegums </div><div><br></div></div>` +
        `<div dir="auto">${esc(QUESTION[lang])}</div></div></body></html>`
      );
  }
}

const CLIENTS: Client[] = ["outlook", "owa", "gmail", "inbox.lv", "iphone", "android"];
const LANGS: Lang[] = ["lv", "en", "ru"];
const cases = CLIENTS.flatMap((client) => LANGS.flatMap((lang) => (["text", "html"] as const).map((format) => [client, format, lang] as const)));

describe("replies from each client a municipality sees, in lv, en and ru", () => {
  it.each(cases)("%s, %s, %s: the employee's text exactly, the thread cut off, the phone's footer reported", (client, format, lang) => {
    const body = format === "text" ? plainBody(client, lang) : htmlBody(client, lang);
    const draft = parseDraft(body, format);
    expect(draft.text).toBe(WRITER[lang].join("\n"));
    expect(draft.quoted).toBe(true);
    expect(draft.quotedText).toContain(QUESTION[lang]);
    expect(draft.footer).toBe(client === "iphone" || client === "android" ? DEVICE_FOOTER[client][lang] : null);
    expect(draft.signature?.fields.name).toBe(WRITER[lang][5]);
  });
});
