/**
 * Every user-facing Latvian string passes our own spelling check: the task pane's texts, the rules'
 * titles, descriptions, messages, on-send names and good examples, the manifest's strings, the greeting notes,
 * the lexicon's notes, the composer's sentences and the help page.
 */
import * as fs from "fs";
import * as path from "path";
import { strings } from "../../../src/ui/i18n";
import { CATALOGUE } from "../../../src/core/rules";
import { GREETING_REASON_MESSAGES } from "../../../src/core/lv/names/greeting";
import { LEXICON } from "../../../src/core/lv/lexicon/entries";
import { composeReply, type Scenario } from "../../../src/core/compose";
import { getProfile } from "../../../src/core/standard";
import { findSpellingErrors } from "../../../src/core/rules/spelling";
import { loadSpellChecker } from "../../../src/cli/loadSpelling";
import { detectLanguage } from "../../../src/core/draft";
import { resolveConfig } from "../../../src/core/config";
import { SKIP_REASONS } from "../../../src/core/arrange";

const ROOT = path.join(__dirname, "..", "..", "..");
const checkers = { lv: loadSpellChecker("lv"), en: loadSpellChecker("en") };

/**
 * Right although Hunspell's lv_LV does not have them: product and technical names, linguistics
 * terms the language agency uses (kalks, kancelejisms, nevārds, žargonvārds), "kopīgot" (Microsoft's
 * Latvian for "share"), the abbreviation "Cien." and the surname in a greeting.
 */
const KNOWN = [
  "Atbilde", "Outlook", "Office", "OneDrive", "JSON", "organization", "npm", "http", "https", "javascript", "vbscript", "data", "file",
  "kalks", "kalki", "kancelejisms", "kancelejismi", "nevārds", "nevārda", "žargonvārds", "kopīgojiet", "Cien", "Ozolas", "kr",
];

function spellingProblems(label: string, text: string): string[] {
  if (detectLanguage(text) === "en") return []; // English examples of the rules are checked as English elsewhere
  let clean = text.replace(/\{\w+\}/g, " ").replace(/<[^>]+>/g, " ");
  // Lexicon notes quote the very words they warn about (calques, Russian originals): not our spelling.
  // Config messages quote the keys and values of the file.
  if (label.startsWith("lexicon.") || label.startsWith("config.")) clean = clean.replace(/[„“"‘][^„“”"‘’]*[”"’“]/g, " ");
  // …and JSON paths (/links/0) and lists of key names (a, b, c).
  if (label.startsWith("config.")) clean = clean.replace(/(^|[\s(])\/[\w/]*/g, " ").replace(/kādu no: [^.]*\./g, " ");
  return findSpellingErrors({ text: clean, language: "lv", knownWords: KNOWN, names: ["Anna Kalniņa", "Jānis Bērziņš", "Ilze Ozola"] }, checkers).map((e) => `${label}: „${e.word}” (${e.suggestions.slice(0, 2).join(", ")})`);
}

function collect(): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(strings.lv)) out.push([`i18n.${key}`, value]);
  for (const meta of CATALOGUE) {
    out.push([`${meta.id}.title`, meta.title.lv], [`${meta.id}.description`, meta.description.lv]);
    for (const [key, value] of Object.entries(meta.messages.lv)) out.push([`${meta.id}.messages.${key}`, value]);
    out.push([`${meta.id}.onSend`, meta.onSend.lv]);
    meta.examples.good.forEach((g, i) => out.push([`${meta.id}.examples.good[${i}]`, g]));
  }
  for (const [key, value] of Object.entries(GREETING_REASON_MESSAGES)) out.push([`greeting.${key}`, value.lv]);
  for (const [key, value] of Object.entries(SKIP_REASONS.lv)) out.push([`arrange.${key}`, value]);
  for (const entry of LEXICON) if (entry.note) out.push([`lexicon.${entry.id}.note`, entry.note]);
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  for (const m of manifest.matchAll(/DefaultValue="([^"]*)"/g)) if (!/^https?:/.test(m[1])) out.push([`manifest`, m[1]]);
  const help = fs.readFileSync(path.join(ROOT, "src", "help.html"), "utf8");
  const lvSection = /<section lang="lv">([\s\S]*?)<\/section>/.exec(help);
  if (lvSection) out.push(["help.html", lvSection[1]]);
  for (const scenario of ["answer", "holding", "referral", "apology"] as Scenario[]) {
    const reply = composeReply(
      {
        scenario,
        language: "lv",
        client: { name: "Anna Kalniņa" },
        original: { date: "2026-11-16", kind: "iesniegums", number: "3-14/118" },
        greeting: "formal",
        body: [],
        nextSteps: [],
        deadline: scenario === "holding" ? { workingDays: 2 } : "2026-11-27",
        specialist: { name: "Pēteris Liepa", position: "speciālists", location: "Gaujas iela 33A", hours: "9.00–12.00", phone: "67997010", email: "p@adazi.lv" },
        signature: { name: "", position: "", institution: "", phone: "67997005", email: "", website: "" },
      },
      { today: "2026-11-17", profile: getProfile("riga") },
    );
    out.push([`compose.${scenario}`, reply.text]);
    for (const n of reply.notes) out.push([`compose.note.${n.code}`, n.message.lv]);
  }
  // The config validator's messages, for a file with a problem of every kind.
  const { errors, warnings } = resolveConfig({
    profile: "nav",
    bogus: 1,
    internalDomains: ["@adazi", "https://x.lv"],
    links: [{ title: "A", url: "http://x.lv", kind: "service" }, { title: "A", url: "javascript:x", kind: "nav" }],
    organization: { name: 5, email: "nav-epasts", phone: "abc" },
    calendar: { holidays: [{ date: "2026-02-30" }] },
    sentenceLimit: -1,
  });
  for (const issue of [...errors, ...warnings]) out.push([`config.${issue.code}`, `${issue.message.lv} ${issue.fix.lv}`]);
  // The demo library's model answers (issue 21; test/unit/answers/demoLibrary.test.ts runs the whole check on them).
  const preview = resolveConfig(JSON.parse(fs.readFileSync(path.join(ROOT, "src", "preview", "organization.json"), "utf8")) as unknown).config;
  for (const a of preview.answers) for (const text of [a.title, ...a.body, ...a.nextSteps]) out.push([`answers.${a.id}`, text]);
  return out;
}

describe("Latvian shown to users", () => {
  const texts = collect();

  it("covers the pane, the rules, the manifest, the composer and the help page", () => {
    expect(texts.length).toBeGreaterThan(300);
  });

  it("has no spelling mistakes", () => {
    const problems = texts.flatMap(([label, text]) => spellingProblems(label, text));
    expect(problems).toEqual([]);
  });
});
