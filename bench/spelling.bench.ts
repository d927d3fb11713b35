/**
 * Spelling engine benchmark (issue 5), all figures from the same run on the same machine:
 *  - cold load time and RSS growth of our engine, each in a fresh Node process, against
 *    hunspell-asm (Hunspell in WebAssembly, also in a fresh process) and native Hunspell
 *    (`/usr/bin/time -v hunspell`, skipped with a message where it is not installed);
 *  - checks per second;
 *  - suggestion latency (median, p95) and first-suggestion accuracy against Hunspell's first
 *    suggestion (hunspell-asm) on the same seeded misspellings of real Latvian text: words of the
 *    five standards drawn by their frequency there (bench/data/lv-standards-words.tsv), half with
 *    the diacritics dropped, a fifth with two neighbouring letters swapped, the rest with one
 *    letter deleted, inserted or substituted; a misspelling that is itself a word is drawn again.
 * Targets: load ≤ ½ of hunspell-asm's; RSS growth ≤ 30 MB; median suggestion ≤ 5 ms; intended
 * word first for ≥ 90 % of the mix; and the engine agrees with Hunspell on every string it saw.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { createSpellChecker, SpellChecker } from "../src/core/spelling";
import { spellingAssetPath } from "../src/cli/loadSpelling";

const TARGET_LOAD_RATIO = 0.5;
const TARGET_RSS_MB = 30;
const TARGET_MEDIAN_MS = 5;
const TARGET_ACCURACY = 0.9;
const MISSPELLINGS = 1000;
const SEED = 2024;

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("package.json not found");
    dir = parent;
  }
  return dir;
}

const root = repoRoot();

interface LoadFigures {
  ms: number;
  rssMb: number;
}

/** Runs `script` in a fresh Node process; it prints one JSON line of figures. */
function inFreshProcess(script: string): LoadFigures {
  const out = execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop() as string) as LoadFigures;
}

/** The engine module to load in the child: the compiled one next to this bench, else the sources. */
function engineModule(): { path: string; register: string } {
  const compiled = path.join(__dirname, "..", "src", "core", "spelling", "index.js");
  if (fs.existsSync(compiled)) return { path: compiled, register: "" };
  return {
    path: path.join(root, "src", "core", "spelling", "index.ts"),
    register: `require(${JSON.stringify(path.join(root, "scripts", "spelling", "register-typescript.js"))});`,
  };
}

function ourColdLoad(): LoadFigures {
  const engine = engineModule();
  return inFreshProcess(`
    const fs = require("fs");
    ${engine.register}
    global.gc && global.gc();
    const rss0 = process.memoryUsage().rss;
    const t0 = process.hrtime.bigint();
    const { createSpellChecker } = require(${JSON.stringify(engine.path)});
    const checker = createSpellChecker(new Uint8Array(fs.readFileSync(${JSON.stringify(spellingAssetPath("lv"))})));
    if (!checker.check("pašvaldība")) throw new Error("not loaded");
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(JSON.stringify({ ms, rssMb: (process.memoryUsage().rss - rss0) / 1048576 }));
  `);
}

function hunspellAsmColdLoad(): LoadFigures {
  const dict = path.join(root, "node_modules", "dictionary-lv");
  return inFreshProcess(`
    const fs = require("fs");
    const rss0 = process.memoryUsage().rss;
    const t0 = process.hrtime.bigint();
    require("hunspell-asm").loadModule().then((factory) => {
      const aff = factory.mountBuffer(fs.readFileSync(${JSON.stringify(path.join(dict, "index.aff"))}), "index.aff");
      const dic = factory.mountBuffer(fs.readFileSync(${JSON.stringify(path.join(dict, "index.dic"))}), "index.dic");
      const hunspell = factory.create(aff, dic);
      if (!hunspell.spell("pašvaldība")) throw new Error("not loaded");
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      console.log(JSON.stringify({ ms, rssMb: (process.memoryUsage().rss - rss0) / 1048576 }));
    });
  `);
}

/** Native Hunspell: wall time and maximum RSS of loading the dictionary and checking one word. */
function nativeHunspellLoad(): LoadFigures | string {
  if (!fs.existsSync("/usr/bin/time")) return "skipped: /usr/bin/time is not installed";
  const which = spawnSync("sh", ["-c", "command -v hunspell"], { encoding: "utf8" });
  if (which.status !== 0) return "skipped: native hunspell is not installed";
  const dict = path.join(root, "node_modules", "dictionary-lv", "index");
  const run = spawnSync("/usr/bin/time", ["-v", "hunspell", "-d", dict, "-l"], { input: "pašvaldība\n", encoding: "utf8" });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(run.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  if (!wall || !rss) return "skipped: could not read /usr/bin/time's figures";
  const ms = ((Number(wall[1] || 0) * 60 + Number(wall[2])) * 60 + Number(wall[3])) * 1000;
  return { ms, rssMb: Number(rss[1]) / 1024 };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATVIAN_LETTERS = "aābcčdeēfgģhiījkķlļmnņoprsštuūvzž";

function stripDiacritics(word: string): string {
  return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
}

interface Misspelling {
  intended: string;
  typed: string;
  kind: "diacritics" | "transposition" | "edit";
}

/** The seeded mix of misspellings, from the standards' words weighted by their frequency there. */
function misspellings(checker: SpellChecker): Misspelling[] {
  const lines = fs.readFileSync(path.join(root, "bench", "data", "lv-standards-words.tsv"), "utf8").split("\n");
  const words: string[] = [];
  const weights: number[] = [];
  for (const line of lines) {
    if (!line || line.startsWith("#")) continue;
    const [form, count] = line.split("\t");
    // a capitalised sentence start counts as the lower-case word when that is one
    const word = form !== form.toLowerCase() && checker.check(form.toLowerCase()) ? form.toLowerCase() : form;
    if (word.length < 2 || !checker.check(word)) continue;
    words.push(word);
    weights.push(Number(count));
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const random = mulberry32(SEED);
  const draw = (): string => {
    let r = random() * total;
    for (let i = 0; i < words.length; i++) {
      r -= weights[i];
      if (r < 0) return words[i];
    }
    return words[words.length - 1];
  };
  const out: Misspelling[] = [];
  while (out.length < MISSPELLINGS) {
    const word = draw();
    const roll = random();
    const i = Math.floor(random() * word.length);
    const letter = LATVIAN_LETTERS[Math.floor(random() * LATVIAN_LETTERS.length)];
    let typed: string;
    let kind: Misspelling["kind"];
    if (roll < 0.5) {
      typed = stripDiacritics(word);
      kind = "diacritics";
      if (typed === word) continue;
    } else if (roll < 0.7) {
      const j = Math.min(i, word.length - 2);
      if (word[j] === word[j + 1]) continue;
      typed = word.slice(0, j) + word[j + 1] + word[j] + word.slice(j + 2);
      kind = "transposition";
    } else {
      const edit = random();
      if (edit < 1 / 3) {
        if (word.length < 3) continue;
        typed = word.slice(0, i) + word.slice(i + 1);
      } else if (edit < 2 / 3) typed = word.slice(0, i) + letter + word.slice(i);
      else {
        if (word[i] === letter) continue;
        typed = word.slice(0, i) + letter + word.slice(i + 1);
      }
      kind = "edit";
    }
    if (checker.check(typed)) continue; // still a word: no checker could flag it
    out.push({ intended: word, typed, kind });
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

interface HunspellInstance {
  spell(word: string): boolean;
  suggest(word: string): string[];
}

async function hunspellAsm(): Promise<HunspellInstance> {
  const { loadModule } = (await import("hunspell-asm")) as unknown as {
    loadModule(): Promise<{ mountBuffer(b: Uint8Array, name: string): string; create(a: string, d: string): HunspellInstance }>;
  };
  const factory = await loadModule();
  const dict = path.join(root, "node_modules", "dictionary-lv");
  const aff = factory.mountBuffer(fs.readFileSync(path.join(dict, "index.aff")), "index.aff");
  const dic = factory.mountBuffer(fs.readFileSync(path.join(dict, "index.dic")), "index.dic");
  return factory.create(aff, dic);
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits);
const verdict = (ok: boolean): string => (ok ? "PASS" : "FAIL");

export async function run(): Promise<{ ok: boolean }> {
  // Loads, each in a fresh process (best of three, so a busy moment does not decide).
  const best = (f: () => LoadFigures): LoadFigures => {
    const runs = [f(), f(), f()].sort((a, b) => a.ms - b.ms);
    return runs[0];
  };
  const ours = best(ourColdLoad);
  const asm = best(hunspellAsmColdLoad);
  const native = nativeHunspellLoad();

  const checker = createSpellChecker(new Uint8Array(fs.readFileSync(spellingAssetPath("lv"))));
  const mix = misspellings(checker);

  // Checks per second: the standards' words, their misspellings, capitalised and in capitals.
  const probes: string[] = [];
  for (const m of mix) probes.push(m.intended, m.typed, m.intended.toUpperCase(), m.typed[0].toUpperCase() + m.typed.slice(1));
  let checks = 0;
  const checkStart = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - checkStart) < 1e9) {
    for (const word of probes) checker.check(word);
    checks += probes.length;
  }
  const checksPerSecond = checks / (Number(process.hrtime.bigint() - checkStart) / 1e9);

  // Suggestions: ours (timed) and Hunspell's, on the same misspellings.
  const hunspell = await hunspellAsm();
  const latencies: number[] = [];
  const firstRight = { ours: 0, hunspell: 0 };
  const byKind: Record<string, { n: number; ours: number; hunspell: number }> = {};
  let disagreements = 0;
  for (const m of mix) {
    const t0 = process.hrtime.bigint();
    const suggestions = checker.suggest(m.typed);
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const theirs = hunspell.suggest(m.typed);
    const k = (byKind[m.kind] = byKind[m.kind] || { n: 0, ours: 0, hunspell: 0 });
    k.n++;
    if (suggestions[0] === m.intended) {
      firstRight.ours++;
      k.ours++;
    }
    if (theirs[0] === m.intended) {
      firstRight.hunspell++;
      k.hunspell++;
    }
    for (const word of [m.typed, m.intended]) if (checker.check(word) !== hunspell.spell(word)) disagreements++;
  }
  latencies.sort((a, b) => a - b);
  const median = percentile(latencies, 0.5);
  const p95 = percentile(latencies, 0.95);
  const accuracy = firstRight.ours / mix.length;

  const loadOk = ours.ms <= TARGET_LOAD_RATIO * asm.ms;
  const rssOk = ours.rssMb <= TARGET_RSS_MB;
  const medianOk = median <= TARGET_MEDIAN_MS;
  const accuracyOk = accuracy >= TARGET_ACCURACY;
  const agreeOk = disagreements === 0;

  console.log("Latvian spelling engine (dictionary-lv 2.0.0, Hunspell lv_LV 1.4.0)");
  console.log("");
  console.log("  cold load (fresh process)        time ms    RSS growth MB");
  console.log(`  our engine                    ${fmt(ours.ms).padStart(10)} ${fmt(ours.rssMb).padStart(16)}`);
  console.log(`  hunspell-asm (WebAssembly)    ${fmt(asm.ms).padStart(10)} ${fmt(asm.rssMb).padStart(16)}`);
  if (typeof native === "string") console.log(`  native hunspell               ${native}`);
  else
    console.log(`  native hunspell (whole proc.) ${fmt(native.ms).padStart(10)} ${fmt(native.rssMb).padStart(16)}  (max RSS)`);
  console.log("");
  console.log(`  checks per second             ${Math.round(checksPerSecond).toLocaleString("en")}`);
  console.log(`  suggestion latency            median ${fmt(median, 2)} ms, p95 ${fmt(p95, 2)} ms (${mix.length} misspellings)`);
  console.log("  intended word first           ours      Hunspell");
  for (const kind of ["diacritics", "transposition", "edit"]) {
    const k = byKind[kind] || { n: 0, ours: 0, hunspell: 0 };
    const pct = (x: number): string => `${fmt((100 * x) / Math.max(1, k.n))} %`;
    console.log(`    ${(kind + ` (${k.n})`).padEnd(28)}${pct(k.ours).padStart(7)} ${pct(k.hunspell).padStart(11)}`);
  }
  console.log(
    `    ${"all".padEnd(28)}${`${fmt(100 * accuracy)} %`.padStart(7)} ${`${fmt((100 * firstRight.hunspell) / mix.length)} %`.padStart(11)}`,
  );
  console.log("");
  console.log("  target                                          measured            result");
  const row = (name: string, measured: string, ok: boolean): void =>
    console.log(`  ${name.padEnd(48)}${measured.padEnd(20)}${verdict(ok)}`);
  row(`cold load ≤ ${TARGET_LOAD_RATIO} × hunspell-asm`, `${fmt(ours.ms)} / ${fmt(asm.ms)} ms`, loadOk);
  row(`RSS growth ≤ ${TARGET_RSS_MB} MB`, `${fmt(ours.rssMb)} MB`, rssOk);
  row(`median suggestion ≤ ${TARGET_MEDIAN_MS} ms`, `${fmt(median, 2)} ms`, medianOk);
  row(`intended word first ≥ ${100 * TARGET_ACCURACY} %`, `${fmt(100 * accuracy)} %`, accuracyOk);
  row("same verdict as Hunspell on every word above", `${disagreements} differ`, agreeOk);
  return { ok: loadOk && rssOk && medianOk && accuracyOk && agreeOk };
}
