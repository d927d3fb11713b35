/** The signature the composer tests sign with (a complete one: every field present). */
export const SIGNATURE = {
  name: "Ilze Ozola",
  position: "Klientu apkalpošanas speciāliste",
  institution: "Ādažu novada pašvaldība",
  phone: "67997005",
  email: "ilze.ozola@adazi.lv",
  website: "https://www.adazunovads.lv",
};
