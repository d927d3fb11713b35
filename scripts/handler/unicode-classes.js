// Unicode property escapes (\p{L}, \p{Lu}, \p{Script=Cyrillic} …) for the classic-Outlook handler
// bundle. ES2016 has no \p{…}; Babel's regexpu expands every escape inline into its full character
// class, which made launchevent.js three times its size (700 KB of ranges, the same few classes
// repeated in 130 regular expressions). Instead, this Babel plugin rewrites a regular expression
// literal that uses \p{…} into `new RegExp(source, flags)` whose source is built once per module from
// one shared, compact table of code-point ranges (unicode-table-loader.js generates that module at
// build time from the same Unicode data regexpu uses). The `u` flag stays, so the ranges mean exactly
// what the property escape meant (case folding under `i` included).
"use strict";
const path = require("path");
const matchProperty = require("unicode-match-property-ecmascript");
const matchPropertyValue = require("unicode-match-property-value-ecmascript");

/** The module the rewritten expressions import their classes from (content made by the loader). */
const TABLE_MODULE = path.join(__dirname, "unicode-table.js");

/**
 * The properties the table holds (each costs its ranges once). A property not listed here is left
 * to regexpu, which expands it inline: correct, only larger — the size check in the tests notices.
 */
const TABLE_PROPERTIES = ["L", "Lu", "Ll", "M", "N", "Script=Cyrillic"];
/** Complements (\P{…}) the table holds: none is used today. */
const TABLE_COMPLEMENTS = [];

/** regenerate-unicode-properties' module for a property name as written in \p{…}. */
function propertyModule(name) {
  const eq = name.indexOf("=");
  if (eq >= 0) {
    const property = matchProperty(name.slice(0, eq));
    return `regenerate-unicode-properties/${property}/${matchPropertyValue(property, name.slice(eq + 1))}.js`;
  }
  try {
    return `regenerate-unicode-properties/General_Category/${matchPropertyValue("General_Category", name)}.js`;
  } catch {
    return `regenerate-unicode-properties/Binary_Property/${matchProperty(name)}.js`;
  }
}

/** The property's code points as [start, end) pairs, ascending. */
function propertyRanges(name) {
  const set = require(propertyModule(name));
  const data = (set.characters || set).data;
  const pairs = [];
  for (let i = 0; i < data.length; i += 2) pairs.push([data[i], data[i + 1]]);
  return pairs;
}

/** The complement of ascending [start, end) pairs within the code space. */
function complement(pairs) {
  const out = [];
  let at = 0;
  for (const [start, end] of pairs) {
    if (start > at) out.push([at, start]);
    at = end;
  }
  if (at < 0x110000) out.push([at, 0x110000]);
  return out;
}

/** Ranges as base-36 gaps and lengths, "gap,length,gap,length…" — the table's compact form. */
function encodeRanges(pairs) {
  const parts = [];
  let at = 0;
  for (const [start, end] of pairs) {
    parts.push((start - at).toString(36), (end - start).toString(36));
    at = end;
  }
  return parts.join(",");
}

/** Table keys: the property name, "!" + name for its complement (\P{…}). */
function tableEntry(key) {
  const negated = key.charAt(0) === "!";
  const pairs = propertyRanges(negated ? key.slice(1) : key);
  return encodeRanges(negated ? complement(pairs) : pairs);
}

/** The decoder shipped in the table module (ES2016; mirrors encodeRanges). */
const DECODER = `
function escapeCodePoint(c) { return "\\\\u{" + c.toString(16) + "}"; }
function decodeRanges(text) {
  var parts = text.split(","), out = "", at = 0;
  for (var i = 0; i < parts.length; i += 2) {
    var lo = at + parseInt(parts[i], 36), hi = lo + parseInt(parts[i + 1], 36) - 1;
    out += escapeCodePoint(lo);
    if (hi > lo) out += "-" + escapeCodePoint(hi);
    at = hi + 1;
  }
  return out;
}`;

/** The table module's source: every listed property and its complement, decoded on first use. */
function tableModuleSource() {
  const entries = {};
  for (const name of TABLE_PROPERTIES) entries[name] = tableEntry(name);
  for (const name of TABLE_COMPLEMENTS) entries[`!${name}`] = tableEntry(`!${name}`);
  return `// Generated at build time by scripts/handler/unicode-table-loader.js; do not edit.
${DECODER}
var TABLE = ${JSON.stringify(entries)};
var decoded = {};
export function unicodeClass(key) {
  if (!Object.prototype.hasOwnProperty.call(decoded, key)) decoded[key] = decodeRanges(TABLE[key]);
  return decoded[key];
}
`;
}

/**
 * Splits a regular expression's source into literal text and property escapes. Returns null when
 * the pattern uses a property outside the table (regexpu then handles the whole literal).
 */
function splitPattern(pattern) {
  const parts = [];
  let text = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[i + 1];
      if ((next === "p" || next === "P") && pattern[i + 2] === "{") {
        const end = pattern.indexOf("}", i + 3);
        if (end < 0) return null;
        const name = pattern.slice(i + 3, end);
        if ((next === "P" ? TABLE_COMPLEMENTS : TABLE_PROPERTIES).indexOf(name) < 0) return null;
        const key = next === "P" ? `!${name}` : name;
        // Outside a class the escape becomes a class of its own; inside one its ranges join the class.
        if (!inClass) text += "[";
        parts.push(text, { key });
        text = inClass ? "" : "]";
        i = end + 1;
        continue;
      }
      text += c + (next === undefined ? "" : next);
      i += 2;
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    text += c;
    i += 1;
  }
  parts.push(text);
  return parts;
}

/** The Babel plugin (runs before preset-env, so regexpu never sees the rewritten literals). */
function unicodePropertyPlugin({ types: t }) {
  return {
    name: "atbilde-unicode-property-table",
    visitor: {
      Program(programPath) {
        let classFn = null;
        const hoisted = [];
        programPath.traverse({
          RegExpLiteral(literalPath) {
            const { pattern, flags } = literalPath.node;
            if (!/\\p\{/i.test(pattern) || flags.indexOf("u") < 0 || flags.indexOf("v") >= 0) return;
            const parts = splitPattern(pattern);
            if (!parts) return;
            if (!classFn) classFn = programPath.scope.generateUidIdentifier("unicodeClass");
            let source = null;
            for (const part of parts) {
              const piece = typeof part === "string" ? (part === "" ? null : t.stringLiteral(part)) : t.callExpression(t.cloneNode(classFn), [t.stringLiteral(part.key)]);
              if (!piece) continue;
              source = source ? t.binaryExpression("+", source, piece) : piece;
            }
            // Built once per module. Without g or y a regular expression keeps no state, so one object
            // serves every use; with them, each evaluation gets a fresh object, as a literal would.
            const stateful = /[gy]/.test(flags);
            const id = programPath.scope.generateUidIdentifier(stateful ? "reSource" : "re");
            const init = stateful ? source : t.addComment(t.newExpression(t.identifier("RegExp"), [source, t.stringLiteral(flags)]), "leading", "#__PURE__");
            hoisted.push(t.variableDeclaration("const", [t.variableDeclarator(id, init)]));
            literalPath.replaceWith(stateful ? t.newExpression(t.identifier("RegExp"), [t.cloneNode(id), t.stringLiteral(flags)]) : t.cloneNode(id));
          },
        });
        if (!classFn) return;
        const body = programPath.get("body");
        let last = -1;
        body.forEach((statement, i) => {
          if (statement.isImportDeclaration()) last = i;
        });
        const declarations = [
          t.importDeclaration([t.importSpecifier(classFn, t.identifier("unicodeClass"))], t.stringLiteral(TABLE_MODULE)),
          ...hoisted,
        ];
        if (last < 0) programPath.unshiftContainer("body", declarations);
        else body[last].insertAfter(declarations);
      },
    },
  };
}

module.exports = { unicodePropertyPlugin, tableModuleSource, splitPattern, TABLE_MODULE, TABLE_PROPERTIES, encodeRanges, propertyRanges };
