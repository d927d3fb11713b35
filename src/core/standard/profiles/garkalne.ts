import type { ClauseRef, Profile } from "../types";

const respect: ClauseRef = { clause: "5.1", quote: "ir pieklājīgs un korekts attiecībās ar klientiem" };
const solutions: ClauseRef = { clause: "5.1.1", quote: "precīzi un skaidri norāda problēmas risinājuma veidus un iespējas" };
const confidentiality: ClauseRef = { clause: "5.1.2", quote: "ievēro konfidencialitāti un ētiskumu saskarsmē ar klientiem" };
const apology: ClauseRef = {
  clause: "5.1.4",
  quote: "viņš par to atvainojas klientam un dara visu iespējamo, lai novērstu kļūdas negatīvās sekas",
};
const simple: ClauseRef = {
  clause: "5.4.1",
  quote: "komunikācijā ar klientiem spēj vienkārši skaidrot sarežģītas lietas un procesus",
};
const tactful: ClauseRef = { clause: "5.4.3", quote: "koleģiāls, izpalīdzīgs un taktisks" };
const dataProtection: ClauseRef = { clause: "5.5", quote: "darbinieki atbildīgi izturas pret klienta datu aizsardzību" };
const clear: ClauseRef = { clause: "10.1", quote: "Darbinieka sniegtajai informācijai jābūt skaidrai un saprotamai" };
const holding: ClauseRef = {
  clause: "10.1",
  quote: "darbiniekam ir nepieciešams laiks, kurš nav ilgāks par vienu līdz divām darba dienām",
};
const referral: ClauseRef = {
  clause: "10.3",
  quote: "nosūta klientu pie attiecīgā speciālista, ja iespējams, norāda viņa atrašanās vietu, tālruņa numuru",
};
const introduce: ClauseRef = { clause: "8", quote: "norāda savu vārdu, uzvārdu un ieņemamo amatu" };

/** Pašvaldības SIA “Garkalnes komunālserviss” klientu apkalpošanas politika. */
export const garkalne: Profile = {
  id: "garkalne",
  name: {
    lv: "SIA “Garkalnes komunālserviss” klientu apkalpošanas politika",
    en: "Garkalnes komunālserviss customer service policy",
  },
  organization: { lv: "Pašvaldības SIA “Garkalnes komunālserviss”", en: "Garkalnes komunālserviss (municipal company)" },
  source: {
    title: "Klientu apkalpošanas politika",
    issuer: "Pašvaldības SIA “Garkalnes komunālserviss” (apstiprina Sabiedrības dalībnieki)",
    number: null,
    adopted: null,
    inForce: null,
    details: "Politikas īpašnieks ir valde; to pārskata ne retāk kā reizi trīs gados (15.–16. punkts).",
    fixture: "garkalnes-komunalserviss-politika.txt",
  },
  rules: {
    greeting: { clauses: [respect] },
    closing: { clauses: [solutions] },
    "thanks-or-apology": { clauses: [respect, apology] },
    "signature-name": {
      clauses: [introduce],
      byAnalogy: true,
      note: {
        lv: "Politika prasa sarunā nosaukt savu vārdu, uzvārdu un amatu; e-pastā to dara paraksts.",
        en: "The policy asks staff to give their name, surname and position in a conversation; in e-mail the signature does that.",
      },
    },
    "signature-position": {
      clauses: [introduce],
      byAnalogy: true,
      note: {
        lv: "Politika prasa sarunā nosaukt savu vārdu, uzvārdu un amatu; e-pastā to dara paraksts.",
        en: "The policy asks staff to give their name, surname and position in a conversation; in e-mail the signature does that.",
      },
    },
    jargon: { clauses: [simple, clear] },
    "long-sentence": { clauses: [simple] },
    "passive-voice": { clauses: [simple] },
    abbreviation: { clauses: [simple] },
    "link-text": { clauses: [clear] },
    "personal-code": { clauses: [dataProtection, confidentiality] },
    tone: { clauses: [respect, tactful] },
    "polite-you": { clauses: [respect] },
  },
  holdingReply: { clauses: [holding], byAnalogy: false, maxWorkingDays: 2 },
  referral: { clauses: [referral], byAnalogy: false },
  apology: { clauses: [apology], complaintRightRequired: false, complaintClause: null },
  complaints: {
    clauses: [
      { clause: "13", quote: "klientu sūdzības par politikā noteikto principu un normu pārkāpumiem izskata valdes loceklis" },
    ],
    handler: { lv: "valdes loceklis", en: "a member of the management board" },
  },
  internalClients: [],
  emailClauses: [
    {
      clause: "6.2",
      quote: "E-pastā",
      summary: {
        lv: "E-pasts ir viens no oficiālajiem apkalpošanas kanāliem — uz to attiecas visa politika.",
        en: "E-mail is one of the official service channels, so the whole policy applies to it.",
      },
      applies: "direct",
    },
    {
      ...respect,
      summary: { lv: "Esiet pieklājīgs un korekts.", en: "Be polite and correct." },
      applies: "direct",
    },
    {
      ...solutions,
      summary: {
        lv: "Precīzi un skaidri norādiet, kā problēmu atrisināt.",
        en: "State precisely and clearly how the problem can be solved.",
      },
      applies: "direct",
    },
    {
      ...confidentiality,
      summary: { lv: "Ievērojiet konfidencialitāti.", en: "Keep confidentiality." },
      applies: "direct",
    },
    {
      ...apology,
      summary: {
        lv: "Ja kļūdījāties, atvainojieties un novērsiet sekas (pienākuma norādīt sūdzības tiesības šeit nav).",
        en: "If you made a mistake, apologise and put it right (this policy sets no duty to mention the right to complain).",
      },
      applies: "direct",
    },
    {
      ...simple,
      summary: { lv: "Sarežģītas lietas skaidrojiet vienkārši.", en: "Explain complex matters simply." },
      applies: "direct",
    },
    {
      ...dataProtection,
      summary: {
        lv: "Klienta datus izmantojiet tikai pakalpojumam un nenododiet trešajām personām.",
        en: "Use client data only for the service and do not pass it to third parties.",
      },
      applies: "direct",
    },
    {
      ...introduce,
      summary: {
        lv: "Nosauciet savu vārdu, uzvārdu un amatu — e-pastā parakstā.",
        en: "Give your name, surname and position — in e-mail, in the signature.",
      },
      applies: "analogy",
    },
    {
      ...holding,
      summary: {
        lv: "Ja vajag izpētīt jautājumu, pasakiet klientam, ka atbilde būs ne vēlāk kā pēc vienas līdz divām darba dienām.",
        en: "If the question needs research, tell the client the answer will come within one to two working days at most.",
      },
      applies: "direct",
    },
    {
      ...referral,
      summary: {
        lv: "Ja jautājums nav jūsu kompetencē, paskaidrojiet, kāpēc, un nosūtiet pie speciālista: vārds, amats, vieta, tālrunis, pieņemšanas laiks.",
        en: "If the question is outside your remit, say why and refer the client to the specialist: name, position, place, phone, visiting hours.",
      },
      applies: "direct",
    },
  ],
};
