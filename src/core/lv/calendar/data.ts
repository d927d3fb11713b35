/**
 * Dated calendar facts that no rule can compute: the Cabinet's working-day transfers, the
 * closing days of the General Latvian Song and Dance Festival, and one-off public holidays.
 *
 * Every entry names where it was read. Add a year here when the Cabinet adopts its order
 * (by law before 1 July of the year before); an organization can add its own through
 * `CalendarExtras` (organization.json) without a code change.
 */

export interface WorkdayTransfer {
  /** The weekday that becomes a day off. */
  from: string;
  /** The Saturday that is worked instead. */
  to: string;
  /** Where the transfer comes from (order number, or the organization's own decision). */
  source?: string;
}

/**
 * "Par darba dienu pārcelšanu <gads>. gadā" — Cabinet orders under Labour Law s. 133(4).
 * They bind institutions funded from the state budget with a Monday–Friday week and are
 * recommended to municipalities, which almost always follow them, so they apply by default
 * (`CalendarExtras.cabinetTransfers: false` switches them off).
 */
export const CABINET_TRANSFERS: readonly WorkdayTransfer[] = [
  // 2023: Friday 5 May -> Saturday 20 May. Order text quoted by nra.lv ("Gaidāmas garas
  // brīvdienas…"), drafted by the Ministry of Welfare (tvnet.lv, June 2022). Order number not
  // seen in the sources read.
  { from: "2023-05-05", to: "2023-05-20", source: "MK rīkojums “Par darba dienas pārcelšanu 2023. gadā”" },
  // 2024: Cabinet order No. 348 of 13.06.2023 (labadavana.lv "Oficiālās brīvdienas 2024. gadā";
  // the draft: delfi.lv, 2023-06): Monday 23 Dec -> Saturday 14 Dec, Monday 30 Dec -> Saturday 28 Dec.
  { from: "2024-12-23", to: "2024-12-14", source: "MK 13.06.2023. rīkojums Nr. 348" },
  { from: "2024-12-30", to: "2024-12-28", source: "MK 13.06.2023. rīkojums Nr. 348" },
  // 2025: Monday 17 Nov -> Saturday 8 Nov (Ministry of Welfare, reported by jauns.lv 2025-10-08
  // and in its 2025 November–January overview). Order number not seen in the sources read.
  { from: "2025-11-17", to: "2025-11-08", source: "MK rīkojums “Par darba dienas pārcelšanu 2025. gadā”" },
  // 2026: adopted 10.06.2025 (la.lv 2025-06; 1188.lv; jauns.lv 2026-01-17 "Šodien ir pārceltā
  // darba diena"); cited as Cabinet Order No. 330: Friday 2 Jan -> Saturday 17 Jan, Monday 22 Jun
  // -> Saturday 27 Jun.
  { from: "2026-01-02", to: "2026-01-17", source: "MK 10.06.2025. rīkojums Nr. 330" },
  { from: "2026-06-22", to: "2026-06-27", source: "MK 10.06.2025. rīkojums Nr. 330" },
];

/**
 * Closing days of the General Latvian Song and Dance Festival. Since the amendment of
 * 02.10.2014 the law makes this day a public holiday, moved to the next working day when it
 * falls on a weekend — both closings so far were Sundays, so the Monday after was the day off
 * (Preiļi and VTMEC notices for 2023; Saeima press release of 2.10.2014). The next festival
 * (2028) has no fixed closing day yet: add it here once it is announced.
 */
export const SONG_FESTIVAL_CLOSING_DAYS: readonly string[] = ["2018-07-08", "2023-07-09"];

export interface OneOffHoliday {
  date: string;
  name: string;
  nameEn: string;
  source: string;
}

/** Public holidays the Saeima declared for a single date. */
export const ONE_OFF_HOLIDAYS: readonly OneOffHoliday[] = [
  {
    date: "2018-09-24",
    name: "Viņa Svētības pāvesta Franciska vizītes diena",
    nameEn: "Day of the visit of Pope Francis",
    source: "Saeima, amendments of 21.06.2018 (saeima.lv press release)",
  },
  {
    date: "2023-05-29",
    name: "Latvijas hokeja izlases bronzas medaļas diena",
    nameEn: "Latvian ice hockey team's World Championship bronze medal day",
    source: "Saeima, 2023 (apollo.lv “Oficiāli: 29. maijs ir brīvdiena”; date-holidays LV data)",
  },
];
