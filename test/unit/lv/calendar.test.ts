import Holidays from "date-holidays";
import {
  addWorkingDays,
  CABINET_TRANSFERS,
  countWorkingDays,
  easterSunday,
  holidayOn,
  holidaysOf,
  isoDate,
  isoWeekday,
  isWorkingDay,
  nextWorkingDay,
  parseIsoDate,
  toIsoDate,
  transfersOf,
  addDaysIso,
} from "../../../src/core/lv/calendar";

const weekday = (iso: string) => isoWeekday(parseIsoDate(iso)!);

describe("Easter (Anonymous Gregorian algorithm)", () => {
  // Published Western Easter dates.
  test.each([
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("%i → %s", (year, expected) => {
    expect(toIsoDate(easterSunday(year))).toBe(expected);
  });
});

describe("the issue's fixed points", () => {
  test("18 November 2026 is a Wednesday and a public holiday", () => {
    expect(weekday("2026-11-18")).toBe(3);
    expect(holidayOn("2026-11-18")?.name).toBe("Latvijas Republikas proklamēšanas diena");
    expect(isWorkingDay("2026-11-18")).toBe(false);
  });

  test("22 November 2026 is a Sunday", () => {
    expect(weekday("2026-11-22")).toBe(7);
    expect(isWorkingDay("2026-11-22")).toBe(false);
  });

  test("one working day after Tuesday 17 November 2026 is Thursday 19 November", () => {
    expect(addWorkingDays("2026-11-17", 1)).toBe("2026-11-19");
    expect(nextWorkingDay("2026-11-17")).toBe("2026-11-19");
  });

  test("4 May 2025 was a Sunday, so Monday 5 May 2025 was a day off", () => {
    expect(weekday("2025-05-04")).toBe(7);
    expect(holidayOn("2025-05-05")?.kind).toBe("substitute");
    expect(isWorkingDay("2025-05-05")).toBe(false);
    expect(addWorkingDays("2025-05-02", 1)).toBe("2025-05-06");
  });

  test("18 November on a Saturday (2028) and Sunday (2029) moves the day off to Monday", () => {
    expect(weekday("2028-11-18")).toBe(6);
    expect(isWorkingDay("2028-11-20")).toBe(false);
    expect(weekday("2029-11-18")).toBe(7);
    expect(isWorkingDay("2029-11-19")).toBe(false);
    expect(isWorkingDay("2029-11-20")).toBe(true);
  });
});

describe("addWorkingDays counts from the day of sending, exclusive", () => {
  test.each([
    // [from, n, expected, why]
    ["2026-11-16", 1, "2026-11-17", "an ordinary Monday"],
    ["2026-11-16", 2, "2026-11-19", "skips the 18 November holiday"],
    ["2026-11-20", 1, "2026-11-23", "Friday → Monday"],
    ["2026-11-21", 1, "2026-11-23", "sent on Saturday: Saturday does not count"],
    ["2026-11-18", 1, "2026-11-19", "sent on the holiday itself"],
    ["2026-12-23", 1, "2026-12-28", "over Christmas Eve, Christmas and the weekend"],
    ["2026-12-30", 1, "2027-01-04", "over New Year's Eve, New Year and the weekend"],
    ["2026-04-02", 1, "2026-04-07", "over Easter (Good Friday to Easter Monday)"],
    ["2026-06-19", 1, "2026-06-25", "22 June given off by the 2026 transfer, 23–24 June holidays"],
    ["2026-06-19", 2, "2026-06-26", ""],
    ["2026-06-26", 1, "2026-06-27", "Saturday 27 June 2026 is a transferred working day"],
    ["2026-01-01", 1, "2026-01-05", "Friday 2 January 2026 is given off"],
    ["2026-01-16", 1, "2026-01-17", "Saturday 17 January 2026 is worked"],
    ["2026-11-17", 10, "2026-12-02", "two weeks less the holiday"],
    ["2026-11-18", 0, "2026-11-18", "zero days is the same day"],
  ])("%s + %i → %s (%s)", (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
    if (n > 0) expect(countWorkingDays(from, expected)).toBe(n);
  });

  test("rejects bad input", () => {
    expect(() => addWorkingDays("2026-11-31", 1)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-11-17", -1)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-11-17", 1.5)).toThrow(RangeError);
  });

  test("the result is always a working day and later than the start", () => {
    let from = "2024-01-01";
    for (let i = 0; i < 800; i++) {
      for (const n of [1, 2, 5]) {
        const due = addWorkingDays(from, n);
        expect(due > from).toBe(true);
        expect(isWorkingDay(due)).toBe(true);
        expect(countWorkingDays(from, due)).toBe(n);
      }
      from = addDaysIso(from, 1);
    }
  });
});

describe("working-day transfers", () => {
  test("every Cabinet transfer gives off a weekday and works a Saturday", () => {
    for (const transfer of CABINET_TRANSFERS) {
      expect(weekday(transfer.from)).toBeLessThanOrEqual(5);
      expect(weekday(transfer.to)).toBe(6);
      expect(isWorkingDay(transfer.from)).toBe(false);
      expect(isWorkingDay(transfer.to)).toBe(true);
      expect(transfer.source).toMatch(/rīkojums/);
      // Without the Cabinet's transfers the dates are ordinary again.
      expect(isWorkingDay(transfer.from, { cabinetTransfers: false })).toBe(true);
      expect(isWorkingDay(transfer.to, { cabinetTransfers: false })).toBe(false);
    }
  });

  test("transfersOf lists the year's transfers", () => {
    expect(transfersOf(2026).map((t) => [t.from, t.to])).toEqual([
      ["2026-01-02", "2026-01-17"],
      ["2026-06-22", "2026-06-27"],
    ]);
    expect(transfersOf(2025).map((t) => t.from)).toEqual(["2025-11-17"]);
  });

  test("the organization can add transfers and holidays", () => {
    const extras = {
      transfers: [{ from: "2027-05-03", to: "2027-05-15", source: "domes lēmums" }],
      extraHolidays: ["2027-05-07", { date: "2027-08-14", name: "Novada svētki" }],
    };
    expect(isWorkingDay("2027-05-03")).toBe(true);
    expect(isWorkingDay("2027-05-03", extras)).toBe(false);
    expect(isWorkingDay("2027-05-15", extras)).toBe(true);
    expect(isWorkingDay("2027-05-07", extras)).toBe(false);
    expect(holidayOn("2027-08-13", extras)).toBeNull();
    expect(holidayOn("2027-08-14", extras)).toMatchObject({ name: "Novada svētki", kind: "organization" });
    // Friday 30 April 2027 + 1: Monday 3 May given off, 4 May holiday → Wednesday 5 May.
    expect(addWorkingDays("2027-04-30", 1, extras)).toBe("2027-05-05");
    expect(addWorkingDays("2027-04-30", 1)).toBe("2027-05-03");
  });

  test("bad config is rejected with the field named", () => {
    expect(() => isWorkingDay("2027-05-03", { transfers: [{ from: "2027-05-01", to: "2027-05-15" }] })).toThrow(/from .*weekday/);
    expect(() => isWorkingDay("2027-05-03", { transfers: [{ from: "2027-05-03", to: "2027-05-16" }] })).toThrow(/Saturday/);
    expect(() => isWorkingDay("2027-05-03", { extraHolidays: ["14.08.2027"] })).toThrow(/extraHolidays/);
  });
});

describe("one-off and festival holidays", () => {
  test("29 May 2023 (ice hockey bronze) was a day off", () => {
    expect(holidayOn("2023-05-29")?.kind).toBe("one-off");
    expect(isWorkingDay("2023-05-29")).toBe(false);
  });
  test("the 2023 Song and Dance Festival closed on Sunday 9 July, so Monday 10 July was off", () => {
    expect(holidayOn("2023-07-09")?.name).toMatch(/Dziesmu un deju svētku noslēguma diena/);
    expect(isWorkingDay("2023-07-10")).toBe(false);
  });
  test("holidaysOf is sorted and has the law's holidays", () => {
    const dates = holidaysOf(2026).map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-05",
      "2026-04-06",
      "2026-05-01",
      "2026-05-04",
      "2026-05-10", // Mātes diena (always a Sunday)
      "2026-05-24", // Vasarsvētki (always a Sunday)
      "2026-06-23",
      "2026-06-24",
      "2026-11-18",
      "2026-12-24",
      "2026-12-25",
      "2026-12-26",
      "2026-12-31",
    ]);
  });
});

describe("cross-check with the date-holidays package, 2024–2035", () => {
  const reference = new Holidays("LV");

  function referencePublicDates(year: number): Set<string> {
    return new Set(
      reference
        .getHolidays(year)
        .filter((h) => h.type === "public")
        .map((h) => h.date.slice(0, 10)),
    );
  }

  for (let year = 2024; year <= 2035; year++) {
    test(`${year}: the same public holidays, except the two Sunday-only ones the law lists`, () => {
      const ours = new Set(holidaysOf(year).map((h) => h.date));
      const theirs = referencePublicDates(year);
      const onlyOurs = [...ours].filter((d) => !theirs.has(d));
      const onlyTheirs = [...theirs].filter((d) => !ours.has(d));
      // Intended difference: the law ("Par svētku, atceres un atzīmējamām dienām", art. 1) lists
      // Mātes diena (second Sunday of May) and Vasarsvētki (Pentecost) as svētku dienas;
      // date-holidays files Mothers' Day as an "observance" and omits Pentecost. Both are Sundays
      // and never change whether a day is a working day.
      // (In 2035 they fall on the same Sunday, 13 May.)
      const sundayOnly = [
        ...new Set(
          holidaysOf(year)
            .filter((h) => h.name === "Mātes diena" || h.name === "Vasarsvētki")
            .map((h) => h.date),
        ),
      ];
      expect(onlyOurs.sort()).toEqual(sundayOnly.sort());
      sundayOnly.forEach((d) => expect(weekday(d)).toBe(7));
      expect(onlyTheirs).toEqual([]);
    });

    test(`${year}: every day has the same working-day status (without the Cabinet's transfers)`, () => {
      const theirs = referencePublicDates(year);
      const differences: string[] = [];
      for (let day = parseIsoDate(isoDate(year, 1, 1))!; day.year === year; day = parseIsoDate(addDaysIso(toIsoDate(day), 1))!) {
        const iso = toIsoDate(day);
        const theirWorking = isoWeekday(day) <= 5 && !theirs.has(iso);
        if (theirWorking !== isWorkingDay(iso, { cabinetTransfers: false })) differences.push(iso);
      }
      expect(differences).toEqual([]);
    });

    test(`${year}: with the Cabinet's transfers, the only differences are the transfer days`, () => {
      const theirs = referencePublicDates(year);
      const differences: string[] = [];
      for (let day = parseIsoDate(isoDate(year, 1, 1))!; day.year === year; day = parseIsoDate(addDaysIso(toIsoDate(day), 1))!) {
        const iso = toIsoDate(day);
        const theirWorking = isoWeekday(day) <= 5 && !theirs.has(iso);
        if (theirWorking !== isWorkingDay(iso)) differences.push(iso);
      }
      // date-holidays does not model the Cabinet's orders (they bind state-funded institutions
      // and are recommended to municipalities); our default applies them.
      const transferDays = transfersOf(year).flatMap((t) => [t.from, t.to]);
      expect(differences.sort()).toEqual(transferDays.sort());
    });
  }
});
