/**
 * Robustness of the whole checker: every rule file in src/core/rules (found on disk, so rules added
 * later are included as they appear) runs through the real parser and checkDraft on arbitrary
 * strings and on HTML-ish junk, and must neither throw nor fail inside (checkDraft catches a
 * throwing rule and lists it in failedRules, so that list is asserted too) nor return findings
 * that point outside the text. A second part runs ESLint's regexp/no-super-linear-backtracking
 * over src/core.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import * as regexpPlugin from "eslint-plugin-regexp";
import { parseDraft } from "../../../src/core/draft";
import { buildContext } from "../../../src/core/check/context";
import { checkDraftDetailed } from "../../../src/core/check/checkDraft";
import type { Finding, Rule, UiLanguage } from "../../../src/core/rules/types";
import { CLIENT } from "./harness";
import { createSpellingRule } from "../../../src/core/rules/spelling";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";
import { ADVERSARIAL_FAMILIES } from "../../../bench/adversarialBodies";

const ROOT = path.join(__dirname, "../../..");
const RULES_DIR = path.join(ROOT, "src/core/rules");

/** Every src/core/rules/*.ts that exports `rule`; files that fail to load are listed, not fatal. */
async function loadRules(): Promise<{ rules: Rule[]; loadErrors: string[] }> {
  const found: Rule[] = [];
  const loadErrors: string[] = [];
  for (const file of fs.readdirSync(RULES_DIR).sort()) {
    if (!file.endsWith(".ts") || file.endsWith(".d.ts")) continue;
    try {
      const mod = (await import(path.join(RULES_DIR, file))) as { rule?: Rule };
      if (mod.rule && typeof mod.rule.check === "function" && mod.rule.meta) found.push(mod.rule);
    } catch (e) {
      loadErrors.push(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { rules: found, loadErrors };
}

let rules: Rule[] = [];
let loadErrors: string[] = [];
beforeAll(async () => {
  ({ rules, loadErrors } = await loadRules());
});

/** Runs the checker and returns what went wrong (empty when all is well). */
function problems(body: string, format: "text" | "html", lang: UiLanguage, withRules: readonly Rule[] = rules): string[] {
  const draft = parseDraft(body, format);
  const context = buildContext({ draft, lang, recipients: [CLIENT], composeType: "reply", attachments: [], userEmail: "ilze.ozola@adazi.lv" });
  const result = checkDraftDetailed(draft, context, withRules);
  const out = result.failedRules.map((id) => `rule ${id} threw`);
  const n = draft.text.length;
  for (const f of result.findings) out.push(...findingProblems(f, n));
  return out;
}

function findingProblems(f: Finding, n: number): string[] {
  const out: string[] = [];
  if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start <= f.end && f.end <= n)) out.push(`${f.rule}: offsets ${f.start}-${f.end} outside 0-${n}`);
  if (f.fix && !(0 <= f.fix.start && f.fix.start <= f.fix.end && f.fix.end <= n)) out.push(`${f.rule}: fix ${f.fix.start}-${f.fix.end} outside 0-${n}`);
  if (typeof f.message !== "string" || f.message === "") out.push(`${f.rule}: empty message`);
  if (f.severity !== "error" && f.severity !== "warning" && f.severity !== "info") out.push(`${f.rule}: severity ${String(f.severity)}`);
  return out;
}

/** Pieces of real e-mail bodies, glued together at random. */
const htmlPiece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<blockquote>", "</blockquote>", '<blockquote type="cite">', "<ul><li>", "</li></ul>",
    "<table><tr><td>", "</td></tr></table>", "<b>", "</b>", "<span style='mso-fareast-language:LV'>", "</span>", "<o:p></o:p>", "<!--", "-->",
    "<style>p{margin:0}</style>", "<script>alert(1)</script>", "<![CDATA[x]]>", "<", ">", "</", "/>", "<p class=MsoNormal>", "<a name=\"_MailAutoSig\">",
    '<a href="javascript:alert(1)">', '<a href=" JaVaScRiPt:x">', '<a href="http://intranet/x">', '<a href="https://www.adazi.lv">', '<a href="mailto:a@b.lv">',
    '<a href="https://eur01.safelinks.protection.outlook.com/?url=http%3A%2F%2F192.168.1.1%2F&amp;data=1">', '<a href="', '">', "</a>", '<img src="cid:x" alt="šeit">',
    '<div id="Signature">', '<div id="divRplyFwdMsg">', '<div id="appendonsend"></div>', '<div class="gmail_quote">', '<div class="moz-cite-prefix">',
    "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>", "<hr>",
    "&nbsp;", "&amp;", "&lt;", "&gt;", "&#106;", "&#x1F600;", "&#0;", "&#xD800;", "&bogus;", "&", "&#", "&#x;",
    "-----Original Message-----", "From: Jānis Bērziņš", "Sent: Monday", "No:", "Nosūtīts:", "Kam:", "Tēma:", "> ", ">> ", "\n> ",
    "2024. gada 11. martā 10:15 Jānis Bērziņš <janis@inbox.lv> rakstīja:", "On Mon, 11 Mar 2024, John wrote:", "Пн, 11 мар. 2024 г. Иван написал(а):",
    "Ar cieņu,", "Ar cieņu", "Kind regards,", "Ilze Ozola", "Sociālā dienesta vadītāja", "Ādažu novada pašvaldība", "Tālr. 67997350", "ilze.ozola@adazi.lv", "www.adazi.lv",
    "Labdien!", "Paldies par Jūsu iesniegumu.", "Pielikumā nosūtām lēmumu.", "šeit", "150385-10412", "p.k. 01019012349", "\\\\fs01\\dati\\a.pdf", "C:\\Users\\x",
    "//srv/share", "file:///C:/x", "http://", "https://", "www.", "@", "Nr.", "1.", "!!!", "UZMANĪBU", "tiek izskatīts", "jūs", "\u00ad", "\u200b", "\ufeff", "\r\n", "\n\n", "\t", " ",
  ),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 6 }),
);
const htmlish = fc.array(htmlPiece, { maxLength: 60 }).map((parts) => parts.join(""));

const format = fc.constantFrom<"text" | "html">("text", "html");
const lang = fc.constantFrom<UiLanguage>("lv", "en");

describe("the checker never throws", () => {
  it("loads every rule file in src/core/rules", () => {
    expect(loadErrors).toEqual([]);
  });

  it("finds the rule files on disk (at least the ones this suite was written with)", () => {
    const ids = rules.map((r) => r.meta.id);
    for (const id of ["link-unsafe", "link-internal", "link-text", "attachment-mention", "personal-code"]) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("on arbitrary Unicode strings (graphemes)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), format, lang, (body, f, l) => {
        expect(problems(body, f, l)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("on arbitrary UTF-16 strings (lone surrogates, control characters)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), format, lang, (body, f, l) => {
        expect(problems(body, f, l)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("on HTML-ish strings: tags, entities, quote markers, signature closings, links, codes", () => {
    fc.assert(
      fc.property(htmlish, format, lang, (body, f, l) => {
        expect(problems(body, f, l)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["deep nesting", "<div>".repeat(3000) + "Labdien! Pielikumā lēmums." + "</div>".repeat(10)],
    ["unclosed everything", '<p><a href="javascript:x"><b><blockquote><div id="Signature">Ar cieņu<br>Ilze'],
    ["only markup", "<html><head></head><body></body></html>"],
    ["a lone surrogate in an href", '<a href="https://\ud800.lv">\udc00</a>'],
    ["NUL characters", "Labdien!\u0000\u0000 Pielikumā\u0000 lēmums."],
  ])("on %s", (_name, body) => {
    expect(problems(body, "html", "lv")).toEqual([]);
    expect(problems(body, "text", "lv")).toEqual([]);
  });
});

// The body families that once made a check super-linear (issue 13; their speed is in `npm run bench`),
// at a modest size, through every rule and the spelling rule with the real word lists.
describe("adversarial body families", () => {
  const withSpelling = (): Rule[] => [...rules, createSpellingRule({ lv: loadSpellChecker("lv"), en: loadSpellChecker("en") })];

  it.each(ADVERSARIAL_FAMILIES.map((f) => [f.name, f] as const))("%s: no rule throws, every finding points into the text", (_name, family) => {
    const body = family.make(6000);
    expect(problems(body, family.format, "lv", withSpelling())).toEqual([]);
    expect(problems(body, family.format === "html" ? "text" : "html", "en", withSpelling())).toEqual([]);
  });
});

describe("regular expressions in src/core", () => {
  const superLinear = "regexp/no-super-linear-backtracking";
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ["**/*.ts"],
        languageOptions: { parser: tseslint.parser as never, sourceType: "module" },
        plugins: { regexp: { meta: regexpPlugin.meta, rules: regexpPlugin.rules } as never },
        rules: { [superLinear]: "error" },
      },
    ],
  });

  it("the check itself catches a super-linear regular expression", async () => {
    const [result] = await eslint.lintText("export const bad = /^(a+)+b$/;\nexport const alsoBad = /\\s*,?\\s*$/;\n", { filePath: path.join(ROOT, "src/core/probe.ts") });
    expect(result.messages.filter((m) => m.ruleId === superLinear).length).toBe(2);
  });

  /** Every .ts file under src/core, walked by hand: ESLint's own file search needs dynamic import(), which jest's VM lacks. */
  function coreFiles(dir = path.join(ROOT, "src/core")): string[] {
    const files: string[] = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) files.push(...coreFiles(full));
      else if (entry.name.endsWith(".ts")) files.push(full);
    }
    return files;
  }

  it("no regular expression in src/core can backtrack super-linearly", async () => {
    const files = coreFiles();
    expect(files.length).toBeGreaterThan(20);
    const results = [];
    for (const file of files) results.push(...(await eslint.lintText(fs.readFileSync(file, "utf8"), { filePath: file })));
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${path.relative(ROOT, r.filePath)}:${m.line}:${m.column} ${m.ruleId ?? "parse"} ${m.message}`));
    expect(errors).toEqual([]);
  }, 120_000);
});
