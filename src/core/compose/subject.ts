/**
 * Whether the client's subject is fit to quote in the reference line (issue 16): a reply quotes
 * „Nekustamā īpašuma nodoklis”, not „dzivesvietas deklaresana”, „jautājums” or „Sveiki!!! Kad
 * beidzot salabosiet ielu???”. A subject that is not fit is left out and the reference names the
 * message without it. Spelling is the spelling engine's verdict, given by the caller when it is
 * loaded (the engine lives outside src/core/compose).
 */
import { cleanSubject } from "./phrases";

/** Greetings and words that say nothing about the matter (lower case). */
const EMPTY_WORDS = new Set([
  "sveiki", "labdien", "labrīt", "labvakar", "čau", "hello", "hi", "dear", "good", "morning", "afternoon", "здравствуйте", "привет", "добрый", "день",
  "jautājums", "jautājumi", "jautājumiņš", "lūgums", "informācija", "info", "vēstule", "e-pasts", "epasts", "ziņa", "pieprasījums", "iesniegums", "sūdzība",
  "question", "questions", "request", "information", "inquiry", "enquiry", "message", "letter", "e-mail", "email", "complaint", "application",
  "вопрос", "письмо", "заявление", "жалоба", "bez", "temata", "no", "subject", "nav", "tēmas", "re", "fw", "fwd",
]);

export interface SubjectFitness {
  fit: boolean;
  reason: "empty" | "shouting" | "generic" | "misspelled" | null;
}

/**
 * `misspelled`: the words the spelling engine reported in the subject (none, or not known when the
 * engine is not loaded).
 */
export function subjectFitness(subject: string | undefined, misspelled: readonly string[] = []): SubjectFitness {
  const s = cleanSubject(subject);
  const words = s.match(/[\p{L}-]+/gu) ?? [];
  if (!words.length) return { fit: false, reason: "empty" };
  // Shouting: repeated "!" or "?", or mostly capitals (an abbreviation like "VID" alone is not shouting).
  const letters = s.match(/\p{L}/gu) ?? [];
  const capitals = s.match(/\p{Lu}/gu) ?? [];
  if (/[!?]{2,}/.test(s) || (letters.length >= 6 && capitals.length / letters.length > 0.6)) return { fit: false, reason: "shouting" };
  if (words.every((w) => EMPTY_WORDS.has(w.toLowerCase()))) return { fit: false, reason: "generic" };
  if (misspelled.length) return { fit: false, reason: "misspelled" };
  return { fit: true, reason: null };
}
