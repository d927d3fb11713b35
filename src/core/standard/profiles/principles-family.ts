/**
 * Rīga (pašvaldības administrācija), Rēzekne (2018) and Jaunpiebalga (2017) share one text of
 * principles ("pieklājība", "informācijas sniegšana", … "datu aizsardzība") with the same wording;
 * only the numbering prefix (4.x or 5.x), the recognisability and information clauses and the
 * complaints clause differ. This builds their profiles from that shared wording; the clause test
 * checks every number and quote against each standard's own text.
 */
import type { ClauseRef, LearnClause, Profile, ProfileId, SourceDocument } from "../types";
import type { Localized } from "../../vocabulary";

export interface FamilyParams {
  id: ProfileId;
  name: Localized;
  organization: Localized;
  source: SourceDocument;
  /** "4" for Rīga and Rēzekne, "5" for Jaunpiebalga. */
  principles: "4" | "5";
  /** Clause that asks for the employee's name, surname and position to be visible. */
  recognition: string;
  recognitionQuote: string;
  /** Clause on information about service procedures at the client's first request. */
  information: string;
  complaints: { clauses: ClauseRef[]; handler: Localized };
}

export function principlesProfile(p: FamilyParams): Profile {
  const n = (suffix: string) => `${p.principles}.${suffix}`;
  const polite: ClauseRef = { clause: n("1.1"), quote: "korekts, pieklājīgs un pieejams" };
  const solutions: ClauseRef = { clause: n("1.1"), quote: "precīzi un skaidri norāda problēmas risinājuma veidus un iespējas" };
  const apology: ClauseRef = {
    clause: n("1.2"),
    quote: "viņš par to atvainojas klientam un dara visu iespējamo, lai novērstu kļūdas negatīvās sekas",
  };
  const complaintRight: ClauseRef = { clause: n("1.2"), quote: "informē klientu par tiesībām iesniegt sūdzību" };
  const clear: ClauseRef = { clause: n("2.1"), quote: "Darbinieka sniegtajai informācijai jābūt skaidrai un saprotamai" };
  const referral: ClauseRef = {
    clause: n("2.3"),
    quote: "nosūta klientu pie attiecīgā speciālista, ja iespējams, norāda viņa atrašanās vietu, tālruņa numuru",
  };
  const tactful: ClauseRef = { clause: n("5.3"), quote: "koleģiāls, izpalīdzīgs un taktisks" };
  const dataLaw: ClauseRef = { clause: n("6.1"), quote: "ievēro normatīvajos aktos noteiktās datu aizsardzības prasības" };
  const dataThirdParty: ClauseRef = {
    clause: n("6.2"),
    quote: "aizliegts atklāt klientu apkalpošanas procesā saņemto informāciju trešajai personai bez attiecīga pilnvarojuma",
  };
  const recognition: ClauseRef = { clause: p.recognition, quote: p.recognitionQuote };
  const analogyNote: Localized = {
    lv: "Standarts prasa, lai klients redz darbinieka vārdu, uzvārdu un amatu; e-pastā to nodrošina paraksts.",
    en: "The standard asks that the client can see the employee's name, surname and position; in e-mail the signature does that.",
  };

  const emailClauses: LearnClause[] = [
    {
      clause: n("1.1"),
      quote: "Apkalpojot klientu klātienē vai atbildot uz vēstulēm, tālruņa zvaniem un e-pasta sūtījumiem",
      summary: {
        lv: "Arī e-pastā esiet korekts un pieklājīgs un skaidri norādiet, kā problēmu atrisināt.",
        en: "In e-mail too, be correct and polite and state clearly how the problem can be solved.",
      },
      applies: "direct",
    },
    {
      ...apology,
      summary: {
        lv: "Ja kļūdījāties un tas skar klienta tiesības vai intereses, atvainojieties, novērsiet sekas un pasakiet par tiesībām iesniegt sūdzību.",
        en: "If your mistake affects the client's rights or interests, apologise, put it right and tell them of the right to complain.",
      },
      applies: "direct",
    },
    {
      ...clear,
      summary: {
        lv: "Informācijai jābūt skaidrai un saprotamai.",
        en: "Information must be clear and understandable.",
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
    {
      ...tactful,
      summary: { lv: "Esiet izpalīdzīgs un taktisks.", en: "Be helpful and tactful." },
      applies: "direct",
    },
    {
      ...dataLaw,
      summary: {
        lv: "Apstrādājot klienta informāciju, ievērojiet datu aizsardzības prasības.",
        en: "Follow data-protection law when handling the client's information.",
      },
      applies: "direct",
    },
    {
      ...dataThirdParty,
      summary: {
        lv: "Neizpaudiet klienta informāciju trešajām personām bez pilnvarojuma.",
        en: "Do not disclose the client's information to third parties without authority.",
      },
      applies: "direct",
    },
    {
      ...recognition,
      summary: {
        lv: "Klientam jāredz jūsu vārds, uzvārds un amats — e-pastā parakstā.",
        en: "The client must see your name, surname and position — in e-mail, in the signature.",
      },
      applies: "analogy",
    },
    {
      clause: p.information,
      quote: "darbinieks sniedz informāciju par pakalpojumu saņemšanas kārtību, iesniegumu izskatīšanas procedūru",
      summary: {
        lv: "Pēc klienta pirmā pieprasījuma pastāstiet, kā saņemt pakalpojumu un kā izskata iesniegumus (saites uz aprakstiem).",
        en: "At the client's first request, explain how to obtain the service and how applications are examined (link to the descriptions).",
      },
      applies: "direct",
    },
  ];

  return {
    id: p.id,
    name: p.name,
    organization: p.organization,
    source: p.source,
    rules: {
      greeting: { clauses: [polite] },
      closing: { clauses: [solutions] },
      "thanks-or-apology": { clauses: [polite, apology] },
      "signature-name": { clauses: [recognition], byAnalogy: true, note: analogyNote },
      "signature-position": { clauses: [recognition], byAnalogy: true, note: analogyNote },
      jargon: { clauses: [clear] },
      "long-sentence": { clauses: [clear] },
      "passive-voice": { clauses: [clear] },
      abbreviation: { clauses: [clear] },
      "link-text": { clauses: [clear] },
      "personal-code": { clauses: [dataLaw, dataThirdParty] },
      tone: { clauses: [polite, tactful] },
      "polite-you": { clauses: [polite] },
    },
    holdingReply: null,
    referral: { clauses: [referral], byAnalogy: false },
    apology: { clauses: [apology], complaintRightRequired: true, complaintClause: complaintRight },
    complaints: p.complaints,
    internalClients: [],
    emailClauses,
  };
}
