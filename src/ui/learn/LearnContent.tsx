/**
 * The standard made visible, shared by the pane's Learn view and the standalone Learn page: every
 * e-mail clause of the profile in plain words, the rules that check it with their own good and bad
 * examples (the problem marked where the real checker reports it), and a model reply labelled by
 * clause. Plain elements sized in em, so presenter mode scales everything from one font size.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
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
  example: { margin: "0.2em 0", whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  verdict: { fontWeight: tokens.fontWeightSemibold },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  reply: { margin: "0.2em 0", padding: 0, listStyleType: "none" },
  part: { display: "flex", flexDirection: "column", gap: "0.1em", margin: "0.4em 0", padding: "0.3em 0.5em", borderLeft: `4px solid ${tokens.colorBrandStroke1}` },
  partLabel: { fontSize: "0.85em", fontWeight: tokens.fontWeightSemibold },
  partText: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

export function MarkedText({ example, strings: t }: { example: HighlightedExample; strings: Strings }): React.ReactElement {
  const styles = useLearnStyles();
  return (
    <>
      {segmentsOf(example).map((s, i) =>
        s.kind === "plain" ? (
          <React.Fragment key={i}>{s.text}</React.Fragment>
        ) : s.kind === "missing" ? (
          <mark key={i} className={styles.mark} title={s.message} data-testid="learn-missing">
            ▮<span className={styles.hidden}> ({t.learnMissing})</span>
          </mark>
        ) : (
          <mark key={i} className={styles.mark} title={s.message} data-testid="learn-mark">
            {s.text}
          </mark>
        ),
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
      <p className={styles.example}>{meta.description[language]}</p>
      <ul className={styles.examples}>
        {bad.slice(0, 2).map((e, i) => (
          <li key={`b${i}`} className={styles.example}>
            <span className={styles.verdict}>✗ {t.learnBad}: </span>
            <MarkedText example={e} strings={t} />
            {!e.checked && <em> ({t.learnNotChecked})</em>}
          </li>
        ))}
        {good.slice(0, 2).map((e, i) => (
          <li key={`g${i}`} className={styles.example}>
            <span className={styles.verdict}>✓ {t.learnGood}: </span>
            {e.text}
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

/** Clauses with their rules and examples, then the model reply. Headings start at h2. */
export function LearnContent({ profile, config, strings: t, language }: LearnContentProps): React.ReactElement {
  const styles = useLearnStyles();
  const model = React.useMemo(() => modelReply(config, language), [config, language]);
  const practice = goodPracticeRules(profile);
  return (
    <>
      <h2 className={styles.heading2}>{t.learnHeading}</h2>
      <p>{t.learnIntro}</p>
      {profile.emailClauses.map((c) => {
        const rules = rulesForClause(profile, c.clause);
        return (
          <section key={c.clause} className={styles.clause} data-testid={`learn-clause-${c.clause}`} aria-labelledby={`learn-clause-${c.clause}-h`}>
            <h3 className={styles.heading3} id={`learn-clause-${c.clause}-h`}>
              {clauseLabel(profile, c.clause, language)}
            </h3>
            <p>{c.summary[language]}</p>
            {language === "lv" && <p className={styles.quote}>„{c.quote}”</p>}
            {rules.length > 0 ? (
              <>
                <p>
                  {t.learnCheckedBy}: {rules.map((r) => r.title[language]).join(", ")}
                </p>
                {rules.map((r) => (
                  <RuleExamples key={r.id} meta={r} config={config} strings={t} language={language} />
                ))}
              </>
            ) : (
              <p>{t.learnNoRules}</p>
            )}
          </section>
        );
      })}
      {practice.length > 0 && (
        <section className={styles.clause} data-testid="learn-clause-good-practice" aria-labelledby="learn-good-practice-h">
          <h3 className={styles.heading3} id="learn-good-practice-h">
            {t.learnGoodPractice}
          </h3>
          {practice.map((r) => (
            <RuleExamples key={r.id} meta={r} config={config} strings={t} language={language} />
          ))}
        </section>
      )}
      <section className={styles.clause} data-testid="learn-model" aria-labelledby="learn-model-h">
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
              <p className={styles.partText}>{p.text}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
