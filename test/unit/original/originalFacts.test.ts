/**
 * The original's facts from the quoted header of a reply: header layouts as Outlook desktop, OWA,
 * new Outlook, Outlook for Mac, Gmail and Thunderbird write them, in Latvian, English and Russian.
 */
import { headerDate, originalFacts } from "../../../src/core/original";

const LINE = "________________________________";

describe("originalFacts", () => {
  it.each([
    [
      "Outlook desktop, Latvian",
      `${LINE}\nNo: Jānis Bērziņš <janis.berzins@inbox.lv>\nNosūtīts: trešdiena, 2026. gada 18. novembris 10:12\nKam: Ādažu novada pašvaldība <dome@adazi.lv>\nTēma: Nekustamā īpašuma nodoklis\n\nLabdien! Vai varu saņemt atlaidi?`,
      { date: "2026-11-18", from: "Jānis Bērziņš <janis.berzins@inbox.lv>", subject: "Nekustamā īpašuma nodoklis" },
    ],
    [
      "Outlook desktop, English (plain text with mailto)",
      `-----Original Message-----\nFrom: Mark Thompson [mailto:mark@example.com]\nSent: Wednesday, 18 November 2026 10:12\nTo: dome@adazi.lv\nSubject: RE: Residence registration\n\nHello`,
      { date: "2026-11-18", from: "Mark Thompson <mark@example.com>", subject: "RE: Residence registration" },
    ],
    [
      "Outlook desktop, US English",
      `From: Mark Thompson <mark@example.com>\nSent: Wednesday, November 18, 2026 10:12 AM\nTo: Ilze Ozola <ilze.ozola@adazi.lv>\nSubject: Parking permit`,
      { date: "2026-11-18", from: "Mark Thompson <mark@example.com>", subject: "Parking permit" },
    ],
    [
      "OWA / new Outlook (bold labels)",
      `*From:* Anna Krūmiņa <anna@inbox.lv>\n*Sent:* Thursday, November 19, 2026 8:05 AM\n*To:* Ilze Ozola\n*Subject:* Bērnudārza rinda`,
      { date: "2026-11-19", from: "Anna Krūmiņa <anna@inbox.lv>", subject: "Bērnudārza rinda" },
    ],
    [
      "Outlook, Russian",
      `От: Иван Петров <ivan@mail.ru>\nОтправлено: среда, 18 ноября 2026 г. 10:12\nКому: dome@adazi.lv\nТема: Вопрос о налоге`,
      { date: "2026-11-18", from: "Иван Петров <ivan@mail.ru>", subject: "Вопрос о налоге" },
    ],
    [
      "Outlook for Mac (Date label, 'at')",
      `From: Līga Vītola <liga@inbox.lv>\nDate: Wednesday, 18 November 2026 at 10:12\nTo: Ilze Ozola <ilze.ozola@adazi.lv>\nSubject: Atkritumu izvešana`,
      { date: "2026-11-18", from: "Līga Vītola <liga@inbox.lv>", subject: "Atkritumu izvešana" },
    ],
    [
      "Outlook for Mac, Latvian labels with a numeric date",
      `No: Līga Vītola <liga@inbox.lv>\nDatums: 18.11.2026 10:12\nKam: Ilze Ozola\nTēma: Atkritumu izvešana`,
      { date: "2026-11-18", from: "Līga Vītola <liga@inbox.lv>", subject: "Atkritumu izvešana" },
    ],
    [
      "RFC-style Date header (forwarded plain text)",
      `From: Mark Thompson <mark@example.com>\nDate: Wed, 18 Nov 2026 10:12:00 +0200\nSubject: Parking`,
      { date: "2026-11-18", from: "Mark Thompson <mark@example.com>", subject: "Parking" },
    ],
    [
      "Gmail, English",
      `On Wed, Nov 18, 2026 at 10:12 AM Mark Thompson <mark@example.com> wrote:\n> Hello`,
      { date: "2026-11-18", from: "Mark Thompson <mark@example.com>", subject: null },
    ],
    [
      "Gmail, Latvian",
      `2026. gada 18. nov., plkst. 10:12 Jānis Bērziņš <janis@inbox.lv> rakstīja:\n> Labdien!`,
      { date: "2026-11-18", from: "Jānis Bērziņš <janis@inbox.lv>", subject: null },
    ],
    [
      "Gmail, Russian",
      `ср, 18 нояб. 2026 г. в 10:12, Иван Петров <ivan@mail.ru>:\n> Здравствуйте`,
      { date: "2026-11-18", from: "Иван Петров <ivan@mail.ru>", subject: null },
    ],
    [
      "Thunderbird, English, split over two lines",
      `On 18/11/2026 10:12, Mark Thompson\nwrote:\n> Hello`,
      { date: "2026-11-18", from: "Mark Thompson", subject: null },
    ],
    [
      "Thunderbird, Russian",
      `18.11.2026 10:12, Иван Петров пишет:\n> Здравствуйте`,
      { date: "2026-11-18", from: "Иван Петров", subject: null },
    ],
  ])("%s", (_, quoted, expected) => {
    expect(originalFacts(quoted)).toEqual(expected);
  });

  it("invents nothing: no header, an ambiguous date, an impossible date", () => {
    expect(originalFacts("")).toEqual({ date: null, from: null, subject: null });
    expect(originalFacts("> Labdien!\n> Kad salabosiet ielu?")).toEqual({ date: null, from: null, subject: null });
    expect(originalFacts("From: Mark <m@example.com>\nSent: 05/11/2026 10:12\nSubject: Hi").date).toBeNull();
    expect(originalFacts("No: Jānis <j@inbox.lv>\nNosūtīts: 2026. gada 31. novembris\nTēma: x").date).toBeNull();
    expect(originalFacts("Mēs to jau rakstījām:\n- punkts").date).toBeNull();
  });

  it.each([
    ["pirmdiena, 2026. gada 2. novembris 9:00", "2026-11-02"],
    ["2026-11-18 10:12", "2026-11-18"],
    ["November 18, 2026", "2026-11-18"],
    ["18 мая 2026 г.", "2026-05-18"],
    ["Mittwoch, 18. November 2026 10:12", "2026-11-18"],
    ["12/11/2026", null],
    ["11/25/2026", "2026-11-25"],
    ["10:12", null],
  ])("reads the date in %j", (text, expected) => {
    expect(headerDate(text)).toBe(expected);
  });
});
