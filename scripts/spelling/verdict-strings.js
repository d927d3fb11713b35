#!/usr/bin/env node
// The strings whose Hunspell verdicts test/unit/spelling/verdicts.test.ts compares with ours,
// and the packing of those verdicts into a compact fixture. Called by make-verdicts.sh.
//
//   verdict-strings.js strings LANG UNMUNCH_FILE OUT      list the strings (deterministic)
//   verdict-strings.js pack LANG STRINGS VERDICTS OUT     write the gzip fixture
//
// Strings: every form unmunch generates (Hunspell rejects about a quarter of them), every fifth
// form of our compiled list (two-level suffixes and prefixed forms unmunch does not make), the
// standards' words, Capitalised and ALL-CAPS variants, near non-words (one seeded edit of a real
// word: deletion, insertion, substitution, transposition, diacritic, inner capital, full stop,
// hyphen), and special cases (numbers, full stops, hyphens, blanks).
//
// Fixture format (gzip, UTF-8 lines, sorted by UTF-16 code units): the first character is the
// verdict ("1" accepted, "0" rejected), the second the length of the prefix shared with the
// previous string as a character code 48 + n (front coding), then the rest of the string.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

require("./register-typescript");
const { WordAutomaton } = require("../../src/core/spelling/dawg.ts");
const { EDGE_KIND_MASK, EDGE_KIND_SHIFT, EDGE_LAST, EDGE_TARGET_MASK, KIND_ACCEPTED } = require("../../src/core/spelling/dawgFormat.ts");
const { ASSET_DIR, MANIFEST, ROOT } = require("./inputs");

const MAX_SHARED_PREFIX = 60;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every word of a compiled automaton, in automaton order. */
function automatonWords(automaton, onWord) {
  const { edges, labels, alphabet } = automaton;
  const walk = (state, prefix) => {
    for (let e = state; ; e++) {
      const edge = edges[e];
      const word = prefix + alphabet[labels[e]];
      if ((edge >>> EDGE_KIND_SHIFT) & EDGE_KIND_MASK & KIND_ACCEPTED) onWord(word);
      const target = edge & EDGE_TARGET_MASK;
      if (target) walk(target, word);
      if (edge & EDGE_LAST) break;
    }
  };
  walk(automaton.root, "");
}

const LETTERS = {
  lv: "aābcčdeēfgģhiījkķlļmnņoprsštuūvzž",
  en: "abcdefghijklmnopqrstuvwxyz'",
};
const DIACRITIC_PAIRS = { a: "ā", c: "č", e: "ē", g: "ģ", i: "ī", k: "ķ", l: "ļ", n: "ņ", s: "š", u: "ū", z: "ž" };
for (const [plain, marked] of Object.entries(DIACRITIC_PAIRS)) DIACRITIC_PAIRS[marked] = plain;

function nearNonWord(word, random, letters, other) {
  const i = Math.floor(random() * word.length);
  const letter = letters[Math.floor(random() * letters.length)];
  switch (Math.floor(random() * 8)) {
    case 0:
      return word.length > 1 ? word.slice(0, i) + word.slice(i + 1) : word + letter;
    case 1:
      return word.slice(0, i) + letter + word.slice(i);
    case 2:
      return word.slice(0, i) + letter + word.slice(i + 1);
    case 3:
      return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word + letter;
    case 4: {
      for (let k = 0; k < word.length; k++) {
        const j = (i + k) % word.length;
        const swap = DIACRITIC_PAIRS[word[j]];
        if (swap) return word.slice(0, j) + swap + word.slice(j + 1);
      }
      return word + letter;
    }
    case 5:
      return word.slice(0, i) + word.charAt(i).toUpperCase() + word.slice(i + 1);
    case 6:
      return random() < 0.5 ? word + "." : word.slice(0, i) + "." + word.slice(i);
    default:
      return random() < 0.5 ? `${word}-${other}` : `${letter}-${word}`;
  }
}

const SPECIAL = [
  "2023", "1.5", "12-14", "3,5", "1..2", "1-", "-1", ".", "...", "-", "--", "e-pasts", "E-PASTS", "e-adrese",
  "apm.", "APM.", "Apm.", "apm..", "a.k.", "A.K.", "Nr.", "NR.", "nr.", "u.c.", "piem.", "tālr.", "plkst.",
  " vārds", "  Rīga", "vārds..", "Rīga.", "RĪGA.", "rīga.", "pašvaldība-", "-pašvaldība", "pašvaldība--iestāde",
  "jā-jā", "ne-ne", "labi-", "Labi-Ne", "LABI-NE", "kWh", "KWH", "Kwh", "kwh", "MWh.", "GWH.", "ne-ETS", "NE-ETS",
  "Ne-ets", "İstanbul", "ISTANBUL", "straße", "STRASSE", "don't", "DON'T", "Don't", "O'Brien", "O'BRIEN",
  "it’s", "IT’S", "can't", "naïve", "NAÏVE", "café", "CAFÉ", "1st", "22nd", "3rd", "a-b-c-d-e-f-g-h-i-j-k-l",
];

function strings(language, unmunchFile, out) {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8"));
  const automaton = new WordAutomaton(fs.readFileSync(path.join(ASSET_DIR, manifest.assets[language].file)));
  const random = mulberry32(language === "lv" ? 2024 : 1865);
  const letters = LETTERS[language];
  const set = new Set();
  const add = (s) => {
    if (!s || s.indexOf("\n") >= 0 || s.indexOf("\r") >= 0) return;
    if (language === "en" && /\d/.test(s)) return; // COMPOUNDRULE ordinals are not compiled (see inputs.js)
    set.add(s.normalize("NFC"));
  };
  const base = [];
  for (const line of fs.readFileSync(unmunchFile, "utf8").split("\n")) {
    const word = line.replace(/\/.*$/, "").trim();
    if (word) base.push(word);
  }
  let n = 0;
  automatonWords(automaton, (word) => {
    if (n++ % 5 === 0) base.push(word);
  });
  const standards = path.join(ROOT, "test/fixtures/spelling/standards-words.txt");
  if (language === "lv") for (const word of fs.readFileSync(standards, "utf8").split("\n")) if (word) base.push(word);
  for (const word of base) add(word);
  const unique = Array.from(set);
  for (let i = 0; i < unique.length; i++) {
    const word = unique[i];
    if (i % 4 === 0) {
      add(word.charAt(0).toUpperCase() + word.slice(1));
      add(word.toUpperCase());
      add(word.toLowerCase());
    }
    if (i % 6 === 0) add(nearNonWord(word, random, letters, unique[(i * 7919) % unique.length]));
  }
  for (const word of fs.readFileSync(standards, "utf8").split("\n")) {
    if (language !== "lv" || !word) continue;
    add(word.charAt(0).toUpperCase() + word.slice(1));
    add(word.toUpperCase());
    add(nearNonWord(word, random, letters, word));
  }
  for (const s of SPECIAL) add(s);
  const list = Array.from(set).sort();
  fs.writeFileSync(out, list.join("\n") + "\n");
  console.log(`${language}: ${list.length} strings`);
}

function pack(language, stringsFile, verdictsFile, out) {
  const list = fs.readFileSync(stringsFile, "utf8").split("\n");
  const verdicts = fs.readFileSync(verdictsFile, "utf8").split("\n");
  list.pop();
  if (verdicts.length - 1 !== list.length) throw new Error(`${list.length} strings but ${verdicts.length - 1} verdicts`);
  const lines = [];
  let previous = "";
  let accepted = 0;
  for (let i = 0; i < list.length; i++) {
    const word = list[i];
    let shared = 0;
    while (shared < MAX_SHARED_PREFIX && shared < word.length && shared < previous.length && word[shared] === previous[shared]) shared++;
    if (verdicts[i] !== "0" && verdicts[i] !== "1") throw new Error(`bad verdict on line ${i + 1}`);
    if (verdicts[i] === "1") accepted++;
    lines.push(verdicts[i] + String.fromCharCode(48 + shared) + word.slice(shared));
    previous = word;
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, zlib.gzipSync(Buffer.from(lines.join("\n") + "\n", "utf8"), { level: 9 }));
  console.log(`${language}: ${list.length} verdicts (${accepted} accepted) -> ${path.relative(ROOT, out)}`);
}

const [mode, ...args] = process.argv.slice(2);
if (mode === "strings") strings(args[0], args[1], args[2]);
else if (mode === "pack") pack(args[0], args[1], args[2], args[3]);
else {
  console.error("usage: verdict-strings.js strings LANG UNMUNCH OUT | pack LANG STRINGS VERDICTS OUT");
  process.exit(2);
}
