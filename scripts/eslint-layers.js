// The layers of docs/architecture.md ("Layers") as an ESLint rule: every relative import of a file
// under src/ is resolved to the module it names, and the pair (importing layer, imported layer) must
// be allowed. A relative path cannot be judged by its text alone — "../learn/x" is core/learn from
// src/core/check and the Learn page from src/taskpane — hence this small rule instead of
// no-restricted-imports patterns.
const path = require("path");

/** Where a module sits: "core/<part>" inside core (vocabulary.ts is "core/vocabulary"), else the top folder under src. */
function layerOf(relativeToSrc) {
  const parts = relativeToSrc.split("/");
  if (parts[0] === "core") return parts.length > 1 ? `core/${parts[1].replace(/\.tsx?$/, "")}` : "core";
  return parts[0].replace(/\.tsx?$/, "");
}

function matches(layer, pattern) {
  return pattern.endsWith("/*") ? layer.startsWith(pattern.slice(0, -1)) : layer === pattern;
}

/** @type {import("eslint").Rule.RuleModule} */
const layersRule = {
  meta: {
    type: "problem",
    docs: { description: "keep imports inside the layers of docs/architecture.md" },
    schema: [
      {
        type: "object",
        properties: {
          // { "<layer>": ["<layer it may import>", "core/*", …] } — a layer not listed may import anything.
          allow: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
          // [{ from: "<layer>", to: ["<layer>", …], why: "…" }] — forbidden even where `allow` would let them.
          forbid: { type: "array", items: { type: "object" } },
          // [{ file: "src/…", import: "…", why: "…" }] — one exact import kept on purpose.
          exceptions: { type: "array", items: { type: "object" } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      layer: "{{from}} may not import {{to}} ({{why}}); see docs/architecture.md, \"Layers\".",
    },
  },
  create(context) {
    const options = context.options[0] || {};
    const filename = context.filename || context.getFilename();
    const src = path.join(context.cwd || process.cwd(), "src");
    const own = path.relative(src, filename).split(path.sep).join("/");
    if (own.startsWith("..")) return {};
    const from = layerOf(own);
    const check = (node, spec) => {
      if (typeof spec !== "string" || !spec.startsWith(".")) return;
      const target = path.relative(src, path.resolve(path.dirname(filename), spec)).split(path.sep).join("/");
      if (target.startsWith("..")) return;
      const to = layerOf(target);
      const exception = (options.exceptions || []).some((e) => e.file === own && e.import === spec);
      if (exception) return;
      const forbidden = (options.forbid || []).find((f) => matches(from, f.from) && f.to.some((t) => matches(to, t)));
      if (forbidden) {
        context.report({ node, messageId: "layer", data: { from, to, why: forbidden.why } });
        return;
      }
      const topFrom = from.split("/")[0];
      const allowed = options.allow && options.allow[topFrom];
      if (!allowed || to.split("/")[0] === topFrom) return;
      if (!allowed.some((a) => matches(to, a) || matches(to.split("/")[0], a))) {
        context.report({ node, messageId: "layer", data: { from, to, why: `${topFrom} imports only ${allowed.join(", ")}` } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node.source, node.source.value),
    };
  },
};

module.exports = { rules: { layers: layersRule } };
