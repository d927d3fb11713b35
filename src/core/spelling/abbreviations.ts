/**
 * Abbreviations that Latvian official letters write with a full stop (data, not rules: add to
 * the list rather than to the code). Matched case-insensitively, full stops included. Sources:
 * common usage in municipal correspondence and the abbreviation lists of Latvian style guides.
 */
export const KNOWN_ABBREVIATIONS: string[] = [
  // contacts, addresses, documents
  "tālr.", "tel.", "mob.", "fakss.", "e-p.", "Nr.", "nr.", "reģ.", "reģ.nr.", "pers.k.", "p.k.", "k.", "kab.",
  "iel.", "bulv.", "pr.", "prosp.", "šos.", "lauk.", "pag.", "nov.", "pils.", "dz.", "dzīv.", "m.", "c.", "st.",
  "lpp.", "att.", "tab.", "pielik.", "sk.", "skat.", "red.", "izd.", "sēj.", "nod.", "p.", "pants.", "pkt.",
  "apakšp.", "d.", "daļ.", "pap.", "lēm.", "prot.",
  // time
  "plkst.", "g.", "gs.", "gg.", "gad.", "mēn.", "ned.", "d.d.", "dd.", "st.", "min.", "sek.",
  "pirmd.", "otrd.", "trešd.", "ceturtd.", "piektd.", "sestd.", "svētd.",
  "janv.", "febr.", "apr.", "aug.", "sept.", "okt.", "nov.", "dec.",
  // phrases
  "u.c.", "u.tml.", "utt.", "utml.", "tml.", "t.i.", "t.s.", "t.sk.", "piem.", "resp.", "apm.", "vidēji.",
  "a.k.", "u.t.t.", "v.", "sal.", "salīdz.", "uzv.", "vārd.", "vsk.", "dsk.", "tūkst.", "milj.", "mljrd.",
  "eur.", "ls.", "proc.", "kv.", "km.", "kg.", "gab.",
  // titles and positions
  "prof.", "doc.", "dr.", "asoc.", "asist.", "ing.", "mag.", "bak.", "vad.", "priekšs.", "vietn.", "izpilddir.",
  "spec.", "kanc.", "sekr.", "inž.", "juriskons.",
];

/** Abbreviations written with a hyphen instead of a full stop (kundze, kungs, biedrība, sabiedrība). */
export const HYPHENATED_ABBREVIATIONS: string[] = ["k-dze", "k-gs", "b-ba", "s-ba", "p-sta", "v-ks", "pr-js", "pr-ja"];

/** First parts of hyphenated compounds that are not words by themselves ("e-pasts", "e-adrese", "m-pakalpojums"). */
export const HYPHEN_PREFIXES: string[] = ["e", "m"];
