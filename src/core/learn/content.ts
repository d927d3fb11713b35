/**
 * What the Learn view shows, computed from the single sources of truth: the profile's e-mail
 * clauses, the rules' own metadata and examples (highlighted by running the real checker), the
 * composer's model reply, and per-clause scores of a check. No DOM here, so it is unit-tested.
 */
import { parseDraft } from "../draft";
import { checkMessage, type MessageFacts } from "../check/message";
import { composeReply, composeOptionsFor, type ComposedReply, type ReplyPartKind } from "../compose";
import type { OrganizationConfig } from "../config/types";
import { CATALOGUE, RULES_WITHOUT_SPELLING } from "../rules";
import type { Finding, Rule, RuleMeta, UiLanguage } from "../rules/types";
import { clauseFor, GOOD_PRACTICE, type LearnClause, type Profile } from "../standard";
import type { Exercise } from "./exercises";

/** The clause numbers a finding or a rule mapping value names ("9.2, 5.7.4" → ["9.2", "5.7.4"]). */
export function clauseNumbers(value: string): string[] {
  return value === GOOD_PRACTICE ? [GOOD_PRACTICE] : value.split(", ").filter(Boolean);
}

/** Rules of the catalogue that check this clause of the profile. */
export function rulesForClause(profile: Profile, clause: string): RuleMeta[] {
  return CATALOGUE.filter((m) => clauseNumbers(clauseFor(profile, m.id)).indexOf(clause) >= 0);
}

/** Rules the profile has no clause for: they are shown as good practice. */
export function goodPracticeRules(profile: Profile): RuleMeta[] {
  return CATALOGUE.filter((m) => clauseFor(profile, m.id) === GOOD_PRACTICE);
}

export interface Highlight {
  start: number;
  end: number;
  message: string;
}

export interface HighlightedExample {
  /** The example as the checker reads it (markup removed). */
  text: string;
  /** Where the rule reports; start = end marks something missing. */
  marks: Highlight[];
  /** False when the rule could not run here (spelling needs its word lists). */
  checked: boolean;
}

const EXAMPLE_CLIENT = { email: "janis.berzins@inbox.lv", name: "Jānis Bērziņš", kind: "to" as const };
/** The employee who writes the examples and exercises (the preview's demo user). */
const LEARNER = { email: "ilze.ozola@adazi.lv" };

/** A rule example as the reply it stands for: to one external client. */
export function exampleFacts(example: string): MessageFacts {
  return { body: example, format: /<a\s/i.test(example) ? "html" : "text", recipients: [EXAMPLE_CLIENT], composeType: "reply", user: LEARNER };
}

/** An exercise's reply (the flawed one or the model) as the message the trainee sends. */
export function exerciseFacts(exercise: Pick<Exercise, "to">, html: string): MessageFacts {
  return {
    body: html,
    format: "html",
    recipients: exercise.to.map((a) => ({ email: a.address, name: a.name, kind: "to" as const })),
    composeType: "reply",
    attachments: [],
    user: LEARNER,
  };
}

/** Runs one rule on an example through the real checker and returns what it marks. */
export function highlightExample(example: string, ruleId: string, config: OrganizationConfig, lang: UiLanguage, rules: readonly Rule[] = RULES_WITHOUT_SPELLING): HighlightedExample {
  const facts = exampleFacts(example);
  const rule = rules.find((r) => r.meta.id === ruleId);
  if (!rule) return { text: parseDraft(facts.body, facts.format).text, marks: [], checked: false };
  const result = checkMessage(facts, config, { rules: [rule], lang });
  const marks = result.findings.map((f) => ({ start: f.start, end: f.end, message: f.message }));
  return { text: result.draft.text, marks, checked: true };
}

/** An exercise's model answer, one string a paragraph (its <p> elements), so every view keeps the paragraph spacing. */
export function modelParagraphs(exercise: Pick<Exercise, "modelHtml">): string[] {
  const paragraphs = exercise.modelHtml.match(/<p>[\s\S]*?<\/p>/g) ?? [exercise.modelHtml];
  return paragraphs.map((p) => parseDraft(p, "html").text).filter((text) => text.length > 0);
}

export interface TextSegment {
  text: string;
  /** "mark": the reported span; "missing": where something missing belongs. */
  kind: "plain" | "mark" | "missing";
  message?: string;
}

/** Splits an example into plain and marked segments (overlapping marks are merged into the first). */
export function segmentsOf(example: HighlightedExample): TextSegment[] {
  const marks = example.marks.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextSegment[] = [];
  let at = 0;
  for (const m of marks) {
    const start = Math.max(m.start, at);
    const end = Math.max(m.end, start);
    if (start > at) out.push({ text: example.text.slice(at, start), kind: "plain" });
    if (end === start) out.push({ text: "", kind: "missing", message: m.message });
    else out.push({ text: example.text.slice(start, end), kind: "mark", message: m.message });
    at = end;
  }
  if (at < example.text.length) out.push({ text: example.text.slice(at), kind: "plain" });
  return out;
}

export interface LabelledPart {
  kind: ReplyPartKind;
  text: string;
  /** The clause the part satisfies, as a Finding would carry it. */
  clause: string;
}

/** A complete model reply (composeReply of a realistic plan) with each part labelled by its clause. */
export function modelReply(config: OrganizationConfig, lang: UiLanguage): { reply: ComposedReply; parts: LabelledPart[] } {
  const profile = composeOptionsFor(config, "2026-11-20").profile;
  const org = config.organization;
  const link = config.links.find((l) => l.kind === "service") ?? { title: lang === "lv" ? "Pašvaldības tīmekļvietne" : "Municipal website", url: org.website || "https://www.latvija.gov.lv/" };
  const lv = lang === "lv";
  const reply = composeReply(
    {
      scenario: "answer",
      language: lang,
      client: { name: "Jānis Bērziņš", email: EXAMPLE_CLIENT.email },
      original: { date: "2026-11-17", kind: "e-pasts", subject: lv ? "Nekustamā īpašuma nodokļa atvieglojums" : "Property tax relief" },
      greeting: "formal",
      body: lv
        ? [
            "Daudzbērnu ģimenēm pienākas nekustamā īpašuma nodokļa atvieglojums par mājokli, kurā ģimene ir deklarējusi dzīvesvietu.",
            "Atvieglojumu piešķir pēc iesnieguma, ko var iesniegt klātienē vai portālā Latvija.gov.lv.",
          ]
        : [
            "Families with three or more children get property tax relief for the home where the family has declared its residence.",
            "The relief is granted on application, which you can submit in person or on Latvija.gov.lv.",
          ],
      links: [{ title: link.title, url: link.url }],
      nextSteps: lv ? ["Iesniedziet iesniegumu līdz 2027. gada 31. janvārim."] : ["Submit the application by 31 January 2027."],
      closing: "thanks",
      signature: {
        name: "Ilze Ozola",
        position: lv ? "Klientu apkalpošanas speciāliste" : "Customer service specialist",
        institution: (lv ? org.name.lv : org.name.en ?? org.name.lv) || (lv ? "Ādažu novada pašvaldība" : "Ādaži Municipality"),
        phone: org.phone || "67997005",
        email: "ilze.ozola@adazi.lv",
        website: org.website || "https://www.adazunovads.lv",
      },
    },
    composeOptionsFor(config, "2026-11-20"),
  );
  const parts = reply.parts.map((p) => ({ kind: p.kind, text: p.text, clause: p.rule ? clauseFor(profile, p.rule) : GOOD_PRACTICE }));
  return { reply, parts };
}

export interface ClauseScore {
  clause: string;
  /** True when no error or warning of the clause's rules was found. */
  ok: boolean;
  problems: number;
}

/**
 * Per-clause score of a check: every e-mail clause that some rule checks, and good practice last.
 * Only errors and warnings count against a clause; suggestions (info) do not.
 */
export function clauseScores(profile: Profile, findings: readonly Finding[]): ClauseScore[] {
  const counts = new Map<string, number>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    for (const n of clauseNumbers(f.clause)) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const clauses = profile.emailClauses.map((c) => c.clause).filter((c) => rulesForClause(profile, c).length > 0);
  if (goodPracticeRules(profile).length > 0) clauses.push(GOOD_PRACTICE);
  // A finding under a clause the e-mail list lacks still shows, so the score never hides a problem.
  counts.forEach((_, clause) => {
    if (clauses.indexOf(clause) < 0) clauses.push(clause);
  });
  return clauses.map((clause) => ({ clause, ok: !counts.get(clause), problems: counts.get(clause) ?? 0 }));
}

export interface ClauseProblem {
  rule: string;
  /** The rule's title in the UI language: what is missing or wrong. */
  title: string;
  /** The finding's message: what to do. */
  message: string;
  excerpt: string;
  /** What the checker would write instead, when it knows. */
  fix?: string;
}

export interface ClauseFeedback {
  clause: string;
  /** A hint before the answer: what the clause asks, in plain words. */
  hint: string;
  problems: ClauseProblem[];
}

/**
 * What an exercise attempt still lacks, clause by clause (issue 22): a hint first (the clause's own
 * summary, or the rule's description for good practice), then each problem with its message and fix.
 * Only errors and warnings count, as in clauseScores; one problem per rule and message is enough.
 */
export function clauseFeedback(profile: Profile, findings: readonly Finding[], lang: UiLanguage): ClauseFeedback[] {
  return clauseScores(profile, findings)
    .filter((s) => !s.ok)
    .map((s) => {
      const problems: ClauseProblem[] = [];
      for (const f of findings) {
        if (f.severity === "info" || clauseNumbers(f.clause).indexOf(s.clause) < 0) continue;
        if (problems.some((p) => p.rule === f.rule && p.message === f.message)) continue;
        const meta = CATALOGUE.find((m) => m.id === f.rule);
        const fix = f.fix?.text || f.suggestions?.[0];
        problems.push({ rule: f.rule, title: meta ? meta.title[lang] : f.rule, message: f.message, excerpt: f.excerpt, ...(fix ? { fix } : {}) });
      }
      const clause = profile.emailClauses.find((c) => c.clause === s.clause);
      const firstRule = CATALOGUE.find((m) => m.id === problems[0]?.rule);
      const hint = clause ? clause.summary[lang] : firstRule ? firstRule.description[lang] : "";
      return { clause: s.clause, hint, problems };
    });
}

/** True when the checker is satisfied: no error and no warning. */
export function isReady(findings: readonly Finding[]): boolean {
  return findings.every((f) => f.severity === "info");
}

export type { LearnClause };
