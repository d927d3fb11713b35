import type { Profile } from "../types";
import { principlesProfile } from "./principles-family";

/** Rīgas pilsētas pašvaldības administrācijas klientu apkalpošanas noteikumi (iekšējie noteikumi). */
export const riga: Profile = principlesProfile({
  id: "riga",
  name: {
    lv: "Rīgas pilsētas pašvaldības administrācijas klientu apkalpošanas noteikumi",
    en: "Riga City Administration customer service rules",
  },
  organization: { lv: "Rīgas pilsētas pašvaldības administrācija", en: "Riga City Administration" },
  source: {
    title: "Rīgas pilsētas pašvaldības administrācijas klientu apkalpošanas noteikumi (iekšējie noteikumi)",
    issuer: "Rīgas pilsētas izpilddirektors J. Radzevičs",
    // The copy we have carries neither a number nor a date; clause 14 repeals the 2006 rules Nr. 1-nti.
    number: null,
    adopted: null,
    inForce: null,
    details: "Aizstāj Rīgas pilsētas izpilddirektora 2006. gada 3. marta noteikumus Nr. 1-nti (14. punkts).",
    fixture: "riga-klientu-apkalposanas-noteikumi.txt",
  },
  principles: "4",
  recognition: "6",
  recognitionQuote: "darbinieka atpazīstamību nodrošina klientam redzamā vietā izvietota informācija par darbinieka vārdu, uzvārdu un ieņemamo amatu",
  information: "8",
  complaints: {
    clauses: [
      {
        clause: "12",
        quote: "klientu sūdzības par noteikumos noteikto principu un normu pārkāpumiem izskata pašvaldības administrācijas iestādes vai struktūrvienības vadītājs",
      },
    ],
    handler: {
      lv: "pašvaldības administrācijas iestādes vai struktūrvienības vadītājs",
      en: "the head of the administration's institution or unit",
    },
  },
});

/** Rēzeknes novada pašvaldības 2018. gada 7. jūnija noteikumi Nr. 30. */
export const rezekne: Profile = principlesProfile({
  id: "rezekne-2018",
  name: {
    lv: "Rēzeknes novada pašvaldības klientu apkalpošanas noteikumi (2018)",
    en: "Rēzekne Municipality customer service rules (2018)",
  },
  organization: { lv: "Rēzeknes novada pašvaldība", en: "Rēzekne Municipality" },
  source: {
    title: "Klientu apkalpošanas noteikumi Rēzeknes novada pašvaldības institūcijās",
    issuer: "Rēzeknes novada pašvaldība",
    number: "Nr. 30",
    adopted: "2018-06-07",
    inForce: null,
    details: "Protokols Nr. 13, 4. §; izdoti saskaņā ar likuma “Par pašvaldībām” 41. panta pirmās daļas 2. punktu.",
    fixture: "rezekne-noteikumi-nr30-2018.txt",
  },
  principles: "4",
  recognition: "6",
  recognitionQuote: "Iestādes darbinieka atpazīstamību nodrošina klientam redzamā vietā izvietota informācija par darbinieka vārdu, uzvārdu un ieņemamo amatu",
  information: "7",
  complaints: {
    clauses: [
      { clause: "11", quote: "klientu sūdzības par noteikumos noteikto principu un normu pārkāpumiem izskata" },
      { clause: "11.1", quote: "par darbinieku iesniegto sūdzību – Iestādes vadītājs" },
      { clause: "11.2", quote: "par Iestādes vadītāju – pašvaldības izpilddirektors" },
      { clause: "11.3", quote: "par ētikas normu pārkāpumiem – iestādes Ētikas komisijas" },
    ],
    handler: {
      lv: "iestādes vadītājs; par iestādes vadītāju — pašvaldības izpilddirektors; par ētikas normu pārkāpumiem — iestādes Ētikas komisija",
      en: "the head of the institution; for the head, the municipal executive director; for breaches of ethics, the institution's Ethics Commission",
    },
  },
});

/** Jaunpiebalgas novada domes Valsts un pašvaldības vienotā klientu apkalpošanas centra noteikumi (2017). */
export const jaunpiebalga: Profile = principlesProfile({
  id: "jaunpiebalga-2017",
  name: {
    lv: "Jaunpiebalgas novada VPVKAC klientu apkalpošanas noteikumi (2017)",
    en: "Jaunpiebalga one-stop client service centre rules (2017)",
  },
  organization: {
    lv: "Jaunpiebalgas novada domes Valsts un pašvaldības vienotais klientu apkalpošanas centrs",
    en: "Jaunpiebalga County Council one-stop state and municipal client service centre",
  },
  source: {
    title: "Jaunpiebalgas novada domes Valsts un pašvaldības vienotā klientu apkalpošanas centra klientu apkalpošanas noteikumi",
    issuer: "Jaunpiebalgas novada dome (domes priekšsēdētājs Laimis Šāvējs)",
    number: null,
    adopted: null,
    inForce: "2017-11-06",
    details: "Izdoti saskaņā ar likuma “Par pašvaldībām” 41. panta 2. punktu un Valsts pārvaldes iekārtas likumu.",
    fixture: "jaunpiebalga-kac-noteikumi-2017.txt",
  },
  principles: "5",
  recognition: "7",
  recognitionQuote: "darbinieka atpazīstamību nodrošina klientam redzamā vietā izvietota informācija par darbinieka vārdu, uzvārdu un ieņemamo amatu",
  information: "9",
  complaints: {
    clauses: [
      {
        clause: "13",
        quote: "klientu sūdzības par noteikumos noteikto principu un normu pārkāpumiem izskata Jaunpiebalgas novada domes izpilddirektors",
      },
    ],
    handler: { lv: "Jaunpiebalgas novada domes izpilddirektors", en: "the executive director of Jaunpiebalga County Council" },
  },
});
