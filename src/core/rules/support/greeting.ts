/**
 * The salutation that opens a reply, in the many forms Latvian officials (and English- and
 * Russian-speaking ones) write it: "Labdien!", "Labdien, Bērziņa kungs!", "Godātā Kalniņas
 * kundze!", "Cien. …", "Ļoti cienītā …", "Sveicināti!", "Dear …", "Hello", "Здравствуйте", a bare
 * "Bērziņa kungs!" or "Jāni!". Also says whether it addresses one person or several, which decides
 * whether the plural "jūs" is the right lower-case form (polite-you).
 */
import type { Draft, Span } from "../../draft/types";
import { isPersonName } from "../../draft/signature";
import { isKnownFirstName } from "../../lv/names";
import { compilePhrases, draftWords, phraseAt, wordRange, type MatchWord } from "./phrases";
import { bodyEnd, contentStart } from "./structure";

export type Audience = "one" | "several" | "unknown";

export interface Greeting extends Span {
  /** Who the greeting addresses: one person, several (plural "jūs" is then lower case), or not said. */
  audience: Audience;
}

/** Words that open a greeting, matched at the very start of the reply. */
const OPENERS = compilePhrases([
  // Latvian
  "labdien*", "labrīt*", "labvakar*", "laba|labu|labs|labas diena|dienu|dienas|rīts|rītu|vakars|vakaru",
  "sveik*", "sveicināt*", "sveicinu", "sveicieni", "čau",
  "godāt*", "godājam*", "cienījam*", "cien", "cienīt*", "ļoti|augsti cien*|godāt*",
  "mīļie|mīļā|mīļais|mīļās|dārgie|dārgā|dārgais|dārgās",
  // English
  "dear|dearest", "hello|hi|hey|hallo|greetings", "good morning|afternoon|evening|day",
  "to whom it may concern", "ladies and gentlemen", "sir|sirs|madam",
  // Russian
  "здравствуй*", "добрый|доброе|доброго|доброй день|утро|вечер|дня|утра|вечера", "уважаем*", "многоуважаем*",
  "привет*", "приветствую", "дорог*",
  // Neighbouring languages a client may be answered in
  "guten tag|morgen|abend", "sehr geehrt*", "liebe|lieber", "tere*", "labas", "dzień dobry", "szanown*", "bonjour", "hola",
]);

/** A title in a greeting that names one person ("Bērziņa kungs", "Ms Kalniņa"). */
const SINGULAR_TITLES = new Set(["kungs", "kundze", "jaunkundze", "mr", "mrs", "ms", "miss", "dr", "sir", "madam", "господин", "госпожа"]);
/** Forms that address one person. */
const SINGULAR_WORDS = new Set([
  "godātā", "godātais", "godājamā", "godājamais", "cienījamā", "cienījamais", "cienītā", "cienītais", "mīļā", "mīļais", "dārgā",
  "dārgais", "уважаемый", "уважаемая", "дорогой", "дорогая",
]);
/** Forms that address several people: plural adjectives and nouns, "all", a family. */
const PLURAL_WORDS = new Set([
  "godātie", "godātās", "godājamie", "godājamās", "cienījamie", "cienījamās", "cienītie", "cienītās", "mīļie", "mīļās", "dārgie",
  "dārgās", "kolēģi", "kolēģes", "vecāki", "iedzīvotāji", "iedzīvotājas", "kungi", "dāmas", "klienti", "klientes", "biedri",
  "biedres", "draugi", "partneri", "pārstāvji", "īpašnieki", "īpašnieces", "skolēni", "audzēkņi", "studenti", "interesenti",
  "pretendenti", "dalībnieki", "dalībnieces", "deputāti", "apmeklētāji", "kaimiņi", "visi", "visiem", "ģimene", "ģimenes",
  "all", "everyone", "everybody", "colleagues", "parents", "residents", "team", "ladies", "gentlemen", "members", "partners",
  "customers", "friends", "family", "sirs", "уважаемые", "коллеги", "все", "всем", "родители", "жители", "господа", "дорогие",
]);
const AND_WORDS = new Set(["un", "and", "и"]);
/** "Dear Sir or Madam": two titles, one unknown person. */
const OR_WORDS = new Set(["vai", "or", "или"]);

/** Title words that make a short first line an address even without an opener ("Bērziņa kungs!"). */
const TITLE_ADDRESS_WORDS = new Set([...SINGULAR_TITLES, "kungi", "kundzes", "kolēģi", "kolēģes", "коллеги"]);

/** A greeting line is short: longer first lines are the body starting without one. */
const MAX_ADDRESS_WORDS = 8;
/** How far after the opener the name and the "!" may come. */
const MAX_GREETING_LENGTH = 80;

function lineEndFrom(text: string, start: number, limit: number): number {
  const newline = text.indexOf("\n", start);
  return newline < 0 || newline > limit ? limit : newline;
}

/** Whether the "." at `dot` ends an abbreviation ("Cien.", "J.", "Dr.") rather than a sentence. */
function abbreviationDot(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /\p{L}/u.test(text[k - 1])) k--;
  const length = dot - k;
  return length > 0 && length <= 4;
}

/** Where the greeting ends: its "!", "?" or "." (not an abbreviation's), else the comma after the opener. */
function greetingEnd(text: string, openerEnd: number, lineEnd: number): number {
  const limit = Math.min(lineEnd, openerEnd + MAX_GREETING_LENGTH);
  for (let k = openerEnd; k < limit; k++) {
    const c = text[k];
    if (c === "!" || c === "?" || (c === "." && !abbreviationDot(text, k))) return k + 1;
  }
  if (lineEnd <= limit) return lineEnd;
  return text[openerEnd] === "," ? openerEnd + 1 : openerEnd;
}

function audienceOf(words: readonly MatchWord[], from: number, to: number, openerLast: number): Audience {
  let titles = 0;
  let singular = false;
  let joined = false;
  let named = false;
  let either = false;
  for (let i = from; i < to; i++) {
    const word = words[i].text;
    if (PLURAL_WORDS.has(word)) return "several";
    if (SINGULAR_TITLES.has(word)) titles++;
    if (SINGULAR_WORDS.has(word)) singular = true;
    if (AND_WORDS.has(word)) joined = true;
    if (OR_WORDS.has(word)) either = true;
    const first = words[i].original[0];
    if (i >= openerLast && first !== first.toLowerCase()) named = true;
  }
  if ((titles >= 2 && !either) || (joined && (titles > 0 || named))) return "several";
  return titles > 0 || singular || named ? "one" : "unknown";
}

/** "Anna", "Jānis" or the vocative "Jāni", "Pēteri", "Edgar" of a listed first name. */
function isFirstNameOrVocative(word: string): boolean {
  return isKnownFirstName(word) || isKnownFirstName(word + "s");
}

function trimTrailingPunctuation(line: string): string {
  let end = line.length;
  while (end > 0 && "!,.: ".includes(line[end - 1])) end--;
  return line.slice(0, end);
}

function greetingOnLine(text: string, words: readonly MatchWord[], start: number, lineEnd: number): Greeting | null {
  const { from, to } = wordRange(words, start, lineEnd);
  if (from >= to || words[from].start - start > 2) return null;

  const opener = phraseAt(words, from, OPENERS, to);
  if (opener) {
    const end = greetingEnd(text, opener.end, lineEnd);
    const inside = wordRange(words, start, end);
    return { start, end, audience: audienceOf(words, inside.from, inside.to, opener.last) };
  }

  // No opener: a short line that is itself the address ("Bērziņa kungs!", "Cien. kolēģi,", "Jāni!").
  const line = text.slice(start, lineEnd).trim();
  const last = line[line.length - 1];
  if ((last !== "!" && last !== ",") || to - from > MAX_ADDRESS_WORDS) return null;
  let titled = false;
  for (let i = from; i < to; i++) if (TITLE_ADDRESS_WORDS.has(words[i].text)) titled = true;
  // A bare name: "Jāni!" or "Anna Liepiņa!"; before a comma only a known first name ("Anna,", "Jāni,"), not "Informējam,".
  const bareName = to - from <= 4 && isPersonName(trimTrailingPunctuation(line)) && (last === "!" || isFirstNameOrVocative(words[from].original));
  if (!titled && !bareName) return null;
  const end = start + text.slice(start, lineEnd).lastIndexOf(last) + 1;
  return { start, end, audience: audienceOf(words, from, to, from) };
}

/** A short line above the greeting, as in a letter: the addressee ("Jānim Bērziņam") or the subject ("Par būvatļauju"). */
function headingLine(text: string, words: readonly MatchWord[], start: number, lineEnd: number): boolean {
  const { from, to } = wordRange(words, start, lineEnd);
  const line = text.slice(start, lineEnd).trim();
  return to - from <= MAX_ADDRESS_WORDS && !/[.!?,:;]$/.test(line);
}

/** How many letter-style heading lines may stand above the greeting. */
const MAX_HEADING_LINES = 3;

/** The greeting that opens the reply, or null when the reply starts without one. */
export function findGreeting(draft: Draft): Greeting | null {
  const text = draft.text;
  const limit = bodyEnd(draft);
  const words = draftWords(draft);
  let start = contentStart(text);
  for (let line = 0; line <= MAX_HEADING_LINES && start < limit; line++) {
    const lineEnd = lineEndFrom(text, start, limit);
    const greeting = greetingOnLine(text, words, start, lineEnd);
    if (greeting || !headingLine(text, words, start, lineEnd)) return greeting;
    start = contentStart(text, lineEnd);
  }
  return null;
}
