export { FEMININE_EXCEPTIONS, FEMININE_NAMES, MASCULINE_EXCEPTIONS, MASCULINE_NAMES, UNISEX_NAMES } from "./firstNameData";
export { firstNameWithoutDiacritics, genderOfFirstName, isKnownFirstName, type Gender, type GenderGuess, type GenderSource } from "./gender";
export {
  GREETING_REASON_MESSAGES,
  NEUTRAL_GREETING,
  planGreeting,
  type FormalAdjective,
  type GreetingLanguage,
  type GreetingPlan,
  type GreetingReason,
  type GreetingRegister,
  type GreetingRequest,
} from "./greeting";
export { parsePersonName, type NameProblem, type ParsedPersonName, type PersonName } from "./personName";
export { surnameGenitive, type SurnameClass, type SurnameDoubt, type SurnameGenitive } from "./surname";
export { SECOND_DECLENSION_S_NOUNS, SURNAMES_WITH_DIACRITICS } from "./surnameData";
export { foldDiacritics } from "./text";
