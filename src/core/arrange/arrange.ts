/**
 * One click to meet the standard (issue 17): every missing structural part — greeting, reference
 * to the client's request, closing with next steps, thanks, the signature's fields — gets a fix
 * that inserts it where it belongs, and arrangeToStandard applies those together with every other
 * safe fix as one edit set in draft.text offsets, carried into the HTML or text by the draft's
 * source map (docs/architecture.md, "The engine's data flow").
 *
 * Safe means the employee's own words stay, in their order: structural fixes only insert, and a
 * rule's own fix is applied only when it keeps the words it replaces (polite "jūs" → "Jūs", "!!!"
 * → "!"); a fix that changes words (a spelling or plain-language replacement) is the employee's
 * choice and is left to the Check view's card. Every inserted text is a whole sentence (never a
 * template with "…"): the rule's own insertable suggestion, the composer's reference line with the
 * original's facts, or the signature's values from Settings or the organization config.
 */
import type { MessageCheck } from "../check/message";
import { originalRef, referenceLine, signatureLines } from "../compose";
import { thanksIn } from "../compose/phrases";
import type { SignatureField } from "../config/types";
import { SIGNATURE_FIELDS } from "../config/defaults";
import { EditSpansMarkupError, type TextEdit } from "../draft/sourceMap";
import type { Draft } from "../draft/types";
import { originalFacts } from "../original";
import { isInsertable } from "../rules/support/insertable";
import { suggestionLanguage } from "../rules/support/language";
import { contentEnd, contentStart } from "../rules/support/structure";
import type { Finding, FindingFix, Localized } from "../rules/types";

/** The signature to insert, one value per field ("" or absent where nothing is known) — effectiveSignature's shape. */
export type SignatureValues = Partial<Record<SignatureField, string>>;

export interface ArrangeOptions {
  /** The user's signature as Settings and the organization config fill it (config/userSettings effectiveSignature). */
  signature?: SignatureValues;
}

/** Why a finding was left for the employee. */
export type SkipReason = "language" | "no-value" | "not-insertable" | "changes-words" | "overlaps" | "crosses-markup";

export interface SkippedFix {
  rule: string;
  why: SkipReason;
}

export interface Arrangement {
  /** The edits, in draft.text offsets, sorted by position. */
  edits: TextEdit[];
  /** The rules whose findings the edits answer, each once, in the catalogue's order of parts. */
  applied: string[];
  skipped: SkippedFix[];
}

export interface ArrangedBody extends Arrangement {
  /** The source (HTML or text) with the edits applied. */
  body: string;
}

export const SKIP_REASONS: Localized<Record<SkipReason, string>> = {
  lv: {
    language: "atbilde nav latviešu vai angļu valodā",
    "no-value": "nav zināma vērtība (aizpildiet to iestatījumos)",
    "not-insertable": "ieteikumu nevar ievietot, kā tas ir",
    "changes-words": "labojums mainītu Jūsu vārdus, tāpēc izvēlieties to pats",
    overlaps: "pārklājas ar citu labojumu",
    "crosses-markup": "labojums šķērsotu formatējumu",
  },
  en: {
    language: "the reply is neither in Latvian nor in English",
    "no-value": "no value is known (fill it in under Settings)",
    "not-insertable": "the suggestion cannot be inserted as it is",
    "changes-words": "the fix would change your words, so it is yours to choose",
    overlaps: "overlaps another fix",
    "crosses-markup": "the fix would cross formatting",
  },
};

const STRUCTURE_RULES = ["greeting", "reference", "closing", "thanks-or-apology"] as const;
const SIGNATURE_RULE_PREFIX = "signature-";

function isStructural(rule: string): boolean {
  return (STRUCTURE_RULES as readonly string[]).indexOf(rule) >= 0 || rule.indexOf(SIGNATURE_RULE_PREFIX) === 0;
}

/** A text to insert at one place and the rules whose findings it answers. */
interface Insertion {
  at: number;
  text: string;
  rules: string[];
}

function missingFinding(findings: readonly Finding[], rule: string): Finding | undefined {
  for (const f of findings) if (f.rule === rule && f.start === f.end) return f;
  return undefined;
}

/**
 * A sentence as a paragraph of its own right after the text before `at` — so that before a signature
 * it lands in the employee's paragraph, never inside Outlook's signature container.
 */
function paragraphAfter(text: string, at: number, sentence: string): { at: number; text: string } {
  const end = contentEnd(text, at);
  return end > 0 ? { at: end, text: `\n\n${sentence}` } : { at: contentStart(text), text: `${sentence}\n\n` };
}

/** The reference sentence with what the quoted original tells (its date, kind and number). */
function referenceSentence(draft: Draft, language: "lv" | "en"): string {
  const facts = originalFacts(draft.quotedText);
  const ref = originalRef({ from: null, subject: facts.subject || "", date: facts.date });
  // The subject is the client's words: quoted inside our sentence it would carry their typos and capitals.
  return referenceLine(language, ref ? { date: ref.date, kind: ref.kind, number: ref.number } : {});
}

/** The start of the line after the one holding `offset` (or `limit`), for a field inserted below it. */
function lineEndAt(text: string, offset: number, limit: number): number {
  const newline = text.indexOf("\n", offset);
  return newline < 0 || newline > limit ? limit : newline;
}

/**
 * Where the missing signature fields go: with no block, a whole signature (closing words and the
 * fields) at the end of the employee's text, where Outlook's own signature would stand; with a
 * block, each missing field on a line of its own below the nearest field before it in the
 * standard order (name, position, institution, phone, e-mail, website), so the block never gets
 * a second copy of anything.
 */
function signatureInsertions(check: MessageCheck, values: SignatureValues, language: "lv" | "en", skipped: SkippedFix[]): Insertion[] {
  const { draft, context } = check;
  const missing: SignatureField[] = [];
  for (const field of SIGNATURE_FIELDS) {
    const rule = SIGNATURE_RULE_PREFIX + field;
    if (!missingFinding(check.findings, rule)) continue;
    if ((values[field] || "").trim() === "") skipped.push({ rule, why: "no-value" });
    else missing.push(field);
  }
  if (missing.length === 0) return [];
  const only = (fields: readonly SignatureField[]) => {
    const sig = { name: "", position: "", institution: "", phone: "", email: "", website: "" };
    for (const field of fields) sig[field] = (values[field] || "").trim();
    return signatureLines(sig, language);
  };
  const rulesOf = (fields: readonly SignatureField[]) => fields.map((f) => SIGNATURE_RULE_PREFIX + f);
  const signature = draft.signature;
  if (!signature) {
    const signOff = language === "en" ? context.config.signature.closing.en : context.config.signature.closing.lv;
    return [{ at: contentEnd(draft.text), text: `\n\n${[signOff, ...only(missing)].join("\n")}`, rules: rulesOf(missing) }];
  }
  const text = draft.text;
  const end = Math.min(signature.end, text.length);
  const block = text.slice(signature.start, end);
  // Where each present field's line ends; the closing line counts as the line before the name.
  const afterLine = new Map<SignatureField | "closing", number>();
  if (signature.closing !== null) afterLine.set("closing", lineEndAt(text, signature.start, end));
  for (const field of SIGNATURE_FIELDS) {
    const value = signature.fields[field];
    const found = value ? block.indexOf(value) : -1;
    if (found >= 0) afterLine.set(field, lineEndAt(text, signature.start + found, end));
  }
  const groups = new Map<number, SignatureField[]>();
  for (const field of missing) {
    let at = afterLine.has("closing") ? (afterLine.get("closing") as number) : -1;
    for (const before of SIGNATURE_FIELDS.slice(0, SIGNATURE_FIELDS.indexOf(field))) {
      if (afterLine.has(before)) at = afterLine.get(before) as number;
    }
    const list = groups.get(at) || [];
    list.push(field);
    groups.set(at, list);
  }
  const out: Insertion[] = [];
  groups.forEach((fields, at) => {
    const lines = only(fields).join("\n");
    // No field or closing line before it: the fields open the block.
    if (at < 0) out.push({ at: signature.start, text: `${lines}\n`, rules: rulesOf(fields) });
    else out.push({ at, text: `\n${lines}`, rules: rulesOf(fields) });
  });
  return out;
}

/** The insertions for the missing structural parts, in the order they read at one place. */
function structuralInsertions(check: MessageCheck, options: ArrangeOptions, skipped: SkippedFix[]): Insertion[] {
  const { draft, findings } = check;
  const out: Insertion[] = [];
  // Sentences and signature labels are Latvian or English: a reply in another language is left as it is.
  const draftLanguage = check.context.language;
  if (draftLanguage !== "lv" && draftLanguage !== "en") {
    for (const f of findings) if (isStructural(f.rule) && f.start === f.end) skipped.push({ rule: f.rule, why: "language" });
    return out;
  }
  const language = suggestionLanguage(check.context.language);
  const firstInsertable = (f: Finding): string | null => {
    const s = (f.suggestions || []).filter(isInsertable)[0];
    if (s) return s;
    skipped.push({ rule: f.rule, why: "not-insertable" });
    return null;
  };
  const greeting = missingFinding(findings, "greeting");
  if (greeting) {
    const text = firstInsertable(greeting);
    if (text) out.push({ at: greeting.start, text: `${text}\n\n`, rules: ["greeting"] });
  }
  let thanked = false;
  const reference = missingFinding(findings, "reference");
  if (reference) {
    const sentence = referenceSentence(draft, language);
    thanked = thanksIn(sentence);
    const thanks = thanked && missingFinding(findings, "thanks-or-apology") ? ["thanks-or-apology"] : [];
    if (isInsertable(sentence)) out.push({ at: reference.start, text: `${sentence} `, rules: ["reference", ...thanks] });
    else skipped.push({ rule: "reference", why: "not-insertable" });
  }
  for (const rule of ["closing", "thanks-or-apology"]) {
    const f = missingFinding(findings, rule);
    if (!f || (rule === "thanks-or-apology" && thanked)) continue;
    const text = firstInsertable(f);
    if (text) out.push({ ...paragraphAfter(draft.text, f.start, text), rules: [rule] });
  }
  out.push(...signatureInsertions(check, options.signature || {}, language, skipped));
  return out;
}

/** The words of a text, lower-cased, for "keeps the employee's words" (case and punctuation may change). */
export function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) || []).map((w) => w.toLowerCase());
}

function keepsWords(draftText: string, fix: FindingFix): boolean {
  return wordsOf(draftText.slice(fix.start, fix.end)).join(" ") === wordsOf(fix.text).join(" ");
}

/**
 * The fix each structural finding can offer on its own card: the insertion that answers it (every
 * signature card inserts all the missing fields it can, as one block). Other findings keep theirs.
 */
export function withStructuralFixes(check: MessageCheck, options: ArrangeOptions = {}): Finding[] {
  const insertions = structuralInsertions(check, options, []);
  return check.findings.map((f) => {
    if (f.fix || f.start !== f.end || !isStructural(f.rule)) return f;
    const own = insertions.filter((i) => i.rules.indexOf(f.rule) >= 0);
    if (own.length === 0) return f;
    // A signature's missing fields may go to several lines; the card's fix takes the first place.
    return { ...f, fix: { start: own[0].at, end: own[0].at, text: own[0].text } };
  });
}

/**
 * Every safe fix of a check as one edit set: the structural insertions (merged where they meet, in
 * reading order) and the rules' own fixes that keep the employee's words, each at most once and
 * never overlapping another.
 */
export function arrangeToStandard(check: MessageCheck, options: ArrangeOptions = {}): Arrangement {
  const skipped: SkippedFix[] = [];
  const applied: string[] = [];
  const note = (rules: readonly string[]) => {
    for (const rule of rules) if (applied.indexOf(rule) < 0) applied.push(rule);
  };
  const edits: TextEdit[] = [];
  const merged = new Map<number, TextEdit>();
  for (const insertion of structuralInsertions(check, options, skipped)) {
    const at = merged.get(insertion.at);
    if (at) at.text += insertion.text;
    else {
      const edit = { start: insertion.at, end: insertion.at, text: insertion.text };
      merged.set(insertion.at, edit);
      edits.push(edit);
    }
    note(insertion.rules);
  }
  const replacements: { edit: TextEdit; rule: string }[] = [];
  for (const f of check.findings) {
    if (!f.fix || isStructural(f.rule)) continue;
    if (!keepsWords(check.draft.text, f.fix)) {
      skipped.push({ rule: f.rule, why: "changes-words" });
      continue;
    }
    replacements.push({ edit: { start: f.fix.start, end: f.fix.end, text: f.fix.text }, rule: f.rule });
  }
  replacements.sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end);
  let last = -1;
  for (const { edit, rule } of replacements) {
    const same = edits.some((e) => e.start === edit.start && e.end === edit.end && e.text === edit.text);
    if (same) {
      note([rule]);
      continue;
    }
    // An insertion inside the replaced range, or a replacement overlapping the previous one, would clash.
    const clashes = edit.start < last || edits.some((e) => e.start === e.end && e.start > edit.start && e.start < edit.end);
    if (clashes) {
      skipped.push({ rule, why: "overlaps" });
      continue;
    }
    edits.push(edit);
    last = edit.end;
    note([rule]);
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  return { edits, applied, skipped };
}

/**
 * arrangeToStandard applied to the source the check was made from (HTML or text). An edit the source
 * map refuses because it would cross markup is left out (and reported), the rest still apply.
 */
export function arrangeBody(check: MessageCheck, source: string, options: ArrangeOptions = {}): ArrangedBody {
  const arrangement = arrangeToStandard(check, options);
  let edits = arrangement.edits;
  const skipped = arrangement.skipped.slice();
  for (;;) {
    try {
      const body = check.draft.sourceMap.applyEdits(source, edits);
      // A rule's own fixes count as applied while one of them is still in the set.
      const applied = arrangement.applied.filter((rule) => isStructural(rule) || check.findings.some((f) => f.rule === rule && edits.some((edit) => answersFinding(f, edit))));
      return { body, edits, applied, skipped };
    } catch (e) {
      if (!(e instanceof EditSpansMarkupError)) throw e;
      const refused = edits.find((x) => x.start === e.start && x.end === e.end);
      if (!refused) throw e;
      edits = edits.filter((x) => x !== refused);
      for (const f of check.findings) if (answersFinding(f, refused)) skipped.push({ rule: f.rule, why: "crosses-markup" });
    }
  }
}

/** Whether an edit is the rule's own fix of this finding (structural insertions are never refused). */
function answersFinding(f: Finding, edit: TextEdit): boolean {
  return !!f.fix && f.fix.start === edit.start && f.fix.end === edit.end && f.fix.text === edit.text && !isStructural(f.rule);
}
