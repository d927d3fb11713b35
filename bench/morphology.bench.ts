/**
 * Morphology benchmark (issue 20): the Latvian analyzer (src/core/lv/morphology) against gold
 * annotation it was not built from, and the grammar rules that use it.
 *
 *  - Gold: bench/data/lvtb-test (every 8th sentence of the Latvian UD Treebank's test split).
 *    For tokens whose gold UPOS is NOUN, VERB, ADJ or PRON: coverage — the gold (lemma, case,
 *    number, person) is among the analyses; certain-and-wrong — all analyses agree on (case,
 *    number, person) and that is not the gold's (what a rule trusts when it says "unambiguous").
 *    Nouns separately: a case the analyzer is sure of that is wrong (what preposition-case trusts).
 *  - Rules: preposition-case and verb-agreement on the excerpt's sentences and on the prose of
 *    bench/data/prose-lv (false alarms per 1,000 words, each one printed), and preposition-case's
 *    recall on synthetic errors: a noun right after a preposition put back into the nominative.
 *  - Speed: the analyzer's cold load and RSS growth in a fresh Node process (next to the spelling
 *    checker's, measured the same way), analysis time per word (uncached), and the grammar rules'
 *    time on a 300-word text (first run with a fresh analyzer cache, and again).
 * Targets: certain-and-wrong ≤ 2 % of certain tokens and noun cases ≤ 2 %; ≤ 1 false alarm per
 * 1,000 words; recall ≥ 80 %; load ≤ 250 ms and ≤ 30 MB RSS; grammar ≤ 2 ms on 300 words (warm).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { createMorphAnalyzer, morphologyAssetFile, PREPOSITIONS, type Analysis, type MorphAnalyzer } from "../src/core/lv/morphology";
import { morphologyRules } from "../src/core/rules/grammar";
import { parseDraft } from "../src/core/draft";

const TARGET_CERTAIN_WRONG = 0.02;
const TARGET_FALSE_PER_1000 = 1;
const TARGET_RECALL = 0.8;
const TARGET_LOAD_MS = 250;
const TARGET_RSS_MB = 30;
const TARGET_GRAMMAR_MS = 2;

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  return dir;
}
const root = repoRoot();

interface Token {
  form: string;
  lemma: string;
  upos: string;
  feats: Record<string, string>;
  head: number;
  deprel: string;
}
interface Sentence {
  id: string;
  text: string;
  tokens: Token[];
}

function readConllu(file: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of fs.readFileSync(file, "utf8").split(/\n\s*\n/)) {
    const lines = block.split("\n").filter(Boolean);
    if (!lines.length) continue;
    const sentence: Sentence = { id: "", text: "", tokens: [] };
    for (const line of lines) {
      if (line.startsWith("# sent_id = ")) sentence.id = line.slice(12);
      else if (line.startsWith("# text = ")) sentence.text = line.slice(9);
      else if (!line.startsWith("#")) {
        const f = line.split("\t");
        if (!/^\d+$/.test(f[0])) continue;
        const feats: Record<string, string> = {};
        if (f[5] !== "_") for (const kv of f[5].split("|")) feats[kv.split("=")[0]] = kv.split("=")[1];
        sentence.tokens.push({ form: f[1], lemma: f[2], upos: f[3], feats, head: Number(f[6]), deprel: f[7] });
      }
    }
    sentences.push(sentence);
  }
  return sentences;
}

const CASES: Record<string, Analysis["case"]> = { Nom: "nom", Gen: "gen", Dat: "dat", Acc: "acc", Loc: "loc", Voc: "voc", Ins: "ins" };
const NUMBERS: Record<string, Analysis["number"]> = { Sing: "sg", Plur: "pl" };

interface Gold {
  case?: Analysis["case"];
  number?: Analysis["number"];
  person?: number;
}
function goldOf(token: Token): Gold {
  const gold: Gold = {};
  if (token.feats.Case) gold.case = CASES[token.feats.Case];
  if (token.feats.Number && token.feats.Number !== "Coll") gold.number = NUMBERS[token.feats.Number];
  if (token.feats.Person) gold.person = Number(token.feats.Person);
  return gold;
}

function featuresMatch(a: Analysis, gold: Gold): boolean {
  if (gold.case !== undefined && a.case !== gold.case) return false;
  if (gold.number !== undefined && a.number !== gold.number && !(a.number === undefined && a.person === 3)) return false;
  if (gold.person !== undefined && a.person !== gold.person) return false;
  return true;
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + " %" : "—");

function loadAnalyzerText(): string {
  const dir = path.join(root, "assets", "morphology");
  return fs.readFileSync(path.join(dir, morphologyAssetFile(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"))), "utf8");
}

function gold(analyzer: MorphAnalyzer, sentences: Sentence[]): boolean {
  const byPos: Record<string, { n: number; covered: number; certain: number; wrong: number }> = {};
  let nounCertain = 0;
  let nounWrong = 0;
  const examples: string[] = [];
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (!["NOUN", "VERB", "ADJ", "PRON"].includes(t.upos)) continue;
      const row = (byPos[t.upos] = byPos[t.upos] || { n: 0, covered: 0, certain: 0, wrong: 0 });
      row.n++;
      const g = goldOf(t);
      const analyses = analyzer.analyze(t.form);
      if (analyses.some((a) => a.lemma.toLowerCase() === t.lemma.toLowerCase() && featuresMatch(a, g))) row.covered++;
      const tuples = new Set(analyses.map((a) => `${a.case}|${a.number}|${a.person}`));
      if (analyses.length > 0 && tuples.size === 1 && (analyses[0].case || analyses[0].person)) {
        row.certain++;
        if (!featuresMatch(analyses[0], g)) row.wrong++;
      }
      if (t.upos === "NOUN" && analyses.length > 0 && analyses.every((a) => a.pos === "noun" && a.case !== undefined)) {
        const cases = new Set(analyses.map((a) => a.case));
        if (cases.size === 1) {
          nounCertain++;
          if (g.case !== undefined && analyses[0].case !== g.case) {
            nounWrong++;
            if (examples.length < 8) examples.push(`${t.form} (gold ${g.case}, analyzed ${analyses[0].case})`);
          }
        }
      }
    }
  }
  let certain = 0;
  let wrong = 0;
  console.log("gold (LVTB test excerpt)   tokens  coverage  certain  certain & wrong");
  for (const [pos, r] of Object.entries(byPos)) {
    certain += r.certain;
    wrong += r.wrong;
    console.log(`  ${pos.padEnd(24)} ${String(r.n).padStart(6)}  ${pct(r.covered, r.n).padStart(8)}  ${pct(r.certain, r.n).padStart(7)}  ${pct(r.wrong, r.certain).padStart(8)} (${r.wrong})`);
  }
  console.log(`  all certain: ${certain}, wrong ${pct(wrong, certain)} (target ≤ ${TARGET_CERTAIN_WRONG * 100} %)`);
  console.log(`  nouns with one certain case: ${nounCertain}, wrong ${pct(nounWrong, nounCertain)} (target ≤ ${TARGET_CERTAIN_WRONG * 100} %)${examples.length ? "; e.g. " + examples.join(", ") : ""}`);
  return wrong <= TARGET_CERTAIN_WRONG * certain && nounWrong <= TARGET_CERTAIN_WRONG * nounCertain;
}

function ruleFindings(analyzer: MorphAnalyzer, text: string): Array<{ rule: string; excerpt: string; fix?: string; start: number }> {
  const draft = parseDraft(text, "text");
  const out: Array<{ rule: string; excerpt: string; fix?: string; start: number }> = [];
  for (const rule of morphologyRules(analyzer)) {
    for (const r of rule.check(draft, { language: "lv" })) out.push({ rule: rule.meta.id, excerpt: draft.text.slice(r.start, r.end), fix: r.fix?.text, start: r.start });
  }
  return out;
}

const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) || []).length;

function falseAlarms(analyzer: MorphAnalyzer, sentences: Sentence[]): boolean {
  const texts: Array<[string, string]> = sentences.map((s) => [s.id, s.text]);
  const proseDir = path.join(root, "bench", "data", "prose-lv");
  for (const file of fs.readdirSync(proseDir).filter((f) => f.endsWith(".txt")).sort()) texts.push([file, fs.readFileSync(path.join(proseDir, file), "utf8")]);
  let words = 0;
  const alarms: string[] = [];
  for (const [name, text] of texts) {
    words += wordCount(text);
    for (const f of ruleFindings(analyzer, text)) alarms.push(`${name}: ${f.rule} "${text.slice(Math.max(0, f.start - 30), f.start + f.excerpt.length + 10).replace(/\s+/g, " ")}" → ${f.fix}`);
  }
  const rate = (1000 * alarms.length) / words;
  console.log(`rules on edited prose (excerpt + prose-lv, ${words} words): ${alarms.length} findings, ${rate.toFixed(2)} per 1,000 words (target ≤ ${TARGET_FALSE_PER_1000})`);
  for (const a of alarms) console.log(`  ${a}`);
  return rate <= TARGET_FALSE_PER_1000;
}

/** Offsets of each token in the sentence's text (tokens appear in order). */
function tokenOffsets(s: Sentence): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const t of s.tokens) {
    const found = s.text.indexOf(t.form, at);
    offsets.push(found);
    if (found >= 0) at = found + t.form.length;
  }
  return offsets;
}

function recall(analyzer: MorphAnalyzer, sentences: Sentence[]): boolean {
  let made = 0;
  let found = 0;
  let fixed = 0;
  const missed: string[] = [];
  for (const s of sentences) {
    const offsets = tokenOffsets(s);
    s.tokens.forEach((prep, i) => {
      const noun = s.tokens[i + 1];
      if (prep.upos !== "ADP" || !PREPOSITIONS[prep.form.toLowerCase()] || !noun || noun.upos !== "NOUN" || prep.head !== i + 2) return;
      const g = goldOf(noun);
      if (!g.case || g.case === "nom" || !g.number || offsets[i + 1] < 0) return;
      const reading = analyzer.analyze(noun.form).find((a) => a.lemma.toLowerCase() === noun.lemma.toLowerCase() && a.case === g.case && a.number === g.number);
      if (!reading) return;
      const nominative = analyzer.inflect(reading, { case: "nom", number: g.number })[0];
      if (!nominative || nominative === noun.form.toLowerCase()) return;
      const form = noun.form[0] !== noun.form[0].toLowerCase() ? nominative[0].toUpperCase() + nominative.slice(1) : nominative;
      const start = offsets[i + 1];
      const text = s.text.slice(0, start) + form + s.text.slice(start + noun.form.length);
      made++;
      const hit = ruleFindings(analyzer, text).find((f) => f.rule === "preposition-case" && f.start === start);
      if (hit) {
        found++;
        if (hit.fix === noun.form) fixed++;
      } else if (missed.length < 10) missed.push(`${prep.form} ${form} (${noun.form})`);
    });
  }
  console.log(`preposition-case on synthetic errors (a noun after a preposition put into the nominative): ${made} made, found ${pct(found, made)} (target ≥ ${TARGET_RECALL * 100} %), fix restores the original ${pct(fixed, found)}`);
  if (missed.length) console.log(`  missed, e.g.: ${missed.join("; ")}`);
  return found >= TARGET_RECALL * made;
}

function freshLoad(): { analyzer: { ms: number; rssMb: number }; spelling: { ms: number; rssMb: number } } {
  const morphology = path.join(__dirname, "..", "src", "core", "lv", "morphology", "index.js");
  const spelling = path.join(__dirname, "..", "src", "cli", "loadSpelling.js");
  const measure = (body: string) =>
    JSON.parse(
      execFileSync(process.execPath, ["-e", `const fs=require("fs");const before=process.memoryUsage().rss;const t=process.hrtime.bigint();${body};console.log(JSON.stringify({ms:Number(process.hrtime.bigint()-t)/1e6,rssMb:(process.memoryUsage().rss-before)/1048576}))`], {
        cwd: root,
        encoding: "utf8",
      })
        .trim()
        .split("\n")
        .pop() as string,
    ) as { ms: number; rssMb: number };
  const dir = path.join(root, "assets", "morphology");
  return {
    analyzer: measure(`const m=require(${JSON.stringify(morphology)});const dir=${JSON.stringify(dir)};const a=m.createMorphAnalyzer(fs.readFileSync(dir+"/"+m.morphologyAssetFile(fs.readFileSync(dir+"/manifest.json","utf8")),"utf8"));a.analyze("iesniegumu")`),
    spelling: measure(`const s=require(${JSON.stringify(spelling)});s.loadSpellChecker("lv").isCorrect?0:0`),
  };
}

function speed(sentences: Sentence[], text: string): boolean {
  const load = freshLoad();
  console.log(`load in a fresh Node process: analyzer ${load.analyzer.ms.toFixed(0)} ms, +${load.analyzer.rssMb.toFixed(1)} MB RSS (targets ≤ ${TARGET_LOAD_MS} ms, ≤ ${TARGET_RSS_MB} MB); the spelling checker (lv + en) ${load.spelling.ms.toFixed(0)} ms, +${load.spelling.rssMb.toFixed(1)} MB`);
  const analyzer = createMorphAnalyzer(text);
  const words = [...new Set(sentences.flatMap((s) => s.tokens.map((t) => t.form)))];
  let t = process.hrtime.bigint();
  for (const w of words) analyzer.analyze(w);
  const perWord = Number(process.hrtime.bigint() - t) / 1e3 / words.length;
  console.log(`analysis: ${perWord.toFixed(1)} µs a word, uncached (${words.length} distinct words)`);
  // A 300-word reply-like text: the first sentences of the excerpt up to 300 words.
  let sample = "";
  for (const s of sentences) {
    if (wordCount(sample) >= 300) break;
    sample += s.text + " ";
  }
  const draft = parseDraft(sample, "text");
  const rules = morphologyRules(createMorphAnalyzer(text));
  t = process.hrtime.bigint();
  for (const rule of rules) rule.check(draft, { language: "lv" });
  const cold = Number(process.hrtime.bigint() - t) / 1e6;
  const runs = 50;
  t = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) for (const rule of rules) rule.check(draft, { language: "lv" });
  const warm = Number(process.hrtime.bigint() - t) / 1e6 / runs;
  console.log(`grammar rules on ${wordCount(sample)} words: ${cold.toFixed(2)} ms with a fresh analyzer cache, ${warm.toFixed(2)} ms again (target ≤ ${TARGET_GRAMMAR_MS} ms)`);
  return load.analyzer.ms <= TARGET_LOAD_MS && load.analyzer.rssMb <= TARGET_RSS_MB && warm <= TARGET_GRAMMAR_MS;
}

export async function run(): Promise<{ ok: boolean }> {
  const sentences = readConllu(path.join(root, "bench", "data", "lvtb-test", "lv_lvtb-ud-test-excerpt.conllu"));
  const text = loadAnalyzerText();
  const analyzer = createMorphAnalyzer(text);
  const results = [gold(analyzer, sentences), falseAlarms(analyzer, sentences), recall(analyzer, sentences), speed(sentences, text)];
  const ok = results.every(Boolean);
  console.log(ok ? "morphology: all targets met" : "morphology: TARGET MISSED");
  return { ok };
}
