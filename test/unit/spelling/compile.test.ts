/**
 * The compiler on a small dictionary that uses every affix feature the Latvian one does:
 * prefixes with cross products (ne-), CIRCUMFIX (vis- + -ākais), NEEDAFFIX roots, two-level
 * suffixes (continuation classes), FULLSTRIP, conditions with negated groups and multi-byte
 * letters, NOSUGGEST, a mixed-case root (hidden capitalised homonym) and an abbreviation with
 * a full stop. The expected verdicts are Hunspell 1.7.1's own (Hunspell_spell on each string,
 * the way scripts/spelling/make-verdicts.sh asks it), recorded here.
 */
import { createSpellChecker, WordAutomaton } from "../../../src/core/spelling";
import { acceptedForms, compileDictionary } from "../../../src/core/spelling/compile";
import { KIND_ACCEPTED, KIND_ACCEPTED_AS_TYPED_CAPITAL, KIND_SUGGESTABLE } from "../../../src/core/spelling/dawgFormat";

const AFF = `SET UTF-8
FULLSTRIP
NEEDAFFIX {
CIRCUMFIX |
NOSUGGEST }

PFX N Y 1
PFX N 0 ne .

PFX V Y 1
PFX V 0 vis/| .

SFX A Y 4
SFX A s a [^š]s
SFX A š a š
SFX A 0 m [^s]
SFX A ā ai/B ā

SFX B Y 2
SFX B i em i
SFX B 0 s i

SFX C Y 3
SFX C s ākais/| s
SFX C s ā s
SFX C is im [^ķ]is

SFX F Y 1
SFX F ēt ēt/| ēt

SFX Z Y 1
SFX Z 0 . .
`;

const DIC = `10
galds/AN
zirgs/A
bērziņš/A
māja/A
lāvā/A
labs/CV
vārīt/{N
dzīvot/{NC
Rīga/A
McDonalds/A
apm./Z
lielais/}C
kaķis/C
`;

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"));

/** Hunspell 1.7.1 accepts these... */
const HUNSPELL_ACCEPTS = [
    "-galds", "APM.", "APM..", "Apm.", "Apm..", "BĒRZIŅA", "BĒRZIŅŠ", "BĒRZIŅŠM", "Bērziņa", "Bērziņš",
    "Bērziņšm", "GALDA", "GALDS", "Galda", "Galds", "KAĶIS", "KAĶIĀ", "Kaķis", "Kaķiā", "LABS", "LABĀ",
    "LIELAIM", "LIELAIS", "LIELAIĀ", "Labs", "Labā", "Lielaim", "Lielais", "Lielaiā", "LĀVAEM", "LĀVAI",
    "LĀVAIS", "LĀVĀ", "LĀVĀM", "Lāvaem", "Lāvai", "Lāvais", "Lāvā", "Lāvām", "MCDONALDA", "MCDONALDS",
    "McDonalda", "McDonalds", "MĀJA", "MĀJAM", "Māja", "Mājam", "NEDZĪVOT", "NEGALDA", "NEGALDS", "NEVĀRĪT",
    "Nedzīvot", "Negalda", "Negalds", "Nevārīt", "RĪGA", "RĪGAM", "Rīga", "Rīgam", "VISLABS", "VISLABĀKAIS",
    "Vislabs", "Vislabākais", "ZIRGA", "ZIRGS", "Zirga", "Zirgs", "apm.", "apm..", "bērziņa", "bērziņš",
    "bērziņšm", "galda", "galds", "galds-", "galds-zirgs", "kaķis", "kaķiā", "labs", "labā", "lielaim",
    "lielais", "lielaiā", "lāvaem", "lāvai", "lāvais", "lāvais.", "lāvā", "lāvām", "māja", "mājam", "nedzīvot",
    "negalda", "negalds", "nevārīt", "vislabs", "vislabākais", "zirga", "zirgs",
];
/** ...and rejects these. */
const HUNSPELL_REJECTS = [
    "APM", "Mcdonalda", "Mcdonalds", "a", "ai", "aiem", "ais", "apm", "dzīvot", "dzīvā", "dzīvākais", "galdS",
    "kaķiem", "kaķim", "kaķiākais", "labais", "labākais", "lielaiākais", "lielā", "lāvaiem", "lāvaies", "m",
    "mcdonalds", "ne-galds", "nedzīvā", "rīga", "s", "vis", "visLabākais", "vislabā", "vārīt",
];

describe("compiling a Hunspell dictionary", () => {
  const compiled = compileDictionary({
    language: "xx",
    aff: bytes(AFF),
    dic: bytes(DIC),
    source: { name: "synthetic", version: "0", files: {} },
    frequentWords: [["Galds", 10], ["zirgs", 5], ["nevārds", 3]],
  });
  const checker = createSpellChecker(compiled.bytes);

  it("generates exactly the forms Hunspell accepts as written, with their kinds", () => {
    const { words, kinds } = acceptedForms(bytes(AFF), bytes(DIC));
    expect(words.map((word) => `${word}:${kinds.get(word)}`)).toEqual([
    "McDonalda:7", "McDonalds:7", "Mcdonalda:1", "Mcdonalds:1", "Rīga:7", "Rīgam:7", "apm.:7", "apm..:7",
    "bērziņa:7", "bērziņš:7", "bērziņšm:7", "galda:7", "galds:7", "kaķis:7", "kaķiā:7", "labs:7", "labā:7",
    "lielaim:3", "lielais:3", "lielaiā:3", "lāvaem:7", "lāvai:7", "lāvais:7", "lāvā:7", "lāvām:7", "māja:7",
    "mājam:7", "nedzīvot:7", "negalda:7", "negalds:7", "nevārīt:7", "vislabs:7", "vislabākais:7", "zirga:7",
    "zirgs:7",
    ]);
  });

  it("marks how each form may be used", () => {
    const { kinds } = acceptedForms(bytes(AFF), bytes(DIC));
    // the hidden homonym of McDonalds is only for ALL-CAPS input
    expect(kinds.get("Mcdonalds")).toBe(KIND_ACCEPTED);
    // NOSUGGEST root: accepted, never suggested
    expect(kinds.get("lielais")).toBe(KIND_ACCEPTED | KIND_ACCEPTED_AS_TYPED_CAPITAL);
    expect(kinds.get("galds")).toBe(KIND_ACCEPTED | KIND_ACCEPTED_AS_TYPED_CAPITAL | KIND_SUGGESTABLE);
  });

  it.each(HUNSPELL_ACCEPTS)("accepts %j like Hunspell", (word) => {
    expect(checker.check(word)).toBe(true);
  });

  it.each(HUNSPELL_REJECTS)("rejects %j like Hunspell", (word) => {
    expect(checker.check(word)).toBe(false);
  });

  it("keeps frequencies only for accepted forms, a sentence-initial capital counted as lower case", () => {
    const automaton = new WordAutomaton(compiled.bytes);
    expect(automaton.header.language).toBe("xx");
    expect(automaton.header.frequentWords.split("\n")).toEqual(["galds\t10", "zirgs\t5"]);
    expect(compiled.wordCount).toBe(35);
  });

  it("refuses directives it does not reproduce", () => {
    expect(() => acceptedForms(bytes("SET UTF-8\nCOMPOUNDFLAG X\n"), bytes("1\nword\n"))).toThrow(/COMPOUNDFLAG/);
    expect(() => acceptedForms(bytes("SET ISO8859-1\n"), bytes("1\nword\n"))).toThrow(/UTF-8/);
  });
});
