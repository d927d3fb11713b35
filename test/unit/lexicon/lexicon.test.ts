import {
  LEXICON,
  LEXICON_SOURCES,
  PatternError,
  buildLexicon,
  compileLexicon,
  defaultLexicon,
  findJargon,
  sourceById,
} from "../../../src/core/lv/lexicon";
import type { Token } from "../../../src/core/draft/types";

const lexicon = defaultLexicon();
const ids = (text: string, lx = lexicon) => findJargon(text, undefined, lx).map((m) => m.entry.id);

describe("the lexicon data", () => {
  it("has unique ids, known kinds, alternatives and a source that docs/sources.md lists", () => {
    const seen = new Set<string>();
    for (const e of LEXICON) {
      expect(seen.has(e.id)).toBe(false);
      seen.add(e.id);
      expect(["bureaucratese", "calque", "barbarism", "term"]).toContain(e.kind);
      expect(e.alternatives.length).toBeGreaterThan(0);
      expect(sourceById(e.sourceId)).toBeDefined();
    }
    expect(LEXICON.length).toBeGreaterThanOrEqual(165);
  });

  it("cites every source at least once", () => {
    for (const s of LEXICON_SOURCES) expect(LEXICON.some((e) => e.sourceId === s.id)).toBe(true);
  });

  it.each(LEXICON.map((e) => [e.id, e] as const))("%s matches its own example", (_id, entry) => {
    const matches = findJargon(entry.example, undefined, lexicon);
    expect(matches.map((m) => m.entry.id)).toContain(entry.id);
  });

  it("keeps the index buckets small, so matching stays linear in the number of words", () => {
    let largest = 0;
    for (const list of lexicon.index.values()) largest = Math.max(largest, list.length);
    for (const list of lexicon.prefixedIndex.values()) largest = Math.max(largest, list.length);
    expect(largest).toBeLessThanOrEqual(12);
  });
});

describe("inflection-aware matching", () => {
  it.each([
    ["Uz doto brīdi brīvu vietu nav.", "uz-doto-bridi", "Uz doto brīdi"],
    ["Dotajā brīdī rindā ir 40 bērnu.", "uz-doto-bridi", "Dotajā brīdī"],
    ["Situācija dotā brīža apstākļos ir stabila.", "uz-doto-bridi", "dotā brīža"],
    ["Lūdzu, pazvaniet mums.", "pazvanit", "pazvaniet"],
    ["Es jums pazvanīšu rīt.", "pazvanit", "pazvanīšu"],
    ["Šo normu nepielieto, ja iesniegums ir novēlots.", "pielietot", "nepielieto"],
    ["Atvieglojumu pielietoja visiem pieteicējiem.", "pielietot", "pielietoja"],
    ["Jāpieiet darbam rūpīgi.", "pieiet-darbam", "Jāpieiet darbam"],
    ["Ar šo mēs ņemam vārdu.", "nemt-vardu", "ņemam vārdu"],
    ["Iedzīvotāji pacēla svarīgu jautājumu.", "pacelt-jautajumu", "pacēla svarīgu jautājumu"],
    ["Komisija nav uzstādījusi šādu jautājumu.", "uzstadit-jautajumu", "uzstādījusi šādu jautājumu"],
    ["Termiņi atkarāsies no laikapstākļiem.", "atkaraties", "atkarāsies"],
    ["Lēmums tiks pieņemts nākošajā sēdē.", "nakosais", "nākošajā"],
    ["Veidlapu var aizpildīt, un tā aizpildīsies automātiski.", "aizpildities", "aizpildīsies"],
    ["Iesniegumus izskata vienu aiz otra.", "viens-aiz-otra", "vienu aiz otra"],
    ["Par to jums dosim zināt.", "dot-zinat", "dosim zināt"],
    ["Papildus dokumentus lūdzam atsūtīt līdz piektdienai.", "papildus-pie-lietvarda", "Papildus dokumentus"],
    ["Projektu nevajag budžetēt no jauna.", "budzetet", "budžetēt"],
    ["Budžetēšanas shēma paliek spēkā.", "budzetet", "Budžetēšanas"],
    ["Komisija konkursēs par šo līgumu.", "konkurset", "konkursēs"],
    ["Nodaļu šefoja pieredzējis speciālists.", "sefot", "šefoja"],
    ["Viņa šefo visu nodaļu.", "sefot", "šefo"],
    ["Saimnieki zemniekoja trīsdesmit gadus.", "zemniekot", "zemniekoja"],
    ["Iedzīvotāji aprunāja šo jautājumu sapulcē.", "aprunat-apspriest", "aprunāja šo jautājumu"],
    ["Lēmums novests līdz sabiedrības zināšanai.", "novest-lidz-zinai", "novests līdz sabiedrības zināšanai"],
    ["Par to rakstīja atbildīgā par sabiedriskajām attiecībām.", "atbildigais-par", "atbildīgā par"],
    ["Atbildīgie par remontu ir informēti.", "atbildigais-par", "Atbildīgie par"],
    ["Ieejas bez maksas nebūs.", "ieeja-bez-maksas", "Ieejas bez maksas"],
    ["Uz koncertu ieeja bez maksas.", "ieeja-bez-maksas", "ieeja bez maksas"],
    ["Viņa dzīvoja uz Skolas ielas.", "dzivot-uz-ielas", "dzīvoja uz Skolas ielas"],
    ["Mēs dzīvojam uz Lielās ielas.", "dzivot-uz-ielas", "dzīvojam uz Lielās ielas"],
    ["Katlu māja izgājusi no ierindas.", "iziet-no-ierindas", "izgājusi no ierindas"],
    ["Sūknis var iziet no ierindas.", "iziet-no-ierindas", "iziet no ierindas"],
    ["Preces realizēja tirgū.", "realizet", "realizēja"],
    ["Produkcijas realizācija notiek veikalā.", "realizet", "realizācija"],
    ["Kuram speciālistam jūs esat piestiprināts pie nodaļas?", "piestiprinat-cilvekus", "piestiprināts pie nodaļas"],
    ["Šī ir informācija priekš jums.", "prieks", "priekš"],
    ["Priekš darba vajadzēs dokumentus.", "prieks", "Priekš"],
    ["Lūdzu, pačekojiet to vēlreiz.", "cekot", "pačekojiet"],
    ["Mēs nečekojām pastu.", "cekot", "nečekojām"],
    ["Deadlines ir stingri.", "deadline", "Deadlines"],
    ["Līdz dedlainam atlikušas divas dienas.", "deadline", "dedlainam"],
    ["Pieteikšanās nofeiloja.", "feilot", "nofeiloja"],
    ["Tas bija pilnīgs feils.", "feilot", "feils"],
    ["Novērtēju jūsu sapratni.", "noverteju-paldies", "Novērtēju jūsu sapratni"],
    ["Novērtējam tavu atsaucību.", "noverteju-paldies", "Novērtējam tavu atsaucību"],
    ["Šim te dokumentam trūkst paraksta.", "sis-te", "Šim te"],
    ["Šie te papīri ir jāparaksta.", "sis-te", "Šie te"],
    ["Mazuļiem būs jauna grupa.", "mazuli", "Mazuļiem"],
    ["Mazulis jau ir pieteikts rindā.", "mazuli", "Mazulis"],
    ["Likums, saskaņā ar kuriem tiek rēķināts nodoklis.", "saskana-ar-kuru", "saskaņā ar kuriem"],
    ["Noteikumi, saskaņā ar kurām jārīkojas.", "saskana-ar-kuru", "saskaņā ar kurām"],
    ["Viņš ir piesardzīgs līdz absurdam.", "absurds", "absurdam"],
    ["Pārbaudē piedalīsies 10 procentu no iedzīvotājiem.", "procenti-no", "procentu no"],
  ])("“%s” → %s (“%s”)", (text, id, matched) => {
    const found = findJargon(text, undefined, lexicon);
    const m = found.find((f) => f.entry.id === id);
    expect(m).toBeDefined();
    expect(m!.text).toBe(matched);
    expect(text.slice(m!.start, m!.end)).toBe(matched);
  });

  it("prefers the longest phrase at a position and never overlaps", () => {
    const found = findJargon("Uz doto brīdi un dotajā brīdī.", undefined, lexicon);
    expect(found.map((f) => f.text)).toEqual(["Uz doto brīdi", "dotajā brīdī"]);
  });

  it("does not match across sentence ends, line breaks or punctuation between adjacent words", () => {
    expect(ids("Mēs uz doto. Brīdi vēlāk.")).toEqual([]);
    expect(ids("Par komisijas darbu nav jāraksta uz doto\nbrīdi")).toEqual([]);
    expect(ids("Viņi pacēla roku. Jautājumu uzdeva vēlāk.")).toEqual([]);
    expect(ids("Pa savam, protams.")).toEqual(["pa-savam"]);
    expect(ids("Pa, savam")).toEqual([]);
  });

  it("lets a gap hold at most two words", () => {
    expect(ids("Viņi pacēla ļoti svarīgu jautājumu.")).toEqual(["pacelt-jautajumu"]);
    expect(ids("Viņi pacēla ļoti ļoti svarīgu jautājumu.")).toEqual([]);
  });

  it("treats “par cik” in a question about amounts as correct", () => {
    expect(ids("Par cik iesniegums nav parakstīts, to nevaram izskatīt.")).toEqual(["par-cik"]);
    expect(ids("Par cik eiro palielināsies maksa?")).toEqual([]);
    expect(ids("Par cik ilgu laiku tiek izsniegta atļauja")).toEqual([]);
    expect(ids("Par cik jums jāmaksā?")).toEqual([]);
    expect(ids("Maksa pieaugs par cik 5 procentiem.")).toEqual([]);
  });
});

describe("no false alarms on ordinary sentences", () => {
  it.each([
    "Labdien! Paldies par Jūsu e-pastu par nekustamā īpašuma nodokli.",
    "Pašlaik brīvu vietu bērnudārzā nav, taču Jūsu bērns ir rindā ceturtais.",
    "Lūdzu, piezvaniet speciālistei darba laikā pa tālruni 67997005.",
    "Jūs varat izmantot e-pakalpojumu portālā latvija.gov.lv.",
    "Tā kā iesniegums nav parakstīts, lūdzam to parakstīt ar drošu elektronisko parakstu.",
    "Nākamā domes sēde notiks 27. novembrī.",
    "Papildu informāciju varat saņemt klientu centrā; papildus varat pieteikties konsultācijai.",
    "Atbildot uz Jūsu iesniegumu, pašvaldība pieņēma lēmumu piešķirt pabalstu.",
    "Lapas birst, un ietves tīra katru dienu.",
    "Mēs svinēsim novada svētkus kopā ar iedzīvotājiem.",
    "Lai dotu brīdi pārdomām, sēdi pārtrauca uz desmit minūtēm.",
    "Komisija atbalstīja pirmo variantu un ieteica to domei.",
    "Tika izskatīts jautājums par ielas apgaismojumu.",
    "Viņš nesa dokumentus uz klientu centru.",
    "Ar cieņu, Ilze Kalniņa, Ādažu novada pašvaldība, dome@adazi.lv, https://www.adazunovads.lv",
    // Ordinary municipal replies (none of these should be flagged).
    "Paldies, ka informējāt par bojāto ielas apgaismojumu Gaujas ielā.",
    "Jūsu iesniegums reģistrēts 3. martā ar numuru ĀND/1-25/123.",
    "Nekustamā īpašuma nodokļa maksāšanas paziņojumu nosūtījām uz Jūsu e-adresi.",
    "Nodokļa likme ir 1,5 % no kadastrālās vērtības.",
    "Atkritumu izvešanas grafiks pieejams pašvaldības tīmekļvietnē.",
    "Pabalsta pieprasīšanai lūdzam iesniegt ienākumu apliecinošus dokumentus.",
    "Sociālais dienests ar Jums sazināsies nākamnedēļ.",
    "Būvvaldes speciāliste apsekos objektu piektdien no rīta.",
    "Ja rodas jautājumi, lūdzu, rakstiet uz dome@adazi.lv.",
    "Lēmumu varat apstrīdēt mēneša laikā, iesniedzot iesniegumu domes priekšsēdētājam.",
    "Par ceļu uzturēšanu ir atbildīga pašvaldības iestāde “Ādažu namsaimnieks”.",
    "Mēs ar speciālistu aprunāsimies un Jums atbildēsim.",
    "Iedzīvotāji var aprunāties ar deputātiem pieņemšanas laikā.",
    "Māja ir pieslēgta centrālajai apkurei un centralizētajai ūdensapgādei.",
    "Vētra nodarīja lielu postu mežā pie ezera.",
    "Senos laikos šeit atradās muiža.",
    "Ziedojumu summa norādīta čekos, kurus pievienojāt iesniegumam.",
    "Konkursā uzvarējušajiem zemniekiem piešķirs atbalstu.",
    "Autobuss brauc pa lielam ceļam cauri Carnikavai.",
    "Meža ceļš atrodas aiz pilsētas robežas.",
    "Lai neteiktu neko lieku, atbildēsim īsi.",
    "Skolā notiekošais remonts beigsies augustā.",
    "Bērnudārza rindā pašlaik ir 40 bērnu.",
    "Piedāvājam bezmaksas konsultāciju klientu centrā Stacijas ielā 5, Carnikavā.",
    "Lūdzu, pievienojiet zemes robežu plānu un zemesgrāmatas apliecību.",
    "Dokumentus varat parakstīt ar drošu elektronisko parakstu.",
    "Iesniegums tiks izskatīts viena mēneša laikā.",
    "Pasākums notiks kultūras namā, ieeja brīva.",
    "Šis jautājums tiks skatīts domes sēdē 27. novembrī.",
    "Pašreiz brīvu vietu nav, bet Jūsu bērns ir rindā ceturtais.",
    "Lūdzam samaksāt rēķinu līdz mēneša beigām.",
    "Mājaslapā publicēts paziņojums par ūdens padeves pārtraukumu.",
  ])("%s", (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe("draft tokens", () => {
  it("uses the draft's tokens when given, with offsets into the text", () => {
    const text = "Labdien! Uz doto brīdi e-pasts nedarbojas.";
    const tokens: Token[] = [];
    const re = /[\p{L}-]+|[^\s\p{L}]/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: /\p{L}/u.test(m[0]) ? "word" : "punct" });
    }
    const found = findJargon(text, tokens, lexicon);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].start, found[0].end)).toBe("Uz doto brīdi");
  });
});

describe("organization additions and removals", () => {
  it("adds phrases written with * endings and | alternatives", () => {
    const lx = buildLexicon({
      add: [{ phrase: "^veik*|^veic* ... apmaks*", alternatives: ["samaksāt"], note: "Mūsu iestādes ieteikums." }],
      remove: [],
    });
    for (const text of ["Lūdzu veikt apmaksu līdz 15. datumam.", "Veicot apmaksu, norādiet rēķina numuru.", "Veiciet rēķina apmaksu.", "Banka veiks apmaksu rīt.", "Jūs neveicāt apmaksu."]) {
      expect(findJargon(text, undefined, lx).map((m) => m.entry.id)).toEqual(["org-veik-veic-apmaks"]);
    }
    expect(findJargon("Apmaksa ir veikta.", undefined, lx)).toEqual([]);
  });

  it("removes entries by id or by phrase", () => {
    const lx = buildLexicon({ add: [], remove: ["sakara-ar", "Uz doto brīdi"] });
    expect(ids("Sakarā ar remontu uz doto brīdi slēgts.", lx)).toEqual([]);
    expect(ids("Lūdzu, pazvaniet.", lx)).toEqual(["pazvanit"]);
  });

  it("skips additions that cannot be compiled instead of failing", () => {
    const lx = buildLexicon({ add: [{ phrase: "x ...", alternatives: ["y"] }], remove: [] });
    expect(lx.entries.length).toBe(LEXICON.length);
  });

  it("rejects malformed patterns at compile time", () => {
    const base = { id: "t", alternatives: ["x"], kind: "calque" as const, sourceId: "s", example: "" };
    expect(() => compileLexicon([{ ...base, patterns: ["a"] }])).toThrow(PatternError);
    expect(() => compileLexicon([{ ...base, patterns: ["... vārds"] }])).toThrow(PatternError);
    expect(() => compileLexicon([{ ...base, patterns: ["vārds  divi"] }])).toThrow(PatternError);
  });
});

describe("docs/sources.md", () => {
  it("lists every lexicon source with its address", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require("fs") as typeof import("fs");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = require("path") as typeof import("path");
    const doc = fs.readFileSync(path.join(__dirname, "../../../docs/sources.md"), "utf8");
    for (const s of LEXICON_SOURCES) {
      expect(doc).toContain(`\`${s.id}\``);
      expect(doc).toContain(s.url);
    }
    expect(doc).toContain(`${LEXICON_SOURCES.length} sources, ${LEXICON.length} entries`);
  });
});
