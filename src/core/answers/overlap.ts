/**
 * Answers whose example questions overlap so much that the matcher would always confuse them:
 * each question is matched against the library with itself left out (leave-one-out), and when most
 * of an answer's questions find another answer first, `atbilde config check` warns about the pair.
 */
import type { ConfigIssue } from "../config/types";
import { buildAnswerIndex, MATCH_THRESHOLD, rankAnswers, type MatchableAnswer } from "./match";

export interface AnswerOverlap {
  /** Index of the answer whose questions stray. */
  answer: number;
  /** Index of the answer they find instead. */
  other: number;
  /** The straying questions. */
  questions: string[];
  /** How many questions the answer has. */
  of: number;
}

export function findOverlaps(answers: readonly MatchableAnswer[]): AnswerOverlap[] {
  const index = buildAnswerIndex(answers);
  const out: AnswerOverlap[] = [];
  answers.forEach((a, i) => {
    const strays = new Map<number, string[]>();
    for (const q of a.questions) {
      const [top] = rankAnswers(index, q, { skip: { answer: i, text: q } });
      if (top && top.answer !== i && top.best.score >= MATCH_THRESHOLD) {
        const list = strays.get(top.answer) ?? [];
        list.push(q);
        strays.set(top.answer, list);
      }
    }
    strays.forEach((questions, other) => {
      if (questions.length * 2 >= a.questions.length) out.push({ answer: i, other, questions, of: a.questions.length });
    });
  });
  return out;
}

/** The overlaps as config warnings at /answers/N/questions. */
export function overlapIssues(answers: readonly MatchableAnswer[]): ConfigIssue[] {
  return findOverlaps(answers).map((o) => {
    const a = answers[o.answer];
    const b = answers[o.other];
    const count = `${o.questions.length}/${o.of}`;
    return {
      path: `/answers/${o.answer}/questions`,
      severity: "warning" as const,
      code: "answers-overlap",
      message: {
        lv: `Atbildes “${a.id}” jautājumi (${count}) vairāk līdzinās atbildei “${b.id}”, piemēram: “${o.questions[0]}”. Šīs atbildes tiks jauktas.`,
        en: `Most questions of answer “${a.id}” (${count}) are closer to answer “${b.id}”, e.g. “${o.questions[0]}”. These answers will be confused.`,
      },
      fix: {
        lv: "Pārrakstiet piemēru jautājumus ar vārdiem, kas atšķir abas tēmas, vai apvienojiet abas atbildes vienā.",
        en: "Reword the example questions with the words that tell the topics apart, or merge the two answers.",
      },
    };
  });
}
