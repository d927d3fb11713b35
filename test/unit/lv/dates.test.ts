import {
  formatDateEn,
  formatDateLv,
  formatDateLvNumeric,
  isMonthNameLv,
  LATVIAN_CASES,
  monthNameLv,
  parseDate,
  parseDateLv,
  weekdayNameLv,
  type LatvianCase,
} from "../../../src/core/lv/dates";

describe("formatDateLv", () => {
  test.each<[string, LatvianCase, string]>([
    ["2026-11-18", "nominative", "2026. gada 18. novembris"],
    ["2026-11-18", "genitive", "2026. gada 18. novembra"],
    ["2026-11-27", "dative", "2026. gada 27. novembrim"],
    ["2026-11-18", "accusative", "2026. gada 18. novembri"],
    ["2026-11-22", "locative", "2026. gada 22. novembrī"],
    ["2026-04-01", "genitive", "2026. gada 1. aprīļa"],
    ["2026-03-09", "locative", "2026. gada 9. martā"],
    ["2026-07-15", "dative", "2026. gada 15. jūlijam"],
    ["2025-01-02", "accusative", "2025. gada 2. janvāri"],
  ])("%s in the %s is %s", (iso, grammaticalCase, expected) => {
    expect(formatDateLv(iso, grammaticalCase)).toBe(expected);
  });

  test("the default case is the nominative", () => {
    expect(formatDateLv("2026-05-04")).toBe("2026. gada 4. maijs");
  });

  test("rejects dates that do not exist and unknown cases", () => {
    expect(() => formatDateLv("2026-02-29", "genitive")).toThrow(RangeError);
    expect(() => formatDateLv("18.11.2026", "genitive")).toThrow(RangeError);
    expect(() => formatDateLv("2026-11-18", "vocative" as LatvianCase)).toThrow(RangeError);
  });
});

describe("month names in every case", () => {
  const table: Record<LatvianCase, string[]> = {
    nominative: ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris"],
    genitive: ["janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija", "augusta", "septembra", "oktobra", "novembra", "decembra"],
    dative: ["janvārim", "februārim", "martam", "aprīlim", "maijam", "jūnijam", "jūlijam", "augustam", "septembrim", "oktobrim", "novembrim", "decembrim"],
    accusative: ["janvāri", "februāri", "martu", "aprīli", "maiju", "jūniju", "jūliju", "augustu", "septembri", "oktobri", "novembri", "decembri"],
    locative: ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī"],
  };
  for (const grammaticalCase of LATVIAN_CASES) {
    test(`${grammaticalCase}`, () => {
      expect(table[grammaticalCase].map((_, i) => monthNameLv(i + 1, grammaticalCase))).toEqual(table[grammaticalCase]);
    });
  }
  test("isMonthNameLv: any case, or the one asked for", () => {
    for (const grammaticalCase of LATVIAN_CASES) for (const name of table[grammaticalCase]) expect(isMonthNameLv(name)).toBe(true);
    expect(isMonthNameLv("decembra", "genitive")).toBe(true);
    expect(isMonthNameLv("decembrī", "genitive")).toBe(false);
    expect(["gada", "decembr", "Decembra"].map((word) => isMonthNameLv(word))).toEqual([false, false, false]);
  });
  test("month out of range", () => {
    expect(() => monthNameLv(13)).toThrow(RangeError);
    expect(() => monthNameLv(0, "genitive")).toThrow(RangeError);
  });
});

describe("other formats", () => {
  test.each([
    ["2026-11-18", "18 November 2026"],
    ["2026-01-02", "2 January 2026"],
  ])("English %s → %s", (iso, expected) => expect(formatDateEn(iso)).toBe(expected));

  test("numeric Latvian form pads day and month and ends with a full stop", () => {
    expect(formatDateLvNumeric("2026-01-02")).toBe("02.01.2026.");
  });

  test("weekday names", () => {
    expect(weekdayNameLv("2026-11-18")).toBe("trešdiena");
    expect(weekdayNameLv("2026-11-22", "when")).toBe("svētdien");
  });
});

describe("parseDateLv / parseDate", () => {
  test.each([
    ["2026-11-18", "2026-11-18"],
    ["18.11.2026.", "2026-11-18"],
    ["18.11.2026", "2026-11-18"],
    ["  8.1.2026. ", "2026-01-08"],
    ["18. 11. 2026.", "2026-11-18"],
    ["18/11/2026", "2026-11-18"],
    ["2026. gada 18. novembrī", "2026-11-18"],
    ["2026. gada 18. novembra", "2026-11-18"],
    ["2026. gada 27. novembrim", "2026-11-27"],
    ["2026.gada 1.aprīlis", "2026-04-01"],
    ["2026. g. 1. aprīļa", "2026-04-01"],
    ["2026. GADA 18. NOVEMBRĪ", "2026-11-18"],
    ["18. novembrī 2026", "2026-11-18"],
  ])("Latvian %j → %s", (text, expected) => {
    expect(parseDateLv(text)).toBe(expected);
    expect(parseDate(text)).toBe(expected);
  });

  test.each([
    ["18 November 2026", "2026-11-18"],
    ["18 Nov 2026", "2026-11-18"],
    ["November 18, 2026", "2026-11-18"],
  ])("English %j → %s (parseDate only)", (text, expected) => {
    expect(parseDate(text)).toBe(expected);
    expect(parseDateLv(text)).toBeNull();
  });

  test.each(["31.02.2026.", "2026-13-01", "2026. gada 18. brumaire", "vakar", "", "18.11.26", "2026-11-18T10:00"])(
    "%j is not a date",
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );

  test("format and parse round-trip for every day of 2026 in every case", () => {
    for (let day = 0; day < 365; day++) {
      const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
      for (const grammaticalCase of LATVIAN_CASES) {
        expect(parseDateLv(formatDateLv(date, grammaticalCase))).toBe(date);
      }
      expect(parseDateLv(formatDateLvNumeric(date))).toBe(date);
      expect(parseDate(formatDateEn(date))).toBe(date);
    }
  });
});
