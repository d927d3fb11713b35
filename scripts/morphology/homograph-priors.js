#!/usr/bin/env node
// Prints the table of src/core/lv/morphology/homographs.ts: word forms that are the nominative
// singular of a common noun and an oblique case of another noun so much rarer that the rarer
// reading is no reason for a grammar rule to stay silent ("roka": "hand", or the genitive of
// "roks", rock music). Counted over plain text of novels from ELTeC-lav (CC BY 4.0), every
// `level1/*.xml` except the five the grammar bench uses: a noun lemma's frequency is the number of
// lower-case tokens whose every reading is of that lemma. An entry needs the common lemma 100 times
// or more and the rarer one never (with fewer, "pa vara gabalam" — of copper — and "ar vista
// partiju" — of whist — in those novels showed the rare reading meant). Left out: masculine and feminine nouns of one
// person ("direktors"/"direktore", "skolotājs"/"skolotāja": both are current, whatever old novels
// say) and reflexive action nouns in "-šanās". Needs the compiled analyzer (`npm run build:cli`).
//   node scripts/morphology/homograph-priors.js PATH/TO/ELTeC-lav/level1
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "../..");
const { createMorphAnalyzer, morphologyAssetFile } = require(path.join(ROOT, "build/src/core/lv/morphology"));
const BENCH_NOVELS = ["LAV0029JD_8270876_Liesma.xml", "LAV419386_EldgH_ZvaiN.xml", "LAV1040964_SkujF_ZemSa.xml", "LAV413464_DeglA_VecaP.xml", "LAV413173_NiedA_LiduD.xml"];
const MIN_COUNT = 100;

function paragraphs(xml) {
  const body = xml.slice(xml.indexOf("<body"));
  const decode = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  return [...body.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => decode(m[1].replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim());
}

/**
 * Masculine and feminine nouns of one person: "direktors"/"direktore", "skolotājs"/"skolotāja" —
 * a feminine in "-e" beside a masculine of its stem, or "-ja" beside "-js" (not "roka"/"roks").
 */
function isGenderPair(a, b) {
  const [masculine, feminine] = /(is|s|š)$/.test(a) ? [a, b] : [b, a];
  if (/e$/.test(feminine) && /(is|s|š)$/.test(masculine)) return masculine.replace(/(is|s|š)$/, "") === feminine.slice(0, -1);
  return /ja$/.test(feminine) && /js$/.test(masculine) && masculine.slice(0, -1) === feminine.slice(0, -1);
}

function main() {
  const dir = process.argv[2];
  if (!dir || !fs.existsSync(dir)) {
    process.stderr.write("usage: node scripts/morphology/homograph-priors.js PATH/TO/ELTeC-lav/level1\n");
    process.exit(2);
  }
  const assets = path.join(ROOT, "assets/morphology");
  const analyzer = createMorphAnalyzer(fs.readFileSync(path.join(assets, morphologyAssetFile(fs.readFileSync(path.join(assets, "manifest.json"), "utf8"))), "utf8"));
  const formCounts = new Map();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".xml") && !BENCH_NOVELS.includes(f)).sort()) {
    for (const paragraph of paragraphs(fs.readFileSync(path.join(dir, file), "utf8"))) {
      for (const [word] of paragraph.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) if (word[0] === word[0].toLowerCase()) formCounts.set(word, (formCounts.get(word) || 0) + 1);
    }
  }
  const lemmaCounts = new Map();
  for (const [form, count] of formCounts) {
    const lemmas = new Set(analyzer.analyze(form).map((a) => `${a.pos}:${a.lemma}`));
    if (lemmas.size === 1) lemmaCounts.set([...lemmas][0], (lemmaCounts.get([...lemmas][0]) || 0) + count);
  }
  const nounCount = (lemma) => lemmaCounts.get(`noun:${lemma}`) || 0;
  const entries = [];
  for (const form of [...formCounts.keys()].sort()) {
    const readings = analyzer.analyze(form);
    const common = new Set(readings.filter((a) => a.pos === "noun" && a.case === "nom" && a.number === "sg").map((a) => a.lemma));
    if (common.size !== 1) continue;
    const lemma = [...common][0];
    if (/šanās$/.test(lemma)) continue;
    const rare = [...new Set(readings.filter((a) => a.pos === "noun" && a.lemma !== lemma && a.case !== "nom" && a.case !== "voc").map((a) => a.lemma))];
    const kept = rare.filter((other) => !isGenderPair(lemma, other) && nounCount(lemma) >= MIN_COUNT && nounCount(other) === 0);
    if (kept.length > 0) entries.push(`  ${JSON.stringify(form)}: [${kept.map((k) => JSON.stringify(k)).join(", ")}], // ${lemma} ${nounCount(lemma)}, ${kept.map((k) => `${k} ${nounCount(k)}`).join(", ")}`);
  }
  process.stdout.write(entries.join("\n") + "\n");
}

main();
