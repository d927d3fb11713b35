/**
 * The exercise panel of the Learn view: scores the open draft per clause (✓/✗) with the real
 * checker — on opening, on "Pārbaudīt vēlreiz" and every two seconds while it is shown — until
 * the checker is satisfied, and reveals the exercise's model answer as text on request.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { OrganizationConfig } from "../../core/config/types";
import type { Finding, UiLanguage } from "../../core/rules/types";
import { RULES_WITHOUT_SPELLING } from "../../core/rules";
import { lateRuleApplies, mergeFindings } from "../../core/check/message";
import { spellingFindings, spellingInput } from "../../core/rules/spelling";
import { MORPHOLOGY_RULE_IDS } from "../../core/rules/grammar";
import { EXERCISES } from "../../core/learn/exercises";
import { clauseLabel, GOOD_PRACTICE, getProfile } from "../../core/standard";
import type { ItemSummary, MailboxPort } from "../../office/mailboxPort";
import type { Strings } from "../../ui/i18n";
import { runCheck } from "../runCheck";
import type { SpellingClient } from "../spellingClient";
import { clauseFeedback, clauseScores, isReady, modelParagraphs, type ClauseFeedback } from "../../core/learn/content";

const RECHECK_MS = 2000;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "0.4em", padding: "0.5em", border: `2px solid ${tokens.colorBrandStroke1}`, borderRadius: tokens.borderRadiusMedium },
  heading: { fontSize: "1.4em", fontWeight: tokens.fontWeightSemibold, margin: "0.2em 0" },
  heading3: { fontSize: "1.15em", fontWeight: tokens.fontWeightSemibold, margin: "0.3em 0 0.1em" },
  scores: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "0.15em" },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  status: { fontWeight: tokens.fontWeightSemibold, fontSize: "1.1em" },
  model: { whiteSpace: "pre-wrap", overflowWrap: "break-word", backgroundColor: tokens.colorNeutralBackground3, padding: "0.5em", margin: 0 },
  // The model answer's paragraphs, spaced as in a letter.
  paragraph: { margin: "0 0 0.6em", ":last-child": { marginBottom: 0 } },
  feedback: { margin: "0.2em 0 0.4em 1.2em", display: "flex", flexDirection: "column", gap: "0.2em" },
  problems: { margin: 0, paddingLeft: "1.2em" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface ExercisePanelProps {
  mailbox: MailboxPort;
  item: ItemSummary | null;
  config: OrganizationConfig;
  strings: Strings;
  language: UiLanguage;
  spelling?: SpellingClient | null;
}

/** Under an unmet clause: the hint first, the fix (each problem's message and the model answer) on request. */
/** The model answer as text (never markup), one <p> a paragraph. */
function ModelAnswer({ paragraphs, testId }: { paragraphs: readonly string[]; testId?: string }): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.model} data-testid={testId}>
      {paragraphs.map((p, i) => (
        <p key={i} className={styles.paragraph}>
          {p}
        </p>
      ))}
    </div>
  );
}

function ClauseFix({ feedback, model, strings: t }: { feedback: ClauseFeedback; model: readonly string[]; strings: Strings }): React.ReactElement {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const id = `exercise-fix-${feedback.clause.replace(/\W/g, "-")}`;
  return (
    <div className={styles.feedback} data-testid="exercise-feedback" data-clause={feedback.clause}>
      <span data-testid="exercise-hint">
        <strong>{t.exerciseHint}:</strong> {feedback.hint}
      </span>
      <Button size="small" onClick={() => setOpen((v) => !v)} aria-expanded={open} aria-controls={id} data-testid="exercise-show-fix">
        {open ? t.exerciseHideFix : t.exerciseShowFix}
      </Button>
      {open && (
        <div id={id} data-testid="exercise-fix">
          <ul className={styles.problems}>
            {feedback.problems.map((p) => (
              <li key={`${p.rule}:${p.message}`} data-rule={p.rule}>
                <strong>{p.title}:</strong> {p.message}
                {p.excerpt && <> („{p.excerpt}”)</>}
                {p.fix && (
                  <>
                    {" "}
                    {t.exerciseFixSuggestion}: „{p.fix}”
                  </>
                )}
              </li>
            ))}
          </ul>
          {model.length > 0 && (
            <>
              <strong>{t.exerciseFixModel}:</strong>
              <ModelAnswer paragraphs={model} />
            </>
          )}
        </div>
      )}
    </div>
  );
}

export function ExercisePanel({ mailbox, item, config, strings: t, language, spelling }: ExercisePanelProps): React.ReactElement {
  const styles = useStyles();
  const profile = getProfile(config.profile);
  const [findings, setFindings] = React.useState<Finding[] | null>(null);
  const [showModel, setShowModel] = React.useState(false);
  const exercise = item ? EXERCISES.find((e) => e.subject === item.subject) : undefined;
  const compose = item?.mode === "compose";
  const latest = React.useRef(0);

  const check = React.useCallback(async () => {
    if (!item || item.mode !== "compose") return;
    const runId = ++latest.current;
    const run = await runCheck(mailbox, item, config, language, RULES_WITHOUT_SPELLING);
    if (runId !== latest.current) return;
    let merged = run;
    if (spelling && lateRuleApplies(run, "spelling")) {
      try {
        const errors = await spelling.check(spellingInput(run.draft, run.context));
        merged = mergeFindings(merged, "spelling", spellingFindings(errors, run.draft, language));
      } catch {
        // Spelling unavailable: the score rests on the other rules (the Check view says why).
      }
    }
    // The grammar rules (issue 20) from the same worker, once the analyzer has loaded.
    if (spelling && MORPHOLOGY_RULE_IDS.some((id) => lateRuleApplies(run, id))) {
      try {
        const byRule = await spelling.grammar(run.draft, language);
        merged = byRule.reduce((m, r) => mergeFindings(m, r.rule, r.found), merged);
      } catch {
        // Grammar unavailable: the score rests on the other rules.
      }
    }
    if (runId === latest.current) setFindings(merged.findings);
  }, [mailbox, item, config, language, spelling]);

  React.useEffect(() => {
    if (!compose) return;
    void check().catch(() => undefined);
    const timer = window.setInterval(() => void check().catch(() => undefined), RECHECK_MS);
    return () => window.clearInterval(timer);
  }, [compose, check]);

  const model = React.useMemo(() => (exercise ? modelParagraphs(exercise) : []), [exercise]);

  if (!compose) {
    return (
      <section className={styles.root} data-testid="exercise-panel" aria-labelledby="exercise-h">
        <h2 className={styles.heading} id="exercise-h">
          {t.exerciseHeading}
        </h2>
        <p>{t.exerciseNoDraft}</p>
      </section>
    );
  }

  const scores = findings ? clauseScores(profile, findings) : [];
  const ready = findings !== null && isReady(findings);
  const label = (clause: string) => (clause === GOOD_PRACTICE ? t.goodPractice : clauseLabel(profile, clause, language));
  const toFix = scores.filter((s) => !s.ok).map((s) => label(s.clause));
  const feedback = findings ? clauseFeedback(profile, findings, language) : [];

  return (
    <section className={styles.root} data-testid="exercise-panel" aria-labelledby="exercise-h">
      <h2 className={styles.heading} id="exercise-h">
        {t.exerciseHeading}
        {exercise ? `: ${exercise.title[language]}` : ""}
      </h2>
      {exercise && (
        <p>
          <strong>{t.exerciseTask}:</strong> {exercise.task[language]}
        </p>
      )}
      <p role="status" className={styles.status} data-testid="exercise-status" data-ready={ready ? "true" : "false"}>
        {findings === null ? t.checking : ready ? t.exerciseReady : t.exerciseNotReady.replace("{clauses}", toFix.join("; "))}
      </p>
      <h3 className={styles.heading3}>{t.exerciseScore}</h3>
      <ul className={styles.scores} data-testid="exercise-scores">
        {scores.map((s) => (
          <li key={s.clause} data-testid="exercise-score" data-clause={s.clause} data-ok={s.ok ? "true" : "false"}>
            <span className={s.ok ? styles.ok : styles.bad} aria-hidden="true">
              {s.ok ? "✓" : "✗"}
            </span>{" "}
            {label(s.clause)} — {s.ok ? t.exerciseMet : t.exerciseToFix}
            {feedback
              .filter((f) => f.clause === s.clause)
              .map((f) => (
                <ClauseFix key={f.clause} feedback={f} model={model} strings={t} />
              ))}
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void check().catch(() => undefined)} data-testid="exercise-recheck">
          {t.checkRun}
        </Button>
        {exercise && (
          <Button onClick={() => setShowModel((v) => !v)} aria-expanded={showModel} data-testid="exercise-show-model">
            {showModel ? t.exerciseHideModel : t.exerciseShowModel}
          </Button>
        )}
      </div>
      {exercise && showModel && <ModelAnswer paragraphs={model} testId="exercise-model" />}
    </section>
  );
}
