/**
 * Check view (compose mode): runs the checker when opened and on demand, shows a triage (issue 17:
 * a checklist by topic, one card per cause, what blocks sending first, advice behind a toggle), and applies fixes exactly
 * where they point (through the draft's source map) after making sure the body has not changed.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { OrganizationConfig } from "../../core/config/types";
import type { Finding, Rule } from "../../core/rules/types";
import { getProfile } from "../../core/standard";
import type { ItemSummary, MailboxPort } from "../../office/mailboxPort";
import type { ReplyWriter } from "../../office/replyWriter";
import { BodyChangedError } from "../../office/replyWriter";
import { EditSpansMarkupError } from "../../core/draft/sourceMap";
import { applyTextEdit, bodyHash, countBySeverity, findingKey, runCheck, type CheckRun } from "../runCheck";
import { countPhrase, type Strings, type UiLanguage } from "../../ui/i18n";
import { lateRuleApplies, mergeFindings } from "../../core/check/message";
import { spellingFindings, spellingInput } from "../../core/rules/spelling";
import { MORPHOLOGY_RULE_IDS } from "../../core/rules/grammar";
import type { SpellingClient, SpellingStatus } from "../spellingClient";
import { personalDictionary } from "../userSettings";
import { afterPaint } from "../afterPaint";
import { ROAMING_KEYS } from "../../core/config/userSettings";
import { RULES_WITHOUT_SPELLING } from "../../core/rules";
import { ArrangeToStandard, useStandardFixes } from "../components/ArrangeToStandard";
import { triage, type TopicGroup } from "../../core/check/triage";
import { TriageSummary } from "../components/TriageSummary";
import { FindingCardView } from "../components/FindingCardView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/** How often the view looks for a changed body while visible (issue 17: "a gentle interval"). */
const BODY_RECHECK_MS = 3000;

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
  /** Rules that stopped the send (the on-send context): their cards come first. */
  firstRules?: readonly string[];
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
  const [showInfo, setShowInfo] = React.useState(false);
  const profile = getProfile(config.profile);
  const spelling = props.spelling ?? null;
  const [spellingStatus, setSpellingStatus] = React.useState<SpellingStatus>(spelling?.status ?? "idle");
  React.useEffect(() => spelling?.onStatus(setSpellingStatus), [spelling]);
  const latestRun = React.useRef(0);

  const checkStarted = React.useRef(0);
  const checking = React.useRef(0);
  /** Hash of the body the shown results were computed from (null before the first check). */
  const checkedBody = React.useRef<number | null>(props.initialRun ? bodyHash(props.initialRun.html) : null);
  // `afterFailure`: the check that shows the draft after a failed action keeps that action's banner.
  // `quiet`: a re-check because the body changed keeps the old results on screen and shows no spinner.
  const check = React.useCallback(async (afterFailure = false, quiet = false) => {
    performance.mark("atbilde:check-start");
    checkStarted.current = performance.now();
    if (!quiet) setBusy(true);
    checking.current += 1;
    try {
      const result = await runCheck(mailbox, item, config, language, rules, personalDictionary(mailbox));
      const runId = ++latestRun.current;
      checkedBody.current = bodyHash(result.html);
      setRun(result);
      setRunCount((n) => n + 1);
      // A re-check nobody asked for (the body changed) leaves the banners of what the user did.
      if (!afterFailure && !quiet) props.onChecked?.(result);
      // Spelling and grammar answer from the worker later; they start once these results are on
      // screen (afterPaint.ts says why) and their findings join these if no newer check started.
      if (spelling) {
        afterPaint(() => {
          if (runId !== latestRun.current) return;
          if (lateRuleApplies(result, "spelling")) {
            spelling
              .check(spellingInput(result.draft, result.context))
              .then((errors) => {
                if (runId !== latestRun.current || errors.length === 0) return;
                const found = spellingFindings(errors, result.draft, language);
                setRun((current) => (current && current.draft === result.draft ? mergeFindings(current, "spelling", found) : current));
              })
              .catch(() => undefined); // the status line says spelling is unavailable
          }
          // The grammar rules (issue 20) answer from the same worker once the analyzer has loaded.
          if (MORPHOLOGY_RULE_IDS.some((id) => lateRuleApplies(result, id))) {
            spelling
              .grammar(result.draft, language)
              .then((byRule) => {
                if (runId !== latestRun.current) return;
                setRun((current) => (current && current.draft === result.draft ? byRule.reduce((merged, r) => mergeFindings(merged, r.rule, r.found), current) : current));
              })
              .catch(() => undefined); // grammar is an extra: without its data the check stands as it is
          }
        });
      }
    } catch (e) {
      props.onError(e instanceof Error ? e.message : String(e));
    } finally {
      checking.current -= 1;
      if (!quiet) setBusy(false);
    }
  }, [mailbox, item, config, language, rules]);

  // The body changed since the last check (typing in Outlook): check again on focus and at a gentle
  // interval while the pane is visible; an unchanged body (same hash) does nothing.
  React.useEffect(() => {
    if (item.mode !== "compose") return;
    let reading = false;
    const recheckIfChanged = () => {
      if (reading || checking.current > 0 || checkedBody.current === null || document.visibilityState !== "visible") return;
      reading = true;
      mailbox
        .getBody("html")
        .then((html) => {
          if (checking.current === 0 && bodyHash(html) !== checkedBody.current) return check(false, true);
        })
        .catch(() => undefined) // the next tick or an explicit check reports what is wrong
        .finally(() => {
          reading = false;
        });
    };
    window.addEventListener("focus", recheckIfChanged);
    document.addEventListener("visibilitychange", recheckIfChanged);
    const timer = window.setInterval(recheckIfChanged, BODY_RECHECK_MS);
    return () => {
      window.removeEventListener("focus", recheckIfChanged);
      document.removeEventListener("visibilitychange", recheckIfChanged);
      window.clearInterval(timer);
    };
  }, [mailbox, item.mode, check]);

  // Time from starting a check to its results on screen, for the budget benchmark.
  React.useEffect(() => {
    if (runCount > 0) document.body.dataset.lastCheckMs = (performance.now() - checkStarted.current).toFixed(2);
  }, [runCount]);

  React.useEffect(() => {
    if (!props.initialRun) void check();
  }, [check]);

  const apply = (finding: Finding, text: string, start = finding.start, end = finding.end) =>
    run ? writeBody(run, () => applyTextEdit(run, { start, end, text }), t.fixApplied) : Promise.resolve();

  /** Writes a new body computed from the run (one undoable step), then re-checks. */
  const writeBody = async (from: CheckRun, next: () => string, done: string) => {
    setStatus(null);
    try {
      await writer.replaceBody(from.html, next());
      setCanUndo(writer.canUndo);
      setStatus(done);
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

  // Each missing part's card carries the fix that inserts it (core/arrange).
  const withFixes = useStandardFixes(run, mailbox, config);

  if (item.mode !== "compose") return <Caption1 data-testid="check-unavailable">{t.checkOnlyCompose}</Caption1>;

  const visible = withFixes.filter((f) => !dismissed.has(findingKey(f)));
  const hiddenCount = (run?.findings.length ?? 0) - visible.length;
  const counts = countBySeverity(visible);
  const triaged = triage(visible, { sentences: run?.draft.sentences ?? [], firstRules: props.firstRules });
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
  const infoCount = triaged.info.reduce((n, g) => n + g.cards.length, 0);

  const renderGroups = (groups: TopicGroup[], section: string) =>
    groups.map((group) => (
      <section key={`${section}-${group.topic}`} className={styles.group} aria-labelledby={`${section}-topic-${group.topic}`} data-testid={`check-group-${group.topic}`}>
        <Subtitle2 as="h3" id={`${section}-topic-${group.topic}`}>
          {t[`topic_${group.topic}` as keyof Strings]}
        </Subtitle2>
        {group.cards.map((card) => (
          <FindingCardView
            key={card.key}
            card={card}
            text={(run as CheckRun).draft.text}
            profile={profile}
            strings={t}
            language={language}
            onApply={(f, text, start, end) => void apply(f, text, start, end)}
            onAddWord={(word) => void addToDictionary(word)}
            onDismiss={(findings) => findings.forEach((f) => props.onDismiss(findingKey(f)))}
          />
        ))}
      </section>
    ));

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
        <TriageSummary
          summary={summary}
          intent={counts.error ? "error" : counts.warning ? "warning" : "success"}
          checklist={triaged.checklist}
          strings={t}
          summaryData={{ "data-check-ms": run.durationMs.toFixed(2), "data-check-run": runCount }}
          actions={<ArrangeToStandard run={run} mailbox={mailbox} config={config} strings={t} disabled={busy} onArrange={(body) => void writeBody(run, () => body, t.arranged)} />}
        />
      )}
      {run?.scope === "internal" && <Caption1>{t.internalScope}</Caption1>}
      {status && <Caption1 aria-live="polite">{status}</Caption1>}

      {run && renderGroups(triaged.groups, "check")}
      {run && infoCount > 0 && (
        <div className={styles.toolbar}>
          <Button size="small" appearance="subtle" aria-expanded={showInfo} onClick={() => setShowInfo((v) => !v)} data-testid="check-info-toggle">
            {showInfo ? t.hideInfo : t.showInfo.replace("{n}", String(infoCount))}
          </Button>
        </div>
      )}
      {run && showInfo && renderGroups(triaged.info, "info")}
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
