/**
 * Acronym data for `abbreviation` (and `tone`, which must not take a long acronym such as "VARAM" for
 * a shouted word).
 */

/**
 * Acronyms a client understands without explanation, so writing them out would only get in the way.
 * Kept deliberately short; everything else is explained at first use (plain-language guidance asks
 * for that, and a municipal client cannot be expected to know the abbreviations of institutions).
 */
export const WELL_KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  // Everyday state and international names in Latvia, written as acronyms in ordinary newspapers.
  "ES", "EU", "LR", "ASV", "USA", "UK", "ANO", "NATO", "PVN", "COVID",
  // Legal forms of companies, part of a company's name ("SIA „Ādažu ūdens”").
  "SIA", "AS", "IK", "VSIA",
  // Country and currency codes as used in addresses, postal codes and amounts ("LV-2164", "25 EUR").
  "LV", "EUR",
  // Everyday technology and document words that are never written out.
  "PDF", "DOC", "DOCX", "XLS", "XLSX", "JPG", "JPEG", "PNG", "ZIP", "URL", "WWW", "SMS", "PIN", "ID",
  "IBAN", "QR", "GPS", "USB", "TV", "IT", "CV", "OK",
  // The postscript ("PS Pielikumā …").
  "PS",
]);

/**
 * Full forms of acronyms that municipal replies use often, offered as the explanation to write
 * ("Valsts ieņēmumu dienests (VID)"). Names of institutions are capitalised, common nouns are not.
 */
export const ACRONYM_EXPANSIONS: Readonly<Record<string, string>> = {
  VID: "Valsts ieņēmumu dienests",
  PMLP: "Pilsonības un migrācijas lietu pārvalde",
  VSAA: "Valsts sociālās apdrošināšanas aģentūra",
  NVA: "Nodarbinātības valsts aģentūra",
  CSDD: "Ceļu satiksmes drošības direkcija",
  VZD: "Valsts zemes dienests",
  VARAM: "Viedās administrācijas un reģionālās attīstības ministrija",
  IZM: "Izglītības un zinātnes ministrija",
  LM: "Labklājības ministrija",
  VPVKAC: "valsts un pašvaldību vienotais klientu apkalpošanas centrs",
  KAC: "klientu apkalpošanas centrs",
  NĪN: "nekustamā īpašuma nodoklis",
  IIN: "iedzīvotāju ienākuma nodoklis",
  VSAOI: "valsts sociālās apdrošināšanas obligātās iemaksas",
  BIS: "Būvniecības informācijas sistēma",
  NĪVKIS: "Nekustamā īpašuma valsts kadastra informācijas sistēma",
  VUGD: "Valsts ugunsdzēsības un glābšanas dienests",
  VDI: "Valsts darba inspekcija",
  PTAC: "Patērētāju tiesību aizsardzības centrs",
  NVD: "Nacionālais veselības dienests",
  SPKC: "Slimību profilakses un kontroles centrs",
  VDEĀVK: "Veselības un darbspēju ekspertīzes ārstu valsts komisija",
  VVD: "Valsts vides dienests",
  PVD: "Pārtikas un veterinārais dienests",
  DVI: "Datu valsts inspekcija",
  VDAR: "Vispārīgā datu aizsardzības regula",
  UR: "Uzņēmumu reģistrs",
  VP: "Valsts policija",
  LIAA: "Latvijas Investīciju un attīstības aģentūra",
  PII: "pirmsskolas izglītības iestāde",
  MK: "Ministru kabinets",
  BVKB: "Būvniecības valsts kontroles birojs",
  DAP: "Dabas aizsardzības pārvalde",
};

/** Acronyms of five letters or more that this module knows, which `tone` must not read as shouted words. */
export const LONG_KNOWN_ACRONYMS: ReadonlySet<string> = new Set(
  Object.keys(ACRONYM_EXPANSIONS)
    .concat(Array.from(WELL_KNOWN_ACRONYMS))
    .filter((a) => a.length >= 5),
);
