/**
 * One card of the Check view (issue 17): compact — severity, what to do, the clause, the text in
 * context and the actions; why it matters is the rule's own description, behind a disclosure.
 * A card may stand for several findings of one cause (core/check/triage.ts): a missing signature
 * lists its fields by name; one sentence's tone findings share the sentence.
 */
import * as React from "react";
import { Badge, Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { FindingCard } from "../../core/check/triage";
import { signatureFieldNames } from "../../core/check/triage";
import type { Finding } from "../../core/rules/types";
import { CATALOGUE } from "../../core/rules";
import { clauseLabel, GOOD_PRACTICE } from "../../core/standard";
import type { Profile } from "../../core/standard/types";
import type { Strings, UiLanguage } from "../../ui/i18n";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  // The badge keeps its width: shrunk beside a long message, its centred label spilled out of the card.
  badge: { flexShrink: 0 },
  message: { overflowWrap: "break-word", minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  excerpt: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "break-word",
  },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  why: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
const METAS = new Map(CATALOGUE.map((m) => [m.id as string, m]));

function Excerpt({ text, start, end }: { text: string; start: number; end: number }) {
  const styles = useStyles();
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  const before = (from > 0 ? "…" : "") + text.slice(from, start);
  const marked = text.slice(start, end);
  const after = text.slice(end, to) + (to < text.length ? "…" : "");
  return (
    <Body1 className={styles.excerpt} as="p">
      {before.replace(/\s+/g, " ")}
      <mark className={styles.mark}>{marked || "▮"}</mark>
      {after.replace(/\s+/g, " ")}
    </Body1>
  );
}

export interface FindingCardViewProps {
  card: FindingCard;
  /** The checked text (draft.text), for the excerpt in context. */
  text: string;
  profile: Profile;
  strings: Strings;
  language: UiLanguage;
  /** Replace draft.text[start, end) with `replacement`. */
  onApply: (finding: Finding, replacement: string, start: number, end: number) => void;
  onAddWord: (word: string) => void;
  /** Dismiss every finding the card stands for. */
  onDismiss: (findings: readonly Finding[]) => void;
}

/** The one-click replacements a finding offers: its fix, or up to three suggestions for a marked span. */
function replacements(f: Finding): { text: string; start: number; end: number; isFix: boolean }[] {
  if (f.fix) return [{ text: f.fix.text, start: f.fix.start, end: f.fix.end, isFix: true }];
  if (f.start >= f.end) return [];
  return (f.suggestions ?? []).slice(0, 3).map((s) => ({ text: s, start: f.start, end: f.end, isFix: false }));
}

export function FindingCardView({ card, text, profile, strings: t, language, onApply, onAddWord, onDismiss }: FindingCardViewProps): React.ReactElement {
  const styles = useStyles();
  const first = card.findings[0];
  const clause = first.clause === GOOD_PRACTICE ? t.goodPractice : clauseLabel(profile, first.clause, language);
  const meta = METAS.get(first.rule);
  const why = meta?.description[language];
  const start = Math.min(...card.findings.map((f) => f.start));
  const end = Math.max(...card.findings.map((f) => f.end));
  const single = card.kind === "single";
  const fields = card.kind === "signature" ? signatureFieldNames(card, language).join(", ") : "";
  const message =
    card.kind === "signature"
      ? (first.messageId === "noSignature" ? t.noSignatureCard : t.signatureFieldsCard).replace("{fields}", fields)
      : card.kind === "sentence"
        ? (meta?.title[language] ?? first.message)
        : first.message;
  // A merged card lists each finding once: a signature by field name, a sentence by message.
  const listed = card.findings.filter((f, i) => card.kind === "signature" || card.findings.findIndex((g) => g.message === f.message) === i);
  const offered = new Set<string>();
  const buttons = card.findings.flatMap((f) =>
    replacements(f)
      .filter((r) => !offered.has(r.text) && offered.add(r.text))
      .map((r) => (
        <Button
          key={`${f.rule}-${r.start}-${r.text}`}
          size="small"
          appearance={r.isFix ? "primary" : "secondary"}
          onClick={() => onApply(f, r.text, r.start, r.end)}
          data-testid={r.isFix ? "finding-fix" : "finding-suggestion"}
        >
          {r.isFix ? t.applyFix : t.applySuggestion.replace("{s}", r.text)}
        </Button>
      )),
  );
  return (
    <article
      className={styles.card}
      data-card={card.kind}
      data-severity={card.severity}
      // A single card is itself the finding; a merged card lists its findings inside (data-testid="finding").
      {...(single ? { "data-testid": "finding", "data-rule": first.rule } : { "data-testid": "finding-card", "data-rules": card.findings.map((f) => f.rule).join(" ") })}
    >
      <div className={styles.head}>
        <Badge className={styles.badge} appearance="tint" color={SEVERITY_COLOR[card.severity]}>
          {t[`severity_${card.severity}` as keyof Strings]}
        </Badge>
        <Body1 className={styles.message}>{message}</Body1>
      </div>
      {!single && (
        <ul className={styles.list}>
          {listed.map((f) => (
            <li key={`${f.rule}-${f.start}-${f.messageId ?? ""}`} data-testid="finding" data-rule={f.rule} data-message-id={f.messageId}>
              <Caption1>{card.kind === "signature" ? signatureFieldNames({ ...card, findings: [f] }, language)[0] : f.message}</Caption1>
            </li>
          ))}
        </ul>
      )}
      <Caption1 data-testid="finding-clause">{clause}</Caption1>
      {card.kind !== "signature" && <Excerpt text={text} start={start} end={end} />}
      {why && (
        <details>
          <summary>
            <Caption1>{t.whyItMatters}</Caption1>
          </summary>
          <Caption1 className={styles.why} data-testid="finding-why">
            {why}
          </Caption1>
        </details>
      )}
      <div className={styles.actions}>
        {buttons}
        {first.rule === "spelling" && single && (
          <Button size="small" appearance="subtle" onClick={() => onAddWord(first.excerpt)} data-testid="finding-add-word">
            {t.addToDictionary}
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={() => onDismiss(card.findings)} data-testid="finding-dismiss">
          {t.dismiss}
        </Button>
      </div>
    </article>
  );
}
