/**
 * E-government and payment vocabulary that municipal replies use every day (issue 15, cause 4),
 * with the inflected forms of the Latvian ones. Product vocabulary, not evaluation text: the
 * names as their owners publish them — Latvija.gov.lv and VRAA (eID, eParaksts, eParaksts
 * mobile, Smart-ID, e-adrese, epakalpojumi), Valsts zemes dienests (Kadastrs.lv), the
 * Ministry of Culture (DAUKS) and Būvniecības informācijas sistēma (BIS), and payment services
 * that municipal websites name (Mobilly, Swedbank, Luminor, Citadele, SEB). Words in capitals
 * (DAUKS, BIS, VRAA) are acronyms, which the spelling rule never checks.
 */
import { declinedNameForms } from "./nameForms";

/** Nominatives: each is accepted with its declined forms, as written and in lower case. */
const PRODUCT_NOMINATIVES = [
  "eID",
  "eParaksts",
  "eParakstītājs",
  "Smart-ID",
  "e-adrese",
  "epakalpojums",
  "epakalpojumi",
  "e-pakalpojums",
  "e-pakalpojumi",
  "eveselība",
  "e-veselība",
  "e-talons",
  "Kadastrs",
  "Mobilly",
  "Swedbank",
  "Luminor",
  "Citadele",
  "Lursoft",
  // the currency as Latvian legal acts name it (undeclined), beside the everyday "eiro"
  "euro",
];

function buildProductWords(): Set<string> {
  const words = new Set<string>();
  for (const nominative of PRODUCT_NOMINATIVES) {
    const plural = /i$/u.test(nominative);
    // plural nominatives (epakalpojumi): decline the singular they come from
    const forms = plural ? declinedNameForms(nominative.slice(0, -1) + "s") : declinedNameForms(nominative);
    for (const form of forms.concat([nominative])) {
      words.add(form);
      words.add(form.toLowerCase());
      for (const part of form.split("-")) if (part.length > 1) words.add(part);
    }
  }
  return words;
}

let productWords: Set<string> | null = null;

/** Whether `word` (NFC) is a form of the e-government and payment vocabulary. */
export function isProductWord(word: string): boolean {
  if (!productWords) productWords = buildProductWords();
  return productWords.has(word) || productWords.has(word.toLowerCase());
}
