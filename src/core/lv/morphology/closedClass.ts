/**
 * The closed classes the dictionary does not describe well enough for grammar rules: which case a
 * preposition governs, the personal pronouns in every case (the dictionary has "jūs" without
 * cases), the forms of "būt" (the dictionary tags "ir" oddly) and of "iet", the conjunctions, particles, some
 * adverbs and the ordinal numerals. Written from
 * the grammar (Ceplīte & Ceplītis, Latviešu valodas praktiskā gramatika), not from any corpus.
 */
import type { Analysis, Case, GrammaticalNumber } from "./types";
import { agreementCells, DEFINITE_ENDINGS, INDEFINITE_ENDINGS, type EndingRow } from "./adjectiveEndings";
import { conditionalReadings } from "./tags";

/** The cases a preposition governs in the singular and the plural. */
export interface Government {
  sg: readonly Case[];
  pl: readonly Case[];
}

const ACC: Government = { sg: ["acc"], pl: ["dat"] };
// In the plural every Latvian preposition takes the dative ("no mājām", "pie draugiem"), so a
// genitive plural right after "no", "pēc", "pie" … is a modifier of a noun after it ("pēc staciju
// skaita"), not the whole phrase (issue 20, part H; it was allowed as old usage before, which kept
// "pēc staciju skaits" silent).
const GEN: Government = { sg: ["gen"], pl: ["dat"] };
const DAT: Government = { sg: ["dat"], pl: ["dat"] };

/** Prepositions (priekšvārdi) and the cases they govern. "uz" takes the genitive for place ("uz galda") and the accusative for direction. */
export const PREPOSITIONS: Readonly<Record<string, Government>> = {
  ap: ACC,
  ar: ACC,
  caur: ACC,
  gar: ACC,
  // "pa ceļam", "ik pa laikam": the dative singular in set phrases.
  pa: { sg: ["acc", "dat"], pl: ["dat"] },
  par: ACC,
  pār: ACC,
  pret: ACC,
  starp: ACC,
  aiz: GEN,
  ārpus: GEN,
  bez: GEN,
  kopš: GEN,
  no: GEN,
  pēc: GEN,
  pie: GEN,
  pirms: GEN,
  priekš: GEN,
  virs: GEN,
  zem: GEN,
  // "uz galdu" (direction), "uz galda" (place), but in the plural the dative for both ("uz galdiem").
  uz: { sg: ["acc", "gen"], pl: ["dat"] },
  līdz: DAT,
  līdzās: DAT,
  blakus: DAT,
  iepretī: DAT,
  iepretim: DAT,
};

/** The cases after a preposition in a number. */
export function governedCases(preposition: string, number: GrammaticalNumber): readonly Case[] {
  const government = PREPOSITIONS[preposition.toLowerCase()];
  return government ? government[number] : [];
}

/** Possessive genitives that may stand between a preposition and its noun ("par Jūsu iesniegumu", "ar mūsu palīdzību"). */
export const POSSESSIVE_GENITIVES: ReadonlySet<string> = /*#__PURE__*/ new Set(["mūsu", "jūsu", "viņa", "viņas", "viņu", "manas", "mana", "savas", "sava"]);

/**
 * Whether a word may stand in a case the preposition governs ("ar savu izglītību", "ar mums",
 * "no pilsētas"): a reading with that case, or an adjective, participle or pronoun whose ending has
 * it (the dictionary tags no case on them; agreementCells). A preposition that is also a verb form
 * ("ar": the 3rd person of "art", "līdz" of "līdzēt") is a preposition before such a word.
 */
export function mayBeGoverned(preposition: string, form: string, analyses: readonly Analysis[]): boolean {
  const governs = (c: Case | undefined, n: GrammaticalNumber | undefined) => c !== undefined && n !== undefined && governedCases(preposition, n).indexOf(c) >= 0;
  if (analyses.some((a) => (a.pos === "noun" || a.pos === "pron" || a.pos === "num") && governs(a.case, a.number))) return true;
  if (!analyses.some((a) => a.pos === "adj" || a.pos === "pron" || (a.pos === "verb" && a.participle === true))) return false;
  return agreementCells(form).some((c) => governs(c.case, c.number));
}

type Row = readonly [string, Case, GrammaticalNumber, 1 | 2 | 3, ("m" | "f")?];

/** Personal pronouns: form, case, number, person (and gender in the 3rd person). */
const PERSONAL: readonly Row[] = [
  ["es", "nom", "sg", 1], ["manis", "gen", "sg", 1], ["man", "dat", "sg", 1], ["mani", "acc", "sg", 1], ["manī", "loc", "sg", 1],
  ["tu", "nom", "sg", 2], ["tevis", "gen", "sg", 2], ["tev", "dat", "sg", 2], ["tevi", "acc", "sg", 2], ["tevī", "loc", "sg", 2],
  ["mēs", "nom", "pl", 1], ["mūsu", "gen", "pl", 1], ["mums", "dat", "pl", 1], ["mūs", "acc", "pl", 1], ["mūsos", "loc", "pl", 1],
  ["jūs", "nom", "pl", 2], ["jūsu", "gen", "pl", 2], ["jums", "dat", "pl", 2], ["jūs", "acc", "pl", 2], ["jūsos", "loc", "pl", 2],
  ["viņš", "nom", "sg", 3, "m"], ["viņa", "gen", "sg", 3, "m"], ["viņam", "dat", "sg", 3, "m"], ["viņu", "acc", "sg", 3, "m"], ["viņā", "loc", "sg", 3, "m"],
  ["viņa", "nom", "sg", 3, "f"], ["viņas", "gen", "sg", 3, "f"], ["viņai", "dat", "sg", 3, "f"], ["viņu", "acc", "sg", 3, "f"], ["viņā", "loc", "sg", 3, "f"],
  ["viņi", "nom", "pl", 3, "m"], ["viņu", "gen", "pl", 3, "m"], ["viņiem", "dat", "pl", 3, "m"], ["viņus", "acc", "pl", 3, "m"], ["viņos", "loc", "pl", 3, "m"],
  ["viņas", "nom", "pl", 3, "f"], ["viņu", "gen", "pl", 3, "f"], ["viņām", "dat", "pl", 3, "f"], ["viņas", "acc", "pl", 3, "f"], ["viņās", "loc", "pl", 3, "f"],
  ["sevis", "gen", "sg", 3], ["sev", "dat", "sg", 3], ["sevi", "acc", "sg", 3], ["sevī", "loc", "sg", 3],
];

const PERSONAL_LEMMA: Record<number, Record<string, string>> = {
  1: { sg: "es", pl: "mēs" },
  2: { sg: "tu", pl: "jūs" },
};

/** The forms of "būt" (to be): form, person, number (undefined: both), tense. */
const BE: ReadonlyArray<readonly [string, 1 | 2 | 3, GrammaticalNumber | undefined, "pres" | "past" | "fut"]> = [
  ["esmu", 1, "sg", "pres"], ["esi", 2, "sg", "pres"], ["ir", 3, undefined, "pres"], ["esam", 1, "pl", "pres"], ["esat", 2, "pl", "pres"],
  ["biju", 1, "sg", "past"], ["biji", 2, "sg", "past"], ["bija", 3, undefined, "past"], ["bijām", 1, "pl", "past"], ["bijāt", 2, "pl", "past"],
  ["būšu", 1, "sg", "fut"], ["būsi", 2, "sg", "fut"], ["būs", 3, undefined, "fut"], ["būsim", 1, "pl", "fut"], ["būsiet", 2, "pl", "fut"], ["būsit", 2, "pl", "fut"],
];

/**
 * "iet" (to go), whose present and past are suppletive: the dictionary makes them only with a
 * prefix ("aizgāja", "izeju"), so the bare verb ("gāja", "ejat") had no reading.
 */
const GO: ReadonlyArray<readonly [string, 1 | 2 | 3, GrammaticalNumber | undefined, "pres" | "past"]> = [
  ["eju", 1, "sg", "pres"], ["ej", 2, "sg", "pres"], ["iet", 3, undefined, "pres"], ["ejam", 1, "pl", "pres"], ["ejat", 2, "pl", "pres"],
  ["gāju", 1, "sg", "past"], ["gāji", 2, "sg", "past"], ["gāja", 3, undefined, "past"], ["gājām", 1, "pl", "past"], ["gājāt", 2, "pl", "past"],
];

/**
 * "vajadzēt" (to be needed), an impersonal modal with the 3rd person only ("vajag", "vajadzēja",
 * "vajadzēs", "vajadzētu"): the dictionary lists each form as a root of its own without a class.
 */
const NEED: ReadonlyArray<readonly [string, Analysis]> = [
  ["vajag", { lemma: "vajadzēt", pos: "verb", person: 3, tense: "pres", mood: "ind" }],
  ["vajadzēja", { lemma: "vajadzēt", pos: "verb", person: 3, tense: "past", mood: "ind" }],
  ["vajadzēs", { lemma: "vajadzēt", pos: "verb", person: 3, tense: "fut", mood: "ind" }],
  ["vajadzētu", { lemma: "vajadzēt", pos: "verb", person: 3, mood: "cnd" }],
  ["vajadzēt", { lemma: "vajadzēt", pos: "verb", infinitive: true }],
];

/** Coordinating and subordinating conjunctions (saikļi). */
export const CONJUNCTIONS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "un", "vai", "bet", "ka", "lai", "jo", "kad", "ja", "kamēr", "kaut", "jeb", "taču", "tomēr", "nekā", "nedz", "gan", "tāpēc", "tādēļ", "tātad", "tad", "kopš", "līdzko", "tiklīdz", "ne", "nevis",
]);

/**
 * Particles (partikulas) the dictionary leaves unclassed ("arī", "pat", "tikai") or reads only as a
 * noun's vocative ("vien" of "viens"); "gan" and "ne" are also conjunctions.
 */
const PARTICLES: readonly string[] = ["arī", "pat", "tikai", "vien", "it", "itin", "ik", "varbūt", "jel", "tak", "diezin", "jā", "nē", "gan", "ne"];

/**
 * Adverbs of degree and time that modify a number, an adjective or a verb ("tik daudz", "aptuveni
 * 20", "apmēram stundu", "vismaz divas", "gandrīz visi", "jau", "vēl", "vakar", "rīt", "parīt"): "tik"
 * and "vakar" had only a noun's vocative; "aptuveni" only the adjective's form, "apmēram" only the
 * noun's dative, "rīt" and "parīt" only verbs, "atkal" only the 2nd person of "atkalt" (those kept: real homographs).
 */
const ADVERBS: readonly string[] = ["tik", "aptuveni", "apmēram", "vismaz", "gandrīz", "jau", "vēl", "vakar", "rīt", "parīt", "atkal"];

/**
 * Ordinal numerals (kārtas skaitļa vārdi) are adjectives with the definite endings only: the
 * stems of "pirmais" … "desmitais", "vienpadsmitais" … "deviņpadsmitais", "divdesmitais" …
 * "deviņdesmitais", "simtais", "tūkstošais". The dictionary lacks "pirmais" and has some of the
 * others only as cardinals or indefinite adjectives ("otrs", "desmits").
 */
function ordinalStems(): string[] {
  const units = ["pirm", "otr", "treš", "ceturt", "piekt", "sest", "septīt", "astot", "devīt", "desmit"];
  const cardinals = ["vien", "div", "trīs", "četr", "piec", "seš", "septiņ", "astoņ", "deviņ"];
  const teens = cardinals.map((c) => c + "padsmit");
  const tens = cardinals.slice(1).map((c) => c + "desmit");
  return units.concat(teens, tens, ["simt", "tūkstoš"]);
}

/**
 * Pronouns declined like adjectives with the indefinite endings (Ceplīte & Ceplītis, "Vietniekvārdi"):
 * stem and nominative singular masculine ending. The dictionary has them without cases, and the
 * feminines of some as 4th-declension nouns ("katra", "kāda", "visa"). The lemma is the masculine
 * nominative, as for adjectives ("savu" of "savs" whatever its gender).
 */
const ADJECTIVAL_PRONOUNS: ReadonlyArray<readonly [string, string]> = [
  ["kur", "š"], ["jebkur", "š"], ["katr", "s"], ["kād", "s"], ["jebkād", "s"], ["nekād", "s"], ["tād", "s"], ["šād", "s"],
  ["cit", "s"], ["vis", "s"], ["daž", "s"], ["sav", "s"], ["man", "s"], ["tav", "s"], ["nevien", "s"], ["ikvien", "s"],
];

/** Pronouns with the plural only: "vairāki" (several), "abi" (both). */
const PLURAL_PRONOUNS: readonly string[] = ["vairāk", "ab"];

/**
 * The demonstratives "tas" and "šis", the intensive "pats" (its own stem "paš-") and the
 * interrogative-relative "kas" and its negative "nekas" (no gender or plural): form, case, number,
 * gender; the locative's older forms ("tai", "tanī", "šinī") and "šā", "šās", "šij" included.
 */
type PronounRow = readonly [string, Case, GrammaticalNumber, ("m" | "f")?];
const IRREGULAR_PRONOUNS: Readonly<Record<string, readonly PronounRow[]>> = {
  tas: [
    ["tas", "nom", "sg", "m"], ["tā", "gen", "sg", "m"], ["tam", "dat", "sg", "m"], ["to", "acc", "sg", "m"], ["tajā", "loc", "sg", "m"], ["tanī", "loc", "sg", "m"],
    ["tā", "nom", "sg", "f"], ["tās", "gen", "sg", "f"], ["tai", "dat", "sg", "f"], ["to", "acc", "sg", "f"], ["tajā", "loc", "sg", "f"], ["tai", "loc", "sg", "f"], ["tanī", "loc", "sg", "f"],
    ["tie", "nom", "pl", "m"], ["to", "gen", "pl", "m"], ["tiem", "dat", "pl", "m"], ["tos", "acc", "pl", "m"], ["tajos", "loc", "pl", "m"], ["tanīs", "loc", "pl", "m"],
    ["tās", "nom", "pl", "f"], ["to", "gen", "pl", "f"], ["tām", "dat", "pl", "f"], ["tās", "acc", "pl", "f"], ["tajās", "loc", "pl", "f"], ["tanīs", "loc", "pl", "f"],
  ],
  šis: [
    ["šis", "nom", "sg", "m"], ["šī", "gen", "sg", "m"], ["šā", "gen", "sg", "m"], ["šim", "dat", "sg", "m"], ["šo", "acc", "sg", "m"], ["šajā", "loc", "sg", "m"], ["šinī", "loc", "sg", "m"],
    ["šī", "nom", "sg", "f"], ["šīs", "gen", "sg", "f"], ["šās", "gen", "sg", "f"], ["šai", "dat", "sg", "f"], ["šij", "dat", "sg", "f"], ["šo", "acc", "sg", "f"], ["šajā", "loc", "sg", "f"], ["šai", "loc", "sg", "f"], ["šinī", "loc", "sg", "f"],
    ["šie", "nom", "pl", "m"], ["šo", "gen", "pl", "m"], ["šiem", "dat", "pl", "m"], ["šos", "acc", "pl", "m"], ["šajos", "loc", "pl", "m"], ["šinīs", "loc", "pl", "m"],
    ["šīs", "nom", "pl", "f"], ["šo", "gen", "pl", "f"], ["šīm", "dat", "pl", "f"], ["šīs", "acc", "pl", "f"], ["šajās", "loc", "pl", "f"], ["šinīs", "loc", "pl", "f"],
  ],
  pats: [
    ["pats", "nom", "sg", "m"], ["paša", "gen", "sg", "m"], ["pašam", "dat", "sg", "m"], ["pašu", "acc", "sg", "m"], ["pašā", "loc", "sg", "m"],
    ["pati", "nom", "sg", "f"], ["pašas", "gen", "sg", "f"], ["pašai", "dat", "sg", "f"], ["pašu", "acc", "sg", "f"], ["pašā", "loc", "sg", "f"],
    ["paši", "nom", "pl", "m"], ["pašu", "gen", "pl", "m"], ["pašiem", "dat", "pl", "m"], ["pašus", "acc", "pl", "m"], ["pašos", "loc", "pl", "m"],
    ["pašas", "nom", "pl", "f"], ["pašu", "gen", "pl", "f"], ["pašām", "dat", "pl", "f"], ["pašas", "acc", "pl", "f"], ["pašās", "loc", "pl", "f"],
  ],
  kas: [["kas", "nom", "sg"], ["kā", "gen", "sg"], ["kam", "dat", "sg"], ["ko", "acc", "sg"]],
  nekas: [["nekas", "nom", "sg"], ["nekā", "gen", "sg"], ["nekam", "dat", "sg"], ["neko", "acc", "sg"]],
};

/** Demonstratives stand for a noun of the 3rd person ("tas ir …"), as the personal "viņš" does. */
const THIRD_PERSON_PRONOUNS: ReadonlySet<string> = /*#__PURE__*/ new Set(["tas", "šis"]);

/** Every form of the declined pronouns with its reading (lemma: the masculine nominative singular). */
function pronounParadigms(): Array<[string, Analysis]> {
  const out: Array<[string, Analysis]> = [];
  const declined = (lemma: string, form: string, nounCase: Case, number: GrammaticalNumber, gender: "m" | "f" | undefined) => {
    const analysis: Analysis = { lemma, pos: "pron", case: nounCase, number };
    if (gender) analysis.gender = gender;
    if (THIRD_PERSON_PRONOUNS.has(lemma)) analysis.person = 3;
    out.push([form, analysis]);
  };
  const regular = (stem: string, nominative: string, rows: readonly EndingRow[]) => {
    for (const [ending, nounCase, number, gender] of rows) declined(stem + nominative, stem + (nounCase === "nom" && number === "sg" && gender === "m" ? nominative : ending), nounCase, number, gender);
  };
  for (const [stem, nominative] of ADJECTIVAL_PRONOUNS) regular(stem, nominative, INDEFINITE_ENDINGS);
  for (const stem of PLURAL_PRONOUNS) {
    for (const [ending, nounCase, number, gender] of INDEFINITE_ENDINGS) if (number === "pl") declined(stem + "i", stem + ending, nounCase, number, gender);
  }
  for (const lemma of Object.keys(IRREGULAR_PRONOUNS)) {
    for (const [form, nounCase, number, gender] of IRREGULAR_PRONOUNS[lemma]) declined(lemma, form, nounCase, number, gender);
  }
  return out;
}

/** Every closed-class reading by form, built on first use (the on-send handler bundles this file without using it). */
let table: Map<string, Analysis[]> | null = null;

function buildTable(): Map<string, Analysis[]> {
  const built = new Map<string, Analysis[]>();
  const add = (form: string, analysis: Analysis) => {
    const list = built.get(form);
    if (list) list.push(analysis);
    else built.set(form, [analysis]);
  };
  for (const [form, nounCase, number, person, gender] of PERSONAL) {
    const lemma = person === 3 ? (form.startsWith("sev") ? "sevis" : gender === "f" ? "viņa" : "viņš") : PERSONAL_LEMMA[person][number];
    const analysis: Analysis = { lemma, pos: "pron", case: nounCase, number, person };
    if (gender) analysis.gender = gender;
    if (form.startsWith("sev")) delete analysis.number;
    add(form, analysis);
  }
  for (const [form, person, number, tense] of BE) {
    const analysis: Analysis = { lemma: "būt", pos: "verb", person, tense, mood: "ind" };
    if (number) analysis.number = number;
    add(form, analysis);
    // The negative forms: nav for ir, neesmu, nebiju, nebūs …
    add(form === "ir" ? "nav" : "ne" + form, Object.assign({}, analysis, { negative: true }));
  }
  // "esot": the reported mood (atstāstījuma izteiksme) of "būt", person and number left open.
  add("esot", { lemma: "būt", pos: "verb", tense: "pres", mood: "qot" });
  add("neesot", { lemma: "būt", pos: "verb", tense: "pres", mood: "qot", negative: true });
  for (const [form, person, number, tense] of GO) {
    const analysis: Analysis = { lemma: "iet", pos: "verb", person, tense, mood: "ind" };
    if (number) analysis.number = number;
    add(form, analysis);
    add("ne" + form, Object.assign({}, analysis, { negative: true }));
  }
  // "ejot": the reported mood of "iet", as "esot" is of "būt".
  add("ejot", { lemma: "iet", pos: "verb", tense: "pres", mood: "qot" });
  add("neejot", { lemma: "iet", pos: "verb", tense: "pres", mood: "qot", negative: true });
  // "iet" is also the infinitive; the 2nd person singular "ej" also the imperative.
  add("iet", { lemma: "iet", pos: "verb", infinitive: true });
  add("neiet", { lemma: "iet", pos: "verb", infinitive: true, negative: true });
  for (const [form, analysis] of NEED) {
    add(form, analysis);
    add("ne" + form, Object.assign({}, analysis, { negative: true }));
  }
  // The infinitive and the conditional of "būt" (the dictionary's root has no part of speech).
  add("būt", { lemma: "būt", pos: "verb", infinitive: true });
  add("nebūt", { lemma: "būt", pos: "verb", infinitive: true, negative: true });
  for (const reading of conditionalReadings({ lemma: "būt", pos: "verb" })) {
    add("būtu", reading);
    add("nebūtu", Object.assign({}, reading, { negative: true }));
  }
  for (const preposition of Object.keys(PREPOSITIONS)) add(preposition, { lemma: preposition, pos: "prep" });
  for (const particle of PARTICLES) add(particle, { lemma: particle, pos: "part" });
  for (const adverb of ADVERBS) add(adverb, { lemma: adverb, pos: "adv" });
  for (const stem of ordinalStems()) {
    for (const [ending, nounCase, number, gender] of DEFINITE_ENDINGS) add(stem + ending, { lemma: stem + "ais", pos: "adj", case: nounCase, number, gender });
  }
  // "otrs" (second; the other: "viens otru") is the ordinal "otrais" with the indefinite endings, an adjective like it.
  for (const [ending, nounCase, number, gender] of INDEFINITE_ENDINGS) add("otr" + ending, { lemma: "otrs", pos: "adj", case: nounCase, number, gender });
  for (const [form, analysis] of pronounParadigms()) add(form, analysis);
  CONJUNCTIONS.forEach((conjunction) => add(conjunction, { lemma: conjunction, pos: "conj" }));
  return built;
}

/** The closed-class readings of a lower-case word (empty when it is none). */
export function closedClassAnalyses(lowerCaseWord: string): readonly Analysis[] {
  if (!table) table = buildTable();
  return table.get(lowerCaseWord) || [];
}

/** The closed-class forms one of whose readings `fits` ("iet" → "ejat": inflect() asks for forms the dictionary lacks). */
export function closedClassForms(fits: (reading: Analysis) => boolean): string[] {
  if (!table) table = buildTable();
  const forms: string[] = [];
  table.forEach((readings, form) => {
    if (readings.some(fits)) forms.push(form);
  });
  return forms;
}

/** The form of "būt" with these features, for fixes ("ir" → "esat"). */
export function formOfBe(person: 1 | 2 | 3, number: GrammaticalNumber, tense: "pres" | "past" | "fut", negative: boolean): string | undefined {
  const row = BE.find((r) => r[1] === person && r[3] === tense && (r[2] === undefined || r[2] === number));
  if (!row) return undefined;
  if (!negative) return row[0];
  return row[0] === "ir" ? "nav" : "ne" + row[0];
}
