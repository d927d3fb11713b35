// The last step of the handler build: makes the minified launchevent.js loadable by classic Outlook
// on Windows before Version 2403, whose JavaScript-only runtime takes ES2016 only and — Microsoft's
// troubleshooting guide for event-based add-ins — "the conditional (ternary) operator will prevent
// your add-in from loading". Babel's preset-env already lowered newer syntax (async functions and
// generators included); this pass runs after terser (which creates `?:` from if/else) and rewrites
// every `a ? b : c` into a form with the same evaluation order and laziness:
//   statement `a ? b : c;`         -> `if (a) b; else c;`
//   `return a ? b : c;`            -> `if (a) return b; else return c;`
//   b always truthy (a literal)    -> `a && b || c`
//   any other expression           -> `(a && ($c = b, 1) || ($c = c), $c)` with `var $c` in the function
//     (`$c` or the first `$cN` that no identifier in the program uses)
//     (one temporary per function is enough: it is read right after it is written, and a nested
//     conditional finishes before the outer one writes)
//   conditional arrow body         -> `{ if (a) return b; else return c; }`
//   in a parameter default, an arrow's expression body or outside any function:
//                                     `(a && {v: b} || {v: c}).v`, called as `(0, …)`
// `checkClassicRuntime` is the CI check: parse as ES2016 and count what must not be there.
"use strict";
const babel = require("@babel/core");
const acorn = require("acorn");

function noConditionalPlugin({ types: t }) {
  /** The temporary's name: one no identifier in the program has (minifiers use names like `$c` too). */
  let TEMP = null;
  /** The conditional sits in a parameter list (a default value), where a body `var` is not visible. */
  function inParameters(path) {
    for (let p = path; p && !p.isFunction(); p = p.parentPath) {
      if (p.listKey === "params") return true;
    }
    return false;
  }
  /** A value that is truthy whatever it is made of: then `a && b || c` is `a ? b : c`. */
  function alwaysTruthy(node) {
    switch (node.type) {
      case "StringLiteral":
        return node.value !== "";
      case "NumericLiteral":
        return node.value !== 0 && !Number.isNaN(node.value);
      case "BooleanLiteral":
        return node.value;
      case "ObjectExpression":
      case "ArrayExpression":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
      case "ClassExpression":
      case "RegExpLiteral":
        return true;
      case "TemplateLiteral":
        return node.quasis.some((q) => q.value.cooked !== "");
      default:
        return false;
    }
  }
  const declared = new WeakSet();
  return {
    name: "atbilde-no-conditional",
    visitor: {
      Program(path) {
        const used = new Set();
        path.traverse({
          Identifier(p) {
            used.add(p.node.name);
          },
        });
        TEMP = "$c";
        for (let i = 0; used.has(TEMP); i++) TEMP = `$c${i}`;
      },
      ConditionalExpression: {
        // On exit: inner conditionals are rewritten first, so every replacement is final.
        exit(path) {
          const { test, consequent, alternate } = path.node;
          const parent = path.parentPath;
          if (parent.isExpressionStatement()) {
            parent.replaceWith(t.ifStatement(test, t.expressionStatement(consequent), t.expressionStatement(alternate)));
            return;
          }
          if (parent.isReturnStatement()) {
            parent.replaceWith(t.ifStatement(test, t.returnStatement(consequent), t.returnStatement(alternate)));
            return;
          }
          if (parent.isArrowFunctionExpression() && path.key === "body") {
            path.replaceWith(t.blockStatement([t.ifStatement(test, t.returnStatement(consequent), t.returnStatement(alternate))]));
            return;
          }
          if (alwaysTruthy(consequent)) {
            path.replaceWith(t.logicalExpression("||", t.logicalExpression("&&", test, consequent), alternate));
            return;
          }
          const fn = path.getFunctionParent();
          // An arrow with an expression body has no block to hold the temporary: the boxed form needs none.
          if (!fn || inParameters(path) || !t.isBlockStatement(fn.node.body)) {
            const box = (value) => t.objectExpression([t.objectProperty(t.identifier("v"), value)]);
            let replacement = t.memberExpression(t.logicalExpression("||", t.logicalExpression("&&", test, box(consequent)), box(alternate)), t.identifier("v"));
            // Called directly, a member expression would pass the box as `this`; the conditional passed none.
            if (path.key === "callee" || path.key === "tag") replacement = t.sequenceExpression([t.numericLiteral(0), replacement]);
            path.replaceWith(replacement);
            return;
          }
          if (!declared.has(fn.node)) {
            declared.add(fn.node);
            fn.get("body").unshiftContainer("body", t.variableDeclaration("var", [t.variableDeclarator(t.identifier(TEMP))]));
          }
          const temp = () => t.identifier(TEMP);
          path.replaceWith(
            t.sequenceExpression([
              t.logicalExpression(
                "||",
                t.logicalExpression("&&", test, t.sequenceExpression([t.assignmentExpression("=", temp(), consequent), t.numericLiteral(1)])),
                t.assignmentExpression("=", temp(), alternate),
              ),
              temp(),
            ]),
          );
        },
      },
    },
  };
}

/** Rewrites a bundle's conditionals (see above); the output is compact, like the minifier's. */
function withoutConditionals(code) {
  const result = babel.transformSync(code, {
    babelrc: false,
    configFile: false,
    sourceType: "script",
    compact: true,
    comments: false,
    plugins: [noConditionalPlugin],
  });
  return result.code;
}

/**
 * What classic Outlook's runtime cannot load, counted in a parse at ECMAScript 2016 (which itself
 * throws on newer syntax): conditional operators, async functions and generators.
 */
function checkClassicRuntime(code) {
  const ast = acorn.parse(code, { ecmaVersion: 2016, sourceType: "script" });
  const counts = { conditional: 0, async: 0, generator: 0 };
  const stack = [ast];
  while (stack.length) {
    const node = stack.pop();
    if (node.type === "ConditionalExpression") counts.conditional += 1;
    if (/Function/.test(node.type)) {
      if (node.async) counts.async += 1;
      if (node.generator) counts.generator += 1;
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) {
        for (const child of value) if (child && typeof child.type === "string") stack.push(child);
      } else if (value && typeof value.type === "string") stack.push(value);
    }
  }
  return counts;
}

/** webpack plugin: runs withoutConditionals on the emitted .js files after minification. */
class ClassicRuntimePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.compilation.tap("ClassicRuntimePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ClassicRuntimePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!name.endsWith(".js")) continue;
          const code = withoutConditionals(assets[name].source().toString());
          const counts = checkClassicRuntime(code);
          if (counts.conditional || counts.async || counts.generator) {
            compilation.errors.push(new Error(`${name}: still has ${JSON.stringify(counts)} after the classic-runtime pass`));
          }
          compilation.updateAsset(name, new sources.RawSource(code));
        }
      });
    });
  }
}

module.exports = { noConditionalPlugin, withoutConditionals, checkClassicRuntime, ClassicRuntimePlugin };
