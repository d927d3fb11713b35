import type { ClauseRef, Profile } from "../types";

const c91greeting: ClauseRef = { clause: "9.1", quote: "sāk atbildi ar uzrunu un īsu ievadu" };
const c91reference: ClauseRef = {
  clause: "9.1",
  quote: "atsaucoties uz klientu aktuālo pieprasījumu vai iepriekšējo komunikāciju ar pašvaldību",
};
const c92plain: ClauseRef = { clause: "9.2", quote: "vienkāršā un saprotamā valodā izklāsta informāciju un tās pamatojumu" };
const c92links: ClauseRef = {
  clause: "9.2",
  quote: "pievieno hipersaites uz elektroniski pieejamajiem pakalpojumu aprakstiem, normatīvajiem aktiem, veidlapām un citu publiski pieejamu informāciju",
};
const c92attachments: ClauseRef = { clause: "9.2", quote: "kā arī pielikumus" };
const c93closing: ClauseRef = {
  clause: "9.3",
  quote: "nobeiguma daļā apkopo galveno vēstījumu, informē par pašvaldības vai klientu turpmākajām darbībām",
};
const c93thanks: ClauseRef = { clause: "9.3", quote: "vadoties no situācijas, pateicas vai atvainojas klientiem" };
const c94 = (quote: string): ClauseRef => ({ clause: "9.4", quote });
const c95: ClauseRef = { clause: "9.5", quote: "pirms atbildes nosūtīšanas pārlasa uzrakstīto un pārbauda pareizrakstību" };
const c574: ClauseRef = { clause: "5.7.4", quote: "prot klientiem vienkārši skaidrot sarežģītas lietas un procesus" };
const c52: ClauseRef = { clause: "5.2", quote: "personas datu konfidencialitāti un aizsardzību" };
const c512: ClauseRef = { clause: "5.1.2", quote: "veido cieņpilnu saziņu attiecībās ar klientiem" };
const c515: ClauseRef = { clause: "5.1.5", quote: "saskarsmē nepieļauj klientu aizskaršanu vai iebiedēšanu" };

/** Ādažu novada pašvaldības klientu apkalpošanas standarts (2023, Nr. 26) — the default profile. */
export const adazi: Profile = {
  id: "adazi-2023",
  name: {
    lv: "Ādažu novada pašvaldības klientu apkalpošanas standarts (2023)",
    en: "Ādaži Municipality customer service standard (2023)",
  },
  organization: { lv: "Ādažu novada pašvaldība", en: "Ādaži Municipality" },
  source: {
    title: "Ādažu novada pašvaldības klientu apkalpošanas standarts",
    issuer: "Ādažu novada pašvaldības dome",
    number: "Nr. 26",
    adopted: "2023-11-23",
    inForce: "2023-12-01",
    details: "Noteikumi, apstiprināti ar domes 2023. gada 23. novembra lēmumu (protokols Nr. 27 § 42)",
    fixture: "adazi-standarts-nr26-2023.txt",
  },
  rules: {
    greeting: { clauses: [c91greeting] },
    reference: { clauses: [c91reference] },
    closing: { clauses: [c93closing] },
    "thanks-or-apology": { clauses: [c93thanks] },
    "signature-name": { clauses: [c94("norāda savu vārdu un uzvārdu")] },
    "signature-position": { clauses: [c94("iestādi un amatu")] },
    "signature-institution": { clauses: [c94("iestādi un amatu")] },
    "signature-phone": { clauses: [c94("tālruņa numuru")] },
    "signature-email": { clauses: [c94("e-pasta adresi")] },
    "signature-website": { clauses: [c94("pašvaldības oficiālās tīmekļvietnes adresi")] },
    spelling: { clauses: [c95] },
    comma: { clauses: [c95] },
    typography: { clauses: [c95] },
    "preposition-case": { clauses: [c95] },
    "verb-agreement": { clauses: [c95] },
    jargon: { clauses: [c92plain, c574] },
    "long-sentence": { clauses: [c92plain] },
    "passive-voice": { clauses: [c92plain] },
    abbreviation: { clauses: [c92plain] },
    "link-unsafe": { clauses: [c92links] },
    "link-internal": { clauses: [c92links] },
    "link-text": { clauses: [c92links] },
    "attachment-mention": { clauses: [c92attachments] },
    "personal-code": { clauses: [c52] },
    tone: { clauses: [c515, c512] },
    "polite-you": { clauses: [c512] },
  },
  holdingReply: {
    clauses: [
      {
        clause: "8.5.1",
        quote: "atvainojas un informē par to, cik ilgā laikā un kādā formā (telefoniski, klātienē, ar e-pasta starpniecību) tiks sniegta atbilde",
      },
    ],
    byAnalogy: true,
    maxWorkingDays: null,
  },
  referral: {
    clauses: [
      {
        clause: "8.5.2",
        quote: "noskaidro atbildes pie kompetentiem darbiniekiem un noteiktajā laikā informē klientus",
      },
    ],
    byAnalogy: true,
  },
  apology: {
    clauses: [
      { clause: "5.2.4", quote: "par savu kļūdu atzīšanu, uzņemoties atbildību par tām" },
      { clause: "5.4.4", quote: "informē klientu vai iesaistītās puses par savu kļūdainu rīcību, cenšas to iespējami ātri izlabot" },
    ],
    complaintRightRequired: false,
    complaintClause: null,
  },
  complaints: {
    clauses: [
      {
        clause: "14",
        quote: "klientu sūdzības par darbinieku pieļautajiem standarta pārkāpumiem izskata darbinieku vadītāji",
      },
    ],
    handler: {
      lv: "darbinieka vadītājs; par iestāžu un struktūrvienību vadītājiem — pašvaldības izpilddirektors un viņa vietnieks; par izpilddirektoru, viņa vietnieku un domes priekšsēdētāja vietniekiem — domes priekšsēdētājs; par domes priekšsēdētāju — pašvaldības dome",
      en: "the employee's manager; for heads of institutions and units, the executive director and deputy; for the executive director, the deputy and the deputy chairs, the council chair; for the council chair, the municipal council",
    },
  },
  internalClients: [
    { clause: "10", quote: "Iekšējo klientu apkalpošanā darbinieki" },
    { clause: "10.1", quote: "bet ne vēlāk, kā vienas darbdienas laikā" },
  ],
  emailClauses: [
    {
      clause: "9",
      quote: "Darbinieki atbildes ārējiem klientiem nosūta elektroniski (e-pastā)",
      summary: {
        lv: "Atbildes ārējiem klientiem sūta e-pastā, ja vien tās nesūta kā pašvaldības vēstuli.",
        en: "Answers to external clients go by e-mail unless they are sent as a municipal letter.",
      },
      applies: "direct",
    },
    {
      ...c91greeting,
      summary: {
        lv: "Sāciet ar uzrunu un īsu ievadu, kas atsaucas uz klienta jautājumu vai iepriekšējo saziņu.",
        en: "Open with a salutation and a short intro that refers to the client's request or earlier contact.",
      },
      applies: "direct",
    },
    {
      ...c92plain,
      summary: {
        lv: "Pamatdaļā vienkāršā valodā izskaidrojiet atbildi un tās pamatojumu; pievienojiet saites uz pakalpojumu aprakstiem, normatīvajiem aktiem, veidlapām un pielikumus.",
        en: "In the body, explain the answer and its grounds in plain language; link to service descriptions, laws and forms, and attach what is needed.",
      },
      applies: "direct",
    },
    {
      ...c93closing,
      summary: {
        lv: "Nobeigumā apkopojiet galveno, pasakiet, kas notiks tālāk, un pateicieties vai atvainojieties.",
        en: "In the closing, sum up, say what happens next, and thank or apologise as the situation requires.",
      },
      applies: "direct",
    },
    {
      clause: "9.4",
      quote: "e-pasta vēstules paraksta zonā norāda savu vārdu un uzvārdu, iestādi un amatu, tālruņa numuru, e-pasta adresi un pašvaldības oficiālās tīmekļvietnes adresi",
      summary: {
        lv: "Parakstā: vārds un uzvārds, iestāde un amats, tālrunis, e-pasts un pašvaldības tīmekļvietne.",
        en: "Signature: name and surname, institution and position, phone, e-mail and the municipality's website.",
      },
      applies: "direct",
    },
    {
      ...c95,
      summary: {
        lv: "Pirms sūtīšanas pārlasiet un pārbaudiet pareizrakstību.",
        en: "Reread and check the spelling before sending.",
      },
      applies: "direct",
    },
    {
      clause: "5.1.1",
      quote: "ievēro konfidencialitāti un ētiskumu saskarsmē ar klientiem",
      summary: {
        lv: "Saziņā ar klientiem ievērojiet konfidencialitāti un ētiku.",
        en: "Keep confidentiality and ethics in contact with clients.",
      },
      applies: "direct",
    },
    {
      ...c512,
      summary: {
        lv: "Rakstiet cieņpilni (arī uzrunā „Jūs” ar lielo burtu vienai personai).",
        en: "Write respectfully (including the capitalised „Jūs” for one person).",
      },
      applies: "direct",
    },
    {
      ...c515,
      summary: {
        lv: "Nepārmetiet, nemāciet un nebiedējiet klientu.",
        en: "Do not reproach, lecture or intimidate the client.",
      },
      applies: "direct",
    },
    {
      ...c52,
      summary: {
        lv: "Neizpaudiet personas datus (piemēram, personas kodu) bez vajadzības.",
        en: "Do not disclose personal data (such as a personal code) without need.",
      },
      applies: "direct",
    },
    {
      clause: "5.3.2",
      quote: "precīzi un saprotami izskaidro problēmas risinājumus",
      summary: {
        lv: "Izskaidrojiet risinājumu precīzi un saprotami.",
        en: "Explain the solution precisely and understandably.",
      },
      applies: "direct",
    },
    {
      clause: "5.4.4",
      quote: "informē klientu vai iesaistītās puses par savu kļūdainu rīcību, cenšas to iespējami ātri izlabot",
      summary: {
        lv: "Ja kļūdījāties, pasakiet to klientam un izlabojiet iespējami ātri.",
        en: "If you made a mistake, tell the client and correct it as soon as possible.",
      },
      applies: "direct",
    },
    {
      ...c574,
      summary: {
        lv: "Sarežģītas lietas skaidrojiet vienkārši.",
        en: "Explain complex matters simply.",
      },
      applies: "direct",
    },
    {
      clause: "6.2",
      quote: "lieto iespējami vienkāršu valodu, izvairās no profesionālu terminu un žargona lietošanas",
      summary: {
        lv: "Klātienes prasība, ko der ievērot arī e-pastā: vienkārša valoda bez profesionāliem terminiem un žargona.",
        en: "A face-to-face rule worth following in e-mail too: plain language without professional terms and jargon.",
      },
      applies: "analogy",
    },
    {
      clause: "6.6",
      quote: "nekritizē klientus un neizrāda nievājošu attieksmi",
      summary: {
        lv: "Klātienes prasība, kas attiecas arī uz rakstīto toni: nekritizējiet klientu.",
        en: "A face-to-face rule that also fits written tone: do not criticise the client.",
      },
      applies: "analogy",
    },
    {
      clause: "6.11",
      quote: "informē ārējos klientus par jauniem pašvaldības pakalpojumiem un alternatīvajiem saziņas veidiem ar pašvaldību",
      summary: {
        lv: "Pastāstiet par e-pakalpojumiem un citiem saziņas veidiem (latvija.gov.lv, oficiālā e-adrese).",
        en: "Mention e-services and other ways to reach the municipality (latvija.gov.lv, official e-address).",
      },
      applies: "analogy",
    },
    {
      clause: "8.5.1",
      quote: "atvainojas un informē par to, cik ilgā laikā un kādā formā (telefoniski, klātienē, ar e-pasta starpniecību) tiks sniegta atbilde",
      summary: {
        lv: "Ja nevarat atbildēt uzreiz, atvainojieties un pasakiet, kad un kādā veidā būs atbilde (telefona prasība, e-pastā pēc analoģijas).",
        en: "If you cannot answer at once, apologise and say when and how the answer will come (a telephone rule, applied to e-mail by analogy).",
      },
      applies: "analogy",
    },
    {
      clause: "10.1",
      quote: "bet ne vēlāk, kā vienas darbdienas laikā",
      summary: {
        lv: "Kolēģiem (iekšējiem klientiem) atbildiet vienas darbdienas laikā vai pasakiet termiņu.",
        en: "Answer colleagues (internal clients) within one working day, or give a deadline.",
      },
      applies: "direct",
    },
  ],
};
