/** Counted nouns in Latvian and English: "1 kļūda", "2 kļūdas", "21 kļūda", "11 kļūdas"; "1 error", "2 errors". */
export type CountedKind = "error" | "warning" | "info" | "problem" | "file";

const COUNT_WORDS: Record<"lv" | "en", Record<CountedKind, [string, string]>> = {
  lv: {
    error: ["kļūda", "kļūdas"],
    warning: ["brīdinājums", "brīdinājumi"],
    info: ["ieteikums", "ieteikumi"],
    problem: ["problēma", "problēmas"],
    file: ["fails", "faili"],
  },
  en: {
    error: ["error", "errors"],
    warning: ["warning", "warnings"],
    info: ["suggestion", "suggestions"],
    problem: ["problem", "problems"],
    file: ["file", "files"],
  },
};

/** Latvian uses the singular after numbers ending in 1, except 11. */
export function countPhrase(language: "lv" | "en", kind: CountedKind, n: number): string {
  const [one, many] = COUNT_WORDS[language][kind];
  const singular = language === "lv" ? n % 10 === 1 && n % 100 !== 11 : n === 1;
  return `${n} ${singular ? one : many}`;
}
