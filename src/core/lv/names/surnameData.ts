/**
 * Surname data the declension rules cannot infer.
 */

/**
 * Frequent Latvian surnames that contain diacritics, masculine and feminine. Only used to
 * recognise the same surname typed without them ("Lacis" for Lācis, "Eglite" for Eglīte), where
 * no ending gives it away. The declension itself never depends on this list.
 */
export const SURNAMES_WITH_DIACRITICS: readonly string[] = [
  "Ābele", "Ābeltiņš", "Ābeltiņa", "Āboliņš", "Āboliņa", "Auziņš", "Auziņa", "Bērziņš", "Bērziņa", "Bērzkalns",
  "Bērzkalne", "Brūveris", "Brūvere", "Cīrulis", "Cīrule", "Dūmiņš", "Dūmiņa", "Eglītis", "Eglīte",
  "Gailītis", "Gailīte", "Grīnbergs", "Grīnberga", "Jēkabsons", "Jēkabsone", "Kalējs", "Kalēja", "Kalniņš", "Kalniņa",
  "Kārkliņš", "Kārkliņa", "Kļaviņš", "Kļaviņa", "Krastiņš", "Krastiņa", "Krūmiņš", "Krūmiņa", "Kociņš", "Kociņa",
  "Ķēniņš", "Ķēniņa", "Lācis", "Lāce", "Lapiņš", "Lapiņa", "Liepiņš", "Liepiņa", "Lūsis", "Lūse",
  "Mežulis", "Mežule", "Miķelsons", "Miķelsone", "Ozoliņš", "Ozoliņa", "Pētersons", "Pētersone", "Priedītis", "Priedīte",
  "Pūķis", "Pūķe", "Purviņš", "Purviņa", "Rancāns", "Rancāne", "Rozītis", "Rozīte", "Rudzītis", "Rudzīte",
  "Sīlis", "Sīle", "Siliņš", "Siliņa", "Skujiņš", "Skujiņa", "Sproģis", "Sproģe", "Strautiņš", "Strautiņa",
  "Šmits", "Šmite", "Ūdris", "Ūdre", "Upītis", "Upīte", "Vējiņš", "Vējiņa", "Vilcāns", "Vilcāne",
  "Vītols", "Vītola", "Zaķis", "Zaķe", "Zālītis", "Zālīte", "Zariņš", "Zariņa", "Zeltiņš", "Zeltiņa",
  "Zīle", "Ziediņš", "Ziediņa", "Zvaigzne", "Žagars", "Žagare", "Kuzņecovs", "Kuzņecova", "Ševčenko", "Vasiļjevs",
  "Vasiļjeva", "Kovaļevskis", "Kovaļevska",
];

/**
 * Nouns ending in -s whose genitive equals the nominative: the 2nd-declension akmens group
 * ("Rudens kungs") and feminine 6th-declension nouns. Surnames made from them keep that
 * genitive for men and women alike ("Klints kungs", "Klints kundze": latvietis.lv, "Uzvārdu
 * galotnes", 2009).
 */
export const SECOND_DECLENSION_S_NOUNS: readonly string[] = ["akmens", "asmens", "zibens", "ūdens", "mēness", "rudens", "suns", "sāls"];
export const SIXTH_DECLENSION_NOUNS: readonly string[] = [
  "klints", "pils", "zoss", "sirds", "zivs", "nakts", "uguns", "dzelzs", "krāsns", "govs", "acs", "auss",
];
