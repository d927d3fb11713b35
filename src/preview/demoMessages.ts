/**
 * The preview's demo mailbox: realistic client e-mails to a Latvian municipality (names and
 * addresses invented). One carries an Outlook-style quoted thread, one is addressed to the
 * shared mailbox, one is in English.
 */
import type { MemoryMessage } from "../office/memoryMailbox";
import type { UserProfile } from "../office/mailboxPort";
import { EXERCISES } from "../core/learn/exercises";

export const DEMO_USER: UserProfile = {
  displayName: "Ilze Ozola",
  emailAddress: "ilze.ozola@adazi.lv",
};

export const DEMO_MESSAGES: MemoryMessage[] = [
  {
    id: "msg-nekustamais-ipasums",
    subject: "Nekustamā īpašuma nodokļa atvieglojums",
    from: { name: "Jānis Bērziņš", address: "janis.berzins@inbox.lv" },
    to: [{ name: "Ilze Ozola", address: "ilze.ozola@adazi.lv" }],
    date: "2026-11-17T08:42:00Z",
    bodyHtml:
      "<p>Labdien!</p>" +
      "<p>Esmu daudzbērnu ģimenes tēvs, un mūsu ģimenei pieder māja Carnikavā, Rīgas ielā 12. " +
      "Vai 2027. gadam varu pieteikties nekustamā īpašuma nodokļa atvieglojumam, un kādi dokumenti man jāiesniedz?</p>" +
      "<p>Paldies!</p><p>Jānis Bērziņš<br>tālr. 29123456</p>",
  },
  {
    id: "msg-atkritumi-thread",
    subject: "RE: Atkritumu izvešanas grafiks Kadagā",
    from: { name: "Anna Kalniņa", address: "anna.kalnina@gmail.com" },
    to: [{ name: "Ilze Ozola", address: "ilze.ozola@adazi.lv" }],
    cc: [{ name: "Komunālā nodaļa", address: "komunala@adazi.lv" }],
    date: "2026-11-18T13:05:00Z",
    attachments: [{ id: "att-1", name: "konteineri.jpg", size: 184320, isInline: false, contentType: "image/jpeg" }],
    bodyHtml:
      '<div class="WordSection1"><p class="MsoNormal">Labdien!<o:p></o:p></p>' +
      '<p class="MsoNormal">Paldies par atbildi, bet konteineri pie mūsu mājas joprojām nav iztukšoti jau trīs nedēļas. ' +
      'Pievienoju fotogrāfiju. Lūdzu, pasakiet, kad tos izvedīs.<o:p></o:p></p>' +
      '<p class="MsoNormal">Anna Kalniņa<o:p></o:p></p>' +
      '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
      '<p class="MsoNormal"><b>No:</b> Ilze Ozola &lt;ilze.ozola@adazi.lv&gt;<br>' +
      "<b>Nosūtīts:</b> pirmdiena, 2026. gada 10. novembris 10:12<br>" +
      "<b>Kam:</b> Anna Kalniņa &lt;anna.kalnina@gmail.com&gt;<br>" +
      "<b>Tēma:</b> RE: Atkritumu izvešanas grafiks Kadagā<o:p></o:p></p></div>" +
      '<p class="MsoNormal">Labdien, Kalniņas kundze!<o:p></o:p></p>' +
      '<p class="MsoNormal">Paldies par Jūsu 2026. gada 7. novembra e-pastu. Atkritumus Kadagā izved katru otro ceturtdienu.<o:p></o:p></p>' +
      '<p class="MsoNormal">Ar cieņu<br>Ilze Ozola<br>Klientu apkalpošanas speciāliste<br>Ādažu novada pašvaldība<o:p></o:p></p></div>',
  },
  {
    id: "msg-info-shared",
    subject: "Bērnudārza rinda",
    from: { name: "Līga Vītola", address: "liga.vitola@inbox.lv" },
    to: [{ name: "Ādažu novada pašvaldība", address: "pasts@adazi.lv" }],
    date: "2026-11-19T06:30:00Z",
    bodyHtml:
      "<div>Sveiki,</div><div><br></div>" +
      "<div>mana meita ir rindā uz pirmsskolas izglītības iestādi kopš 2025. gada marta. " +
      "Kā es varu uzzināt, kurā vietā rindā viņa ir tagad? Iesnieguma numurs ir ĀND/3-14/25/118.</div>" +
      "<div><br></div><div>Līga Vītola</div>",
  },
  {
    id: "msg-english",
    subject: "Declaring my place of residence",
    from: { name: "Mark Thompson", address: "mark.thompson@example.com" },
    to: [{ name: "Ādažu novada pašvaldība", address: "pasts@adazi.lv" }],
    date: "2026-11-20T15:48:00Z",
    bodyHtml:
      "<p>Hello,</p><p>I moved to Ādaži last month and would like to declare my place of residence. " +
      "Can I do it online, and do I need a Latvian personal code?</p><p>Thank you,<br>Mark Thompson</p>",
  },
];

/** Drafts in the demo mailbox: a reply that falls short of the standard, for the Check view. */
export interface DemoDraft {
  id: string;
  label: string;
  subject: string;
  to: { name: string; address: string }[];
  bodyHtml: string;
}

export const DEMO_DRAFTS: DemoDraft[] = [
  {
    id: "draft-rinda",
    label: "Atbilde par bērnudārza rindu (nepabeigta)",
    subject: "RE: Bērnudārza rinda",
    to: [{ name: "Līga Vītola", address: "liga.vitola@inbox.lv" }],
    bodyHtml:
      "<p>Labdien!</p><p>Paldies par Jūsu 2026. gada 19. novembra e-pastu.</p>" +
      "<p>Informejam, ka uz doto brīdi Jūsu meita rindā ir 14. vietā.</p>" +
      "<p>Ja Jums rodas jautājumi, lūdzu, sazinieties ar mani.</p><p>Paldies par sapratni!</p>" +
      "<p>Ar cieņu<br>Ilze Ozola<br>Ādažu novada pašvaldība<br>www.adazunovads.lv</p>" +
      '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">' +
      '<div id="divRplyFwdMsg" dir="ltr"><b>No:</b> Līga Vītola &lt;liga.vitola@inbox.lv&gt;<br><b>Nosūtīts:</b> trešdiena, 2026. gada 19. novembris 8:30<br>' +
      "<b>Kam:</b> pasts@adazi.lv<br><b>Tēma:</b> Bērnudārza rinda</div>" +
      "<div>Sveiki, mana meita ir rindā uz pirmsskolas izglītības iestādi. Kā uzzināt vietu rindā? UZ DOTO BRĪDI NEKAS NAV SKAIDRS!!!</div>",
  },
  // Trainers' exercises (issue 10): flawed replies the trainee fixes while the Learn tab scores them.
  ...EXERCISES.map((e) => ({ id: e.id, label: `Vingrinājums: ${e.title.lv}`, subject: e.subject, to: e.to, bodyHtml: e.flawedHtml })),
];
