/**
 * The standard made visible, shared by the pane's Learn view and the standalone Learn page: every
 * e-mail clause of the profile in plain words, the rules that check it with their own good and bad
 * examples (the problem marked where the real checker reports it), and a model reply labelled by
 * clause. Plain elements sized in em, so presenter mode scales everything from one font size.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { OrganizationConfig } from "../../core/config/types";
import type { RuleMeta, UiLanguage } from "../../core/rules/types";
import { clauseLabel, GOOD_PRACTICE, type Profile } from "../../core/standard";
import type { Strings } from "../i18n";
import { goodPracticeRules, highlightExample, modelReply, rulesForClause, segmentsOf, type HighlightedExample } from "../../core/learn/content";

export const useLearnStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "0.75em", fontSize: tokens.fontSizeBase300, lineHeight: 1.45 },
  // Presenter mode: large type and the strongest contrast, for a projector.
  presenter: {
    fontSize: "24px",
    color: "#000000",
    backgroundColor: "#ffffff",
    padding: "0.5em",
    "& mark": { backgroundColor: "#ffe600", color: "#000000", outline: "2px solid #000000" },
    "& h2, & h3": { color: "#000000" },
  },
  heading2: { fontSize: "1.4em", fontWeight: tokens.fontWeightSemibold, margin: "0.6em 0 0.2em" },
  heading3: { fontSize: "1.15em", fontWeight: tokens.fontWeightSemibold, margin: "0.4em 0 0.2em" },
  clause: {
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    paddingTop: "0.4em",
    breakInside: "avoid-page",
  },
  quote: { fontStyle: "italic", margin: "0.2em 0", color: "inherit" },
  rule: { margin: "0.4em 0 0.6em", paddingLeft: "0.75em", borderLeft: `3px solid ${tokens.colorNeutralStroke1}` },
  ruleTitle: { fontWeight: tokens.fontWeightSemibold, margin: "0.2em 0" },
  examples: { margin: "0.2em 0", paddingLeft: "1.2em" },
  example: { margin: "0.2em 0", whiteSpace: "pre-wrap", overflowWrap: "break-word" },
  verdict: { fontWeight: tokens.fontWeightSemibold },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  reply: { margin: "0.2em 0", padding: 0, listStyleType: "none" },
  part: { display: "flex", flexDirection: "column", gap: "0.1em", margin: "0.4em 0", padding: "0.3em 0.5em", borderLeft: `4px solid ${tokens.colorBrandStroke1}` },
  partLabel: { fontSize: "0.85em", fontWeight: tokens.fontWeightSemibold },
  partText: { whiteSpace: "pre-wrap", overflowWrap: "break-word", margin: 0 },
  toc: { display: "flex", flexWrap: "wrap", gap: "0.3em 1em", margin: "0.3em 0", padding: 0, listStyleType: "none" },
  // The theme's link colours, visited too: the browser's default blue is unreadable on the dark theme.
  tocLink: { color: tokens.colorBrandForegroundLink, ":visited": { color: tokens.colorBrandForegroundLink }, ":hover": { color: tokens.colorBrandForegroundLinkHover } },
  clauseHead: { display: "flex", alignItems: "baseline", gap: "0.5em" },
  toggle: { fontSize: "0.85em", padding: "0.1em 0.5em", cursor: "pointer", color: "inherit", backgroundColor: "transparent", border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
  search: { fontSize: "inherit", padding: "0.2em 0.4em", maxWidth: "20em", color: "inherit", backgroundColor: "transparent", border: `1px solid ${tokens.colorNeutralStroke1}` },
  // The handout prints one bad and one good example a rule, and gives each mark's reason in a numbered legend.
  extra: { "@media print": { display: "none" } },
  printOnly: { display: "none", "@media print": { display: "block" } },
  printOnlyInline: { display: "none", "@media print": { display: "inline" } },
  screenOnly: { "@media print": { display: "none" } },
  markNumber: { fontSize: "0.7em", fontWeight: tokens.fontWeightSemibold, verticalAlign: "super", lineHeight: 0 },
  legend: { margin: "0.1em 0 0.2em", paddingLeft: "1.6em", fontSize: "0.9em", whiteSpace: "normal" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

/**
 * Text with line breaks that print compactly (issue 22): on screen every newline stays; on paper a
 * single line break (a signature's lines) flows on as " · " and a blank line is a plain line break,
 * so the handout keeps its type size and still fits its pages.
 */
export function FlowText({ text }: { text: string }): React.ReactElement {
  const styles = useLearnStyles();
  const parts = text.split(/(\n+)/);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith("\n") ? (
          <React.Fragment key={i}>
            <span className={styles.screenOnly}>{part}</span>
            <span className={styles.printOnlyInline}>{part.length > 1 ? "\n" : " · "}</span>
          </React.Fragment>
        ) : (
          <React.Fragment key={i}>{part}</React.Fragment>
        ),
      )}
    </>
  );
}

export function MarkedText({ example, strings: t }: { example: HighlightedExample; strings: Strings }): React.ReactElement {
  const styles = useLearnStyles();
  const segments = segmentsOf(example);
  // Marks are numbered in reading order; on paper, where no tooltip shows, the legend gives each reason.
  const reasons: string[] = [];
  const numberOf = (message: string | undefined) => {
    reasons.push(message ?? "");
    return reasons.length;
  };
  const body = segments.map((s, i) => {
    if (s.kind === "plain") return <FlowText key={i} text={s.text} />;
    const n = numberOf(s.message);
    return (
      <React.Fragment key={i}>
        {s.kind === "missing" ? (
          <mark className={styles.mark} title={s.message} data-testid="learn-missing">
            ▮<span className={styles.hidden}> ({t.learnMissing})</span>
          </mark>
        ) : (
          <mark className={styles.mark} title={s.message} data-testid="learn-mark">
            <FlowText text={s.text} />
          </mark>
        )}
        <sup className={styles.markNumber} aria-hidden="true">
          {n}
        </sup>
      </React.Fragment>
    );
  });
  return (
    <>
      {body}
      {reasons.length > 0 && (
        <ol className={mergeClasses(styles.printOnly, styles.legend)} data-testid="learn-legend">
          {reasons.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ol>
      )}
    </>
  );
}

function RuleExamples({ meta, config, strings: t, language }: { meta: RuleMeta; config: OrganizationConfig; strings: Strings; language: UiLanguage }) {
  const styles = useLearnStyles();
  const bad = React.useMemo(() => meta.examples.bad.map((e) => highlightExample(e, meta.id, config, language)), [meta, config, language]);
  const good = React.useMemo(() => meta.examples.good.map((e) => highlightExample(e, meta.id, config, language)), [meta, config, language]);
  return (
    <div className={styles.rule} data-testid={`learn-rule-${meta.id}`}>
      <p className={styles.ruleTitle}>{meta.title[language]}</p>
      <p className={mergeClasses(styles.example, styles.extra)}>{meta.description[language]}</p>
      <ul className={styles.examples}>
        {bad.slice(0, 2).map((e, i) => (
          <li key={`b${i}`} className={mergeClasses(styles.example, i > 0 && styles.extra)}>
            <span className={styles.verdict}>✗ {t.learnBad}: </span>
            <MarkedText example={e} strings={t} />
            {!e.checked && <em> ({t.learnNotChecked})</em>}
          </li>
        ))}
        {good.slice(0, 2).map((e, i) => (
          <li key={`g${i}`} className={mergeClasses(styles.example, i > 0 && styles.extra)}>
            <span className={styles.verdict}>✓ {t.learnGood}: </span>
            <FlowText text={e.text} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface LearnContentProps {
  profile: Profile;
  config: OrganizationConfig;
  strings: Strings;
  language: UiLanguage;
}

const COLLAPSED_KEY = "atbilde.learn.collapsed";

/** localStorage when the page may use it (private windows and sandboxed frames may not). */
function learnStorage(): Storage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** Which clause sections the trainer folded, remembered across visits. */
function useCollapsed(): [Set<string>, (key: string) => void, (key: string) => void] {
  const [collapsed, setCollapsed] = React.useState<Set<string>>(() => {
    try {
      const saved: unknown = JSON.parse(learnStorage()?.getItem(COLLAPSED_KEY) ?? "[]");
      return new Set(Array.isArray(saved) ? saved.filter((x): x is string => typeof x === "string") : []);
    } catch {
      return new Set();
    }
  });
  const save = (next: Set<string>) => {
    setCollapsed(next);
    try {
      learnStorage()?.setItem(COLLAPSED_KEY, JSON.stringify([...next]));
    } catch {
      // Full or forbidden storage: the choice lasts for this visit only.
    }
  };
  const toggle = (key: string) => {
    const next = new Set(collapsed);
    if (!next.delete(key)) next.add(key);
    save(next);
  };
  const open = (key: string) => {
    if (!collapsed.has(key)) return;
    const next = new Set(collapsed);
    next.delete(key);
    save(next);
  };
  return [collapsed, toggle, open];
}

/** Everything a search can match in a clause section: the clause's words and its rules' texts and examples. */
function sectionText(parts: string[], rules: readonly RuleMeta[], language: UiLanguage): string {
  const ruleTexts = rules.flatMap((r) => [r.id, r.title[language], r.description[language], ...r.examples.good, ...r.examples.bad]);
  return [...parts, ...ruleTexts].join("\n").toLowerCase();
}

interface ClauseSectionProps {
  id: string;
  title: string;
  testId: string;
  collapsed: boolean;
  onToggle: () => void;
  strings: Strings;
  children: React.ReactNode;
}

/** A clause's section whose body the trainer can fold; printing shows every body (learn.html's print CSS). */
function ClauseSection({ id, title, testId, collapsed, onToggle, strings: t, children }: ClauseSectionProps): React.ReactElement {
  const styles = useLearnStyles();
  return (
    <section className={styles.clause} data-testid={testId} aria-labelledby={`${id}-h`} id={id}>
      <div className={styles.clauseHead}>
        <h3 className={styles.heading3} id={`${id}-h`}>
          {title}
        </h3>
        <button type="button" className={`${styles.toggle} no-print`} aria-expanded={!collapsed} aria-controls={`${id}-body`} onClick={onToggle} data-testid={`${testId}-toggle`}>
          {collapsed ? t.learnExpand : t.learnCollapse}
        </button>
      </div>
      <div id={`${id}-body`} className="learn-section-body" hidden={collapsed}>
        {children}
      </div>
    </section>
  );
}

/** Clauses with their rules and examples, then the model reply. Headings start at h2. */
export function LearnContent({ profile, config, strings: t, language }: LearnContentProps): React.ReactElement {
  const styles = useLearnStyles();
  const model = React.useMemo(() => modelReply(config, language), [config, language]);
  const practice = goodPracticeRules(profile);
  const [collapsed, toggle, open] = useCollapsed();
  const [query, setQuery] = React.useState("");
  const needle = query.trim().toLowerCase();
  const sections = profile.emailClauses.map((c) => {
    const rules = rulesForClause(profile, c.clause);
    const key = `${profile.id}:${c.clause}`;
    return { c, rules, key, id: `learn-clause-${c.clause}`, text: sectionText([c.clause, c.summary[language], c.quote], rules, language) };
  });
  const practiceKey = `${profile.id}:${GOOD_PRACTICE}`;
  const practiceShown = practice.length > 0 && (!needle || sectionText([t.learnGoodPractice], practice, language).includes(needle));
  const shown = sections.filter((s) => !needle || s.text.includes(needle));
  // A TOC entry opens its section (it may be folded) and brings it into view.
  const go = (key: string, id: string) => (e: React.MouseEvent) => {
    e.preventDefault();
    open(key);
    window.setTimeout(() => document.getElementById(id)?.scrollIntoView({ block: "start" }), 0);
  };
  return (
    <>
      <h2 className={styles.heading2}>{t.learnHeading}</h2>
      <p>{t.learnIntro}</p>
      <nav aria-label={t.learnContents} data-testid="learn-toc">
        <p className={styles.ruleTitle}>{t.learnContents}</p>
        <ul className={styles.toc}>
          {sections.map((s) => (
            <li key={s.key}>
              <a className={styles.tocLink} href={`#${s.id}`} onClick={go(s.key, s.id)} data-testid={`learn-toc-${s.c.clause}`}>
                {clauseLabel(profile, s.c.clause, language)}
              </a>
            </li>
          ))}
          {practice.length > 0 && (
            <li>
              <a className={styles.tocLink} href="#learn-clause-good-practice" onClick={go(practiceKey, "learn-clause-good-practice")} data-testid="learn-toc-good-practice">
                {t.goodPractice}
              </a>
            </li>
          )}
          <li>
            <a className={styles.tocLink} href="#learn-model" onClick={go("", "learn-model")} data-testid="learn-toc-model">
              {t.learnModelHeading}
            </a>
          </li>
        </ul>
      </nav>
      <label className="no-print">
        {t.learnSearch}{" "}
        <input type="search" className={styles.search} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="learn-search" />
      </label>
      {needle && shown.length === 0 && !practiceShown && <p data-testid="learn-search-none">{t.learnSearchNone}</p>}
      {shown.map(({ c, rules, key, id }) => (
        <ClauseSection key={key} id={id} title={clauseLabel(profile, c.clause, language)} testId={id} collapsed={!needle && collapsed.has(key)} onToggle={() => toggle(key)} strings={t}>
          <p>{c.summary[language]}</p>
          {language === "lv" && <p className={styles.quote}>„{c.quote}”</p>}
          {rules.length > 0 ? (
            <>
              <p className={styles.extra}>
                {t.learnCheckedBy}: {rules.map((r) => r.title[language]).join(", ")}
              </p>
              {rules.map((r) => (
                <RuleExamples key={r.id} meta={r} config={config} strings={t} language={language} />
              ))}
            </>
          ) : (
            <p>{t.learnNoRules}</p>
          )}
        </ClauseSection>
      ))}
      {practiceShown && (
        <ClauseSection id="learn-clause-good-practice" title={t.learnGoodPractice} testId="learn-clause-good-practice" collapsed={!needle && collapsed.has(practiceKey)} onToggle={() => toggle(practiceKey)} strings={t}>
          {practice.map((r) => (
            <RuleExamples key={r.id} meta={r} config={config} strings={t} language={language} />
          ))}
        </ClauseSection>
      )}
      <section className={styles.clause} data-testid="learn-model" aria-labelledby="learn-model-h" id="learn-model">
        <h2 className={styles.heading2} id="learn-model-h">
          {t.learnModelHeading}
        </h2>
        <p>{t.learnModelIntro}</p>
        <ol className={styles.reply}>
          {model.parts.map((p, i) => (
            <li key={i} className={styles.part} data-testid={`learn-part-${p.kind}`}>
              <span className={styles.partLabel}>
                {t[`learnPart_${p.kind}` as keyof Strings]} — {p.clause === GOOD_PRACTICE ? t.goodPractice : clauseLabel(profile, p.clause, language)}
              </span>
              <p className={styles.partText}>
                <FlowText text={p.text} />
              </p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
