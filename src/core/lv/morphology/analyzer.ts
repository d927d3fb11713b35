/**
 * The Latvian morphological analyzer (docs/architecture.md, "core/lv"): Hunspell-style suffix
 * stripping over the dictionary's roots and suffix rules, carried in a compact text asset
 * (assets/morphology/, built by scripts/morphology/build-morphology.js from dictionary-lv), with
 * the rules' is: tags decoded by ./tags and the closed classes of ./closedClass on top.
 *
 * Asset format (UTF-8 lines, tab-separated):
 *   atbilde-morphology 1
 *   S flag strip add condition continuation tag po  a suffix rule ("0" = empty strip/add; po: what a derivation makes)
 *   R word flags po                                  a root
 * Prefixes are fixed: ne- (flag "-"), the debitive jā- (flag "]"); both are handled here.
 * A lower-case word the dictionary does not know may get `guessed` noun readings from its suffix
 * (./guess) or as a compound of a noun's stem and a known noun (compoundNoun).
 */
import { applyFormTag, conditionalReadings, decodeRootTag, type RootCategory } from "./tags";
import { closedClassAnalyses, closedClassForms } from "./closedClass";
import { guessNoun, inflectGuessed } from "./guess";
import { agreementCells, halfDeclinedCells } from "./adjectiveEndings";
import type { Analysis, Case, InflectionTarget, MorphAnalyzer } from "./types";

interface Suffix {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp | null;
  continuation: string;
  tag: string;
  /** The part of speech a derivation rule makes (sekretārs → sekretāre: lietv5r). */
  po: string;
}

interface Root {
  word: string;
  flags: string;
  po: string;
}

export const MORPHOLOGY_FORMAT = "atbilde-morphology 1";
const NEGATION_FLAG = "-";
const DEBITIVE_FLAG = "]";
const CIRCUMFIX_FLAG = "|";
const NEEDAFFIX_FLAG = "{";

/** Hunspell's condition (a character-class pattern on the end of the stem) as a RegExp. */
function conditionPattern(condition: string): RegExp | null {
  return condition === "." ? null : new RegExp("(?:" + condition + ")$");
}

function meets(suffix: Suffix, stem: string): boolean {
  return suffix.condition === null || suffix.condition.test(stem);
}

class DictionaryMorphology implements MorphAnalyzer {
  private readonly text: string;
  /** Root word → where its first "R" line starts in the asset (homonyms follow it); parsed on use, which keeps the load short. */
  private readonly rootAt = new Map<string, number>();
  private readonly parsedRoots = new Map<string, Root[]>();
  /** Suffix rules by what they add, then by what they strip (one stem to test per group). */
  private readonly suffixesByAdd = new Map<string, Map<string, Suffix[]>>();
  private readonly suffixesByFlag = new Map<string, Suffix[]>();
  /** Suffix rules by the flag their continuation allows and their ending: the first level under a two-level form. */
  private readonly innerByFlag = new Map<string, Map<string, Suffix[]>>();
  private longestAdd = 0;
  private readonly cache = new Map<string, readonly Analysis[]>();
  /** Nouns made by a derivation rule (sekretāre, pieņemšana), as roots for inflect(). */
  private readonly derivedRoots = new Map<string, Root>();
  /** Flags whose rules make reflexive verb forms (is: …a…): a root with one has a reflexive verb. */
  private readonly reflexiveFlags = new Set<string>();
  /** The rules deriving the action noun -šana from a verb (pieņemt → pieņemšana). */
  private readonly actionNounRules: Suffix[] = [];
  /** Flags with rules that make a verb's personal forms: a root without a part of speech ("dot", "iet", "aiziet") that has one is a verb. */
  private readonly verbFlags = new Set<string>();
  /** The rules making the 1st person singular present (is:1vtt0). */
  private readonly firstPersonPresent: Suffix[] = [];

  constructor(text: string) {
    this.text = text;
    const firstEnd = text.indexOf("\n");
    if (text.slice(0, firstEnd).trim() !== MORPHOLOGY_FORMAT) throw new Error("not an atbilde morphology asset");
    let position = firstEnd + 1;
    while (position < text.length) {
      let end = text.indexOf("\n", position);
      if (end < 0) end = text.length;
      if (text.charCodeAt(position) === 82 /* R */) {
        const word = text.slice(position + 2, text.indexOf("\t", position + 2));
        if (!this.rootAt.has(word)) this.rootAt.set(word, position);
      } else if (text.startsWith("S\t", position)) {
        const f = text.slice(position, end).split("\t");
        const suffix: Suffix = {
          flag: f[1],
          strip: f[2] === "0" ? "" : f[2],
          add: f[3] === "0" ? "" : f[3],
          condition: conditionPattern(f[4]),
          continuation: f[5] || "",
          tag: f[6] || "",
          po: f[7] || "",
        };
        let byStrip = this.suffixesByAdd.get(suffix.add);
        if (!byStrip) this.suffixesByAdd.set(suffix.add, (byStrip = new Map()));
        push(byStrip, suffix.strip, suffix);
        push(this.suffixesByFlag, suffix.flag, suffix);
        for (const flag of suffix.continuation) {
          let byAdd = this.innerByFlag.get(flag);
          if (!byAdd) this.innerByFlag.set(flag, (byAdd = new Map()));
          push(byAdd, suffix.add, suffix);
        }
        if (suffix.add.length > this.longestAdd) this.longestAdd = suffix.add.length;
        if (/^[0-3][vdx][ptn]a/.test(suffix.tag)) this.reflexiveFlags.add(suffix.flag);
        if (suffix.add === "šana" && suffix.continuation.includes("S")) this.actionNounRules.push(suffix);
        if (/^[1-3][vdx][ptn][ta][0pval]$/.test(suffix.tag)) this.verbFlags.add(suffix.flag);
        if (suffix.tag === "1vtt0") this.firstPersonPresent.push(suffix);
      }
      position = end + 1;
    }
  }

  private rootsOf(word: string): Root[] {
    let position = this.rootAt.get(word);
    if (position === undefined) return [];
    const known = this.parsedRoots.get(word);
    if (known) return known.slice();
    const roots: Root[] = [];
    const text = this.text;
    const prefix = "R\t" + word + "\t";
    while (position >= 0 && text.startsWith(prefix, position)) {
      let end = text.indexOf("\n", position);
      if (end < 0) end = text.length;
      const flagsAt = position + prefix.length;
      const tab = text.indexOf("\t", flagsAt);
      const flags = text.slice(flagsAt, tab);
      const po = text.slice(tab + 1, end);
      // "dot", "iet", "aiziet", "būt": the dictionary gives these verbs no part of speech; their flags' rules say what they are.
      roots.push({ word, flags, po: po === "" && [...flags].some((flag) => this.verbFlags.has(flag)) ? "darbv" : po });
      position = end + 1;
    }
    if (this.parsedRoots.size > 50000) this.parsedRoots.clear();
    this.parsedRoots.set(word, roots);
    return roots.slice();
  }

  analyze(word: string): readonly Analysis[] {
    const known = this.cache.get(word);
    if (known) return known;
    const lower = word.toLowerCase();
    const closed = closedClassAnalyses(lower);
    const found: Analysis[] = closed.slice();
    // The closed-class table is the authority on its words ("ir", "jūs", "būtu": the dictionary's
    // readings of the same lemma and its unclassed ones go) — except that a particle or adverb
    // leaves its lemma's other classes alone ("rīt": tomorrow, and to swallow).
    const overridden = (a: Analysis) =>
      a.pos === "other" ||
      a.pos === "pron" ||
      closed.some((c) => c.lemma === a.lemma && (c.pos === a.pos || (c.pos !== "adv" && c.pos !== "part"))) ||
      // "katru", "visas", "kuras": the dictionary's 4th-declension nouns "katra", "visa", "kura" are the pronouns' feminines.
      (a.pos === "noun" && closedClassAnalyses(a.lemma).some((c) => c.pos === "pron" && closed.some((k) => k.lemma === c.lemma)));
    // A particle or adverb of the closed classes ("tik", "pat", "gan") is no vocative of a noun
    // ("tiks", "pats", "gans"): a form of address that prose with the particle never means.
    const particle = closed.some((a) => a.pos === "part" || a.pos === "adv");
    const forms = lower === word ? [word] : [word, lower];
    for (const form of forms) {
      const conditional = this.conditional(form);
      for (const analysis of this.dictionaryAnalyses(form).concat(conditional)) {
        if (closed.length > 0 && overridden(analysis)) continue;
        // "ietu": a verb whose root has no part of speech leaves its forms unclassed; the conditional classes this one.
        if (analysis.pos === "other" && conditional.some((c) => c.lemma === analysis.lemma)) continue;
        if (particle && analysis.case === "voc") continue;
        if (!found.some((other) => sameAnalysis(other, analysis))) found.push(analysis);
      }
    }
    // "e-pasta", "SIA-ai": a hyphenated compound declines in its last part.
    const hyphen = word.lastIndexOf("-");
    if (found.length === 0 && hyphen > 0 && hyphen < word.length - 2) {
      const head = word.slice(0, hyphen + 1);
      for (const tail of this.analyze(word.slice(hyphen + 1))) found.push(Object.assign({}, tail, { lemma: head.toLowerCase() + tail.lemma }));
    }
    // "vislielākais", "vissvarīgākās": the superlative is "vis-" and the definite comparative. The
    // adverb's ("visbiežāk") is left unknown: the comma rule takes an unknown word for a possible
    // verb, and read as an adverb it lost one held-out catch (grammar bench); no rule needs it.
    // Reading a word from its parts tries every split (and the parts' own splits): only words of a length words have.
    const byParts = found.length === 0 && word.length <= MAX_COMPOUND_LENGTH;
    if (byParts && lower.startsWith("vis") && lower.indexOf("āk", 3) > 3) {
      for (const comparative of this.knownReadings(lower.slice(3))) if (comparative.pos === "adj" && comparative.case !== undefined) found.push(comparative);
    }
    if (found.length === 0) found.push(...guessNoun(word));
    if (byParts && found.length === 0 && lower === word) found.push(...this.compoundNoun(word));
    if (byParts && found.length === 0 && lower === word) found.push(...this.compoundModifier(word));
    const declined: Analysis[] = [];
    for (const analysis of found) {
      for (const reading of withAgreement(lower, analysis)) if (!declined.some((other) => sameAnalysis(other, reading))) declined.push(reading);
    }
    if (this.cache.size > 20000) this.cache.clear();
    this.cache.set(word, declined);
    return declined;
  }

  inflect(analysis: Analysis, target: InflectionTarget): string[] {
    const wanted: Analysis = Object.assign({}, analysis, target);
    delete wanted.paradigm;
    if (analysis.participle) return [];
    if (analysis.guessed) return inflectGuessed(analysis, target);
    // Forms the dictionary lacks ("iet": "ejat", "gāja") are the closed classes'.
    // Negation and the infinitive must be as wanted, not left open ("gāja" → "gājāt", never "negājāt").
    const closed = closedClassForms((r) => sameFeatures(r, wanted) && Boolean(r.negative) === Boolean(wanted.negative) && Boolean(r.infinitive) === Boolean(wanted.infinitive));
    if (closed.length > 0) return closed;
    if (analysis.pos === "noun" && REFLEXIVE_NOUN.test(analysis.lemma)) return reflexiveNounForms(analysis.lemma, Object.assign({ number: "sg" }, analysis, target));
    // "nepildīšana" is read as "pildīšana" with ne- (dictionaryAnalyses): its forms take ne- back.
    if (analysis.negative) {
      const positive = Object.assign({}, analysis);
      delete positive.negative;
      return this.inflect(positive, target).map((form) => "ne" + form);
    }
    const hyphen = analysis.lemma.lastIndexOf("-");
    if (hyphen > 0 && this.rootsOf(analysis.lemma).length === 0) {
      const head = analysis.lemma.slice(0, hyphen + 1);
      return this.inflect(Object.assign({}, analysis, { lemma: analysis.lemma.slice(hyphen + 1) }), target).map((form) => head + form);
    }
    const roots = this.rootsOf(analysis.lemma);
    if (roots.length === 0) this.analyze(analysis.lemma);
    const derived = this.derivedRoots.get(analysis.lemma);
    if (derived) roots.push(derived);
    if (analysis.reflexive && analysis.lemma.endsWith("ies")) roots.push(...this.rootsOf(analysis.lemma.slice(0, -3)));
    const same: string[] = [];
    const other: string[] = [];
    for (const root of roots) {
      for (const [form, flag] of this.formsOf(root)) {
        if (same.includes(form) || other.includes(form)) continue;
        // "māja" → "māju", never the diminutive "mājiņu" (and "mājiņa" → "mājiņu", never "māju").
        if (!this.analyze(form).some((reading) => sameFeatures(reading, wanted) && reading.diminutive === analysis.diminutive)) continue;
        // A root with two conjugations ("varēt": varat and varējat) keeps the one the word was in.
        if (analysis.paradigm !== undefined && flag === analysis.paradigm) same.push(form);
        else other.push(form);
      }
    }
    return same.length > 0 ? same : other;
  }

  /**
   * The conditional of any verb is its infinitive + "u" ("varēt" → "varētu", "iet" → "ietu"), and
   * a reflexive one's "-ties" becomes "-tos" ("mācīties" → "mācītos"). The dictionary makes "-tu"
   * only as the accusative of the participle "-ts", so the form had no mood or person.
   */
  private conditional(word: string): Analysis[] {
    const infinitive = /tu$/.test(word) ? word.slice(0, -1) : /tos$/.test(word) ? word.slice(0, -2) + "ies" : null;
    if (infinitive === null || infinitive.length < 3) return [];
    const out: Analysis[] = [];
    for (const verb of this.analyze(infinitive)) {
      if (verb.pos === "verb" && verb.infinitive) out.push(...conditionalReadings(verb));
    }
    return out;
  }

  /** The root and every form one suffix rule makes of it, with the rule's flag (no prefixes, no second level). */
  private formsOf(root: Root): Array<[string, string | null]> {
    const forms: Array<[string, string | null]> = root.flags.includes(NEEDAFFIX_FLAG) ? [] : [[root.word, null]];
    for (const flag of root.flags) {
      for (const suffix of this.suffixesByFlag.get(flag) || []) {
        if (suffix.continuation.includes(CIRCUMFIX_FLAG)) continue;
        if (!root.word.endsWith(suffix.strip) || !meets(suffix, root.word)) continue;
        forms.push([root.word.slice(0, root.word.length - suffix.strip.length) + suffix.add, flag]);
      }
    }
    return forms;
  }

  private dictionaryAnalyses(word: string): Analysis[] {
    const out: Analysis[] = [];
    this.strip(word, null, false, out);
    if (word.startsWith("ne") && word.length > 3) {
      const before = out.length;
      this.strip(word.slice(2), NEGATION_FLAG, false, out);
      for (let i = before; i < out.length; i++) out[i].negative = true;
    }
    // jā- goes with the suffix rules that name it in their continuation (the debitive "jāinformē").
    if (word.startsWith("jā") && word.length > 3) this.strip(word.slice(2), null, true, out);
    this.reflexiveActionNouns(word, out);
    return out;
  }

  /**
   * "atrašanās", "atrašanos": the reflexive action noun of a verb whose root makes "-šana" and
   * reflexive forms ("atrast" → "atrasties") but carries no flag for "-šanās" (only some roots
   * do: "veidot" → "veidošanās"). Read like the flagged ones.
   */
  private reflexiveActionNouns(word: string, out: Analysis[]): void {
    const ending = /šan(ās|os)$/.exec(word);
    if (!ending || out.some((a) => a.pos === "noun" && a.lemma === verbalNounLemma(word))) return;
    const base = word.slice(0, ending.index);
    for (const rule of this.actionNounRules) {
      const stem = base + rule.strip;
      if (!meets(rule, stem)) continue;
      for (const root of this.rootsOf(stem)) {
        if (!root.flags.includes(rule.flag) || ![...root.flags].some((flag) => this.reflexiveFlags.has(flag))) continue;
        const noun: Analysis = { lemma: verbalNounLemma(word), pos: "noun", number: "sg", gender: "f", declension: 4, reflexive: true, paradigm: rule.flag };
        const cases: Case[] = ending[1] === "os" ? ["acc"] : ["nom", "gen"];
        for (const c of cases) {
          const reading = Object.assign({}, noun, { case: c });
          if (!out.some((other) => sameAnalysis(other, reading))) out.push(reading);
        }
      }
    }
  }

  /** Readings of a word as a root, a root + suffix, or a root + two suffixes; `requiredFlag` is a prefix's flag the root must allow. */
  private strip(word: string, requiredFlag: string | null, debitive: boolean, out: Analysis[]): void {
    const allows = (root: Root, flag: string) => root.flags.includes(flag) && (requiredFlag === null || root.flags.includes(requiredFlag));
    if (!debitive) {
      for (const root of this.rootsOf(word)) {
        if (root.flags.includes(NEEDAFFIX_FLAG) || (requiredFlag !== null && !root.flags.includes(requiredFlag))) continue;
        out.push(...baseAnalyses(root));
        if (this.presentStemIsInfinitive(root)) out.push(presentThirdPerson(root));
      }
    }
    const max = Math.min(this.longestAdd, word.length - 1);
    for (let length = 0; length <= max; length++) {
      const byStrip = this.suffixesByAdd.get(word.slice(word.length - length));
      if (!byStrip) continue;
      const base = word.slice(0, word.length - length);
      for (const [strip, outers] of byStrip) {
        const stem = base + strip;
        const isRoot = this.rootAt.has(stem);
        for (const outer of outers) {
          // Circumfix rules (the debitive's suffix) need the jā- prefix and nothing else does.
          if (outer.continuation.includes(CIRCUMFIX_FLAG) !== debitive) continue;
          if (debitive && !outer.continuation.includes(DEBITIVE_FLAG)) continue;
          const inners = debitive ? undefined : this.innerByFlag.get(outer.flag);
          if ((!isRoot && !inners) || !meets(outer, stem)) continue;
          if (isRoot) {
            for (const root of this.rootsOf(stem)) {
              if (allows(root, outer.flag)) out.push(...this.formAnalyses(root, outer, null, word));
            }
          }
          if (inners) this.stripInner(stem, outer, inners, allows, out);
        }
      }
    }
  }

  /** The first level under a two-level form: `stem` is what `outer` was added to. */
  private stripInner(stem: string, outer: Suffix, inners: Map<string, Suffix[]>, allows: (root: Root, flag: string) => boolean, out: Analysis[]): void {
    for (let innerLength = 0; innerLength <= Math.min(this.longestAdd, stem.length - 1); innerLength++) {
      const candidates = inners.get(stem.slice(stem.length - innerLength));
      if (!candidates) continue;
      const base = stem.slice(0, stem.length - innerLength);
      for (const inner of candidates) {
        const innerStem = base + inner.strip;
        if (!this.rootAt.has(innerStem) || !meets(inner, innerStem)) continue;
        for (const root of this.rootsOf(innerStem)) {
          if (allows(root, inner.flag)) out.push(...this.formAnalyses(root, inner, outer, stem));
        }
      }
    }
  }

  /** The readings of a form made from a root by a rule (and an outer rule on top); `made` is what the (inner) rule made. */
  private formAnalyses(root: Root, rule: Suffix, outer: Suffix | null, made: string): Analysis[] {
    // A derivation into a noun ("sekretārs" → "sekretāre", "pieņemt" → "pieņemšana") continues into
    // noun endings (S, s): the derived noun is the lemma, with its own declension.
    if (rule.continuation.includes("S")) {
      const po = rule.po || (made.endsWith("e") ? "lietv5r" : "lietv4r");
      if (!this.derivedRoots.has(made)) this.derivedRoots.set(made, { word: made, flags: rule.continuation, po });
      const derivedRoot: Root = { word: made, flags: rule.continuation, po };
      if (!outer) return baseAnalyses(derivedRoot);
      return formAnalyses(derivedRoot, outer, null);
    }
    const readings = formAnalyses(root, rule, outer);
    // The reflexive action noun ("veidošanās", "darbošanos") is a noun of its own, like "-šana".
    if (rule.tag.startsWith("rld")) return readings.map((a) => Object.assign({}, a, { lemma: verbalNounLemma(made) }));
    return outer ? readings : readings.concat(this.sharedThirdPerson(root, rule, readings));
  }

  /** The dictionary's own readings of a word with their cells: a part of a word read from its parts is never itself read so (no guess on a guess). */
  private knownReadings(word: string): Analysis[] {
    const out: Analysis[] = [];
    for (const analysis of this.dictionaryAnalyses(word)) out.push(...withAgreement(word, analysis));
    return out;
  }

  /**
   * "darbvieta", "atkritumkaste", "internetveikals": a compound noun the dictionary lacks whose
   * first part is a noun's stem (the nominative without its ending: "darb-s", "piemiņ-a") and whose
   * last part is a noun it knows; read as that noun's forms, `guessed` (./guess). The first split
   * from the left with at least three letters before and four in the last noun.
   */
  private compoundNoun(word: string): Analysis[] {
    for (let at = MIN_COMPOUND_PART; at <= word.length - 4; at++) {
      const first = word.slice(0, at);
      if (!NOUN_NOMINATIVE_ENDINGS.some((ending) => this.rootsOf(first + ending).some((root) => decodeRootTag(root.po).pos === "noun"))) continue;
      const heads = this.dictionaryAnalyses(word.slice(at)).filter((a) => a.pos === "noun" && a.case !== undefined && a.case !== "voc" && a.lemma.length >= 4 && !a.indeclinable);
      if (heads.length === 0) continue;
      return heads.map((head) => compoundReading(first, head));
    }
    return [];
  }

  /**
   * "jaunizveidots", "garāmskrejošs", "pusmatēts", "visuaptverošs": an adjective or participle the
   * dictionary lacks, made of an adverb, an adjective (its stem or a form: "jaun-", "garām") or
   * "pus-"/"visu-" and an adjective or participle it knows (≥ 5 letters); read as the last part's
   * cells, `guessed`. The first split from the left.
   */
  private compoundModifier(word: string): Analysis[] {
    if (agreementCells(word, true).length === 0) return [];
    for (let at = MIN_COMPOUND_PART; at <= word.length - 5; at++) {
      const first = word.slice(0, at);
      const stem = MODIFIER_PREFIXES.includes(first) || ["s", "š"].some((ending) => this.rootsOf(first + ending).some((root) => decodeRootTag(root.po).pos === "adj"));
      const tails = this.knownReadings(word.slice(at)).filter((a) => a.case !== undefined && (a.pos === "adj" || (a.pos === "verb" && a.participle === true)));
      if (tails.length === 0) continue;
      if (!stem && !this.dictionaryAnalyses(first).some((a) => a.pos === "adv" || a.pos === "adj")) continue;
      return tails.map((tail) => compoundReading(first, tail));
    }
    return [];
  }

  /**
   * A 1st-conjugation verb whose present stem is the whole infinitive ("atbilst" → "atbilstu",
   * "ienīst" → "ienīstu") has the infinitive for its 3rd person present ("tas atbilst"), and so
   * has every "-iet" verb ("aiziet" → "aizeju", "viņš aiziet"): Hunspell makes no rule for a form
   * that is the root itself, so the root is that form too.
   */
  private presentStemIsInfinitive(root: Root): boolean {
    if (decodeRootTag(root.po).pos !== "verb") return false;
    const stem = root.word.endsWith("iet") ? root.word.slice(0, -3) + "ej" : root.word;
    return this.firstPersonPresent.some((rule) => root.flags.includes(rule.flag) && root.word.endsWith(rule.strip) && meets(rule, root.word) && root.word.slice(0, root.word.length - rule.strip.length) + rule.add === stem + "u");
  }

  /**
   * In many paradigms the 2nd person singular is also the 3rd person ("tu/viņš smaržo", "dūc",
   * "atgriezīsies"); Hunspell then keeps one rule, tagged 2nd person. The 3rd person reading is
   * added when the flag makes no other 3rd person form of the same tense for this root.
   */
  private sharedThirdPerson(root: Root, rule: Suffix, readings: readonly Analysis[]): Analysis[] {
    const second = readings.find((a) => a.person === 2 && a.number === "sg" && a.mood === "ind" && (a.tense === "pres" || a.tense === "fut"));
    if (!second || readings.some((a) => a.person === 3) || /^0v/.test(rule.tag)) return [];
    // "atbilsti" is only the 2nd person: the 3rd is the infinitive's form ("atbilst").
    if (second.tense === "pres" && this.presentStemIsInfinitive(root)) return [];
    const thirdTag = "3x" + (second.tense === "pres" ? "t" : "n");
    const own = (this.suffixesByFlag.get(rule.flag) || []).some(
      (other) => other.tag.startsWith(thirdTag) && other.tag[3] === rule.tag[3] && root.word.endsWith(other.strip) && meets(other, root.word),
    );
    if (own) return [];
    const third: Analysis = Object.assign({}, second, { person: 3 as const });
    delete third.number;
    return [third];
  }
}

/**
 * The readings of an adjective or participle with the cells its ending fills (the dictionary tags
 * no case on them): one per case, number and gender, as agreementCells reads them; the "-dams"
 * participle ("lasīdams"), which the dictionary leaves without a mark, has the nominative only. A
 * form whose ending names no cell ("lielāk", "-ot") keeps its one reading.
 */
function withAgreement(form: string, analysis: Analysis): Analysis[] {
  if (analysis.case !== undefined) return [analysis];
  const halfDeclined = analysis.pos === "verb" && analysis.person === undefined && analysis.mood === undefined && !analysis.infinitive ? halfDeclinedCells(form) : [];
  const declines = analysis.pos === "adj" || (analysis.pos === "verb" && analysis.participle === true);
  if (!declines && halfDeclined.length === 0) return [analysis];
  const cells = halfDeclined.length > 0 ? halfDeclined : agreementCells(form, true);
  if (cells.length === 0) return [analysis];
  return cells.map((cell) => Object.assign({}, analysis, analysis.pos === "verb" ? { participle: true } : {}, { case: cell.case, number: cell.number, gender: cell.gender }));
}

/**
 * The longest word read from its parts (superlative, compounds): every split is tried, so the time
 * grows with the length (issue 13, linearity); Latvian compounds stay well under it
 * ("pašvaldībasdarbinieks" has 21 letters).
 */
const MAX_COMPOUND_LENGTH = 32;

/** The letters a compound's first part needs ("darb-vieta"): shorter ones split too many words by accident. */
const MIN_COMPOUND_PART = 3;

/** Prefixes of compound adjectives that are no word of their own: half-, all- ("pusmatēts", "visuaptverošs"). */
const MODIFIER_PREFIXES: readonly string[] = ["pus", "visu"];

/** The reading of a compound: its last part's, with the first part before the lemma, `guessed`, and no paradigm of its own. */
function compoundReading(first: string, last: Analysis): Analysis {
  const reading: Analysis = Object.assign({}, last, { lemma: first + last.lemma, guessed: true });
  delete reading.paradigm;
  return reading;
}

/** The nominative singular endings of the six declensions. */
const NOUN_NOMINATIVE_ENDINGS: readonly string[] = ["s", "š", "is", "us", "a", "e"];

/** The 3rd person present that is also the infinitive ("atbilst", "ienīst"). */
function presentThirdPerson(root: Root): Analysis {
  const reading: Analysis = { lemma: root.word, pos: "verb", person: 3, tense: "pres", mood: "ind" };
  if (decodeRootTag(root.po).reflexive) reading.reflexive = true;
  return reading;
}

/** A reflexive action noun's nominative ("-šanās"); its accusative is "-šanos", and it has no other cells a rule needs. */
const REFLEXIVE_NOUN = /šanās$/;

function verbalNounLemma(form: string): string {
  return form.replace(/šanos$/, "šanās");
}

function reflexiveNounForms(lemma: string, wanted: InflectionTarget): string[] {
  if (wanted.number !== "sg") return [];
  if (wanted.case === "nom" || wanted.case === "gen") return [lemma];
  if (wanted.case === "acc") return [lemma.replace(REFLEXIVE_NOUN, "šanos")];
  return [];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The reading of a root as it stands: a noun's nominative, a verb's infinitive, an adjective's base form. */
function baseAnalyses(root: Root): Analysis[] {
  const category = decodeRootTag(root.po);
  const base: Analysis = { lemma: root.word, pos: category.pos };
  if (category.pos === "verb") {
    base.infinitive = true;
    if (category.reflexive) base.reflexive = true;
    return [base];
  }
  if (category.pos !== "noun") return [base];
  base.declension = category.declension;
  if (category.declension !== undefined && category.declension > 0) base.gender = category.declension <= 3 ? "m" : "f";
  if (category.kind === "g") return [Object.assign(base, { case: "gen", indeclinable: true })];
  if (category.kind === "f" || category.declension === 0) return [base];
  const readings = onlyPlural(category, applyFormTag(base, category.kind === "d" ? "dpn" : "vpn"));
  // "ūdens", "rudens", "akmens", "mēness": 2nd declension nouns without -is whose genitive is the nominative.
  if (category.declension === 2 && !root.word.endsWith("is")) readings.push(Object.assign({}, base, { number: "sg" as const, case: "gen" as const }));
  return readings;
}

function formAnalyses(root: Root, rule: Suffix, outer: Suffix | null): Analysis[] {
  const category = decodeRootTag(root.po);
  const base: Analysis = { lemma: root.word, pos: category.pos };
  if (category.pos === "noun") {
    base.declension = category.declension;
    if (category.declension !== undefined && category.declension > 0) base.gender = category.declension <= 3 ? "m" : "f";
  }
  if (category.reflexive) base.reflexive = true;
  // A verb form without a person tag made by a rule that continues into adjective endings is a participle.
  if (category.pos === "verb" && (outer !== null || (rule.tag === "" && rule.continuation !== ""))) base.participle = true;
  base.paradigm = rule.flag;
  const tag = outer ? outer.tag || rule.tag : rule.tag;
  if (tag === "") return [base];
  // is:0vtt0, a present without a person: the 2nd person singular that is also the 3rd ("tu/viņš
  // nes", "ēd", "dzen"), except the suppletive "ej" of "-iet" and "esi" of "būt"; the reflexive
  // is:0vta0 ("nesies") is the 2nd only, its 3rd being "nesas".
  const shared = /^0v(t[ta])0$/.exec(tag);
  if (shared) {
    const second = applyFormTag(base, "2v" + shared[1] + "0");
    if (shared[1] === "ta" || rule.strip === "iet" || rule.strip === "būt") return second;
    return second.concat(second.map((reading) => Object.assign({}, reading, { person: 3 as const, number: undefined })));
  }
  return onlyPlural(category, applyFormTag(base, tag));
}

/** A plural-only noun ("beigas") has no singular cells, though its endings match some. */
function onlyPlural(category: RootCategory, analyses: Analysis[]): Analysis[] {
  return category.kind === "d" ? analyses.filter((analysis) => analysis.number !== "sg") : analyses;
}

const FEATURES: ReadonlyArray<keyof Analysis> = ["lemma", "pos", "case", "number", "gender", "person", "tense", "mood", "participle", "infinitive", "reflexive", "negative", "declension", "diminutive"];

function sameAnalysis(a: Analysis, b: Analysis): boolean {
  return FEATURES.every((key) => a[key] === b[key]);
}

/** A reading that has the wanted features (a feature the reading leaves open, like the 3rd person's number, matches). */
function sameFeatures(reading: Analysis, wanted: Analysis): boolean {
  return FEATURES.every((key) => wanted[key] === undefined || reading[key] === wanted[key] || (key === "number" && reading.number === undefined && reading.person === 3));
}

/** The analyzer over an asset's text (assets/morphology/lv.<hash>.txt). */
export function createMorphAnalyzer(assetText: string): MorphAnalyzer {
  return new DictionaryMorphology(assetText);
}
