/** What the arrangement tests share: a whole signature as Settings holds it, and "kept in order". */
export const SIGNATURE = {
  name: "Ilze Ozola",
  position: "Klientu apkalpošanas speciāliste",
  institution: "Ādažu novada pašvaldība",
  phone: "67895400",
  email: "ilze.ozola@adazi.lv",
  website: "www.adazunovads.lv",
};

/** Whether `words` appear in `within` in the same order (a subsequence). */
export function keptInOrder(words: readonly string[], within: readonly string[]): boolean {
  let k = 0;
  for (const w of within) if (k < words.length && w === words[k]) k++;
  return k === words.length;
}
