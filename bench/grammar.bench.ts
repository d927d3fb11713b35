/**
 * Grammar on real edited Latvian prose (issue 20), the one bench of the analyzer and its rules:
 * the analyzer's gold accuracy and load (bench/morphologyGold.ts), false alarms of the four grammar
 * rules per 1,000 words of text nobody on the team wrote, recall on errors made from that text, and
 * speed.
 *
 * Text (sources and licences in docs/sources.md): bench/data/prose-lv (Latvian UD Treebank dev
 * documents), bench/data/grammar-lv/lvtb-dev-trimmed.conllu (the other 277 written documents of the dev split, with
 * their gold syntax) and 10,000-word excerpts of four novels, bench/data/grammar-lv/eltec-*.txt (ELTeC). The text
 * is checked in e-mail-sized pieces (≤ 300 words, whole sentences) inside a greeting and a signed
 * closing, as the checker sees a reply; only findings inside the piece count.
 *
 * - False alarms: every finding of comma, preposition-case, verb-agreement and typography on the
 *   unchanged text (edited prose). Target: ≤ 1 per 1,000 words across the four rules. Many of
 *   typography's are departures the source has (news sites' straight quotation marks "…", a
 *   hyphen in "12.-21. km"), counted all the same (docs/decisions.md, issue 20).
 * - Comma recall: in the treebank excerpt, every comma between a word and a subordinate clause
 *   (gold: a ccomp, advcl, acl or csubj clause whose first word is that comma's next token, and
 *   begins with a subordinator, a pronoun or adverb, or a preposition before one) is deleted; a
 *   hit is a `comma` finding whose fix puts the comma back there; those inside quotation marks are
 *   counted and shown apart, as for case recall. Target ≥ 80 %.
 * - Case recall: every singular noun not in the nominative whose preposition (gold `case`
 *   dependent) stands at most three tokens before it is put back into the nominative (its gold
 *   lemma); a hit is a `preposition-case` finding on that noun. A nominative that is also a form
 *   of the noun in a case the preposition governs is no error and not counted; those inside
 *   quotation marks are counted and shown apart. Target ≥ 80 %.
 * - Speed: the grammar rules' own time on a parsed 300-word draft (median). Target ≤ 2 ms.
 * - Analyzer load: reading assets/morphology and createMorphAnalyzer, timed once (reported).
 * Held-out: the same false alarms and recalls, with the same targets, on text whose excerpts nobody
 * read while tuning the rules (its counts were read: docs/decisions.md, issue 20, parts G and H) — the treebank's whole test split less its spoken transcripts (bench/data/lvtb-test,
 * lv_lvtb-ud-test-trimmed.conllu; every 8th sentence of it is also the analyzer's gold) and 10,000
 * words of a second ELTeC novel (bench/data/grammar-heldout). The dev text above was read
 * while the rules were written, so its figures are not blind. Only counts are printed for it;
 * excerpts of its findings and misses only with GRAMMAR_SHOW_HELDOUT=1.
 * The rules are found by id in the catalogue, so a grammar rule not in this build is reported as
 * such and not measured.
 */
import * as fs from "fs";
import * as path from "path";
import { parseDraft } from "../src/core/draft";
import { buildContext } from "../src/core/check/context";
import { checkDraft } from "../src/core/check/checkDraft";
import { morphologyRules, RULES_WITHOUT_SPELLING } from "../src/core/rules";
import type { Finding, Rule } from "../src/core/rules/types";
import { grammarScope } from "../src/core/rules/support/wordFix";
import { lazyQuotationCursor } from "../src/core/rules/support/structure";
import { morphologySections } from "./morphologyGold";
import { createMorphAnalyzer, governedCases, morphologyAssetFile, type MorphAnalyzer } from "../src/core/lv/morphology";
import { morphologyAssetDir } from "../src/cli/loadMorphology";

const GRAMMAR_RULE_IDS: readonly string[] = ["comma", "typography", "preposition-case", "verb-agreement"];
const TARGET_FALSE_ALARMS_PER_1000 = 1;
const TARGET_RECALL = 0.8;
const TARGET_ADDED_MS = 2;
const PIECE_WORDS = 300;
const PREFIX = "Labdien!\n\n";
const SUFFIX = "\n\nAr cieņu,\nIlze Ozola\nKlientu apkalpošanas speciāliste\nĀdažu novada pašvaldība";
/** Clause relations whose comma the recall test deletes (subtypes such as acl:relcl included). */
const SUBORDINATE_RELATIONS = ["ccomp", "advcl", "acl", "csubj"];

interface ConlluToken {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  feats: string;
  head: number;
  deprel: string;
  spaceAfter: boolean;
}

/** A piece of text with the places where an error was made (offsets into `text`). */
interface Piece {
  text: string;
  words: number;
  /** Comma recall: where a deleted comma belongs (end of the word before it) and the clause's first word. */
  commas: Array<{ at: number; word: string }>;
  /** Case recall: the noun put back into the nominative. */
  nouns: Array<{ start: number; end: number; gold: string; changed: string; lemma: string; preposition: string }>;
}

const root = path.join(__dirname, "..", "..");
const dataDir = path.join(root, "bench", "data");

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?…])\s+(?=[\p{Lu}„"—–-])/u).filter(Boolean);
}

/** Plain text → pieces of whole sentences, at most PIECE_WORDS words each (one paragraph per piece at most). */
function plainPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const paragraph of text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean)) {
    let current: string[] = [];
    let words = 0;
    for (const sentence of sentencesOf(paragraph)) {
      const n = countWords(sentence);
      if (words + n > PIECE_WORDS && current.length) {
        pieces.push({ text: current.join(" "), words, commas: [], nouns: [] });
        current = [];
        words = 0;
      }
      current.push(sentence);
      words += n;
    }
    if (current.length) pieces.push({ text: current.join(" "), words, commas: [], nouns: [] });
  }
  return pieces;
}

function parseConllu(text: string): ConlluToken[][] {
  const sentences: ConlluToken[][] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const tokens: ConlluToken[] = [];
    let sentenceText: string | undefined;
    for (const line of block.split("\n")) {
      if (line.startsWith("# text = ")) sentenceText = line.slice("# text = ".length);
      if (!line || line.startsWith("#")) continue;
      const c = line.split("\t");
      if (!/^\d+$/.test(c[0])) continue;
      tokens.push({ id: Number(c[0]), form: c[1], lemma: c[2], upos: c[3], feats: c[5], head: Number(c[6]), deprel: c[7], spaceAfter: !c[9].includes("SpaceAfter=No") });
    }
    if (sentenceText !== undefined) spaceAsText(tokens, sentenceText);
    if (tokens.length) sentences.push(tokens);
  }
  return sentences;
}

/**
 * Spacing from the sentence's `# text` comment, for an excerpt whose MISC column (SpaceAfter=No)
 * was blanked (bench/data/lvtb-test). Left as the MISC column says where the forms do not follow
 * one another in the text.
 */
function spaceAsText(tokens: ConlluToken[], text: string): void {
  const spaced: boolean[] = [];
  let at = 0;
  for (const t of tokens) {
    while (at < text.length && /\s/.test(text[at])) at++;
    if (!text.startsWith(t.form, at)) return;
    at += t.form.length;
    spaced.push(at < text.length && /\s/.test(text[at]));
  }
  tokens.forEach((t, i) => (t.spaceAfter = spaced[i]));
}

/** Index (0-based) of the first non-punctuation token of each token's subtree. */
function subtreeStarts(tokens: ConlluToken[]): number[] {
  const start = tokens.map((t, i) => (t.upos === "PUNCT" ? Infinity : i));
  // Propagate each token's index up its chain of heads (sentences are short; this is quadratic at worst).
  tokens.forEach((t, i) => {
    if (t.upos === "PUNCT") return;
    let h = t.head;
    let guard = 0;
    while (h > 0 && guard++ < tokens.length) {
      start[h - 1] = Math.min(start[h - 1], i);
      h = tokens[h - 1].head;
    }
  });
  return start;
}

function feature(token: ConlluToken, name: string): string | undefined {
  const hit = token.feats.split("|").find((f) => f.startsWith(`${name}=`));
  return hit ? hit.slice(name.length + 1) : undefined;
}

/** Subordinate-clause commas of a sentence: index of the comma. */
function subordinateCommas(tokens: ConlluToken[]): number[] {
  const starts = subtreeStarts(tokens);
  const found: number[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i].form !== "," || tokens[i - 1].upos === "PUNCT") continue;
    const next = tokens[i + 1];
    const opener = next.upos === "ADP" && i + 2 < tokens.length ? tokens[i + 2] : next;
    if (!["SCONJ", "PRON", "ADV", "DET"].includes(opener.upos)) continue;
    const clause = tokens.findIndex((t, k) => k > i && starts[k] === i + 1 && SUBORDINATE_RELATIONS.includes(t.deprel.split(":")[0]));
    if (clause >= 0) found.push(i);
  }
  return found;
}

/** Nouns after their preposition: index of the noun → the preposition. */
function prepositionNouns(tokens: ConlluToken[]): Map<number, string> {
  const found = new Map<number, string>();
  tokens.forEach((t, i) => {
    if (t.upos !== "ADP" || t.deprel !== "case" || t.head - 1 <= i || t.head - 1 - i > 3) return;
    const noun = tokens[t.head - 1];
    if (noun.upos !== "NOUN" || feature(noun, "Number") !== "Sing" || !feature(noun, "Case") || feature(noun, "Case") === "Nom") return;
    if (!noun.lemma || noun.lemma === "_" || noun.lemma.toLowerCase() === noun.form.toLowerCase()) return;
    found.set(t.head - 1, t.form);
  });
  return found;
}

function matchCase(lemma: string, form: string): string {
  return form[0] === form[0].toUpperCase() ? lemma[0].toUpperCase() + lemma.slice(1) : lemma;
}

/**
 * Builds a sentence's text, optionally with the errors made: deleted commas (their positions
 * recorded) and nouns in the nominative.
 */
function sentenceText(tokens: ConlluToken[], commas: ReadonlySet<number>, nouns: ReadonlyMap<number, string>, piece: Piece): string {
  let text = "";
  const base = piece.text.length;
  tokens.forEach((t, i) => {
    if (commas.has(i)) {
      piece.commas.push({ at: base + text.length, word: tokens[i + 1].form });
      return;
    }
    let form = t.form;
    if (nouns.has(i)) {
      form = matchCase(t.lemma, t.form);
      piece.nouns.push({ start: base + text.length, end: base + text.length + form.length, gold: t.form, changed: form, lemma: t.lemma, preposition: nouns.get(i) as string });
    }
    // A deleted comma leaves the space the comma had after it.
    if (text && !text.endsWith(" ") && commas.has(i - 1)) text += " ";
    text += form;
    if (t.spaceAfter && i + 1 < tokens.length) text += " ";
  });
  return text;
}

/** The treebank excerpt as pieces: unchanged, with subordinate-clause commas deleted, with nouns in the nominative. */
function treebankPieces(conllu: string): { plain: Piece[]; commaErrors: Piece[]; caseErrors: Piece[] } {
  const sentences = parseConllu(conllu);
  const build = (errors: "none" | "comma" | "case"): Piece[] => {
    const pieces: Piece[] = [];
    let piece: Piece = { text: "", words: 0, commas: [], nouns: [] };
    for (const tokens of sentences) {
      const words = tokens.filter((t) => t.upos !== "PUNCT").length;
      if (piece.words + words > PIECE_WORDS && piece.text) {
        pieces.push(piece);
        piece = { text: "", words: 0, commas: [], nouns: [] };
      }
      if (piece.text) piece.text += " ";
      const commas = new Set(errors === "comma" ? subordinateCommas(tokens) : []);
      const nouns = errors === "case" ? prepositionNouns(tokens) : new Map<number, string>();
      piece.text += sentenceText(tokens, commas, nouns, piece);
      piece.words += words;
    }
    if (piece.text) pieces.push(piece);
    return pieces;
  };
  return { plain: build("none"), commaErrors: build("comma"), caseErrors: build("case") };
}

function check(piece: Piece, rules: readonly Rule[]): Finding[] {
  const draft = parseDraft(PREFIX + piece.text + SUFFIX, "text");
  const context = buildContext({ draft, recipients: [{ email: "janis.berzins@inbox.lv", name: "Jānis Bērziņš", kind: "to" }], composeType: "reply", attachments: [], userEmail: "ilze.ozola@adazi.lv" });
  return checkDraft(draft, context, rules)
    .filter((f) => f.start >= PREFIX.length && f.start < PREFIX.length + piece.text.length)
    .map((f) => ({ ...f, start: f.start - PREFIX.length, end: f.end - PREFIX.length, fix: f.fix && { ...f.fix, start: f.fix.start - PREFIX.length, end: f.fix.end - PREFIX.length } }));
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
}

function percent(hit: number, total: number): string {
  return total ? `${((hit / total) * 100).toFixed(1)} % (${hit}/${total})` : "n/a";
}

interface Corpus {
  name: string;
  pieces: Piece[];
}

/**
 * What a block prints. Dev: every list, and misses with GRAMMAR_SHOW. Held-out: counts only, so
 * that nobody tunes a rule on that text; lists and misses only with GRAMMAR_SHOW_HELDOUT=1.
 */
interface Show {
  /** Excerpts of findings per rule (0 = none). */
  excerpts: number;
  /** Word lists (caught/missed before, the nouns not counted, missed examples). */
  lists: boolean;
  /** One line per missed error. */
  misses: boolean;
}

/** Findings of the rules on unchanged text, per corpus and per rule; returns the total and the words. */
function falseAlarms(corpora: readonly Corpus[], rules: readonly Rule[], show: Show, indent: string): { alarms: number; words: number } {
  let totalWords = 0;
  const nameWidth = Math.max(40 - indent.length, ...corpora.map((c) => c.name.length + 1));
  const alarms = new Map<string, Array<{ corpus: string; message: string; excerpt: string; context: string }>>(GRAMMAR_RULE_IDS.map((id) => [id, []]));
  for (const corpus of corpora) {
    let words = 0;
    let found = 0;
    for (const piece of corpus.pieces) {
      words += piece.words;
      for (const f of check(piece, rules)) {
        found++;
        alarms.get(f.rule)?.push({ corpus: corpus.name, message: f.messageId ?? "", excerpt: f.excerpt, context: piece.text.slice(Math.max(0, f.start - 40), f.end + 40).replace(/\s+/g, " ") });
      }
    }
    totalWords += words;
    console.log(`${indent}${corpus.name.padEnd(nameWidth)} ${String(words).padStart(6)} words  ${String(found).padStart(3)} findings  ${((found / words) * 1000).toFixed(2)} per 1,000`);
  }
  let totalAlarms = 0;
  for (const rule of rules) {
    const list = alarms.get(rule.meta.id) ?? [];
    totalAlarms += list.length;
    // Per message, where a rule has several kinds of finding (typography: quotes, dash, spaces…).
    const kinds = new Map<string, number>();
    for (const a of list) kinds.set(a.message, (kinds.get(a.message) ?? 0) + 1);
    const byKind = kinds.size > 0 && Object.keys(rule.meta.messages.en).length > 1 ? `  (${[...kinds].map(([m, n]) => `${m} ${n}`).join(", ")})` : "";
    console.log(`${indent}  ${rule.meta.id.padEnd(18)} ${String(list.length).padStart(4)} false alarms  ${((list.length / totalWords) * 1000).toFixed(2)} per 1,000 words${byKind}`);
    for (const a of list.slice(0, show.excerpts)) console.log(`${indent}      ${a.excerpt}  ‹${a.context}›  (${a.corpus})`);
  }
  return { alarms: totalAlarms, words: totalWords };
}

/** Comma recall on the treebank text with its subordinate-clause commas deleted. */
function commaRecall(pieces: readonly Piece[], commaRule: Rule, show: Show, indent: string): { planted: number; caught: number } {
  let planted = 0;
  let caught = 0;
  const missedBy = new Map<string, number>();
  const caughtBy = new Map<string, number>();
  let quotedPlanted = 0;
  let quotedCaught = 0;
  for (const piece of pieces) {
    const fixes = new Set(check(piece, [commaRule]).map((f) => f.fix?.start));
    const quotedAt = lazyQuotationCursor(PREFIX + piece.text, PREFIX.length + piece.text.length);
    for (const c of piece.commas) {
      planted++;
      const key = c.word.toLowerCase();
      const quoted = quotedAt(PREFIX.length + c.at);
      if (quoted) quotedPlanted++;
      if (fixes.has(c.at)) {
        caught++;
        if (quoted) quotedCaught++;
        caughtBy.set(key, (caughtBy.get(key) ?? 0) + 1);
      } else {
        missedBy.set(key, (missedBy.get(key) ?? 0) + 1);
        if (show.misses) console.log(`${indent}      missed: ‹${piece.text.slice(Math.max(0, c.at - 50), c.at)}|${piece.text.slice(c.at, c.at + 30)}›`);
      }
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([w, n]) => `${w} ${n}`).join(", ");
  console.log(`${indent}comma recall: ${percent(caught, planted)} of deleted subordinate-clause commas (target ≥ ${TARGET_RECALL * 100} %)`);
  console.log(`${indent}  inside quotation marks (comma leaves quoted words alone): ${quotedPlanted}, caught ${quotedCaught}; outside them: ${percent(caught - quotedCaught, planted - quotedPlanted)}`);
  if (show.lists) {
    console.log(`${indent}  caught before: ${top(caughtBy)}`);
    console.log(`${indent}  missed before: ${top(missedBy)}`);
  }
  return { planted, caught };
}

/** Case recall on the treebank text with nouns after a preposition put into the nominative. */
function caseRecall(pieces: readonly Piece[], caseRule: Rule, analyzer: MorphAnalyzer, show: Show, indent: string): { planted: number; caught: number } {
  let planted = 0;
  let caught = 0;
  const notErrors: string[] = [];
  const missed: string[] = [];
  let quotedPlanted = 0;
  let quotedCaught = 0;
  let restored = 0;
  for (const piece of pieces) {
    const found = check(piece, [caseRule]);
    const scope = grammarScope(parseDraft(PREFIX + piece.text + SUFFIX, "text"), "lv");
    const quotedAt = lazyQuotationCursor(PREFIX + piece.text, PREFIX.length + piece.text.length);
    for (const n of piece.nouns) {
      // The nominative that is also a form of the same noun in a case the preposition governs
      // ("pie tirgus": the 3rd declension's nominative is its genitive) is no error: not counted.
      const lemma = n.lemma.toLowerCase();
      if (analyzer.analyze(n.changed).some((a) => a.pos === "noun" && a.lemma.toLowerCase() === lemma && a.case !== "nom" && a.number !== undefined && a.case !== undefined && governedCases(n.preposition, a.number).indexOf(a.case) >= 0)) {
        notErrors.push(`${n.preposition} ${n.changed}`);
        continue;
      }
      planted++;
      const finding = found.find((f) => f.start <= n.start && f.end >= n.end);
      const hit = finding !== undefined;
      // A caught error whose fix (or one of its suggestions) is the word the text had.
      if (finding && (finding.suggestions ?? [finding.fix?.text]).some((s) => s === n.gold)) restored++;
      else if (finding && show.misses) console.log(`${indent}      other fix: ‹${piece.text.slice(Math.max(0, n.start - 30), n.end + 25).replace(/\s+/g, " ")}›  ${n.changed} → ${finding.fix?.text ?? ""} (the text had ${n.gold})`);
      if (quotedAt(PREFIX.length + n.start)) {
        quotedPlanted++;
        if (hit) quotedCaught++;
      }
      if (hit) caught++;
      else {
        missed.push(`${n.changed}←${n.gold}`);
        if (show.misses) console.log(`${indent}      missed${scope && PREFIX.length + n.start >= scope.end ? " (after the body end)" : ""}: ‹${piece.text.slice(Math.max(0, n.start - 30), n.end + 25).replace(/\s+/g, " ")}›  ${JSON.stringify(analyzer.analyze(n.changed).map((a) => `${a.pos}/${a.case ?? ""}/${a.number ?? ""}${a.indeclinable ? "/indecl" : ""}`))}`);
      }
    }
  }
  console.log(`${indent}case recall: ${percent(caught, planted)} of nouns after a preposition put into the nominative (target ≥ ${TARGET_RECALL * 100} %)`);
  console.log(`${indent}  inside quotation marks: ${quotedPlanted}, caught ${quotedCaught}; outside them: ${percent(caught - quotedCaught, planted - quotedPlanted)}`);
  console.log(`${indent}  caught errors whose fix or a suggestion is the word the text had: ${percent(restored, caught)}`);
  console.log(`${indent}  not errors, not counted (the nominative is also a governed form of the noun): ${notErrors.length}${show.lists && notErrors.length ? ` — ${notErrors.join(", ")}` : ""}`);
  if (show.lists) console.log(`${indent}  missed e.g.: ${missed.slice(0, 15).join(", ")}`);
  return { planted, caught };
}

/** Wilson 95 % interval of a proportion, as "a–b %": how far a recall on a few hundred errors can be trusted. */
function interval(hit: number, total: number): string {
  if (!total) return "n/a";
  const z = 1.96;
  const p = hit / total;
  const centre = (p + (z * z) / (2 * total)) / (1 + (z * z) / total);
  const half = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / (1 + (z * z) / total);
  return `${((centre - half) * 100).toFixed(1)}–${((centre + half) * 100).toFixed(1)} %`;
}

export async function run(): Promise<{ ok: boolean }> {
  const analyzerOk = morphologySections();
  // The analyzer first, timed: the rules made from it join the catalogue's ready rules.
  const dir = morphologyAssetDir();
  const loadStart = process.hrtime.bigint();
  const assetText = fs.readFileSync(path.join(dir, morphologyAssetFile(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"))), "utf8");
  const analyzer = createMorphAnalyzer(assetText);
  analyzer.analyze("iesniegumu");
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  const catalogue: readonly Rule[] = [...RULES_WITHOUT_SPELLING, ...morphologyRules(analyzer)];
  const rules = GRAMMAR_RULE_IDS.map((id) => catalogue.find((r) => r.meta.id === id)).filter((r): r is Rule => r !== undefined);
  const present = new Set<string>(rules.map((r) => r.meta.id));
  for (const id of GRAMMAR_RULE_IDS) if (!present.has(id)) console.log(`${id}: not in this build, not measured`);
  const commaRule = rules.find((r) => r.meta.id === "comma");
  const caseRule = rules.find((r) => (r.meta.id as string) === "preposition-case");

  const proseDir = path.join(dataDir, "prose-lv");
  const grammarDir = path.join(dataDir, "grammar-lv");
  const treebank = treebankPieces(fs.readFileSync(path.join(grammarDir, "lvtb-dev-trimmed.conllu"), "utf8"));
  const corpora: Corpus[] = [
    ...fs.readdirSync(proseDir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ name: `prose-lv/${f}`, pieces: plainPieces(fs.readFileSync(path.join(proseDir, f), "utf8")) })),
    { name: "grammar-lv/lvtb-dev-trimmed", pieces: treebank.plain },
    // Four novels (ELTeC); the last three were added when the first showed none of the false alarms that fresh fiction did.
    ...["eltec-deglavs-liesma", "eltec-eldgasts-zvaigznotas-naktis", "eltec-skuju-zem-saules", "eltec-deglavs-vecais-pilskungs"].map((name) => ({ name: `grammar-lv/${name}`, pieces: plainPieces(fs.readFileSync(path.join(grammarDir, `${name}.txt`), "utf8")) })),
  ];

  // Dev: the text the rules were tuned on.
  const devShow: Show = { excerpts: Number(process.env.GRAMMAR_SHOW ?? 12), lists: true, misses: Boolean(process.env.GRAMMAR_SHOW) };
  const dev = falseAlarms(corpora, rules, devShow, "");
  const alarmRate = (dev.alarms / dev.words) * 1000;
  console.log(`false alarms (${GRAMMAR_RULE_IDS.filter((id) => present.has(id)).join(", ")}): ${dev.alarms} in ${dev.words} words = ${alarmRate.toFixed(2)} per 1,000 (target ≤ ${TARGET_FALSE_ALARMS_PER_1000})`);
  let ok = alarmRate <= TARGET_FALSE_ALARMS_PER_1000;
  if (commaRule) {
    const r = commaRecall(treebank.commaErrors, commaRule, devShow, "");
    ok = ok && r.planted > 0 && r.caught / r.planted >= TARGET_RECALL;
  }
  if (caseRule) {
    const r = caseRecall(treebank.caseErrors, caseRule, analyzer, devShow, "");
    ok = ok && r.planted > 0 && r.caught / r.planted >= TARGET_RECALL;
  }

  // Held-out: text nobody tuned the rules on (bench/data/grammar-heldout/README.md). Counts only.
  const showHeldOut = process.env.GRAMMAR_SHOW_HELDOUT === "1";
  const heldShow: Show = showHeldOut ? { ...devShow, lists: true, misses: true } : { excerpts: 0, lists: false, misses: false };
  const heldTreebank = treebankPieces(fs.readFileSync(path.join(dataDir, "lvtb-test", "lv_lvtb-ud-test-trimmed.conllu"), "utf8"));
  const heldCorpora: Corpus[] = [
    { name: "lvtb-test/lv_lvtb-ud-test-trimmed", pieces: heldTreebank.plain },
    { name: "grammar-heldout/eltec-niedra-liduma-dumos", pieces: plainPieces(fs.readFileSync(path.join(dataDir, "grammar-heldout", "eltec-niedra-liduma-dumos.txt"), "utf8")) },
  ];
  console.log(`held-out (no excerpt read while tuning, its counts were: docs/decisions.md; counts only${showHeldOut ? ", excerpts shown: GRAMMAR_SHOW_HELDOUT=1 — do not tune on them" : "; excerpts with GRAMMAR_SHOW_HELDOUT=1"}):`);
  const held = falseAlarms(heldCorpora, rules, heldShow, "  ");
  const heldRate = (held.alarms / held.words) * 1000;
  console.log(`  false alarms: ${held.alarms} in ${held.words} words = ${heldRate.toFixed(2)} per 1,000 (target ≤ ${TARGET_FALSE_ALARMS_PER_1000})`);
  // The targets hold on held-out text too (docs/decisions.md, issue 20, held-out): the dev figures
  // were reached while looking at the dev text, so they alone would overstate the rules.
  let heldOk = heldRate <= TARGET_FALSE_ALARMS_PER_1000;
  if (commaRule) {
    const r = commaRecall(heldTreebank.commaErrors, commaRule, heldShow, "  ");
    console.log(`    95 % interval ${interval(r.caught, r.planted)}`);
    heldOk = heldOk && r.planted > 0 && r.caught / r.planted >= TARGET_RECALL;
  }
  if (caseRule) {
    const r = caseRecall(heldTreebank.caseErrors, caseRule, analyzer, heldShow, "  ");
    console.log(`    95 % interval ${interval(r.caught, r.planted)}`);
    heldOk = heldOk && r.planted > 0 && r.caught / r.planted >= TARGET_RECALL;
  }
  console.log(heldOk ? "  held-out: targets met" : "  held-out: a target is not met");
  ok = ok && heldOk;

  // Speed: the grammar rules' own time on a parsed ~300-word draft (median over pieces and rounds).
  const samples = treebank.plain.filter((p) => p.words >= PIECE_WORDS * 0.8).slice(0, 20);
  const added: number[] = [];
  for (let round = 0; round < 6; round++) {
    for (const piece of samples) {
      const draft = parseDraft(PREFIX + piece.text + SUFFIX, "text");
      const context = buildContext({ draft, recipients: [{ email: "janis.berzins@inbox.lv", kind: "to" }], composeType: "reply", attachments: [] });
      const t0 = process.hrtime.bigint();
      checkDraft(draft, context, rules);
      if (round > 0) added.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const addedMs = median(added);
  console.log(`speed: grammar rules add ${addedMs.toFixed(2)} ms (median) to a ~300-word check (target ≤ ${TARGET_ADDED_MS} ms)`);
  ok = ok && addedMs <= TARGET_ADDED_MS;
  console.log(`analyzer load: ${loadMs.toFixed(1)} ms (read ${(assetText.length / 1024).toFixed(0)} K characters and build, first analyze included)`);
  ok = ok && analyzerOk;
  console.log(ok ? "grammar: targets met" : "grammar: a target is not met");
  return { ok };
}
