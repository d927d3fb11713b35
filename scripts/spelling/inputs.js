// What each spelling asset is compiled from, and the hashes that say whether a committed asset
// is still current. Shared by build-dictionaries.js and the unit test that checks the manifest.
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "../..");
const ASSET_DIR = path.join(ROOT, "assets/spelling");
const MANIFEST = path.join(ASSET_DIR, "manifest.json");

/** Sources of the compiler: a change to any of them changes what the assets contain. */
const COMPILER_FILES = [
  "src/core/spelling/compile/affixFile.ts",
  "src/core/spelling/compile/byteString.ts",
  "src/core/spelling/compile/dawgBuilder.ts",
  "src/core/spelling/compile/hunspellAnalyzer.ts",
  "src/core/spelling/compile/index.ts",
  "src/core/spelling/compile/wordForms.ts",
  "src/core/spelling/caseRules.ts",
  "src/core/spelling/dawgFormat.ts",
  "scripts/spelling/inputs.js",
];

function sha256(bytes) {
  return crypto.createHash("sha256").update(bytes).digest("hex");
}

/** Text files are hashed with \n line ends, so a Windows checkout (CRLF) hashes the same. */
function textHash(file) {
  return sha256(fs.readFileSync(path.join(ROOT, file), "utf8").replace(/\r\n/g, "\n"));
}

function compilerHash() {
  const hash = crypto.createHash("sha256");
  for (const file of COMPILER_FILES) hash.update(file + "\n" + textHash(file) + "\n");
  return hash.digest("hex");
}

function assetInputs(language) {
  const packageDir = path.join(ROOT, "node_modules", `dictionary-${language}`);
  const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8"));
  const aff = path.join(packageDir, "index.aff");
  const dic = path.join(packageDir, "index.dic");
  const frequency = language === "lv" ? path.join(ROOT, "scripts/spelling/data/unilex-lv.txt") : null;
  const allowUnsupported =
    language === "en"
      ? { COMPOUNDRULE: "en_US only compounds digits into ordinals (21st); words with digits are never checked" }
      : {};
  return {
    aff,
    dic,
    frequency,
    allowUnsupported,
    source: {
      name: pkg.name,
      version: pkg.version,
      files: { "index.aff": sha256(fs.readFileSync(aff)), "index.dic": sha256(fs.readFileSync(dic)) },
    },
    hashes: {
      package: `${pkg.name}@${pkg.version}`,
      aff: sha256(fs.readFileSync(aff)),
      dic: sha256(fs.readFileSync(dic)),
      frequency: frequency ? textHash(path.relative(ROOT, frequency)) : null,
      compiler: compilerHash(),
    },
  };
}

/**
 * A Unilex frequency file ("form<TAB>count", comment lines start with #) as [form, count] pairs.
 * Unilex: Unicode CLDR's lexical data, Unicode License V3 (licenses/unicode-unilex-LICENSE.txt).
 */
function readFrequencyList(file) {
  const pairs = [];
  for (const line of fs.readFileSync(file, "utf8").split(/\r?\n/)) {
    if (!line || line.startsWith("#")) continue;
    const [form, count] = line.split("\t");
    const n = Number(count);
    if (form && Number.isFinite(n)) pairs.push([form.normalize("NFC"), n]);
  }
  return pairs;
}

module.exports = { ROOT, ASSET_DIR, MANIFEST, COMPILER_FILES, assetInputs, compilerHash, readFrequencyList, sha256 };
