import * as fs from "fs";
import * as path from "path";
import {
  UNISEX_NAMES,
  firstNameWithoutDiacritics,
  genderOfFirstName,
  GREETING_REASON_MESSAGES,
  parsePersonName,
  planGreeting,
  surnameGenitive,
  type Gender,
  type GreetingReason,
} from "../../../src/core/lv/names";

interface SurnameRow {
  surname: string;
  gender: Gender;
  genitive: string | null;
  class?: string;
  doubt?: string;
  note?: string;
}
interface FirstNameRow {
  name: string;
  gender: Gender | null;
}
interface SurnameFixture {
  surnames: SurnameRow[];
  uncertainSurnames: SurnameRow[];
  firstNames: FirstNameRow[];
}
interface GreetingFixture {
  ok: { fullName: string; gender: Gender; lv: { named: string; formal: string; formalCienijamais?: string }; en: string }[];
  neutral: { fullName: string; reason: GreetingReason; audience: string; en?: string }[];
}

const fixtures = path.join(__dirname, "../../fixtures/lv");
const surnames: SurnameFixture = JSON.parse(fs.readFileSync(path.join(fixtures, "surnames.json"), "utf8"));
const greetings: GreetingFixture = JSON.parse(fs.readFileSync(path.join(fixtures, "greetings.json"), "utf8"));

describe("surname genitives (test/fixtures/lv/surnames.json)", () => {
  test("the table has at least 100 different real surnames and every class", () => {
    expect(new Set(surnames.surnames.map((r) => r.surname)).size).toBeGreaterThanOrEqual(100);
    const classes = new Set(surnames.surnames.map((r) => r.class));
    for (const c of ["1st", "2nd-alternation", "2nd-plain", "3rd", "4th", "5th", "6th", "indeclinable", "double"]) expect(classes).toContain(c);
  });

  test.each(surnames.surnames.map((r) => [r.surname, r.gender, r.genitive, r.class] as const))(
    "%s (%s) → %s",
    (surname, gender, genitive, declension) => {
      const result = surnameGenitive(surname, gender);
      expect(result).toMatchObject({ genitive, certain: true, declension });
    },
  );

  test.each(surnames.uncertainSurnames.map((r) => [r.surname, r.gender, r.doubt] as const))(
    "%s (%s) is not declined with certainty (%s)",
    (surname, gender, doubt) => {
      const result = surnameGenitive(surname, gender);
      expect(result).toMatchObject({ genitive: null, certain: false, doubt });
    },
  );
});

describe("consonant alternation rules, one row per alternation (valoda.ailab.lv table)", () => {
  // Common 2nd-declension nouns written as surnames; the expected genitives are the nouns' own.
  test.each([
    ["Gulbis", "Gulbja"], // b → bj
    ["Kurmis", "Kurmja"], // m → mj
    ["Krupis", "Krupja"], // p → pj
    ["Kurvis", "Kurvja"], // v → vj
    ["Zutiņis", "Zutiņa"], // ņ stays
    ["Eglītis", "Eglīša"], // t → š
    ["Balodis", "Baloža"], // d → ž
    ["Lācis", "Lāča"], // c → č
    ["Dadzis", "Dadža"], // dz → dž
    ["Lūsis", "Lūša"], // s → š
    ["Ezītis", "Ezīša"],
    ["Lazdzis", "Lazdža"],
    ["Dzenis", "Dzeņa"], // n → ņ
    ["Valis", "Vaļa"], // l → ļ
    ["Atkusnis", "Atkušņa"], // sn → šņ
    ["Pūznis", "Pūžņa"], // zn → žņ
    ["Kāpslis", "Kāpšļa"], // sl → šļ
    ["Zizlis", "Zižļa"], // zl → žļ
    ["Zaķis", "Zaķa"], // ķ: none
    ["Skauģis", "Skauģa"], // ģ: none
    ["Mūris", "Mūra"], // r: none
    ["Simtkājis", "Simtkāja"], // j: none
    ["Strupastis", "Strupasta"], // -astis: none
    ["Tālskatis", "Tālskata"], // -skatis: none
    ["Slavinskis", "Slavinska"], // -skis: none
    ["Trockis", "Trocka"], // -ckis: none
  ])("%s → %s", (surname, genitive) => {
    expect(surnameGenitive(surname, "male")).toMatchObject({ genitive, certain: true });
  });

  test("two-syllable -tis/-dis surnames offer both forms but are not certain", () => {
    expect(surnameGenitive("Briedis", "male")).toMatchObject({ certain: false, alternatives: ["Brieža", "Brieda"] });
    expect(surnameGenitive("Zutis", "male")).toMatchObject({ certain: false, alternatives: ["Zuša", "Zuta"] });
  });

  test("-kis, -gis and vowel stems are not guessed", () => {
    expect(surnameGenitive("Lukis", "male").certain).toBe(false);
    expect(surnameGenitive("Pauis", "male").certain).toBe(false);
    expect(surnameGenitive("Baltais", "male").certain).toBe(false);
  });

  test("2nd-declension -s nouns keep their genitive", () => {
    expect(surnameGenitive("Rudens", "male")).toMatchObject({ genitive: "Rudens", declension: "2nd-s" });
    expect(surnameGenitive("Akmens", "male")).toMatchObject({ genitive: "Akmens", declension: "2nd-s" });
  });

  test("foreign spellings are not declined", () => {
    for (const surname of ["Lee", "Williams", "Müller", "Schmidt", "Meyer", "Jones"]) {
      expect(surnameGenitive(surname, "male").certain).toBe(false);
    }
  });

  test("double-barrelled: a doubtful part makes the whole doubtful", () => {
    expect(surnameGenitive("Ozola-Smith", "female").certain).toBe(false);
    expect(surnameGenitive("Bērziņš-Kalniņš", "male")).toMatchObject({ genitive: "Bērziņa-Kalniņa", certain: true });
    expect(surnameGenitive("Ozola – Kalniņa", "female")).toMatchObject({ genitive: "Ozolas-Kalniņas" });
  });
});

describe("gender from the first name", () => {
  test.each(surnames.firstNames.map((r) => [r.name, r.gender] as const))("%s → %s", (name, gender) => {
    const guess = genderOfFirstName(name);
    expect(guess.gender).toBe(gender);
    expect(guess.certain).toBe(gender !== null);
  });

  test("a name typed without diacritics is recognised", () => {
    expect(firstNameWithoutDiacritics("Janis")).toEqual(["Jānis"]);
    expect(firstNameWithoutDiacritics("Liga")).toEqual(["Līga"]);
    expect(firstNameWithoutDiacritics("Martins")).toEqual(["Mārtiņš"]);
    // A valid spelling of its own is not "missing" diacritics.
    expect(firstNameWithoutDiacritics("Marta")).toEqual([]);
    expect(firstNameWithoutDiacritics("Andris")).toEqual([]);
    expect(firstNameWithoutDiacritics("Jānis")).toEqual([]);
  });

  test("agrees with every given name in the Latvian hunspell dictionary (dictionary-lv)", () => {
    // In index.dic, given names carry the diminutive flags: P/R for masculine, T for feminine.
    const dic = fs.readFileSync(path.join(__dirname, "../../../node_modules/dictionary-lv/index.dic"), "utf8");
    const disagreements: string[] = [];
    let checked = 0;
    for (const line of dic.split("\n")) {
      const match = /^(\p{Lu}[^/\s]*)\/(\S*)\s+po:lietv\d/u.exec(line);
      if (!match) continue;
      const [, name, flags] = match;
      const expected: Gender | null = flags.includes("T") ? "female" : /[PR]/.test(flags) ? "male" : null;
      if (!expected) continue;
      checked += 1;
      const guess = genderOfFirstName(name);
      // Names listed as unisex on purpose (Nikola: a man in Serbian, a woman in Czech) give no gender.
      if (guess.source === "unisex") continue;
      if (guess.gender !== expected) disagreements.push(`${name}: ${guess.gender}`);
    }
    expect(checked).toBeGreaterThan(1000);
    expect(UNISEX_NAMES).toContain("Nikola");
    expect(disagreements).toEqual([]);
  });
});

describe("planGreeting (test/fixtures/lv/greetings.json)", () => {
  test.each(greetings.ok.map((r) => [r.fullName, r] as const))("%j: named and formal", (fullName, row) => {
    const named = planGreeting({ fullName, language: "lv", register: "named" });
    expect(named).toMatchObject({ text: row.lv.named, register: "named", certain: true, reason: "ok", audience: "one", gender: row.gender });
    const formal = planGreeting({ fullName, language: "lv", register: "formal" });
    expect(formal).toMatchObject({ text: row.lv.formal, register: "formal", certain: true });
    if (row.lv.formalCienijamais) {
      expect(planGreeting({ fullName, language: "lv", register: "formal", formalAdjective: "cienījamais" }).text).toBe(row.lv.formalCienijamais);
    }
    expect(planGreeting({ fullName, language: "en", register: "named" })).toMatchObject({ text: row.en, register: "named", certain: true });
    expect(planGreeting({ fullName, language: "en", register: "formal" }).text).toBe(row.en);
    // The neutral register stays neutral even when the name is certain.
    expect(planGreeting({ fullName, language: "lv", register: "neutral" })).toMatchObject({ text: "Labdien!", register: "neutral", certain: true });
    expect(planGreeting({ fullName, language: "en", register: "neutral" }).text).toBe("Hello,");
  });

  test.each(greetings.neutral.map((r) => [r.fullName, r] as const))("%j falls back to neutral", (fullName, row) => {
    for (const register of ["named", "formal"] as const) {
      const lv = planGreeting({ fullName, language: "lv", register });
      expect(lv).toMatchObject({ text: "Labdien!", register: "neutral", requested: register, certain: false, reason: row.reason, audience: row.audience });
      const en = planGreeting({ fullName, language: "en", register });
      if (row.en) expect(en).toMatchObject({ text: row.en, register, certain: true });
      else expect(en).toMatchObject({ text: "Hello,", register: "neutral", reason: row.reason });
    }
  });

  test("every reason has a message in both languages", () => {
    for (const [reason, message] of Object.entries(GREETING_REASON_MESSAGES)) {
      expect(`${reason}: ${message.lv}`).toMatch(/\S{3}/);
      expect(message.en.length).toBeGreaterThan(10);
    }
    const used = new Set(greetings.neutral.map((r) => r.reason));
    for (const reason of used) expect(GREETING_REASON_MESSAGES[reason]).toBeDefined();
  });

  test("rejects unknown languages and registers", () => {
    expect(() => planGreeting({ fullName: "Anna Kalniņa", language: "de" as "lv", register: "named" })).toThrow(RangeError);
    expect(() => planGreeting({ fullName: "Anna Kalniņa", language: "lv", register: "warm" as "named" })).toThrow(RangeError);
  });

  test("never throws and always gives a greeting, whatever the name", () => {
    const odd = ["<script>alert(1)</script>", "Ān\u0301na Kalniņa", "😀 Smile", "A".repeat(500), "Anna\u00a0Kalniņa", "Ø", "  ,  ", "Jānis Bērziņš jun."];
    for (const fullName of odd) {
      for (const language of ["lv", "en"] as const) {
        const plan = planGreeting({ fullName, language, register: "formal" });
        expect(plan.text.length).toBeGreaterThan(0);
        expect(plan.text).not.toMatch(/[<>]/);
      }
    }
  });
});

describe("parsePersonName", () => {
  test("splits first names and surname, drops titles, brackets and suffixes", () => {
    expect(parsePersonName("Dr. Anna Marija Kalniņa-Lapiņa (RD IKSD)")).toEqual({
      ok: true,
      name: { firstNames: ["Anna", "Marija"], surname: "Kalniņa-Lapiņa" },
    });
    expect(parsePersonName("Mr John Smith Jr.")).toEqual({ ok: true, name: { firstNames: ["John"], surname: "Smith", honorificGender: "male" } });
    expect(parsePersonName("Anna M. Kalniņa")).toEqual({ ok: true, name: { firstNames: ["Anna"], surname: "Kalniņa" } });
    expect(parsePersonName("J. Bērziņš")).toEqual({ ok: false, problem: "initials" });
    expect(parsePersonName("Ludwig van Beethoven")).toEqual({ ok: true, name: { firstNames: ["Ludwig"], surname: "van Beethoven" } });
  });
});
