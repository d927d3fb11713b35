/**
 * The handler build's last step (scripts/handler/classic-runtime.js): every conditional operator
 * rewritten with the same value, evaluation order, laziness and `this`, and the check that counts
 * what classic Outlook's runtime cannot load.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withoutConditionals, checkClassicRuntime } = require("../../../scripts/handler/classic-runtime.js") as {
  withoutConditionals(code: string): string;
  checkClassicRuntime(code: string): { conditional: number; async: number; generator: number };
};

/** Runs a program that sets `r` and returns r as JSON. */
function run(code: string): string {
  return new Function(`"use strict"; ${code}; return JSON.stringify(r);`)() as string;
}

const PROGRAMS: [string, string][] = [
  ["order and laziness", "var log=[]; function f(x){ return x ? (log.push('a'), 0) : (log.push('b'), ''); } var r=[f(1), f(0), log.join()];"],
  ["falsy branches", "var r=[1 ? 0 : 1, 0 ? 1 : '', 1 ? null : 2, 1 ? undefined : 3, 1 ? NaN : 4].map(String);"],
  ["truthy literal consequent", "var log=[]; function g(x){ return [x ? 'yes' : (log.push(x), 'no'), x ? {k:1} : null]; } var r=[g(1), g(0), log];"],
  ["callee keeps no this", "var o={g(){ return this === undefined; }}; var r=[(1 ? o.g : o.g)(), (function(){ var t = (0 ? o.g : o.g)(); return t; })()];"],
  ["nested and sequential", "var r=(function(a,b){ var s=0; for (var i=0;i<6;i++) s += i%2 ? (i>2 ? i*10 : i) : -i; var u=(a ? 1 : 2) + (b ? 10 : 20); return [s, a ? b ? 1 : 2 : 3, u]; })(1,0);"],
  ["arrow expression bodies", "var h=(a)=>a ? a>1 ? 'big' : 0 : null; var k=(a)=>[a ? 0 : 1]; var r=[h(2), h(1), h(0), k(1), k(0)];"],
  ["immediately called functions", "var r=[function(e){ return [e ? 0 : 1]; }(1), (function(e){ var t = [e ? 0 : 1]; return t.length === 1 && arguments.length; })(0)];"],
  ["parameter default", "function g(a = (1 ? 5 : 6), b = (0 ? 1 : [2])){ return [a, b]; } var r=g();"],
  ["side effects between", "var r=(function(){ var x=0; var y=(x++ ? x++ : (x+=10, x)) + (x ? 1 : 2); return [x,y]; })();"],
  ["a variable named like the temporary", "function f(x){ var $c = 5; var y = [x ? $c + 1 : 0, $c]; return y; } var r = [f(1), f(0)];"],
  ["top level", "var k = 0; var r = [k ? 1 : 2, (k ? Math.max : Math.min)(3, 4)];"],
];

describe("classic-runtime pass", () => {
  it.each(PROGRAMS)("%s: same result, no conditional left", (_name, code) => {
    const out = withoutConditionals(code);
    expect(checkClassicRuntime(out)).toEqual({ conditional: 0, async: 0, generator: 0 });
    expect(run(out)).toBe(run(code));
  });

  it("the check counts conditionals, async functions and generators, and rejects newer syntax", () => {
    expect(checkClassicRuntime("var a = b ? c : d; function* g() {} var f = function* () {};")).toEqual({ conditional: 1, async: 0, generator: 2 });
    expect(() => checkClassicRuntime("async function f() {}")).toThrow();
    expect(() => checkClassicRuntime("var a = b?.c;")).toThrow();
    expect(() => checkClassicRuntime("var a = b ** c;")).not.toThrow();
  });
});
