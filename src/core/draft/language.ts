/**
 * The draft's language: Latvian, English, Russian or other. Robust for short texts: each word
 * votes by its letters (Latvian ā ē ī ū ģ ķ ļ ņ; Cyrillic; letters only other languages use)
 * and by small stopword lists; the largest vote wins, nothing at all is "other".
 */
import type { DraftLanguage } from "./types";

const LATVIAN_STOPWORDS = [
  "un", "ir", "ka", "par", "uz", "no", "ar", "kā", "lai", "vai", "bet", "jūs", "jūsu", "jums", "mēs", "mums", "mūsu",
  "tas", "tā", "to", "tie", "šo", "šis", "šī", "arī", "pēc", "līdz", "kas", "kur", "kad", "tad", "ja", "nav", "būs",
  "bija", "tiek", "tika", "tiks", "var", "jā", "nē", "labdien", "sveiki", "paldies", "lūdzu", "cieņu", "ar cieņu",
  "informējam", "iesniegumu", "iesniegums", "pašvaldība", "pašvaldības", "novada", "gada", "dienas", "atbilde",
  "jautājums", "jautājumu", "sniegt", "gadījumā", "savukārt", "kurā", "kuru", "esam", "esat", "vēlos", "labi",
  "dokumentu", "dokumenti", "termiņš", "saņemts", "saņemam", "pieteikums", "pieteikumu", "tikai", "vēl", "jau",
  "tomēr", "starp", "pie", "pa", "pret", "bez", "caur", "tāpēc", "jo", "gan", "nekā", "ne", "šeit", "tur", "šajā",
];
const ENGLISH_STOPWORDS = [
  "the", "and", "of", "to", "a", "in", "is", "it", "you", "that", "for", "on", "with", "as", "are", "this", "be",
  "at", "or", "your", "we", "our", "will", "can", "have", "has", "from", "by", "not", "please", "thank", "thanks",
  "dear", "hello", "hi", "regards", "kind", "best", "would", "should", "could", "there", "their", "which", "what",
  "when", "if", "an", "was", "were", "been", "do", "does", "my", "me", "i", "us", "about", "any", "all", "more",
  "information", "request", "application", "reply", "sincerely", "attached", "here", "yours",
];
const RUSSIAN_STOPWORDS = [
  "и", "в", "не", "на", "что", "с", "по", "для", "как", "это", "вы", "вас", "вам", "ваш", "мы", "нас", "к", "о",
  "из", "у", "за", "от", "до", "так", "же", "но", "или", "если", "уважением", "здравствуйте", "спасибо",
  "пожалуйста", "добрый", "день",
];
/** Words of languages Latvian clients also write in, that must not count as Latvian or English. */
const OTHER_STOPWORDS = [
  // Lithuanian
  "ir", "kad", "su", "į", "yra", "dėl", "laba", "diena", "ačiū", "prašome", "pagarbiai", "jūsų", "mes", "bet", "kaip",
  // Estonian
  "ja", "on", "et", "ei", "see", "mis", "kui", "tere", "aitäh", "palun", "lugupidamisega", "teie", "meie",
  // German
  "und", "der", "die", "das", "ist", "nicht", "mit", "sie", "ich", "wir", "für", "auf", "ein", "eine", "bitte",
  "danke", "grüßen", "sehr", "geehrte",
  // Polish
  "się", "jest", "nie", "że", "dzień", "dobry", "dziękuję", "proszę", "pozdrawiam", "jak", "czy",
  // French, Spanish
  "le", "la", "les", "et", "est", "vous", "nous", "pour", "avec", "merci", "bonjour", "el", "los", "es", "por",
  "para", "gracias", "hola", "que",
];

const LATVIAN_ONLY_LETTERS = /[āēīūģķļņ]/iu;
const BALTIC_LETTERS = /[čšž]/iu;
const LITHUANIAN_LETTERS = /[ąęėįų]/iu;
const OTHER_LATIN_LETTERS = /[äöüßõàâçèéêëîïôœùûÿñłśćźżńóáíúøåæ]/iu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const UKRAINIAN_BELARUSIAN = /[іїєґў]/iu;
const RUSSIAN_ONLY = /[ыэъёЫЭЪЁ]/u;
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

function setOf(words: readonly string[]): Set<string> {
  return new Set(words);
}
const LV = setOf(LATVIAN_STOPWORDS);
const EN = setOf(ENGLISH_STOPWORDS);
const RU = setOf(RUSSIAN_STOPWORDS);
const OTHER = setOf(OTHER_STOPWORDS);

/** At most this many words are looked at: the beginning of a long text decides as well as all of it. */
const WORD_LIMIT = 3000;

export function detectLanguage(text: string): DraftLanguage {
  const score = { lv: 0, en: 0, ru: 0, other: 0 };
  WORD.lastIndex = 0;
  let words = 0;
  let cyrillic = 0;
  let ukrainianWords = 0;
  let russianWords = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && words < WORD_LIMIT) {
    words++;
    const word = m[0];
    const lower = word.toLowerCase();
    if (CYRILLIC.test(word)) {
      cyrillic += RU.has(lower) ? 2 : 1;
      if (UKRAINIAN_BELARUSIAN.test(word)) ukrainianWords++;
      if (RUSSIAN_ONLY.test(word)) russianWords++;
      continue;
    }
    if (LITHUANIAN_LETTERS.test(word) || OTHER_LATIN_LETTERS.test(word)) {
      score.other += 2;
      continue;
    }
    if (LATVIAN_ONLY_LETTERS.test(word)) score.lv += 2;
    else if (BALTIC_LETTERS.test(word)) score.lv += 1;
    if (LV.has(lower)) score.lv += 2;
    if (EN.has(lower)) score.en += 2;
    if (OTHER.has(lower) && !LV.has(lower) && !EN.has(lower)) score.other += 1.5;
  }
  // Cyrillic text is Russian unless the letters only Ukrainian and Belarusian use outnumber
  // those only Russian uses (ы, э, ъ, ё).
  if (ukrainianWords > russianWords) score.other += cyrillic + ukrainianWords;
  else score.ru += cyrillic;
  const best = (Object.keys(score) as DraftLanguage[]).reduce((a, b) => (score[b] > score[a] ? b : a), "other");
  return score[best] > 0 ? best : "other";
}
