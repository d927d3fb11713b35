/**
 * Signature cases found by the rule authors: feminine job titles, a title and a name on one
 * line, and a reply signed with the name alone. Each case in plain text and in Outlook's HTML.
 */
import { draftToJson, isPositionText, parseDraft } from "../../../src/core/draft";
import { feminineTitle, isBareSignedName, splitNameFromPosition } from "../../../src/core/draft/signature";
import { POSITION_STEMS_LV, POSITION_WORDS_LV } from "../../../src/core/draft/signatureWords";
import { FEMININE_NAMES, MASCULINE_NAMES, isKnownFirstName } from "../../../src/core/lv/names";

/** Outlook desktop's HTML for a plain-text body: one MsoNormal paragraph a line, &nbsp; paragraphs for blank lines. */
function outlookHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const paragraphs = text
    .split("\n")
    .map((line) => (line.length === 0 ? `<p class=MsoNormal><o:p>&nbsp;</o:p></p>` : `<p class=MsoNormal><span lang=LV>${escape(line)}<o:p></o:p></span></p>`))
    .join("\n");
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=LV><div class=WordSection1>\n${paragraphs}\n</div></body></html>`;
}

/** Outlook on the web: one <div> a line, <div><br></div> for blank lines. */
function owaHtml(text: string): string {
  return text
    .split("\n")
    .map((line) => (line.length === 0 ? `<div><br></div>` : `<div style="font-family: Aptos, sans-serif;">${line}</div>`))
    .join("");
}

const FORMATS: ["text" | "html", (text: string) => string][] = [
  ["text", (text) => text],
  ["html", outlookHtml],
  ["html", owaHtml],
];
const FORMAT_NAMES = ["plain text", "Outlook desktop HTML", "Outlook on the web HTML"];

/** Runs the case in every format; `check` receives the signature as JSON and the Draft. */
function inEveryFormat(text: string, check: (json: ReturnType<typeof draftToJson>, format: string) => void): void {
  FORMATS.forEach(([format, render], k) => {
    const draft = parseDraft(render(text), format);
    check(draftToJson(draft), FORMAT_NAMES[k]);
  });
}

function signatureOf(text: string, render: (text: string) => string, format: "text" | "html") {
  return parseDraft(render(text), format).signature;
}

const REPLY = "Labdien!\n\nJūsu iesniegums ir izskatīts.\n\n";

describe("feminine job titles", () => {
  it("'Sociālā darbiniece' before the institution on one line", () => {
    const text = `${REPLY}Ar cieņu,\nAnna Liepiņa\nSociālā darbiniece, Ādažu novada Sociālais dienests\nT. 29123456`;
    inEveryFormat(text, (json) => {
      expect(json.signature).toEqual({
        name: "Anna Liepiņa",
        position: "Sociālā darbiniece",
        institution: "Ādažu novada Sociālais dienests",
        phone: "29123456",
        email: null,
        website: null,
      });
    });
  });

  it.each([
    "Sociālā darbiniece",
    "Domes priekšsēdētāja vietniece",
    "Juridiskā padomniece",
    "Īpašumu pārvaldniece",
    "Zemes mērniece",
    "Grafiskā māksliniece",
    "Lietvede",
    "Sekretāre",
    "Galvenā grāmatvede",
    "Juriste",
    "Nekustamā īpašuma speciāliste",
    "Kancelejas vadītāja",
    "Attīstības nodaļas referente",
    "Vides inspektore",
    "Klientu konsultante",
    "Izpilddirektore",
    "Sociālā pedagoģe",
    "Ģimenes psiholoģe",
    "Būvdarbu uzraudze",
    "Valdes locekle",
  ])("%j is read as the position", (position) => {
    const text = `${REPLY}Ar cieņu,\nAnna Liepiņa\n${position}, Ādažu novada pašvaldība\nT. 29123456`;
    FORMATS.forEach(([format, render]) => {
      const fields = signatureOf(text, render, format)?.fields;
      expect(fields?.name).toBe("Anna Liepiņa");
      expect(fields?.position).toBe(position);
      expect(fields?.institution).toBe("Ādažu novada pašvaldība");
    });
  });

  it.each([
    ["vietnieks", "vietniece"],
    ["padomnieks", "padomniece"],
    ["vietniek", "vietniec"],
    ["vadītājs", "vadītāja"],
    ["uzņēmējs", "uzņēmēja"],
    ["jurists", "juriste"],
    ["referents", "referente"],
    ["konsultants", "konsultante"],
    ["direktors", "direktore"],
    ["kapelāns", "kapelāne"],
    ["lietvedis", "lietvede"],
    ["sekretārs", "sekretāre"],
    ["inženieris", "inženiere"],
    ["loceklis", "locekle"],
    ["tehniķis", "tehniķe"],
    ["uzraugs", "uzraudze"],
    ["uzraug", "uzraudz"],
    ["psihologs", "psiholoģe"],
    ["pedagog", "pedagoģ"],
    ["mērs", "mēre"],
    ["speciālist", "speciālist"],
    ["vadītāj", "vadītāj"],
  ])("feminineTitle(%j) = %j", (masculine, feminine) => {
    expect(feminineTitle(masculine)).toBe(feminine);
  });

  /** Every Latvian title in the word list, masculine and feminine (nominative). */
  const TITLES: [string, string][] = [
    ["speciālists", "speciāliste"], ["vadītājs", "vadītāja"], ["referents", "referente"], ["konsultants", "konsultante"],
    ["sekretārs", "sekretāre"], ["lietvedis", "lietvede"], ["inženieris", "inženiere"], ["jurists", "juriste"],
    ["juriskonsults", "juriskonsulte"], ["direktors", "direktore"], ["izpilddirektors", "izpilddirektore"],
    ["pārvaldnieks", "pārvaldniece"], ["grāmatvedis", "grāmatvede"], ["ekonomists", "ekonomiste"],
    ["priekšsēdētājs", "priekšsēdētāja"], ["vietnieks", "vietniece"], ["padomnieks", "padomniece"],
    ["koordinators", "koordinatore"], ["asistents", "asistente"], ["administrators", "administratore"],
    ["darbinieks", "darbiniece"], ["inspektors", "inspektore"], ["arhitekts", "arhitekte"], ["eksperts", "eksperte"],
    ["analītiķis", "analītiķe"], ["menedžeris", "menedžere"], ["operators", "operatore"], ["tehniķis", "tehniķe"],
    ["dispečers", "dispečere"], ["kasieris", "kasiere"], ["bibliotekārs", "bibliotekāre"], ["skolotājs", "skolotāja"],
    ["pedagogs", "pedagoģe"], ["psihologs", "psiholoģe"], ["metodiķis", "metodiķe"], ["kurators", "kuratore"],
    ["auditors", "auditore"], ["revidents", "revidente"], ["deputāts", "deputāte"], ["lektors", "lektore"],
    ["pārzinis", "pārzine"], ["aprūpētājs", "aprūpētāja"], ["pārstāvis", "pārstāve"], ["mākslinieks", "māksliniece"],
    ["tulkotājs", "tulkotāja"], ["programmētājs", "programmētāja"], ["izstrādātājs", "izstrādātāja"],
    ["plānotājs", "plānotāja"], ["apsaimniekotājs", "apsaimniekotāja"], ["ārsts", "ārste"], ["medbrālis", "medmāsa"],
    ["feldšeris", "feldšere"], ["stratēģis", "stratēģe"], ["redaktors", "redaktore"], ["valdes loceklis", "valdes locekle"],
    ["uzraugs", "uzraudze"], ["meistars", "meistare"], ["būvinženieris", "būvinženiere"],
    ["zemes ierīcītājs", "zemes ierīcītāja"], ["mērnieks", "mērniece"], ["mērs", "mēre"],
  ];

  it("the table below names a title for every Latvian stem and whole word in the list", () => {
    const forms = TITLES.flat();
    const uncovered = POSITION_STEMS_LV.filter((stem) => !forms.some((form) => form.startsWith(stem)));
    const uncoveredWords = POSITION_WORDS_LV.filter((word) => !forms.includes(word));
    expect([...uncovered, ...uncoveredWords]).toEqual([]);
  });

  it.each(TITLES)("%j and %j are both positions", (masculine, feminine) => {
    expect(isPositionText(masculine)).toBe(true);
    expect(isPositionText(feminine)).toBe(true);
    const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);
    expect(isPositionText(`Ādažu novada pašvaldības ${feminine}`)).toBe(true);
    expect(isPositionText(capitalised(feminine))).toBe(true);
  });

  it("no listed first name is mistaken for a title", () => {
    expect([...MASCULINE_NAMES, ...FEMININE_NAMES].filter((name) => isPositionText(name))).toEqual([]);
  });

  it.each([
    ["Mērsraga pagasta pārvalde", false],
    ["Mērena slodze", false],
    ["Ādažu novada mērs", true],
    ["Anna Liepiņa", false],
  ])("isPositionText(%j) = %j (whole-word titles)", (text, expected) => {
    expect(isPositionText(text)).toBe(expected);
  });
});

describe("a job title and the name on one line", () => {
  it("'Būvvaldes vadītājs Jānis Kalniņš'", () => {
    const text = `${REPLY}Ar cieņu,\nBūvvaldes vadītājs Jānis Kalniņš\nĀdažu novada pašvaldība, tālr. 67895420`;
    inEveryFormat(text, (json) => {
      expect(json.signature).toEqual({
        name: "Jānis Kalniņš",
        position: "Būvvaldes vadītājs",
        institution: "Ādažu novada pašvaldība",
        phone: "67895420",
        email: null,
        website: null,
      });
    });
  });

  it.each([
    ["Būvvaldes vadītājs Jānis Kalniņš", "Jānis Kalniņš", "Būvvaldes vadītājs"],
    ["Sociālā darbiniece Anna Marija Liepiņa", "Anna Marija Liepiņa", "Sociālā darbiniece"],
    ["Sociālā darbiniece Dzidra Ozoliņa", "Dzidra Ozoliņa", "Sociālā darbiniece"],
    ["Jānis Kalniņš Būvvaldes vadītājs", "Jānis Kalniņš", "Būvvaldes vadītājs"],
    ["Anna Liepiņa Sociālā darbiniece", "Anna Liepiņa", "Sociālā darbiniece"],
    ["Project Manager John Smith", "John Smith", "Project Manager"],
  ])("%j: name %j, position %j", (line, name, position) => {
    expect(splitNameFromPosition(line)).toEqual({ name, position });
    const text = `${REPLY}Ar cieņu,\n${line}\nĀdažu novada pašvaldība`;
    FORMATS.forEach(([format, render]) => {
      const fields = signatureOf(text, render, format)?.fields;
      expect(fields?.name).toBe(name);
      expect(fields?.position).toBe(position);
      expect(fields?.institution).toBe("Ādažu novada pašvaldība");
    });
  });

  it.each([
    "Būvvaldes vadītājs",
    "Klientu apkalpošanas speciāliste",
    "Ādažu novada pašvaldības Kancelejas vadītāja",
    "Sales Manager Northern Europe",
    "Izglītības Nodaļas Vadītāja",
    "Senior Software Engineer",
  ])("%j is a title without a name", (line) => {
    expect(splitNameFromPosition(line)).toBeNull();
    const text = `${REPLY}Ar cieņu,\n${line}\nĀdažu novada pašvaldība`;
    FORMATS.forEach(([format, render]) => {
      const fields = signatureOf(text, render, format)?.fields;
      expect(fields?.name).toBeNull();
      expect(fields?.position).toBe(line);
    });
  });

  it("a name on its own line is kept; the title line then stays whole", () => {
    const text = `${REPLY}Ar cieņu,\nIlze Ozola\nBūvvaldes vadītāja Anna Liepiņa\nĀdažu novada pašvaldība`;
    const fields = parseDraft(text, "text").signature?.fields;
    expect(fields?.name).toBe("Ilze Ozola");
  });
});

describe("a reply signed with the name alone", () => {
  it.each([
    ["Ilze Ozola"],
    ["Jānis Bērziņš"],
    ["Anna-Marija Kalniņa-Ozola"],
    ["Anna Marija Liepiņa"],
    ["Dzidra Ozoliņa"],
  ])("%j as the last paragraph", (name) => {
    const text = `Labdien!\n\nAtvieglojums piešķirts.\n\n${name}`;
    FORMATS.forEach(([format, render], k) => {
      const draft = parseDraft(render(text), format);
      expect({ format: FORMAT_NAMES[k], source: draft.signature?.source, closing: draft.signature?.closing }).toEqual({
        format: FORMAT_NAMES[k],
        source: "trailing-block",
        closing: null,
      });
      expect(draftToJson(draft).signature).toEqual({ name, position: null, institution: null, phone: null, email: null, website: null });
      expect(draft.text.slice(draft.signature?.start, draft.signature?.end)).toBe(name);
    });
  });

  it("the name above 'Sent from my iPhone'", () => {
    const d = parseDraft("Labdien!\n\nAtvieglojums piešķirts.\n\nIlze Ozola\n\nSent from my iPhone", "text");
    expect(d.signature?.fields.name).toBe("Ilze Ozola");
    expect(d.text.slice(d.signature?.start, d.signature?.end)).toBe("Ilze Ozola");
  });

  it("a name is listed as a first name or not (both paths are tested above)", () => {
    expect(isKnownFirstName("Ilze")).toBe(true);
    expect(isKnownFirstName("Dzidra")).toBe(false);
  });

  it.each([
    "Paldies par sapratni!",
    "Ādažu novada pašvaldība",
    "Rīgas iela 12",
    "Priecīgus Svētkus",
    "Gaišus Ziemassvētkus",
    "Laimīgu Jauno Gadu",
    "Uz Tikšanos",
    "Veiksmi Jums",
    "Atvieglojums piešķirts",
    "ILZE OZOLA",
    "I. Ozola",
  ])("not a name: %j as the last paragraph", (last) => {
    const text = `Labdien!\n\nAtvieglojums piešķirts.\n\n${last}`;
    FORMATS.forEach(([format, render], k) => {
      expect({ format: FORMAT_NAMES[k], signature: signatureOf(text, render, format) }).toEqual({ format: FORMAT_NAMES[k], signature: null });
    });
  });

  it.each(["Ar cieņu", "Jauku Dienu", "Visu Labu"])("%j alone is a closing with no fields, not a name", (closing) => {
    const text = `Labdien!\n\nAtvieglojums piešķirts.\n\n${closing}`;
    FORMATS.forEach(([format, render]) => {
      const signature = signatureOf(text, render, format);
      expect(signature?.source).toBe("after-closing");
      expect(signature?.closing).toBe(closing);
      expect(signature?.fields.name).toBeNull();
    });
  });

  it.each([
    ["introduced by the line before", "Labdien!\n\nLūdzu, sazinieties ar kolēģi:\n\nIlze Ozola", outlookHtml("Labdien!\n\nLūdzu, sazinieties ar kolēģi:\n\nIlze Ozola")],
    ["the only text", "Ilze Ozola", outlookHtml("Ilze Ozola")],
    [
      "in the same paragraph as the text",
      "Labdien!\n\nAtvieglojums piešķirts.\nIlze Ozola",
      `<p class=MsoNormal>Labdien!</p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Atvieglojums piešķirts.<br>Ilze Ozola<o:p></o:p></p>`,
    ],
  ])("not a signature when %s", (_why, text, html) => {
    expect(parseDraft(text, "text").signature).toBeNull();
    expect(parseDraft(html, "html").signature).toBeNull();
  });

  it.each([
    ["Ilze Ozola", true],
    ["Dzidra Ozoliņa", true],
    ["Ilze", false],
    ["Ilze Anna Marija Ozola", false],
    ["Ilze Ozola.", false],
    ["Jauku Dienu", false],
    ["Laba Diena", false],
    ["Mūsu Komanda", false],
    ["Ādažu Novads", false],
  ])("isBareSignedName(%j) = %j", (line, expected) => {
    expect(isBareSignedName(line)).toBe(expected);
  });
});

describe("positions by Latvian agent-noun morphology (issue 15)", () => {
  it.each([
    "Būvinspektors", "Būvinspektore", "Zemes ierīkotājs", "Zemes ierīkotāja", "Pašvaldības policists", "Pašvaldības policiste",
    "Sporta organizators", "Kultūras pasākumu organizatore", "Energopārvaldnieks", "Energopārvaldniece", "Bērnu tiesību aizsardzības inspektore",
    "Sabiedrisko attiecību koordinatore", "Jaunatnes lietu darbiniece", "Ceļu būvuzraugs",
  ])("%j is a position", (position) => {
    expect(isPositionText(position)).toBe(true);
    const text = `Labdien!\n\nPaldies par Jūsu iesniegumu. Atbildi sniegsim līdz 20. novembrim.\n\nAr cieņu,\nInga Jaunzeme\n${position}\nĀdažu novada pašvaldība\nT. 67997005\ninga.jaunzeme@adazi.lv\nwww.adazunovads.lv`;
    expect(parseDraft(text, "text").signature?.fields.position).toBe(position);
  });

  it.each(["Viktors", "Gunārs", "Dārznieks", "Jānis Dārznieks", "Ilze Dārziniece", "Datu sektors", "Ūdens skaitītājs", "Inga Jaunzeme"])("%j is not a position", (text) => {
    expect(isPositionText(text)).toBe(false);
  });
});
