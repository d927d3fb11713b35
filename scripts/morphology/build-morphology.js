#!/usr/bin/env node
// Builds the Latvian morphology asset (assets/morphology/lv.<hash>.txt + manifest.json) from
// dictionary-lv (Hunspell lv 1.4.0, LGPL 2.1): the suffix rules with their is: tags and the roots
// with their flags and po: tags, in the compact line format src/core/lv/morphology/analyzer.ts
// reads. Rules without a tag are kept too (participles, adjective endings); prefixes are not
// (the analyzer knows ne- and jā- itself). The reflexive verbs of the 2nd and 3rd conjugation
// (flags "<" and ">", e.g. "darboties", "mācīties") have no is: tags in the dictionary: their
// endings get the tags the grammar gives them (REFLEXIVE_TAGS; an ending two cells share,
// "darbojos" present and past, becomes one rule line per tag). The asset is committed; run this
// after upgrading the dictionary. `--check` rebuilds in memory and fails when the committed asset differs.
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "../..");
const DIR = path.join(ROOT, "assets/morphology");
const MANIFEST = path.join(DIR, "manifest.json");
const PACKAGE = path.join(ROOT, "node_modules/dictionary-lv");
const FORMAT = "atbilde-morphology 1";

/**
 * is: tags of the untagged reflexive rules, by flag, then by what the rule strips and adds (the
 * tag letters as in the .aff: person, number, tense, a = reflexive, mood; rld = verbal noun).
 * From the conjugation tables of the reflexive verbs (Ceplīte & Ceplītis); participles
 * (-damies, -ošies, -jies …) stay untagged, as the dictionary's other participles are.
 */
const PAST_AND_FUTURE = { jos: ["1vpa0"], jies: ["2vpa0"], jās: ["3xpa0"], jāmies: ["1dpa0"], jāties: ["2dpa0"], šos: ["1vna0"], sies: ["2vna0"], simies: ["1dna0"], sieties: ["2dna0"], sities: ["2dna0"], šoties: ["0xnaa"], šanos: ["rlda"], šanās: ["rldn"] };
const THIRD_PRESENT = { os: ["1vta0"], ies: ["2vta0"], ās: ["3xta0"], as: ["3xta0"], āmies: ["1dta0"], amies: ["1dta0"], āties: ["2dta0"], aties: ["2dta0"], ieties: ["2dtap"], oties: ["0xtaa"] };
const REFLEXIVE_TAGS = {
  // 2nd conjugation (darboties): darbojos is the 1st person singular of the present and of the past.
  "<": { ties: Object.assign({}, PAST_AND_FUTURE, { jos: ["1vta0", "1vpa0"], jies: ["2vta0", "2vpa0"], jas: ["3xta0"], jamies: ["1dta0"], jaties: ["2dta0"], jieties: ["2dtap"], tos: ["0xtal"], joties: ["0xtaa"] }) },
  // 3rd conjugation (mācīties, turēties, uzdrošināties): the present from the stem, the rest from the infinitive.
  ">": { āties: THIRD_PRESENT, ēties: THIRD_PRESENT, īties: THIRD_PRESENT, ies: { os: ["0xtal"] }, ties: PAST_AND_FUTURE },
};

/**
 * Tags the dictionary has wrong, found by checking every noun rule's ending against the
 * declension tables (a form tagged as a cell whose ending it does not have): the 6th
 * declension's nominative plural "-is" (govis, debesis) is tagged as the genitive plural, and
 * its genitive plural "-šu" (klinšu, nakšu) as the dative. Key: flag, strip, add, condition, tag.
 */
const TAG_FIXES = { "s s is [^aeiu]s dpg": "dpn", "s ts šu [^āīurs]ts dpd": "dpg" };

/**
 * A diminutive of a 6th declension noun (acs → actiņa, birze → birzīte; po:lietv6p) is itself
 * of the 4th or 5th declension, as its ending says; the dictionary gives it its base's.
 */
function rootPo(word, po) {
  if (po === "lietv6p" && /a$/.test(word)) return "lietv4p";
  if (po === "lietv6p" && /e$/.test(word)) return "lietv5p";
  return po;
}

function reflexiveTags(flag, strip, add) {
  const byStrip = REFLEXIVE_TAGS[flag];
  const byAdd = byStrip && byStrip[strip];
  return (byAdd && Object.prototype.hasOwnProperty.call(byAdd, add) && byAdd[add]) || [""];
}

function build() {
  const aff = fs.readFileSync(path.join(PACKAGE, "index.aff"), "utf8").split(/\r?\n/);
  const dic = fs.readFileSync(path.join(PACKAGE, "index.dic"), "utf8").split(/\r?\n/);
  const out = [FORMAT];
  for (const line of aff) {
    const f = line.trim().split(/\s+/);
    if (f[0] !== "SFX" || f.length < 5) continue;
    const [add, continuation = ""] = f[3].split("/");
    const tag = f.slice(5).find((field) => field.startsWith("is:"));
    const po = f.slice(5).find((field) => field.startsWith("po:"));
    const fixed = tag && TAG_FIXES[[f[1], f[2], add, f[4], tag.slice(3)].join(" ")];
    const tags = fixed ? [fixed] : tag ? [tag.slice(3)] : continuation ? [""] : reflexiveTags(f[1], f[2], add);
    for (const t of tags) out.push(["S", f[1], f[2], add, f[4], continuation, t, po ? po.slice(3) : ""].join("\t"));
  }
  const roots = [];
  for (let i = 1; i < dic.length; i++) {
    const line = dic[i];
    if (!line.trim()) continue;
    const [entry, ...fields] = line.split(/\s+/);
    const slash = entry.indexOf("/", 1);
    const word = slash < 0 ? entry : entry.slice(0, slash);
    const flags = slash < 0 ? "" : entry.slice(slash + 1);
    const po = fields.find((field) => field.startsWith("po:"));
    roots.push({ word, line: ["R", word, flags, po ? rootPo(word, po.slice(3)) : ""].join("\t") });
  }
  // Homonyms next to each other: the analyzer indexes a word's first line and reads on.
  roots.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  for (const root of roots) out.push(root.line);
  return out.join("\n") + "\n";
}

function sha256(text) {
  return crypto.createHash("sha256").update(text).digest("hex");
}

function main() {
  const text = build();
  const hash = sha256(text);
  const file = `lv.${hash.slice(0, 16)}.txt`;
  const pkg = require(path.join(PACKAGE, "package.json"));
  const entry = { file, sha256: hash, bytes: Buffer.byteLength(text), source: `dictionary-lv@${pkg.version}` };
  const previous = fs.existsSync(MANIFEST) ? JSON.parse(fs.readFileSync(MANIFEST, "utf8")) : null;
  const old = previous && previous.assets && previous.assets.lv;
  if (process.argv.includes("--check")) {
    const same = old && old.sha256 === hash && fs.existsSync(path.join(DIR, old.file));
    console.log(`${same ? "current" : "STALE"}  assets/morphology/${file} ${entry.bytes} bytes`);
    process.exitCode = same ? 0 : 1;
    return;
  }
  fs.mkdirSync(DIR, { recursive: true });
  if (old && old.file !== file && fs.existsSync(path.join(DIR, old.file))) fs.unlinkSync(path.join(DIR, old.file));
  fs.writeFileSync(path.join(DIR, file), text);
  const manifest = { note: "Generated by scripts/morphology/build-morphology.js; do not edit.", format: 1, assets: { lv: entry } };
  fs.writeFileSync(MANIFEST, JSON.stringify(manifest, null, 2) + "\n");
  console.log(`wrote assets/morphology/${file} (${entry.bytes} bytes) and manifest.json`);
}

main();
