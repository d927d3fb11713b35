/**
 * Terms for matching a client's message to model answers: words folded (no case, no diacritics, so
 * "dzivesvieta" meets "dzīvesvieta"), light stems (so "deklarēt", "deklarēšanu" and "deklarēju" share
 * most of their letters) and character n-grams of each word (so a typo costs one or two n-grams, not
 * the word). Latvian, English and Russian: Latin words get the Latvian endings stripped (they also
 * cover English plurals), Cyrillic words the common Russian case and verb endings.
 *
 * Why a stemmer of our own: the full Latvian morphology is built elsewhere (src/core/lv) and is a
 * bigger tool than matching needs; a suffix stripper plus n-grams is robust to what clients write
 * without a dictionary, and n-grams cover the consonant alternations (māja/mājoklis, bērns/bērnu)
 * a stripper alone misses.
 */
import { foldDiacritics } from "../lv/names/text";

/** Latvian endings (folded), longest first, and English ones ("-ation", "-er", plural "-s"). Latvian
 * nominatives end in a vowel or "s", so the English endings rarely cut a Latvian word. */
const LATIN_ENDINGS = [
  "ations", "ation", "ments", "ment", "ion", "ers", "er", "ly", "ajiem", "ajam", "ajai", "ajos", "ajas", "ing", "iem", "ies", "ais", "am", "as", "ai", "os", "us", "is", "es", "em", "im",
  "ie", "ei", "ij", "ju", "ed", "s", "a", "u", "i", "e", "o", "t",
];
const CYRILLIC_ENDINGS = [
  "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ться", "тся", "ешь", "ете", "ишь", "ите", "ых", "их", "ой", "ей",
  "ий", "ый", "ая", "яя", "ое", "ее", "ие", "ые", "ую", "юю", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ть", "ет", "ит",
  "ут", "ют", "ат", "ят", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
];
const MIN_STEM = 3;

/**
 * Function words and letter formulas in the three languages (folded): they say nothing about the
 * topic, and every question has them. Generic words only, never words of a topic.
 */
const STOP_WORDS = new Set(
  (
    // Latvian
    "un vai ir ka kur kad kapec kas ko kam kadu kada kads kadi kadas kuru kura kurs kuri kuras es man mani mans mana manu manas mums " +
    "mes mus musu jus jums jusu tu tev tavs tava vins vina vinu vini vinam vinai vinas tas ta to tam tie tas tur sis si so sie sim " +
    "tos tiem tai taja tas sos sie sim uz no par pie ar bez lai bet ja jo ari vel jau tikai ne nav nebija bija bus buu var varu var varam varat varetu varbut vajag " +
    "vajadzetu vajadzes ludzu ludzam paldies labdien sveiki labrit labvakar cienijamie cienijama cienijamais cienu sveicieni " +
    "sanemt sanemu sanemsu gribu gribetu gribam velos velamies zinat pastastit pateikt sakiet pasakiet paskaidrojiet tad pec pirms lidz starp caur pret " +
    "del virs zem aiz pa ap iz sava savu savs savi tagad sodien vakar ari loti kaut kas kaut kaa nu tak jeb " +
    // English
    "the a an and or is are was were be been am i my me mine we our us you your he she it its they them their this that these those " +
    "there here to of in on at for with from by about as into how what when where why who which can could would should will shall " +
    "do does did please hello hi dear thanks thank regards kind best sir madam want wanted need needs know like just also so if " +
    "not no yes any some have has had get got receive " +
    // Russian
    "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из " +
    "ему когда уже для вам ли если или нужно можно здравствуите добрыи день спасибо пожалуиста мои моя мы нас наш где какие какои " +
    "это этот эта мне могу могли бы хочу хотел хотела подскажите скажите уважаемые получить получит"
  ).split(/\s+/),
);

export function fold(text: string): string {
  return foldDiacritics(text.toLowerCase()).replace(/ё/g, "е").replace(/й/g, "и");
}

/** Folded stems of words seen lately: Unicode normalisation is the matcher's costliest step. */
const stemCache = new Map<string, string | null>();
const STEM_CACHE_SIZE = 20000;

/** The stem of a word as written, or null for a stop word, a number or a one-letter word. */
function contentStem(word: string): string | null {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const folded = fold(word);
  const result = folded.length < 2 || STOP_WORDS.has(folded) || /^\d+$/.test(folded) ? null : stem(folded);
  if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
  stemCache.set(word, result);
  return result;
}

/** The stem of a folded word: the longest known ending off, when at least MIN_STEM letters stay. */
export function stem(word: string): string {
  const cyrillic = /\p{Script=Cyrillic}/u.test(word);
  // A Latvian verb's negation is a prefix ("neizveda" — did not collect): the topic is the verb's.
  if (!cyrillic && word.length >= 7 && word.slice(0, 2) === "ne") word = word.slice(2);
  const endings = cyrillic ? CYRILLIC_ENDINGS : LATIN_ENDINGS;
  for (const ending of endings) {
    if (word.length - ending.length >= MIN_STEM && word.slice(-ending.length) === ending) return word.slice(0, -ending.length);
  }
  return word;
}

export interface Term {
  /** The word as written. */
  word: string;
  /** Folded and stemmed. */
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The content words of a text (stop words and one-letter words left out), with their offsets. */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    const stemmed = contentStem(m[0]);
    if (stemmed !== null) out.push({ word: m[0], stem: stemmed, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const GRAM = 4;

/** The character n-grams of a stem, padded so short stems and word edges count. */
const gramCache = new Map<string, string[]>();

export function grams(stemmed: string): string[] {
  const cached = gramCache.get(stemmed);
  if (cached) return cached;
  const made = makeGrams(stemmed);
  if (gramCache.size >= STEM_CACHE_SIZE) gramCache.clear();
  gramCache.set(stemmed, made);
  return made;
}

function makeGrams(stemmed: string): string[] {
  const padded = `_${stemmed}_`;
  if (padded.length <= GRAM) return [padded];
  const out: string[] = [];
  for (let i = 0; i + GRAM <= padded.length; i++) out.push(padded.slice(i, i + GRAM));
  return out;
}
