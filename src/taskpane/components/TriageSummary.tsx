/**
 * The top of the Check view (issue 17): the one-line verdict and a checklist by topic — Struktūra,
 * Paraksts, Valoda, Pareizrakstība, Saites, Personas dati — each ✓ or the number of cards to review.
 * `actions` is where buttons that act on the whole draft go (e.g. "Sakārtot pēc standarta").
 */
import * as React from "react";
import { Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { TopicCount } from "../../core/check/triage";
import type { Strings } from "../../ui/i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  checklist: { display: "flex", flexWrap: "wrap", gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, margin: 0, padding: 0, listStyleType: "none" },
  topic: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXXS, whiteSpace: "nowrap" },
  ok: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  count: {
    minWidth: "1.25em",
    textAlign: "center",
    borderRadius: tokens.borderRadiusCircular,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
  },
  blocking: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundInverted },
  // Read by screen readers in place of the mark ("kārtībā", "jāpārskata: 2").
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface TriageSummaryProps {
  /** The verdict ("Pirms nosūtīšanas pārskatiet: …"). */
  summary: string;
  intent: "error" | "warning" | "success";
  checklist: readonly TopicCount[];
  strings: Strings;
  /** Attributes the benchmarks and tests read (data-check-ms, data-check-run). */
  summaryData?: Record<`data-${string}`, string | number>;
  actions?: React.ReactNode;
}

export function TriageSummary({ summary, intent, checklist, strings: t, summaryData, actions }: TriageSummaryProps): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="triage-summary">
      <MessageBar intent={intent} layout="multiline" data-testid="check-summary" aria-live="polite" {...summaryData}>
        <MessageBarBody>{summary}</MessageBarBody>
      </MessageBar>
      <ul className={styles.checklist} aria-label={t.triageHeading} data-testid="triage-checklist">
        {checklist.map(({ topic, count, blocking }) => {
          const name = t[`topic_${topic}` as keyof Strings];
          return (
            <li key={topic} className={styles.topic} data-testid={`triage-topic-${topic}`} data-count={count} data-blocking={blocking}>
              <Caption1>{name}</Caption1>
              {count === 0 ? (
                <Caption1 className={styles.ok} aria-hidden="true">
                  ✓
                </Caption1>
              ) : (
                <Caption1 className={blocking ? `${styles.count} ${styles.blocking}` : styles.count} aria-hidden="true">
                  {count}
                </Caption1>
              )}
              <span className={styles.hidden}>{count === 0 ? t.topicOk : t.topicToReview.replace("{n}", String(count))}</span>
            </li>
          );
        })}
      </ul>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}
