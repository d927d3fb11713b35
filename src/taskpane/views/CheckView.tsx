/**
 * Check view (compose mode): runs the checker when opened and on demand, groups findings by the
 * active profile's clause, shows each in context with why it matters, and applies fixes exactly
 * where they point (through the draft's source map) after making sure the body has not changed.
 */
import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { OrganizationConfig } from "../../core/config/types";
import type { Finding, Rule } from "../../core/rules/types";
import { clauseLabel, clauseRefsFor, getProfile, GOOD_PRACTICE } from "../../core/standard";
import type { ItemSummary, MailboxPort } from "../../office/mailboxPort";
import type { ReplyWriter } from "../../office/replyWriter";
import { BodyChangedError } from "../../office/replyWriter";
import { EditSpansMarkupError } from "../../core/draft/sourceMap";
import { applyTextEdit, countBySeverity, findingKey, runCheck, type CheckRun } from "../runCheck";
import { countPhrase, type Strings, type UiLanguage } from "../../ui/i18n";
import { isRuleId } from "../../core/rules/types";
import { lateRuleApplies, mergeFindings } from "../../core/check/message";
import { spellingFindings, spellingInput } from "../../core/rules/spelling";
import type { SpellingClient, SpellingStatus } from "../spellingClient";
import { personalDictionary } from "../userSettings";
import { ROAMING_KEYS } from "../../core/config/userSettings";
import { RULES_WITHOUT_SPELLING } from "../../core/rules";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  finding: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  excerpt: {
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "break-word",
  },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export interface CheckViewProps {
  mailbox: MailboxPort;
  item: ItemSummary;
  config: OrganizationConfig;
  strings: Strings;
  language: UiLanguage;
  writer: ReplyWriter;
  /** The rules to run; the whole catalogue but spelling unless given. */
  rules?: readonly Rule[];
  dismissed: Set<string>;
  onDismiss: (key: string) => void;
  onRestoreDismissed: () => void;
  /** An action failed; the banner is titled by `title` (what happened). */
  onError: (message: string, title?: keyof Strings) => void;
  /** A check succeeded: errors of earlier actions are past (their banners clear). */
  onChecked?: (run: CheckRun) => void;
  /** The spelling worker's client; spelling findings join the others when it answers. */
  spelling?: SpellingClient | null;
  /** Findings handed over by the on-send check, shown first until the user checks again. */
  initialRun?: CheckRun | null;
}

function ExcerptInContext({ run, finding }: { run: CheckRun; finding: Finding }) {
  const styles = useStyles();
  const text = run.draft.text;
  const from = Math.max(0, finding.start - 40);
  const to = Math.min(text.length, finding.end + 40);
  const before = (from > 0 ? "…" : "") + text.slice(from, finding.start);
  const marked = text.slice(finding.start, finding.end);
  const after = text.slice(finding.end, to) + (to < text.length ? "…" : "");
  return (
    <Body1 className={styles.excerpt} as="p">
      {before.replace(/\s+/g, " ")}
      {marked ? <mark className={styles.mark}>{marked}</mark> : <mark className={styles.mark}>▮</mark>}
      {after.replace(/\s+/g, " ")}
    </Body1>
  );
}

export function CheckView(props: CheckViewProps): React.ReactElement {
  const { mailbox, item, config, strings: t, language, writer, dismissed } = props;
  const rules = props.rules ?? RULES_WITHOUT_SPELLING;
  const styles = useStyles();
  const [run, setRun] = React.useState<CheckRun | null>(props.initialRun ?? null);
  const [busy, setBusy] = React.useState(false);
  const [runCount, setRunCount] = React.useState(0);
  const [status, setStatus] = React.useState<string | null>(null);
  const [canUndo, setCanUndo] = React.useState(writer.canUndo);
  const profile = getProfile(config.profile);
  const spelling = props.spelling ?? null;
  const [spellingStatus, setSpellingStatus] = React.useState<SpellingStatus>(spelling?.status ?? "idle");
  React.useEffect(() => spelling?.onStatus(setSpellingStatus), [spelling]);
  const latestRun = React.useRef(0);

  const checkStarted = React.useRef(0);
  // `afterFailure`: the check that shows the draft after a failed action keeps that action's banner.
  const check = React.useCallback(async (afterFailure = false) => {
    performance.mark("atbilde:check-start");
    checkStarted.current = performance.now();
    setBusy(true);
    try {
      const result = await runCheck(mailbox, item, config, language, rules, personalDictionary(mailbox));
      const runId = ++latestRun.current;
      setRun(result);
      setRunCount((n) => n + 1);
      if (!afterFailure) props.onChecked?.(result);
      // Spelling answers from its worker later; its findings join these if no newer check started.
      if (spelling && lateRuleApplies(result, "spelling")) {
        spelling
          .check(spellingInput(result.draft, result.context))
          .then((errors) => {
            if (runId !== latestRun.current || errors.length === 0) return;
            const found = spellingFindings(errors, result.draft, language);
            setRun((current) => (current === result ? mergeFindings(result, "spelling", found) : current));
          })
          .catch(() => undefined); // the status line says spelling is unavailable
      }
    } catch (e) {
      props.onError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }, [mailbox, item, config, language, rules]);

  // Time from starting a check to its results on screen, for the budget benchmark.
  React.useEffect(() => {
    if (runCount > 0) document.body.dataset.lastCheckMs = (performance.now() - checkStarted.current).toFixed(2);
  }, [runCount]);

  React.useEffect(() => {
    if (!props.initialRun) void check();
  }, [check]);

  const apply = async (finding: Finding, text: string, start = finding.start, end = finding.end) => {
    if (!run) return;
    setStatus(null);
    try {
      const next = applyTextEdit(run, { start, end, text });
      await writer.replaceBody(run.html, next);
      setCanUndo(writer.canUndo);
      setStatus(t.fixApplied);
      await check();
    } catch (e) {
      // A fix that would cross markup (an image inside the word) is refused before anything is written.
      reportFailure(e);
      await check(true);
    }
  };

  /** Reports a failed edit, titled by what happened. */
  const reportFailure = (e: unknown) => {
    if (e instanceof EditSpansMarkupError) props.onError(t.fixSpansMarkup);
    else if (e instanceof BodyChangedError) props.onError(t.bodyChanged, "bodyChangedTitle");
    else props.onError(e instanceof Error ? e.message : String(e));
  };

  const addToDictionary = async (word: string) => {
    const words = personalDictionary(mailbox);
    let failed = false;
    if (!words.includes(word)) {
      mailbox.roamingSettings.set(ROAMING_KEYS.personalDictionary, [...words, word]);
      try {
        await mailbox.roamingSettings.save();
        setStatus(t.addedToDictionary);
      } catch (e) {
        mailbox.roamingSettings.set(ROAMING_KEYS.personalDictionary, words);
        props.onError(e instanceof Error ? e.message : String(e));
        failed = true;
      }
    }
    await check(failed);
  };

  const undo = async () => {
    let failed = false;
    try {
      await writer.undo();
    } catch (e) {
      reportFailure(e);
      failed = true;
    }
    setCanUndo(writer.canUndo);
    setStatus(null);
    await check(failed);
  };

  if (item.mode !== "compose") return <Caption1 data-testid="check-unavailable">{t.checkOnlyCompose}</Caption1>;

  const visible = (run?.findings ?? []).filter((f) => !dismissed.has(findingKey(f)));
  const hiddenCount = (run?.findings.length ?? 0) - visible.length;
  const counts = countBySeverity(visible);
  const groups = new Map<string, Finding[]>();
  for (const f of visible) {
    const list = groups.get(f.clause) ?? [];
    list.push(f);
    groups.set(f.clause, list);
  }
  const countText = [
    counts.error ? countPhrase(language, "error", counts.error) : "",
    counts.warning ? countPhrase(language, "warning", counts.warning) : "",
    counts.info ? countPhrase(language, "info", counts.info) : "",
  ]
    .filter(Boolean)
    .join(", ");
  const summary =
    run?.scope === "nothing-new"
      ? t.nothingNew
      : counts.error + counts.warning > 0
        ? t.notReady.replace("{counts}", countText)
        : counts.info > 0
          ? t.onlyInfo.replace("{counts}", countText)
          : t.readyToSend;

  return (
    <section className={styles.root} aria-labelledby="check-heading" data-testid="check-view">
      <Subtitle2 as="h2" id="check-heading">
        {t.checkHeading}
      </Subtitle2>
      <div className={styles.toolbar}>
        <Button appearance="primary" onClick={() => void check()} disabled={busy} data-testid="check-run">
          {t.checkRun}
        </Button>
        {canUndo && (
          <Button onClick={() => void undo()} data-testid="check-undo">
            {t.undo}
          </Button>
        )}
        {busy && <Spinner size="tiny" label={t.checking} />}
        {!busy && spellingStatus === "loading" && <Spinner size="extra-tiny" label={t.spellingLoading} data-testid="spelling-loading" />}
        {spellingStatus === "failed" && <Caption1>{t.spellingFailed}</Caption1>}
      </div>
      {run && (
        <MessageBar
          intent={counts.error ? "error" : counts.warning ? "warning" : "success"}
          layout="multiline"
          data-testid="check-summary"
          data-check-ms={run.durationMs.toFixed(2)}
          data-check-run={runCount}
          aria-live="polite"
        >
          <MessageBarBody>{summary}</MessageBarBody>
        </MessageBar>
      )}
      {run?.scope === "internal" && <Caption1>{t.internalScope}</Caption1>}
      {status && <Caption1 aria-live="polite">{status}</Caption1>}

      {[...groups.entries()].map(([clause, findings]) => {
        const firstRule = findings[0].rule;
        const refs = isRuleId(firstRule) ? clauseRefsFor(profile, firstRule) : [];
        return (
          <Card key={clause} className={styles.group} data-testid={`check-group-${clause}`}>
            <Subtitle2 as="h3">{clause === GOOD_PRACTICE ? t.goodPractice : clauseLabel(profile, clause, language)}</Subtitle2>
            {refs.length > 0 && (
              <Caption1>
                {t.whyItMatters}: „{refs[0].quote}”
              </Caption1>
            )}
            {findings.map((f) => (
              <div key={`${f.rule}-${f.start}-${f.end}-${f.message}`} className={styles.finding} data-testid="finding" data-rule={f.rule}>
                <div className={styles.toolbar}>
                  <Badge appearance="tint" color={SEVERITY_COLOR[f.severity]}>
                    {t[`severity_${f.severity}` as keyof Strings]}
                  </Badge>
                  <Body1>{f.message}</Body1>
                </div>
                <ExcerptInContext run={run as CheckRun} finding={f} />
                <div className={styles.actions}>
                  {f.fix && (
                    <Button size="small" appearance="primary" onClick={() => void apply(f, f.fix!.text, f.fix!.start, f.fix!.end)} data-testid="finding-fix">
                      {t.applyFix}
                    </Button>
                  )}
                  {!f.fix &&
                    f.start < f.end &&
                    (f.suggestions ?? []).slice(0, 3).map((s) => (
                      <Button key={s} size="small" onClick={() => void apply(f, s)} data-testid="finding-suggestion">
                        {t.applySuggestion.replace("{s}", s)}
                      </Button>
                    ))}
                  {f.rule === "spelling" && (
                    <Button size="small" appearance="subtle" onClick={() => void addToDictionary(f.excerpt)} data-testid="finding-add-word">
                      {t.addToDictionary}
                    </Button>
                  )}
                  <Button size="small" appearance="subtle" onClick={() => props.onDismiss(findingKey(f))} data-testid="finding-dismiss">
                    {t.dismiss}
                  </Button>
                </div>
              </div>
            ))}
          </Card>
        );
      })}
      {hiddenCount > 0 && (
        <div className={styles.toolbar}>
          <Caption1>{t.dismissedCount.replace("{n}", String(hiddenCount))}</Caption1>
          <Button size="small" appearance="subtle" onClick={props.onRestoreDismissed}>
            {t.restoreDismissed}
          </Button>
        </div>
      )}
    </section>
  );
}
