import { firstNameWithoutDiacritics, genderOfFirstName, type Gender } from "./gender";
import { parsePersonName, type NameProblem, type PersonName } from "./personName";
import { surnameGenitive, type SurnameGenitive } from "./surname";
import { SURNAMES_WITH_DIACRITICS } from "./surnameData";
import { foldDiacritics, isAscii, nameKey } from "./text";

/**
 * The opening line of a reply, in the register the employee chose:
 *   neutral  "Labdien!"                  "Hello,"
 *   named    "Labdien, Kalniņas kundze!"  "Dear Ms Kalniņa,"
 *   formal   "Godātā Kalniņas kundze!"    "Dear Ms Kalniņa,"
 * Latvian uses the surname's genitive with "kungs"/"kundze" (never the vocative); English uses
 * the surname as written. Named and formal fall back to neutral unless the gender and (in
 * Latvian) the declension are certain — a neutral greeting is never wrong, a misdeclined name is.
 */

export type GreetingRegister = "neutral" | "named" | "formal";
export type GreetingLanguage = "lv" | "en";
/** The adjective of the formal register: "Godātā …"/"Godātais …" or "Cienījamā …"/"Cienījamais …". */
export type FormalAdjective = "godātais" | "cienījamais";

export interface GreetingRequest {
  fullName: string;
  language: GreetingLanguage;
  register: GreetingRegister;
  formalAdjective?: FormalAdjective;
}

export type GreetingReason =
  | "ok"
  | NameProblem
  | "no-diacritics"
  | "gender-unknown"
  | "gender-unisex"
  | "gender-mismatch"
  | "declension-uncertain";

export interface GreetingPlan {
  /** The greeting line, ready to use. */
  text: string;
  /** The register actually used (neutral after a fallback). */
  register: GreetingRegister;
  requested: GreetingRegister;
  /** Gender and (for Latvian) declension are certain: named and formal are possible. */
  certain: boolean;
  /** Why not certain ("ok" when certain). GREETING_REASON_MESSAGES explains it to the user. */
  reason: GreetingReason;
  /** One client, several (then plural "jūs" in lower case is right), or not known. */
  audience: "one" | "several" | "unknown";
  gender?: Gender;
  surname?: string;
  /** The surname's genitive (Latvian), when certain. */
  surnameGenitive?: string;
}

export const NEUTRAL_GREETING: Readonly<Record<GreetingLanguage, string>> = { lv: "Labdien!", en: "Hello," };

export const GREETING_REASON_MESSAGES: Readonly<Record<GreetingReason, { lv: string; en: string }>> = {
  ok: { lv: "Vārds, dzimte un uzvārda locījums ir droši zināmi.", en: "The name, gender and declension are certain." },
  "no-name": { lv: "Klienta vārds nav zināms.", en: "The client's name is not known." },
  "not-a-name": { lv: "Vārda laukā nav personas vārda un uzvārda.", en: "The name field does not hold a first name and a surname." },
  "not-a-person": { lv: "Šķiet, ka rakstījusi organizācija vai ģimene, nevis viena persona.", en: "The sender seems to be an organization or a family, not one person." },
  "several-people": { lv: "Klienti ir vairāki: uzrunā lietojiet neitrālu sveicienu.", en: "There are several clients: use the neutral greeting." },
  "single-name": { lv: "Norādīts tikai viens vārds, bez uzvārda.", en: "Only one name is given, without a surname." },
  initials: { lv: "Vārda vietā ir tikai iniciālis.", en: "The first name is only an initial." },
  capitals: { lv: "Vārds rakstīts ar lielajiem burtiem: nevar droši noteikt, kurš ir vārds un kurš uzvārds, un vai nav izlaistas garumzīmes.", en: "The name is in capitals: the first name, the surname and any missing diacritics cannot be told apart with certainty." },
  lowercase: { lv: "Vārds rakstīts ar mazajiem burtiem.", en: "The name is written in lower case." },
  "surname-first": { lv: "Šķiet, ka uzvārds rakstīts pirms vārda.", en: "The surname seems to come before the first name." },
  "no-diacritics": { lv: "Vārds, šķiet, rakstīts bez garumzīmēm vai mīkstinājuma zīmēm, tāpēc pareizo locījumu nevar droši noteikt.", en: "The name seems to be typed without diacritics, so its correct form is not certain." },
  "gender-unknown": { lv: "No vārda nevar droši noteikt, vai uzrunāt kungu vai kundzi.", en: "The first name does not tell whether to write Mr or Ms." },
  "gender-unisex": { lv: "Šo vārdu lieto gan vīrieši, gan sievietes.", en: "This first name is used by both men and women." },
  "gender-mismatch": { lv: "Vārds un uzvārds norāda uz atšķirīgu dzimti.", en: "The first name and the surname point to different genders." },
  "declension-uncertain": { lv: "Uzvārda ģenitīvs nav viennozīmīgs.", en: "The surname's genitive is not certain." },
};

const SURNAME_FOLDS: ReadonlySet<string> = new Set(SURNAMES_WITH_DIACRITICS.map((s) => nameKey(foldDiacritics(s))));

/** Endings that, in an all-ASCII name, stand for -iņš/-iņa, -ītis/-īte, -ējs/-ēja, -āns/-āne. */
const ASCII_LATVIAN_ENDING = /(?:ins|ina|itis|ite|ejs|eja|ans|ane)$/iu;
/** sh, ch, zh: how people write š, č, ž on keyboards without them. */
const ASCII_DIGRAPH = /[csz]h/iu;

function typedWithoutDiacritics(name: PersonName): boolean {
  if (name.firstNames.some((first) => firstNameWithoutDiacritics(first).length > 0)) return true;
  const whole = name.firstNames.join(" ") + " " + name.surname;
  if (!isAscii(whole)) return false;
  if (SURNAME_FOLDS.has(nameKey(name.surname))) return true;
  // Foreign names legitimately have no diacritics: only read the endings of Latvian-looking ones.
  const foreignFirstName = name.firstNames.every((first) => genderOfFirstName(first).source === "exception");
  if (foreignFirstName) return false;
  return name.surname.split("-").some((part) => ASCII_LATVIAN_ENDING.test(part) || ASCII_DIGRAPH.test(part));
}

interface GenderDecision {
  gender: Gender | null;
  reason: GreetingReason;
}

function decideGender(name: PersonName): GenderDecision {
  const guesses = name.firstNames.map(genderOfFirstName);
  const genders = new Set<Gender>();
  for (const guess of guesses) if (guess.certain && guess.gender) genders.add(guess.gender);
  if (name.honorificGender) genders.add(name.honorificGender);
  if (genders.size > 1) return { gender: null, reason: "gender-mismatch" };
  if (genders.size === 0) return { gender: null, reason: guesses.some((g) => g.source === "unisex") ? "gender-unisex" : "gender-unknown" };
  return { gender: [...genders][0], reason: "ok" };
}

function neutral(request: GreetingRequest, reason: GreetingReason, audience: GreetingPlan["audience"], extra: Partial<GreetingPlan> = {}): GreetingPlan {
  return {
    text: NEUTRAL_GREETING[request.language],
    register: "neutral",
    requested: request.register,
    certain: false,
    reason,
    audience,
    ...extra,
  };
}

function namedText(request: GreetingRequest, gender: Gender, surname: string, genitive: string): string {
  if (request.language === "en") return `Dear ${gender === "male" ? "Mr" : "Ms"} ${surname},`;
  const title = gender === "male" ? "kungs" : "kundze";
  if (request.register === "named") return `Labdien, ${genitive} ${title}!`;
  const adjective =
    request.formalAdjective === "cienījamais" ? (gender === "male" ? "Cienījamais" : "Cienījamā") : gender === "male" ? "Godātais" : "Godātā";
  return `${adjective} ${genitive} ${title}!`;
}

/**
 * Plans the greeting for `fullName` (the client's name as written). Always returns a usable
 * greeting; `register` says which one, `reason` why a requested named/formal one fell back.
 */
export function planGreeting(request: GreetingRequest): GreetingPlan {
  if (request.language !== "lv" && request.language !== "en") throw new RangeError(`language must be "lv" or "en", got ${JSON.stringify(request.language)}`);
  if (request.register !== "neutral" && request.register !== "named" && request.register !== "formal") {
    throw new RangeError(`register must be "neutral", "named" or "formal", got ${JSON.stringify(request.register)}`);
  }

  const parsed = parsePersonName(request.fullName);
  if (!parsed.ok) {
    const audience = parsed.problem === "several-people" ? "several" : parsed.problem === "no-name" || parsed.problem === "not-a-person" || parsed.problem === "not-a-name" ? "unknown" : "one";
    return neutral(request, parsed.problem, audience);
  }
  const name = parsed.name;
  if (typedWithoutDiacritics(name)) return neutral(request, "no-diacritics", "one", { surname: name.surname });

  const decision = decideGender(name);
  if (!decision.gender) return neutral(request, decision.reason, "one", { surname: name.surname });
  const gender = decision.gender;

  const declined: SurnameGenitive = surnameGenitive(name.surname, gender);
  if (declined.doubt === "masculine-form-for-woman" || declined.doubt === "feminine-form-for-man") {
    return neutral(request, "gender-mismatch", "one", { surname: name.surname });
  }
  if (request.language === "lv" && !declined.certain) return neutral(request, "declension-uncertain", "one", { gender, surname: name.surname });

  const genitive = declined.genitive ?? undefined;
  const details = { gender, surname: name.surname, ...(genitive ? { surnameGenitive: genitive } : {}) };
  if (request.register === "neutral") {
    return { text: NEUTRAL_GREETING[request.language], register: "neutral", requested: "neutral", certain: true, reason: "ok", audience: "one", ...details };
  }
  return {
    text: namedText(request, gender, name.surname, genitive ?? name.surname),
    register: request.register,
    requested: request.register,
    certain: true,
    reason: "ok",
    audience: "one",
    ...details,
  };
}
