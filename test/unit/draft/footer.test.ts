/** Mail furniture and the plain-text quote shapes of issue 19: what is cut, and what must stay. */
import { parseDraft } from "../../../src/core/draft";
import { isDeviceFooterLine, isLegalDisclaimer } from "../../../src/core/draft/footer";
import { classifyLines, headerBlockAt } from "../../../src/core/draft/quote";

const REPLY = "Labdien! Dokumenti ir saņemti.";
const SIGNATURE = "Ar cieņu\nJānis Bērziņš\nĀdažu novada pašvaldība";

describe("a phone's or client's footer line", () => {
  it.each([
    "Sent from my iPhone",
    "Nosūtīts no mana iPhone",
    "Envoyé à partir de Outlook pour iOS<https://aka.ms/o0ukef>",
    "Sent from Mail for Windows",
    "Get Outlook for Android",
    "Sent from my Wiko RIDGE FAB 4G",
    "Gesendet von Outlook für Android<https://aka.ms/AAb9ysg>",
    "Отправлено с iPhone",
    "Wysłane z mojego iPhone'a",
    "Sent with Sparrow (http://www.sparrowmailapp.com/?sig)",
    "Iegūstiet Outlook darbam ar iOS",
    "Nosūtīts no Pasta operētājsistēmai Windows",
    "Отправлено из Почты для Windows",
    "Von meinem iPhone gesendet",
    "Envoyé de mon iPhone",
    "Lähetetty iPhonesta",
    "Sendt fra min iPhone",
    "Inviato da iPhone",
    "Enviado do meu iPhone",
    "Enviado desde mi iPhone",
    "Išsiųsta iš „iPhone“",
    "Saadetud minu iPhone'ist",
  ])("%s is furniture", (line) => {
    expect(isDeviceFooterLine(line)).toBe(true);
  });

  it.each([
    "Sent from my desk, is much easier then my mobile phone.",
    "The notification was sent from my iPhone app to all users.",
    "Sent from the office yesterday: the invoice and the contract for the hall rental, as you asked",
    "Nosūtīts no mana iPhone, jo dators nestrādā.",
    "Sent:",
  ])("%s is the writer's own line", (line) => {
    expect(isDeviceFooterLine(line)).toBe(false);
  });
});

describe("a legal disclaimer", () => {
  it.each([
    "Šis e-pasts un tā pielikumi ir konfidenciāli un paredzēti tikai adresātam. Ja saņēmāt to kļūdas pēc, lūdzu, paziņojiet sūtītājam.",
    "This e-mail is confidential and intended solely for the addressee. If you received it in error, please delete it.",
    "Данное сообщение конфиденциально и предназначено только адресату.",
    "Le informazioni contenute in questo messaggio sono riservate e per uso esclusivo del destinatario.",
  ])("%s is a disclaimer", (paragraph) => {
    expect(isLegalDisclaimer(paragraph)).toBe(true);
  });

  it("a sentence about a confidential document to the client is not", () => {
    expect(isLegalDisclaimer("Jūsu iesniegums ir konfidenciāls, un to izskatīs komisija.")).toBe(false);
  });
});

describe("furniture in a draft", () => {
  it("keeps the footer out of the text and reports it", () => {
    const d = parseDraft(`${REPLY}\n\n${SIGNATURE}\n\nNosūtīts no mana iPhone`, "text");
    expect(d.text).toBe(`${REPLY}\n\n${SIGNATURE}`);
    expect(d.footer).toBe("Nosūtīts no mana iPhone");
    expect(d.signature?.fields.name).toBe("Jānis Bērziņš");
  });

  it("takes what follows a phone's footer as the earlier thread, even without a marker", () => {
    const d = parseDraft(`${REPLY}\n\nSent from my Galaxy\n\nVai dokumenti ir saņemti?\nAnna`, "text");
    expect(d.text).toBe(REPLY);
    expect(d.footer).toBe("Sent from my Galaxy");
    expect(d.quoted).toBe(true);
    expect(d.quotedText).toContain("Vai dokumenti ir saņemti?");
  });

  it("keeps a 'Sent from …' line that runs on into the next line", () => {
    const body = `${REPLY}\n\nSent from my office on Monday\nand received on Tuesday.`;
    expect(parseDraft(body, "text").text).toBe(body);
  });

  it("never takes a body's only line as a footer", () => {
    const d = parseDraft("Sent from my iPhone", "text");
    expect(d.text).toBe("Sent from my iPhone");
    expect(d.footer).toBeNull();
  });

  it("reports a legal footer after the signature, with its rule", () => {
    const legal = "Šis e-pasts un tā pielikumi ir konfidenciāli un paredzēti tikai adresātam.\nJa saņēmāt to kļūdas pēc, lūdzu, izdzēsiet to.";
    const d = parseDraft(`${REPLY}\n\n${SIGNATURE}\n\n____________________\n${legal}`, "text");
    expect(d.text).toBe(`${REPLY}\n\n${SIGNATURE}`);
    expect(d.footer).toBe(`____________________\n${legal}`);
  });

  it("reports a mailing list's footer below the quote", () => {
    const d = parseDraft(`${REPLY}\n\n> Vai dokumenti ir saņemti?\n\n__\nriak-users mailing list\nhttp://lists.example.com/mailman/listinfo/riak-users`, "text");
    expect(d.text).toBe(REPLY);
    expect(d.footer).toBe("__\nriak-users mailing list\nhttp://lists.example.com/mailman/listinfo/riak-users");
  });

  it("keeps a signature after a '--' delimiter (no list or legal words below it)", () => {
    const d = parseDraft(`${REPLY}\n\n--\nJānis Bērziņš\nĀdažu novada pašvaldība`, "text");
    expect(d.text).toBe(`${REPLY}\n\n--\nJānis Bērziņš\nĀdažu novada pašvaldība`);
    expect(d.footer).toBeNull();
  });
});

describe("plain-text quote shapes", () => {
  it("cuts a header split over two lines: the address closes on a '>' line", () => {
    const d = parseDraft(`${REPLY}\n\ntir. 18. apr. 2017 kl. 13:09 skrev Test user <test@example.com\n>:\n\n> Ok. Thanks.`, "text");
    expect(d.text).toBe(REPLY);
  });

  it("cuts a Finnish header whose address and verb wrapped to the next line", () => {
    const d = parseDraft(`${REPLY}\n\npe 20. lokakuuta 2017 klo 17.50 John Coe\n<john@example.com> kirjoitti:\n\nThanks!`, "text");
    expect(d.text).toBe(REPLY);
  });

  it("takes lines a hard wrap pushed out of a '>' quote as quoted", () => {
    const quote = "> Lorem ipsum dolor sit amet, consectetur adipiscing elit. Nullam pharetra d\nignissim odio?\n>\n> Vestibulum nec dui.";
    const d = parseDraft(`${REPLY}\n\nOn 8 Dec 2016, Company <q@example.com> wrote:\n${quote}\n\nMan ir vēl jautājums.`, "text");
    expect(d.text).toBe(`${REPLY}\n\nMan ir vēl jautājums.`);
    expect(d.quotedText).toContain("ignissim odio?");
  });

  it("keeps an inline answer below a short '>' line", () => {
    const d = parseDraft(`> Vai strādājat sestdien?\nJā, no 9 līdz 13.\n> Un svētdien?\n\nNē.`, "text");
    expect(d.text).toBe("Jā, no 9 līdz 13.\n\nNē.");
  });

  it("cuts a Lotus Notes header block without From:", () => {
    const header = "Anna Kalniņa/ADAZI@ADAZI\n02.12.2026 10:15\nTo: Jānis Bērziņš/ADAZI@ADAZI\ncc:\nSubject: Iesniegums";
    const d = parseDraft(`${REPLY}\n\n${header}\n\nVai dokumenti ir saņemti?`, "text");
    expect(d.text).toBe(REPLY);
  });

  it("cuts at '----- Forwarded by … -----'", () => {
    const d = parseDraft(`${REPLY}\n\n----- Forwarded by Anna Kalniņa/ADAZI on 02.12.2026 10:15 -----\n\nVai dokumenti ir saņemti?`, "text");
    expect(d.text).toBe(REPLY);
  });

  it("keeps a 'To:' line of the writer's own text (no date line above, no Subject: below)", () => {
    const body = `${REPLY}\nTo: Jānis Bērziņš\nLūdzu, pārsūtiet.`;
    expect(parseDraft(body, "text").text).toBe(body);
  });
});

describe("headerBlockAt", () => {
  it("says where an Outlook header block starts and ends", () => {
    const texts = ["Labdien!", "", "From: Anna <a@example.com>", "Sent: Tuesday, 1 December 2026 10:15", "To: dome@adazi.lv", "Subject: Iesniegums", "", "Teksts"];
    expect(headerBlockAt(texts, 2, () => false)).toEqual({ start: 2, end: 5 });
  });

  it("finds a Lotus block from its To: line, with the name and date above", () => {
    const texts = ["Labdien!", "", "Anna Kalniņa/ADAZI", "02.12.2026 10:15", "To: Jānis", "cc:", "Subject: Iesniegums"];
    expect(headerBlockAt(texts, 4, () => false)).toEqual({ start: 2, end: 6 });
  });

  it("is reported for the cut by classifyLines", () => {
    const lines = ["Labdien!", "", "-----Original Message-----", "From: Anna <a@example.com>", "Sent: 1 December 2026 10:15", "", "Teksts"].map((text) => ({
      text,
      containerQuoted: false,
      candidate: -1,
    }));
    const result = classifyLines(lines, Infinity);
    expect(result.cut).toBe(2);
    expect(result.header).toEqual({ start: 3, end: 4 });
  });
});

/** How mail clients in each language head a quote: a "wrote:" line and an Outlook-style block. */
const HEADERS: [string, string, [string, string, string, string]][] = [
  ["lv", "2026. gada 1. decembrī 10:15 Anna Kalniņa <anna@example.com> rakstīja:", ["No", "Nosūtīts", "Kam", "Tēma"]],
  ["en", "On Tue, 1 Dec 2026 at 10:15, Anna Kalniņa <anna@example.com> wrote:", ["From", "Sent", "To", "Subject"]],
  ["ru", "1 декабря 2026 г., в 10:15, Anna Kalniņa <anna@example.com> написал(а):", ["От", "Отправлено", "Кому", "Тема"]],
  ["de", "Am 01.12.2026 um 10:15 schrieb Anna Kalniņa <anna@example.com>:", ["Von", "Gesendet", "An", "Betreff"]],
  ["fr", "Le mar. 1 déc. 2026 à 10:15, Anna Kalniņa <anna@example.com> a écrit :", ["De", "Envoyé", "À", "Objet"]],
  ["fi", "ti 1. jouluk. 2026 klo 10.15 Anna Kalniņa <anna@example.com> kirjoitti:", ["Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"]],
  ["no", "tir. 1. des. 2026 kl. 10:15 skrev Anna Kalniņa <anna@example.com>:", ["Fra", "Sendt", "Til", "Emne"]],
  ["it", "Il giorno mar 1 dic 2026 alle ore 10:15 Anna Kalniņa <anna@example.com> ha scritto:", ["Da", "Inviato", "A", "Oggetto"]],
  ["pt", "Em ter., 1 de dez. de 2026 às 10:15, Anna Kalniņa <anna@example.com> escreveu:", ["De", "Enviado", "Para", "Assunto"]],
  ["es", "El mar, 1 dic 2026 a las 10:15, Anna Kalniņa (<anna@example.com>) escribió:", ["De", "Enviado el", "Para", "Asunto"]],
  ["pl", "wt., 1 gru 2026 o 10:15 Anna Kalniņa <anna@example.com> napisał(a):", ["Od", "Wysłano", "Do", "Temat"]],
  ["lt", "2026-12-01, antr., 10:15 Anna Kalniņa <anna@example.com> rašė:", ["Nuo", "Išsiųsta", "Kam", "Tema"]],
  ["et", "T, 1. dets 2026 kell 10:15 Anna Kalniņa <anna@example.com> kirjutas:", ["Saatja", "Saadetud", "Saaja", "Teema"]],
];
const QUESTION = "Vai dokumenti ir saņemti?";

describe.each(HEADERS)("quote headers in %s", (_lang, wrote, labels) => {
  it("cuts at the 'wrote' line, with or without '>' below it", () => {
    expect(parseDraft(`${REPLY}\n\n${wrote}\n\n${QUESTION}`, "text").text).toBe(REPLY);
    expect(parseDraft(`${REPLY}\n\n${wrote}\n> ${QUESTION}`, "text").text).toBe(REPLY);
  });

  it("cuts at the 'wrote' line wrapped at its address", () => {
    const at = wrote.indexOf("<") + 1;
    const d = parseDraft(`${REPLY}\n\n${wrote.slice(0, at)}\n${wrote.slice(at)}\n\n${QUESTION}`, "text");
    expect(d.text).toBe(REPLY);
  });

  it("cuts at a header block", () => {
    const [from, sent, to, subject] = labels;
    const block = `${from}: Anna Kalniņa <anna@example.com>\n${sent}: 1.12.2026 10:15\n${to}: dome@adazi.lv\n${subject}: Iesniegums`;
    expect(parseDraft(`${REPLY}\n\n${block}\n\n${QUESTION}`, "text").text).toBe(REPLY);
  });
});

describe("more header shapes", () => {
  it.each([
    ["---- Anna Kalniņa wrote ----", "a dashed 'wrote' line (Android)"],
    ["------On 01.12.2026 10:15, Anna Kalniņa rakstīja-----", "a dashed 'rakstīja' line"],
    ["On 1 Dec 2026, at 10:15, Anna Kalniņa <anna@example.com> sent:", "'sent:' right after the address"],
    ["Date: Tue, 1 Dec 2026 10:15:02 +0200\nTo: dome@adazi.lv", "a block that opens with its date"],
    ["On 1 Dec 2026, at 10:15, Anna Kalniņa <\n4166ffd3258d@example.com>\nwrote:", "a header over three lines, the address in the middle"],
  ])("cuts at %j (%s)", (header) => {
    expect(parseDraft(`${REPLY}\n\n${header}\n\n${QUESTION}`, "text").text).toBe(REPLY);
  });

  it("keeps 'Here is what I sent:' (no address before the verb)", () => {
    const body = `${REPLY}\n\nHere is what I sent:\n\n${QUESTION}`;
    expect(parseDraft(body, "text").text).toBe(body);
  });
});
