/**
 * Reader of a Hunspell .aff file, following Hunspell 1.7's AffixMgr::parse_file and parse_affix
 * (directives are matched by prefix, fields split on blanks, "0" means empty). All strings are
 * byte strings (see byteString.ts). Directives that change which words are accepted and that this
 * compiler does not reproduce are reported in `unsupported`, so the build can refuse them.
 */
import { fromByteString } from "./byteString";

export type FlagMode = "char" | "long" | "num" | "utf8";

/** Hunspell's default FORBIDDENWORD flag value when the .aff names none. */
export const DEFAULT_FORBIDDEN_WORD = 65510;
/** Flag Hunspell gives to the hidden capitalised homonyms of mixed-case dictionary words. */
export const ONLY_UPCASE_FLAG = 65511;

export interface AffixEntry {
  /** Position in the file; Hunspell's sorted lists break ties by it. */
  order: number;
  kind: "P" | "S";
  flag: number;
  crossProduct: boolean;
  strip: string;
  append: string;
  /** Prefix: the append string; suffix: the append string reversed byte by byte. */
  key: string;
  /** Continuation classes (flags), or null. */
  contClass: Set<number> | null;
  /** Condition bytes as Hunspell stores them (reversed and regrouped for suffixes). */
  conditions: string;
  conditionCount: number;
  // Links of Hunspell's subset-ordered lists (indices into the entry array, -1 for none).
  next: number;
  nextEQ: number;
  nextNE: number;
}

export interface AffixFile {
  encoding: string;
  flagMode: FlagMode;
  entries: AffixEntry[];
  /** Head of the ordered list per first key byte; index 0 holds the empty keys. */
  prefixStart: Int32Array;
  suffixStart: Int32Array;
  /** Flags that occur in some affix's continuation class (Hunspell's contclasses[]). */
  contClasses: Set<number>;
  haveContClass: boolean;
  fullStrip: boolean;
  needAffix: number;
  circumfix: number;
  noSuggest: number;
  onlyInCompound: number;
  forbiddenWord: number;
  keepCase: number;
  /** BREAK patterns (UTF-16 strings); Hunspell's default is "-", "^-", "-$". */
  breakPatterns: string[];
  /** ICONV pairs (UTF-16 strings). */
  inputConversions: Array<[string, string]>;
  /** OCONV pairs (UTF-16 strings). */
  outputConversions: Array<[string, string]>;
  tryChars: string;
  wordChars: string;
  keyboard: string;
  replacements: Array<[string, string]>;
  /** Directives present in the file that the compiler does not implement. */
  unsupported: string[];
}

function splitFields(line: string): string[] {
  return line.split(/[ \t]+/).filter((piece) => piece.length > 0);
}

export function decodeFlags(mode: FlagMode, text: string): number[] {
  if (!text) return [];
  switch (mode) {
    case "long": {
      const out: number[] = [];
      for (let i = 0; i + 1 < text.length; i += 2) out.push((text.charCodeAt(i) << 8) + text.charCodeAt(i + 1));
      return out;
    }
    case "num":
      return text.split(",").map((piece) => parseInt(piece, 10) & 0xffff);
    case "utf8": {
      const decoded = fromByteString(text) || "";
      const out: number[] = [];
      for (let i = 0; i < decoded.length; i++) out.push(decoded.charCodeAt(i));
      return out;
    }
    default: {
      const out: number[] = [];
      for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
      return out;
    }
  }
}

function decodeFlag(mode: FlagMode, text: string): number {
  const flags = decodeFlags(mode, text);
  return flags.length ? flags[0] : 0;
}

function reverseBytes(text: string): string {
  let out = "";
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/** Port of AffixMgr::reverse_condition (applied after the byte reversal of a suffix condition). */
function reverseCondition(piece: string): string {
  if (!piece) return piece;
  const chars = piece.split("");
  let negative = false;
  for (let k = chars.length - 1; k >= 0; k--) {
    switch (chars[k]) {
      case "[":
        if (negative) chars[k + 1] = "[";
        else chars[k] = "]";
        break;
      case "]":
        chars[k] = "[";
        if (negative) chars[k + 1] = "^";
        negative = false;
        break;
      case "^":
        if (chars[k + 1] === "]") negative = true;
        else if (negative) chars[k + 1] = chars[k];
        break;
      default:
        if (negative) chars[k + 1] = chars[k];
    }
  }
  return chars.join("");
}

/** Port of AffixMgr::condlen: number of characters a condition tests. */
function conditionLength(condition: string): number {
  let length = 0;
  let group = false;
  for (let i = 0; i < condition.length; i++) {
    const c = condition.charCodeAt(i);
    if (condition[i] === "[") {
      group = true;
      length++;
    } else if (condition[i] === "]") group = false;
    else if (!group && (!(c & 0x80) || (c & 0xc0) === 0x80)) length++;
  }
  return length;
}

/** Hunspell's isSubset: s1 is a leading part of s2, '.' in s1 matching any byte. */
export function isSubset(s1: string, s2: string): boolean {
  let i = 0;
  while (i < s1.length && i < s2.length && (s1[i] === s2[i] || s1[i] === ".")) i++;
  // In the C code a trailing '.' of s1 also matches the terminating NUL of s2.
  if (i === s2.length && i === s1.length - 1 && s1[i] === ".") return true;
  return i === s1.length;
}

function linkSubsetOrder(entries: AffixEntry[], start: Int32Array): void {
  // Port of process_pfx_order / process_sfx_order (lists at index 0 are left alone).
  for (let i = 1; i < 256; i++) {
    for (let p = start[i]; p !== -1; p = entries[p].next) {
      let n = entries[p].next;
      for (; n !== -1; n = entries[n].next) if (!isSubset(entries[p].key, entries[n].key)) break;
      entries[p].nextNE = n;
      entries[p].nextEQ = -1;
      const next = entries[p].next;
      if (next !== -1 && isSubset(entries[p].key, entries[next].key)) entries[p].nextEQ = next;
    }
    for (let p = start[i]; p !== -1; p = entries[p].next) {
      let n = entries[p].next;
      let last = -1;
      for (; n !== -1; n = entries[n].next) {
        if (!isSubset(entries[p].key, entries[n].key)) break;
        last = n;
      }
      if (last !== -1) entries[last].nextNE = -1;
    }
  }
}

function buildOrderedLists(entries: AffixEntry[], kind: "P" | "S"): Int32Array {
  const start = new Int32Array(256).fill(-1);
  const ofKind = entries.filter((entry) => entry.kind === kind);
  // Empty keys: pushed on the head of list 0 in file order, so the list runs backwards.
  for (const entry of ofKind) {
    if (entry.key.length === 0) {
      entry.next = start[0];
      start[0] = entry.order;
    }
  }
  // Other keys: Hunspell inserts into a binary tree (<= goes to the "EQ" side) and reads it in
  // order, which gives ascending byte order with equal keys in reverse file order.
  const byFirstByte = new Map<number, AffixEntry[]>();
  for (const entry of ofKind) {
    if (entry.key.length === 0) continue;
    const first = entry.key.charCodeAt(0);
    const list = byFirstByte.get(first);
    if (list) list.push(entry);
    else byFirstByte.set(first, [entry]);
  }
  byFirstByte.forEach((list, first) => {
    list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.order - a.order));
    for (let i = 0; i < list.length; i++) list[i].next = i + 1 < list.length ? list[i + 1].order : -1;
    start[first] = list[0].order;
  });
  return start;
}

export function parseAffixFile(text: string): AffixFile {
  const lines = text.split("\n").map((line) => line.replace(/\r$/, ""));
  if (lines.length && lines[0].startsWith("\xef\xbb\xbf")) lines[0] = lines[0].slice(3);
  const file: AffixFile = {
    encoding: "ISO8859-1",
    flagMode: "char",
    entries: [],
    prefixStart: new Int32Array(256).fill(-1),
    suffixStart: new Int32Array(256).fill(-1),
    contClasses: new Set(),
    haveContClass: false,
    fullStrip: false,
    needAffix: 0,
    circumfix: 0,
    noSuggest: 0,
    onlyInCompound: 0,
    forbiddenWord: DEFAULT_FORBIDDEN_WORD,
    keepCase: 0,
    breakPatterns: [],
    inputConversions: [],
    outputConversions: [],
    tryChars: "",
    wordChars: "",
    keyboard: "",
    replacements: [],
    unsupported: [],
  };
  let breakParsed = false;
  const utf = (value: string): string => fromByteString(value) || value;
  const flagOf = (line: string): number => decodeFlag(file.flagMode, splitFields(line)[1] || "");
  const unsupportedDirectives = [
    "COMPLEXPREFIXES",
    "COMPOUNDFLAG",
    "COMPOUNDBEGIN",
    "COMPOUNDMIDDLE",
    "COMPOUNDEND",
    "COMPOUNDRULE",
    "IGNORE",
    "CHECKSHARPS",
    "FORCEUCASE",
    "WARN",
    "SUBSTANDARD",
    "AF",
    "AM",
    "CHECKCOMPOUND",
    "LANG",
  ];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const at = (name: string): boolean => line.startsWith(name);
    for (const name of unsupportedDirectives) {
      if (at(name) && (name !== "AF" || /^AF[ \t]/.test(line)) && (name !== "AM" || /^AM[ \t]/.test(line))) {
        if (file.unsupported.indexOf(name) < 0) file.unsupported.push(name);
      }
    }
    if (at("SET")) file.encoding = splitFields(line)[1] || file.encoding;
    if (at("FLAG")) {
      const mode = splitFields(line)[1] || "";
      if (mode.startsWith("long")) file.flagMode = "long";
      else if (mode.startsWith("num")) file.flagMode = "num";
      else if (mode.startsWith("UTF-8")) file.flagMode = "utf8";
    }
    if (at("TRY")) file.tryChars = utf(splitFields(line)[1] || "");
    if (at("WORDCHARS")) file.wordChars = utf(splitFields(line)[1] || "");
    if (at("KEY")) file.keyboard = utf(splitFields(line)[1] || "");
    if (at("NOSUGGEST")) file.noSuggest = flagOf(line);
    if (at("FORBIDDENWORD")) file.forbiddenWord = flagOf(line);
    if (at("CIRCUMFIX")) file.circumfix = flagOf(line);
    if (at("ONLYINCOMPOUND")) file.onlyInCompound = flagOf(line);
    if (at("PSEUDOROOT") || at("NEEDAFFIX")) file.needAffix = flagOf(line);
    if (at("KEEPCASE")) file.keepCase = flagOf(line);
    if (at("FULLSTRIP")) file.fullStrip = true;
    const tableHeader = (name: string): number => (at(name) ? parseInt(splitFields(line)[1] || "0", 10) : -1);
    const readPairs = (count: number, name: string, into: Array<[string, string]>): void => {
      for (let k = 0; k < count && index + 1 < lines.length; k++) {
        const fields = splitFields(lines[++index]);
        if (fields[0] !== name) continue;
        // REP writes spaces as underscores; the conversion tables take their strings as they are.
        const space = (value: string): string => (name === "REP" ? value.replace(/_/g, " ") : value);
        into.push([space(utf(fields[1] || "")), space(utf(fields[2] || ""))]);
      }
    };
    let count = tableHeader("ICONV");
    if (count >= 0) readPairs(count, "ICONV", file.inputConversions);
    count = tableHeader("OCONV");
    if (count >= 0) readPairs(count, "OCONV", file.outputConversions);
    count = at("REP") && !at("REPLACEMENT") ? parseInt(splitFields(line)[1] || "0", 10) : -1;
    if (count >= 0 && /^REP[ \t]+\d+[ \t]*$/.test(line)) readPairs(count, "REP", file.replacements);
    count = tableHeader("BREAK");
    if (count >= 0) {
      breakParsed = true;
      for (let k = 0; k < count && index + 1 < lines.length; k++) {
        const fields = splitFields(lines[++index]);
        if (fields[0] === "BREAK" && fields[1]) file.breakPatterns.push(utf(fields[1]));
      }
    }
    const kind = at("PFX") ? "P" : at("SFX") ? "S" : null;
    if (kind) index = parseAffixBlock(file, lines, index, kind);
  }
  if (!breakParsed) file.breakPatterns = ["-", "^-", "-$"];
  file.prefixStart = buildOrderedLists(file.entries, "P");
  file.suffixStart = buildOrderedLists(file.entries, "S");
  linkSubsetOrder(file.entries, file.prefixStart);
  linkSubsetOrder(file.entries, file.suffixStart);
  return file;
}

function parseAffixBlock(file: AffixFile, lines: string[], headerIndex: number, kind: "P" | "S"): number {
  const header = splitFields(lines[headerIndex]);
  if (header.length < 4) return headerIndex;
  const flag = decodeFlag(file.flagMode, header[1]);
  const crossProduct = header[2][0] === "Y";
  const count = parseInt(header[3], 10);
  let index = headerIndex;
  for (let n = 0; n < count && index + 1 < lines.length; n++) {
    const fields = splitFields(lines[++index]);
    if (fields.length < 4) throw new Error(`affix line ${index + 1} is corrupt`);
    let strip = fields[2];
    if (strip === "0") strip = "";
    let appendField = fields[3];
    let contClass: Set<number> | null = null;
    const slash = appendField.indexOf("/");
    if (slash >= 0) {
      const flags = decodeFlags(file.flagMode, appendField.slice(slash + 1));
      contClass = new Set(flags);
      file.haveContClass = true;
      for (const contFlag of flags) file.contClasses.add(contFlag);
      appendField = appendField.slice(0, slash);
    }
    const append = appendField === "0" ? "" : appendField;
    let condition = fields.length > 4 ? fields[4] : ".";
    if (strip && condition !== "." && isRedundantCondition(kind, strip, condition)) condition = ".";
    if (kind === "S") condition = reverseCondition(reverseBytes(condition));
    const entry: AffixEntry = {
      order: file.entries.length,
      kind,
      flag,
      crossProduct,
      strip,
      append,
      key: kind === "P" ? append : reverseBytes(append),
      contClass,
      conditions: condition === "." ? "" : condition,
      conditionCount: condition === "." ? 0 : conditionLength(condition),
      next: -1,
      nextEQ: -1,
      nextNE: -1,
    };
    file.entries.push(entry);
  }
  return index;
}

/** Port of redundant_condition for UTF-8 files: only the plain string comparison applies. */
function isRedundantCondition(kind: "P" | "S", strip: string, condition: string): boolean {
  if (kind === "P") return strip.slice(0, condition.length) === condition;
  return strip.length >= condition.length && strip.slice(strip.length - condition.length) === condition;
}
