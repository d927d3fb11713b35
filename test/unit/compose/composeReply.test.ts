import * as fc from "fast-check";
import { composeReply, prefillPlan, registrationNumberFrom, cleanSubject, type ReplyPlan } from "../../../src/core/compose";
import { getProfile } from "../../../src/core/standard";
import { defaultConfig, resolveConfig } from "../../../src/core/config";
import { SIGNATURE } from "./fixtures";


function plan(overrides: Partial<ReplyPlan> = {}): ReplyPlan {
  return {
    scenario: "answer",
    language: "lv",
    client: { name: "Jānis Bērziņš", email: "janis@inbox.lv" },
    original: { date: "2026-11-18", subject: "Nekustamā īpašuma nodoklis", kind: "e-pasts" },
    greeting: "named",
    body: ["Daudzbērnu ģimenēm pienākas nodokļa atvieglojums 50 % apmērā."],
    links: [{ title: "Nodokļu atvieglojumi", url: "https://www.adazunovads.lv/nodokli" }],
    nextSteps: ["Iesniedziet iesniegumu portālā Latvija.gov.lv."],
    signature: { ...SIGNATURE },
    ...overrides,
  };
}

const TODAY = "2026-11-17";
const ADAZI = getProfile("adazi-2023");

describe("composeReply", () => {
  it("writes the standard's structure in order, with dates in the right case", () => {
    const reply = composeReply(plan({ deadline: "2026-11-27" }), { today: TODAY, profile: ADAZI });
    expect(reply.parts.map((p) => p.kind)).toEqual(["greeting", "reference", "body", "links", "nextSteps", "deadline", "closing", "signature"]);
    expect(reply.text).toContain("Labdien, Bērziņa kungs!");
    expect(reply.text).toContain("Paldies par Jūsu 2026. gada 18. novembra e-pastu „Nekustamā īpašuma nodoklis”.");
    expect(reply.text).toContain("Termiņš: līdz 2026. gada 27. novembrim.");
    expect(reply.text).toMatch(/Ar cieņu\nIlze Ozola\nKlientu apkalpošanas speciāliste\nĀdažu novada pašvaldība\nTālr\. 67997005\nE-pasts: ilze\.ozola@adazi\.lv\nwww\.adazunovads\.lv\n$/);
  });

  it("refers to an application by its number", () => {
    const reply = composeReply(plan({ original: { date: "2026-11-02", kind: "iesniegums", number: "ĀND/3-14/25/118" } }), { today: TODAY, profile: ADAZI });
    expect(reply.text).toContain("Paldies par Jūsu 2026. gada 2. novembra iesniegumu Nr. ĀND/3-14/25/118.");
  });

  it("counts a holding reply's deadline in working days from the day of sending, skipping 18 November", () => {
    const reply = composeReply(plan({ scenario: "holding", deadline: { workingDays: 2 } }), { today: TODAY, profile: getProfile("garkalne") });
    expect(reply.deadline).toBe("2026-11-20");
    expect(reply.text).toContain("Atbildēsim e-pastā līdz 2026. gada 20. novembrim.");
    expect(reply.notes.map((n) => n.code)).not.toContain("deadline-too-late");
    expect(reply.text).toContain("Paldies par sapratni!");
  });

  it("warns when a holding reply's deadline is later than the profile allows (Garkalne 10.1: 2 working days)", () => {
    const reply = composeReply(plan({ scenario: "holding", deadline: { workingDays: 5 } }), { today: TODAY, profile: getProfile("garkalne") });
    expect(reply.notes.map((n) => n.code)).toContain("deadline-too-late");
  });

  it("writes a referral with the specialist's details and no declension of them", () => {
    const reply = composeReply(
      plan({ scenario: "referral", specialist: { name: "Pēteris Liepa", position: "nekustamā īpašuma speciālists", location: "Gaujas ielā 33A, 12. kabinetā", hours: "pirmdienās 9.00–12.00", phone: "67997010" } }),
      { today: TODAY, profile: getProfile("riga") },
    );
    expect(reply.text).toContain(
      "Jūsu jautājumā palīdzēs nekustamā īpašuma speciālists Pēteris Liepa.\nPieņemšanas vieta: Gaujas ielā 33A, 12. kabinetā",
    );
    const missing = composeReply(plan({ scenario: "referral" }), { today: TODAY, profile: ADAZI });
    expect(missing.notes.map((n) => n.code)).toContain("missing-specialist");
  });

  it("apologises once and says who examines a complaint and where to send it, under every profile", () => {
    const riga = composeReply(plan({ scenario: "apology", complaintAddress: "pasts@riga.lv" }), { today: TODAY, profile: getProfile("riga") });
    expect(riga.text).toContain("Atvainojamies par mūsu kļūdu.");
    expect(riga.text.match(/atvainoj/gi)).toHaveLength(1);
    expect(riga.text).toContain("Ja mūsu rīcība Jūs neapmierina, Jums ir tiesības iesniegt sūdzību. Sūdzību izskata pašvaldības administrācijas iestādes vai struktūrvienības vadītājs.");
    expect(riga.text).toContain("Sūdzību varat sūtīt uz e-pasta adresi pasts@riga.lv.");
    // Ādaži (clause 14) and Garkalne (clause 13) name who examines complaints too; a multi-case handler is cut to the employee's case.
    const adazi = composeReply(plan({ scenario: "apology" }), { today: TODAY, profile: ADAZI });
    expect(adazi.text).toContain("Sūdzību izskata darbinieka vadītājs.");
    expect(adazi.text).not.toContain("domes priekšsēdētājs");
    const garkalne = composeReply(plan({ scenario: "apology", language: "en", client: { name: "Anna Krūmiņa" }, complaintAddress: "https://garkalne.lv/sudzibas" }), { today: TODAY, profile: getProfile("garkalne") });
    expect(garkalne.text).toContain("A member of the management board examines complaints. You can submit your complaint at https://garkalne.lv/sudzibas.");
    const own = composeReply(plan({ scenario: "apology", complaintAuthority: "pašvaldības izpilddirektors" }), { today: TODAY, profile: getProfile("riga") });
    expect(own.text).toContain("Sūdzību izskata pašvaldības izpilddirektors.");
  });

  it("thanks once in an answer and a referral, and after a referral asks the client to contact the specialist, not me", () => {
    const answer = composeReply(plan({}), { today: TODAY, profile: ADAZI });
    expect(answer.text.match(/paldies/gi)).toHaveLength(1);
    const referral = composeReply(
      plan({ scenario: "referral", specialist: { name: "Inga Jaunzeme", position: "Būvvaldes vadītāja", phone: "67997011", forwarded: true } }),
      { today: TODAY, profile: ADAZI },
    );
    expect(referral.text.match(/paldies/gi)).toHaveLength(1);
    expect(referral.text).toContain("Jūsu jautājumā palīdzēs Būvvaldes vadītāja Inga Jaunzeme.");
    expect(referral.text).toContain("Jūsu e-pastu jau pārsūtījām, un kontaktpersona Jums atbildēs.");
    expect(referral.text).not.toContain("sazinieties ar mani");
    expect(referral.text).not.toMatch(/zvaniet man/);
    const en = composeReply(
      plan({ language: "en", client: { name: "Anna Krūmiņa" }, scenario: "referral", specialist: { name: "Inga Jaunzeme", position: "Head of the Building Board", forwarded: false, email: "inga@adazi.lv" } }),
      { today: TODAY, profile: ADAZI },
    );
    expect(en.text).toContain("Inga Jaunzeme, Head of the Building Board, can help you with your question.\nE-mail: inga@adazi.lv");
    expect(en.text).toContain("Please get in touch with the contact person using the details above.");
    expect(en.text.match(/thank/gi)).toHaveLength(1);
  });

  it("names no date when the original's date is unknown, and refers to nothing in a new message", () => {
    const unknown = composeReply(plan({ original: { date: null, subject: "Nekustamā īpašuma nodoklis" } }), { today: TODAY, profile: ADAZI });
    expect(unknown.text).toContain("Paldies par Jūsu e-pastu „Nekustamā īpašuma nodoklis”.");
    expect(unknown.text).not.toMatch(/2026\. gada 17\. novembra/);
    const none = composeReply(plan({ original: null }), { today: TODAY, profile: ADAZI });
    expect(none.parts.map((p) => p.kind)).not.toContain("reference");
    expect(none.text).not.toMatch(/par Jūsu .*e-pastu/);
  });

  it("writes English replies with the same structure", () => {
    const reply = composeReply(plan({ language: "en", client: { name: "Anna Krūmiņa" }, deadline: "2026-11-27" }), { today: TODAY, profile: ADAZI });
    expect(reply.text).toContain("Dear Ms Krūmiņa,");
    expect(reply.text).toContain("Thank you for your e-mail of 18 November 2026 about “Nekustamā īpašuma nodoklis”.");
    expect(reply.text).toContain("Deadline: 27 November 2026.");
    expect(reply.text).toContain("Kind regards,\nIlze Ozola");
  });

  it("falls back to the neutral greeting when the name is uncertain and says so", () => {
    const reply = composeReply(plan({ client: { name: "BERZINS ANDRIS" } }), { today: TODAY, profile: ADAZI });
    expect(reply.parts[0].text).toBe("Labdien!");
    expect(reply.notes.map((n) => n.code)).toContain("greeting-fallback");
    const edited = composeReply(plan({ greetingText: "Labdien, Andri!" }), { today: TODAY, profile: ADAZI });
    expect(edited.parts[0].text).toBe("Labdien, Andri!");
  });

  it("drops links that are not https, http, mailto or tel", () => {
    const reply = composeReply(
      plan({ links: [{ title: "Bīstama", url: "javascript:alert(1)" }, { title: "Fails", url: "file:///C:/x" }, { title: "Zvaniet", url: "tel:+37167997005" }] }),
      { today: TODAY, profile: ADAZI },
    );
    expect(reply.html).not.toMatch(/javascript:|file:/);
    expect(reply.html).toContain('<a href="tel:+37167997005">Zvaniet</a>');
    expect(reply.notes.filter((n) => n.code === "link-dropped")).toHaveLength(2);
  });

  it("notes a missing signature field", () => {
    const reply = composeReply(plan({ signature: { ...SIGNATURE, phone: "" } }), { today: TODAY, profile: ADAZI });
    expect(reply.notes.map((n) => n.code)).toContain("missing-signature-field");
    expect(reply.text).not.toContain("Tālr.");
  });

  it.each([
    ["position", "Parakstā trūkst lauka: amats.", "The signature lacks: position."],
    ["phone", "Parakstā trūkst lauka: tālrunis.", "The signature lacks: phone."],
    ["email", "Parakstā trūkst lauka: e-pasts.", "The signature lacks: e-mail."],
    ["name", "Parakstā trūkst lauka: vārds un uzvārds.", "The signature lacks: name."],
  ] as const)("names a missing %s by its name in both languages, never the key", (field, lv, en) => {
    const reply = composeReply(plan({ signature: { ...SIGNATURE, [field]: "" } }), { today: TODAY, profile: ADAZI });
    expect(reply.notes.filter((n) => n.code === "missing-signature-field").map((n) => n.message)).toEqual([{ lv, en }]);
  });

  it("rejects a malformed deadline with a clear message", () => {
    expect(() => composeReply(plan({ deadline: "27.11.2026" }), { today: TODAY, profile: ADAZI })).toThrow(/YYYY-MM-DD/);
    expect(() => composeReply(plan({ deadline: { workingDays: -1 } }), { today: TODAY, profile: ADAZI })).toThrow(/workingDays/);
  });

  it("never produces markup it did not intend, whatever the plan holds (property)", () => {
    const nasty = fc.oneof(
      fc.string(),
      fc.constantFrom("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "&lt;b&gt;", "</p><p>", "\u202e", "Ā\u0304", "javascript:alert(1)"),
    );
    fc.assert(
      fc.property(nasty, nasty, nasty, nasty, (name, body, title, sigName) => {
        const reply = composeReply(
          plan({ client: { name }, body: [body], links: [{ title, url: "https://www.adazunovads.lv/" }], signature: { ...SIGNATURE, name: sigName } }),
          { today: TODAY, profile: ADAZI },
        );
        // Only the tags the composer writes, only the attributes it writes.
        const tags = reply.html.match(/<[^>]*>/g) ?? [];
        for (const tag of tags) expect(tag).toMatch(/^<\/?(?:div|p|br|ul|li|a)(?: href="(?:https?:|mailto:|tel:)[^"<>]*")?>$/);
        expect(reply.html).not.toMatch(/<script/i);
      }),
      { numRuns: 300 },
    );
  });
});

describe("prefillPlan", () => {
  it("fills the plan from the open message, the config and the user's settings", () => {
    const { config } = resolveConfig({
      organization: { name: { lv: "Ādažu novada pašvaldība", en: "Ādaži Municipality" }, website: "https://www.adazunovads.lv", phone: "67997005", email: "dome@adazi.lv", address: "Gaujas iela 33A, Ādaži" },
    });
    const p = prefillPlan({
      message: { from: { name: "Līga Vītola", address: "liga@inbox.lv" }, subject: "RE: Iesniegums Nr. 3-14/118", date: "2026-11-18T22:30:00Z" },
      config,
      user: { name: "Ilze Ozola", position: "speciāliste", email: "ilze.ozola@adazi.lv" },
      today: TODAY,
    });
    expect(p.original).toEqual({ date: "2026-11-19", subject: "Iesniegums Nr. 3-14/118", kind: "iesniegums", number: "3-14/118" });
    expect(p.signature).toEqual({ name: "Ilze Ozola", position: "speciāliste", institution: "Ādažu novada pašvaldība", phone: "67997005", email: "ilze.ozola@adazi.lv", website: "https://www.adazunovads.lv" });
    expect(p.language).toBe("lv");
    expect(p.client.name).toBe("Līga Vītola");
  });

  it("answers in English only when the client wrote English and the organization allows it", () => {
    const message = { from: { name: "Mark Thompson", address: "m@example.com" }, subject: "Residence", date: null, language: "en" };
    expect(prefillPlan({ message, config: defaultConfig, user: {}, today: TODAY }).language).toBe(defaultConfig.englishReplies ? "en" : "lv");
    const { config: english } = resolveConfig({ englishReplies: true });
    expect(prefillPlan({ message, config: english, user: {}, today: TODAY }).language).toBe("en");
    const { config: latvianOnly } = resolveConfig({ englishReplies: false });
    expect(prefillPlan({ message, config: latvianOnly, user: {}, today: TODAY }).language).toBe("lv");
  });

  it.each([
    ["Iesniegums Nr. 3-14/118", "3-14/118"],
    ["Par iesniegumu Nr.ĀND/3-14/25/118", "ĀND/3-14/25/118"],
    ["reģ. Nr. 2-1/45 atbilde", "2-1/45"],
    ["ĀND/3-14/25/118 rinda", "ĀND/3-14/25/118"],
    ["Bērnudārza rinda", undefined],
  ])("finds the registration number in %j", (subject, number) => {
    expect(registrationNumberFrom(subject)).toBe(number);
  });

  it.each([
    ["RE: Atkritumi", "Atkritumi"],
    ["Re: AW: FW: Atkritumi", "Atkritumi"],
    ["Atb.: Jautājums", "Jautājums"],
    ["Pārs.: Jautājums", "Jautājums"],
    ["Reģistrācija", "Reģistrācija"],
  ])("cleans the subject %j", (subject, clean) => {
    expect(cleanSubject(subject)).toBe(clean);
  });
});
