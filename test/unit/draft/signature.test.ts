/** The signature block in each layout, its six fields, and the field detectors. */
import {
  draftToJson,
  findPhone,
  findWebsite,
  findEmail,
  institutionScore,
  isPersonName,
  isPositionText,
  matchClosing,
  parseDraft,
} from "../../../src/core/draft";

const BODY = "Labdien!\n\nPaldies par Jūsu iesniegumu. Atbildi sniegsim 10 darba dienu laikā.\n\n";
const FULL = {
  name: "Jānis Bērziņš",
  position: "Klientu apkalpošanas speciālists",
  institution: "Ādažu novada pašvaldība",
  phone: "+371 67 895 400",
  email: "janis.berzins@adazi.lv",
  website: "www.adazi.lv",
};

function fields(body: string, format: "html" | "text") {
  return draftToJson(parseDraft(body, format)).signature;
}

describe("signature layouts", () => {
  it("plain lines after a closing", () => {
    const body = `${BODY}Ar cieņu\nJānis Bērziņš\nKlientu apkalpošanas speciālists\nĀdažu novada pašvaldība\nTālr. +371 67 895 400\njanis.berzins@adazi.lv\nwww.adazi.lv`;
    expect(fields(body, "text")).toEqual(FULL);
    expect(parseDraft(body, "text").signature?.source).toBe("after-closing");
  });

  it("<br>-separated HTML", () => {
    const body = `<p>Labdien!</p><p>Paldies par jautājumu.</p><p>Ar cieņu,<br>Jānis Bērziņš<br>Klientu apkalpošanas speciālists<br>Ādažu novada pašvaldība<br>tālr. +371 67 895 400<br><a href="mailto:janis.berzins@adazi.lv">janis.berzins@adazi.lv</a><br><a href="https://www.adazi.lv">www.adazi.lv</a></p>`;
    expect(fields(body, "html")).toEqual(FULL);
  });

  it("a table with labels in one column and values in the other", () => {
    const body =
      `<p>Paldies par jautājumu.</p><p>Ar cieņu</p><table><tr><td colspan=2><b>Jānis Bērziņš</b></td></tr>` +
      `<tr><td colspan=2>Klientu apkalpošanas speciālists</td></tr><tr><td colspan=2>Ādažu novada pašvaldība</td></tr>` +
      `<tr><td>Tālrunis:</td><td>+371 67 895 400</td></tr><tr><td>E-pasts:</td><td>janis.berzins@adazi.lv</td></tr>` +
      `<tr><td>Mājaslapa:</td><td>www.adazi.lv</td></tr></table>`;
    expect(fields(body, "html")).toEqual(FULL);
  });

  it("one pipe-separated line", () => {
    const body = `${BODY}Ar cieņu,\nJānis Bērziņš | Speciālists | Ādažu novada pašvaldība | tālr. 67895400`;
    expect(fields(body, "text")).toEqual({
      name: "Jānis Bērziņš",
      position: "Speciālists",
      institution: "Ādažu novada pašvaldība",
      phone: "67895400",
      email: null,
      website: null,
    });
  });

  it("the closing and the name on one line", () => {
    const body = `${BODY}Ar cieņu, Jānis Bērziņš\nSpeciālists, Ādažu novada pašvaldība\nMob. 29123456, janis@adazi.lv, adazi.lv`;
    expect(fields(body, "text")).toEqual({
      name: "Jānis Bērziņš",
      position: "Speciālists",
      institution: "Ādažu novada pašvaldība",
      phone: "29123456",
      email: "janis@adazi.lv",
      website: "adazi.lv",
    });
  });

  it.each([
    ["Outlook on the web #Signature", `<div>Paldies.</div><div id="Signature"><div>Ar cieņu</div><div>Jānis Bērziņš</div><div>Speciālists</div></div>`, "outlook-container"],
    ["Outlook desktop _MailAutoSig", `<p class=MsoNormal>Paldies.</p><p class=MsoNormal><a name="_MailAutoSig">Jānis Bērziņš</a></p><p class=MsoNormal>Speciālists</p>`, "outlook-container"],
    ["OWA x_Signature", `<div>Paldies.</div><div id="x_Signature"><p>Jānis Bērziņš</p><p>Speciālists</p></div>`, "outlook-container"],
    ["Gmail .gmail_signature", `<div>Paldies.</div><div class="gmail_signature"><div>Jānis Bērziņš</div><div>Speciālists</div></div>`, "client-container"],
    ["Thunderbird .moz-signature", `<p>Paldies.</p><pre class="moz-signature">-- \nJānis Bērziņš\nSpeciālists</pre>`, "client-container"],
    ["Apple Mail #AppleMailSignature", `<div>Paldies.</div><div id="AppleMailSignature">Jānis Bērziņš<br>Speciālists</div>`, "client-container"],
  ])("a client's signature container: %s", (_name, body, source) => {
    const d = parseDraft(body, "html");
    expect(d.signature?.source).toBe(source);
    expect(d.signature?.fields.name).toBe("Jānis Bērziņš");
    expect(d.signature?.fields.position).toBe("Speciālists");
  });

  it("a container with only a device line falls back to the text before it", () => {
    const body = `<div>Paldies.</div><div>Ar cieņu</div><div>Jānis Bērziņš</div><div>Speciālists</div><div id="ms-outlook-mobile-signature">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>`;
    const d = parseDraft(body, "html");
    expect(d.signature?.source).toBe("after-closing");
    expect(d.signature?.fields.name).toBe("Jānis Bērziņš");
  });

  it.each([
    "Ar cieņu",
    "Ar cieņu,",
    "Ar labām vēlmēm",
    "Ar labiem vēlējumiem",
    "Cieņā",
    "Ar cieņu un labiem vēlējumiem",
    "Ar sveicieniem",
    "Paldies!",
    "Kind regards,",
    "Best regards",
    "Regards,",
    "Sincerely,",
    "С уважением,",
    "Mit freundlichen Grüßen",
    "Lugupidamisega",
    "Pagarbiai",
    "Z poważaniem",
  ])("after the closing %j", (closing) => {
    const d = parseDraft(`${BODY}${closing}\nJānis Bērziņš\nSpeciālists\nĀdažu novada pašvaldība`, "text");
    expect(d.signature?.source).toBe("after-closing");
    expect(d.signature?.closing).toBe(closing.replace(/[,!]$/, ""));
    expect(d.signature?.fields.name).toBe("Jānis Bērziņš");
    expect(d.signature?.fields.institution).toBe("Ādažu novada pašvaldība");
    expect(d.text.slice(d.signature?.start, d.signature?.end)).toBe(`${closing}\nJānis Bērziņš\nSpeciālists\nĀdažu novada pašvaldība`);
  });

  it("a trailing block without any closing", () => {
    const d = parseDraft(`${BODY}Jānis Bērziņš\nSpeciālists\nĀdažu novada pašvaldība\n67895400`, "text");
    expect(d.signature?.source).toBe("trailing-block");
    expect(d.signature?.fields).toEqual({
      name: "Jānis Bērziņš",
      position: "Speciālists",
      institution: "Ādažu novada pašvaldība",
      phone: "67895400",
      email: null,
      website: null,
    });
  });

  it("after a '--' delimiter", () => {
    const d = parseDraft(`${BODY}--\nJānis Bērziņš\nSpeciālists`, "text");
    expect(d.signature?.fields.name).toBe("Jānis Bērziņš");
  });

  it("an English signature: the fuller form of the name wins, legal form as institution", () => {
    const body = "Hi,\n\nSounds good.\n\nThanks,\nJohn\n\nJohn Doe\nSenior Software Engineer | Example Inc.\nM: +1 (555) 123-4567\njohn@example.com | www.example.com";
    expect(fields(body, "text")).toEqual({
      name: "John Doe",
      position: "Senior Software Engineer",
      institution: "Example Inc.",
      phone: "+1 (555) 123-4567",
      email: "john@example.com",
      website: "www.example.com",
    });
  });

  it("a title before the name, and the institution named inside the position", () => {
    const body = `${BODY}Ar cieņu,\nk-dze Ilze Ozola\nĀdažu novada pašvaldības Kancelejas vadītāja\nT: 67895410, M: 29555000`;
    expect(fields(body, "text")).toEqual({
      name: "Ilze Ozola",
      position: "Ādažu novada pašvaldības Kancelejas vadītāja",
      institution: "Ādažu novada pašvaldības",
      phone: "67895410",
      email: null,
      website: null,
    });
  });

  it("no signature at all: null, and all six fields null in the JSON", () => {
    const d = parseDraft("Labdien!\n\nPaldies par jautājumu. Atbildēsim rīt.", "text");
    expect(d.signature).toBeNull();
    expect(draftToJson(d).signature).toEqual({ name: null, position: null, institution: null, phone: null, email: null, website: null });
  });

  it("a closing with nothing after it: a signature whose fields are all missing", () => {
    const d = parseDraft(`${BODY}Ar cieņu`, "text");
    expect(d.signature?.closing).toBe("Ar cieņu");
    expect(draftToJson(d).signature).toEqual({ name: null, position: null, institution: null, phone: null, email: null, website: null });
  });

  it("never reads the quoted client's signature", () => {
    const d = parseDraft(`Labdien!\n\nDokumenti ir saņemti.\n\n-----Original Message-----\nFrom: A\nSent: B\n\nAr cieņu,\nAnna Kalniņa\nTālr. 29123456`, "text");
    expect(d.signature).toBeNull();
  });

  it("does not take a sentence starting with a closing word as a closing", () => {
    const d = parseDraft("Labdien!\n\nPaldies par Jūsu iesniegumu. Ar cieņu pret Jūsu laiku informējam, ka termiņš ir rīt.", "text");
    expect(d.signature).toBeNull();
  });

  it("skips 'Sent from my iPhone' below the signature", () => {
    const d = parseDraft(`${BODY}Ar cieņu\nRūta Avotiņa\nSekretāre\n\nSent from my iPhone`, "text");
    expect(d.signature?.fields.name).toBe("Rūta Avotiņa");
    expect(d.text.slice(d.signature?.start, d.signature?.end)).toBe("Ar cieņu\nRūta Avotiņa\nSekretāre");
  });
});

describe("field detectors", () => {
  it.each([
    ["Tālr. +371 67 895 400", "+371 67 895 400"],
    ["tālr. 67895400", "67895400"],
    ["Mob.: 29123456", "29123456"],
    ["T. 29 123 456", "29 123 456"],
    ["tel. 6789 5400", "6789 5400"],
    ["+371-29123456", "+371-29123456"],
    ["(+371) 67 895 400", "(+371) 67 895 400"],
    ["00371 67895400", "00371 67895400"],
    ["+372 5123 4567", "+372 5123 4567"],
    ["Phone: 800 12345", "800 12345"],
    ["67895400", "67895400"],
    ["Datums: 20.11.2026", null],
    ["2026-11-17", null],
    ["Reģ. Nr. 90000012345", null],
    ["12345678", null],
    ["Gaujas iela 33A, LV-2164", null],
  ])("findPhone(%j) = %j", (text, phone) => {
    expect(findPhone(text)).toBe(phone);
  });

  it.each([
    ["www.adazi.lv", "www.adazi.lv"],
    ["https://adazi.lv/lv", "https://adazi.lv/lv"],
    ["Mājaslapa: adazi.lv", "adazi.lv"],
    ["adazusports.lv.", "adazusports.lv"],
    ["janis@adazi.lv", null],
    ["mailto:janis@adazi.lv", null],
    ["dokuments.pdf", null],
    ["J.Bērziņš", null],
  ])("findWebsite(%j) = %j", (text, website) => {
    expect(findWebsite(text)).toBe(website);
  });

  it("finds e-mail addresses", () => {
    expect(findEmail("E-pasts: jānis.bērziņš@adazi.lv.")).toBe("jānis.bērziņš@adazi.lv");
    expect(findEmail("e-pasts nav norādīts")).toBeNull();
  });

  it.each([
    ["Klientu apkalpošanas speciāliste", true],
    ["Galvenā grāmatvede", true],
    ["Izglītības nodaļas vadītāja", true],
    ["Project Manager", true],
    ["Специалист", true],
    ["Ādažu novada pašvaldība", false],
    ["Jānis Bērziņš", false],
  ])("isPositionText(%j) = %j", (text, expected) => {
    expect(isPositionText(text)).toBe(expected);
  });

  it.each([
    ["Ādažu novada pašvaldība", 2],
    ["Rīgas valstspilsētas pašvaldība", 2],
    ["SIA “Ādažu Ūdens”", 2],
    ["Ādažu Municipality", 2],
    ["Klientu apkalpošanas centrs", 1],
    ["Jānis Bērziņš", 0],
    ["Speciālists", 0],
  ])("institutionScore(%j) = %j", (text, score) => {
    expect(institutionScore(text)).toBe(score);
  });

  it.each([
    ["Jānis Bērziņš", true],
    ["J. Bērziņš", true],
    ["Anna-Marija Kalniņa-Ozola", true],
    ["JĀNIS BĒRZIŅŠ", true],
    ["Иван Петров", true],
    ["Jānis", true],
    ["Speciālists", false],
    ["Ādažu novada pašvaldība", false],
    ["Gaujas iela 33A", false],
    ["Labdien", false],
    ["ĀNP", false],
    ["J. K.", false],
    ["Paldies par jautājumu", false],
  ])("isPersonName(%j) = %j", (text, expected) => {
    expect(isPersonName(text)).toBe(expected);
  });

  it.each([
    ["Ar cieņu,", { phrase: "Ar cieņu", rest: "" }],
    ["Ar cieņu, Jānis Bērziņš", { phrase: "Ar cieņu", rest: "Jānis Bērziņš" }],
    ["Kind regards", { phrase: "Kind regards", rest: "" }],
    ["Ar cieņu pret Jūsu laiku", null],
    ["Paldies par jautājumu.", null],
    ["Paldiesi", null],
  ])("matchClosing(%j)", (line, expected) => {
    expect(matchClosing(line)).toEqual(expected);
  });
});
