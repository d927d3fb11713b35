/**
 * Draft view: the ReplyPlan form, prefilled from the open message, the user's settings and
 * organization.json, with a live text preview and an Insert button. The preview is rendered as
 * text, never as HTML in the pane.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Card,
  CardHeader,
  Combobox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  Tag,
  TagGroup,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { clientMessageFacts, composeOptionsFor, composeReply, localizedText, prefillPlan, referenceLine, specialistFor } from "../../core/compose";
import { parseDraft } from "../../core/draft";
import { formatDateEn, formatDateLvNumeric, parseDateLv } from "../../core/lv/dates";
import type { Draft } from "../../core/draft/types";
import type { ComposedReply, GreetingChoice, ReplyPlan, Scenario } from "../../core/compose/types";
import type { OrganizationConfig } from "../../core/config/types";
import { planGreeting } from "../../core/lv/names/greeting";
import type { ItemSummary, MailboxPort } from "../../office/mailboxPort";
import type { KeyValueStorage } from "../../office/mailboxPort";
import type { PendingOffer, ReplyWriter } from "../../office/replyWriter";
import { loadDraft, saveDraft, forgetDraft } from "../draftStore";
import { todayInLatvia, userSignature } from "../userSettings";
import type { Strings, UiLanguage } from "../../ui/i18n";
import type { SpellingClient } from "../spellingClient";
import { ConfirmButton } from "../components/ConfirmButton";
import { QuietAnnouncement } from "../components/QuietAnnouncement";
import { signatureFieldNames } from "../signatureFields";
import { AnswerSuggestions } from "../components/AnswerSuggestions";
import { answerPlanPatch } from "../../core/answers";
import type { ModelAnswer } from "../../core/config/types";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  preview: {
    whiteSpace: "pre-wrap",
    // Words wrap whole; only a token longer than the line (a URL) breaks (200 % zoom, issue 17).
    overflowWrap: "break-word",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // The action bar stays in sight at the pane's bottom while the form scrolls (issue 17): the
  // reply is inserted from wherever the employee is in the form, not only after its last field.
  actionBar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginInline: `calc(-1 * ${tokens.spacingHorizontalS})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    // The pane's own padding at 200 % zoom (App.tsx).
    "@media (max-width: 240px)": { marginInline: `calc(-1 * ${tokens.spacingHorizontalXS})`, paddingInline: tokens.spacingHorizontalXS },
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const SCENARIOS: Scenario[] = ["answer", "holding", "referral", "apology"];
const REGISTERS: GreetingChoice[] = ["neutral", "named", "formal"];

export interface DraftViewProps {
  mailbox: MailboxPort;
  item: ItemSummary;
  config: OrganizationConfig;
  strings: Strings;
  language: UiLanguage;
  writer: ReplyWriter;
  storage: KeyValueStorage | null;
  onError: (message: string) => void;
  /** A pending reply that may belong to this form: shown for the user to insert or discard. */
  pendingOffer?: PendingOffer | null;
  onAcceptPending?: () => void;
  onDeclinePending?: () => void;
  /** The spelling engine: a subject with a spelling error is not quoted in the reference. */
  spelling?: SpellingClient | null;
}

/** "14:05": the time of day on the user's own clock, which is what they remember. */
function clockTime(instant: number, language: UiLanguage): string {
  return new Date(instant).toLocaleTimeString(language === "lv" ? "lv-LV" : "en-GB", { hour: "2-digit", minute: "2-digit" });
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

function freshPlan(props: Pick<DraftViewProps, "item" | "config" | "mailbox">, preferredLanguage?: ReplyPlan["language"], body: Draft | null = null): ReplyPlan {
  return prefillPlan({
    preferredLanguage,
    message: clientMessageFacts(props.item, body),
    config: props.config,
    user: userSignature(props.mailbox),
    today: todayInLatvia(),
  });
}

function initialPlan(props: DraftViewProps): ReplyPlan {
  const saved = loadDraft(props.storage, props.item.id);
  const fresh = freshPlan(props, saved?.language);
  // A saved draft keeps the employee's words; the signature always follows the current settings.
  return saved ? { ...saved, signature: fresh.signature, signOff: fresh.signOff } : fresh;
}

/**
 * The deadline the Latvian way, dd.mm.gggg (issue 16): the browser's date picker follows the
 * browser's locale (mm/dd/yyyy in an English Chromium), not the pane's language.
 */
function LatvianDateInput({ value, onChange }: { value: string | undefined; onChange: (iso: string | undefined) => void }): React.ReactElement {
  const [text, setText] = React.useState(() => (value ? formatDateLvNumeric(value).replace(/\.$/, "") : ""));
  const parsed = text.trim() ? parseDateLv(text) : null;
  return (
    <Input
      value={text}
      placeholder="dd.mm.gggg"
      inputMode="numeric"
      aria-invalid={text.trim() !== "" && parsed === null}
      data-testid="deadline-input"
      onChange={(_, d) => {
        setText(d.value);
        const iso = d.value.trim() ? parseDateLv(d.value) : null;
        if (iso || !d.value.trim()) onChange(iso ?? undefined);
      }}
    />
  );
}

export function DraftView(props: DraftViewProps): React.ReactElement {
  const { config, strings: t, language, writer, item } = props;
  const styles = useStyles();
  const [plan, setPlan] = React.useState<ReplyPlan>(() => initialPlan(props));
  const [bodyText, setBodyText] = React.useState(() => plan.body.join("\n\n"));
  const [stepsText, setStepsText] = React.useState(() => (plan.nextSteps ?? []).join("\n"));
  const [linkQuery, setLinkQuery] = React.useState("");
  const [status, setStatus] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [canUndo, setCanUndo] = React.useState(writer.canUndo);
  const today = todayInLatvia();

  const update = (patch: Partial<ReplyPlan>) => setPlan((p) => ({ ...p, ...patch }));
  // An English reply is English throughout: the signature, sign-off, complaint handler and the
  // specialist's position and hours follow the reply's language.
  const switchLanguage = (language: ReplyPlan["language"], prefilled?: ReplyPlan) => {
    const fresh = prefilled ?? freshPlan(props, language);
    const listed = plan.specialist && config.specialists.find((x) => x.name === plan.specialist?.name);
    update({
      language,
      signature: fresh.signature,
      signOff: fresh.signOff,
      complaintAuthority: fresh.complaintAuthority,
      specialist: listed ? { ...specialistFor(listed, language), forwarded: plan.specialist?.forwarded } : plan.specialist,
    });
  };

  // A model answer (issue 21) fills the plan; the body and steps go into their text boxes to adapt.
  const chooseAnswer = (answer: ModelAnswer) => {
    const { body, nextSteps, ...rest } = answerPlanPatch(answer, config, plan.language);
    update(rest);
    setBodyText((body ?? []).join("\n\n"));
    setStepsText((nextSteps ?? []).join("\n"));
    setStatus(t.answersUsed.replace("{title}", answer.title));
  };

  // Keep the plan's body and steps in step with their text boxes, and save per message.
  const fullPlan: ReplyPlan = React.useMemo(() => ({ ...plan, body: paragraphs(bodyText), nextSteps: linesOf(stepsText) }), [plan, bodyText, stepsText]);
  React.useEffect(() => saveDraft(props.storage, item.id, fullPlan), [props.storage, item.id, fullPlan]);

  // The client's message from the body: in compose mode the quoted original's date, sender and
  // subject (a new message refers to none); in either mode its language picks the reply's. A
  // saved draft keeps what the employee chose.
  const hadSavedDraft = React.useRef(loadDraft(props.storage, item.id) !== null);
  React.useEffect(() => {
    if (hadSavedDraft.current || item.mode === "none") return;
    let cancelled = false;
    props.mailbox
      .getBody("html")
      .then((html) => {
        if (cancelled) return;
        const fresh = freshPlan(props, undefined, parseDraft(html, "html"));
        setPlan((p) => ({ ...p, original: fresh.original, client: p.client.name ? p.client : fresh.client }));
        if (fresh.language !== plan.language) switchLanguage(fresh.language, fresh);
        const subject = fresh.original?.subject;
        if (!subject || !props.spelling) return;
        // Quoted only when the spelling engine finds no error in it (issue 16).
        return props.spelling
          .check({ text: subject, language: fresh.language, knownWords: [...config.knownWords, ...config.placeNames], names: [] })
          .then((errors) => {
            if (cancelled || !errors.length) return;
            setPlan((p) => (p.original && p.original.subject === subject ? { ...p, original: { ...p.original, subject: undefined } } : p));
          });
      })
      .catch(() => undefined); // the reference then stays without a date: nothing is invented
    return () => {
      cancelled = true;
    };
    // Once per item: later edits are the employee's.
  }, [item.id]);

  let composed: ComposedReply | null = null;
  let composeError: string | null = null;
  try {
    composed = composeReply(fullPlan, composeOptionsFor(config, today));
  } catch (e) {
    composeError = e instanceof Error ? e.message : String(e);
  }

  const suggestedGreeting = planGreeting({ fullName: plan.client.name, language: plan.language, register: plan.greeting ?? "neutral" });
  const suggestedReference = plan.original ? referenceLine(plan.language, plan.original) : "";
  const links = plan.links ?? [];
  const query = linkQuery.trim().toLowerCase();
  const linkMatches = config.links
    .filter((l) => !links.some((x) => x.url === l.url))
    .filter((l) => !query || l.title.toLowerCase().includes(query) || l.tags.some((tag) => tag.toLowerCase().includes(query)))
    .slice(0, 8);

  const insert = async () => {
    if (!composed) return;
    setBusy(true);
    setStatus(null);
    try {
      const outcome = item.mode === "read" ? await writer.openReply(composed.html) : await writer.insert(composed.html);
      setStatus(outcome === "opened-reply-pending" ? t.insertedPending : t.inserted);
      setCanUndo(writer.canUndo);
    } catch (e) {
      props.onError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    try {
      await writer.undo();
      setStatus(t.undone);
    } catch (e) {
      props.onError(e instanceof Error ? e.message : String(e));
    }
    setCanUndo(writer.canUndo);
  };

  const reset = () => {
    forgetDraft(props.storage, item.id);
    setPlan(freshPlan(props));
    setBodyText("");
    setStepsText("");
  };

  const sig = plan.signature;
  const missing = (Object.keys(sig) as (keyof typeof sig)[]).filter((k) => !sig[k].trim());

  return (
    <section className={styles.form} aria-labelledby="draft-heading" data-testid="draft-view">
      <Subtitle2 as="h2" id="draft-heading">
        {t.draftHeading}
      </Subtitle2>

      {props.pendingOffer && (
        <MessageBar intent="warning" layout="multiline" data-testid="pending-offer">
          <MessageBarBody>
            <MessageBarTitle>{t.pendingOfferTitle}</MessageBarTitle>
            {t.pendingOfferBody
              .replace("{recipients}", props.pendingOffer.recipients.join(", "))
              .replace("{subject}", props.pendingOffer.subject)
              .replace("{time}", clockTime(props.pendingOffer.savedAt, language))}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={props.onAcceptPending} data-testid="pending-insert">
              {t.pendingInsert}
            </Button>
            <Button onClick={props.onDeclinePending} data-testid="pending-discard">
              {t.pendingDiscard}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <AnswerSuggestions mailbox={props.mailbox} item={item} config={config} strings={t} onChoose={chooseAnswer} />

      <Field label={t.scenario}>
        <Dropdown
          value={t[`scenario_${plan.scenario}` as keyof Strings]}
          selectedOptions={[plan.scenario]}
          onOptionSelect={(_, d) => update({ scenario: d.optionValue as Scenario, closing: d.optionValue === "apology" ? "apology" : "thanks" })}
          data-testid="draft-scenario"
        >
          {SCENARIOS.map((s) => (
            <Option key={s} value={s}>
              {t[`scenario_${s}` as keyof Strings]}
            </Option>
          ))}
        </Dropdown>
      </Field>

      {config.englishReplies && (
        <Field label={t.replyLanguage}>
          <RadioGroup layout="horizontal" value={plan.language} onChange={(_, d) => switchLanguage(d.value as "lv" | "en")}>
            <Radio value="lv" label="Latviešu" />
            <Radio value="en" label="English" />
          </RadioGroup>
        </Field>
      )}

      <Field label={t.greetingRegister}>
        <Dropdown
          value={t[`register_${plan.greeting ?? "neutral"}` as keyof Strings]}
          selectedOptions={[plan.greeting ?? "neutral"]}
          onOptionSelect={(_, d) => update({ greeting: d.optionValue as GreetingChoice, greetingText: undefined })}
        >
          {REGISTERS.map((r) => (
            <Option key={r} value={r}>
              {t[`register_${r}` as keyof Strings]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.greetingText}>
        <Input value={plan.greetingText ?? suggestedGreeting.text} onChange={(_, d) => update({ greetingText: d.value })} data-testid="draft-greeting" />
      </Field>

      <Field label={t.referenceText}>
        <Textarea value={plan.referenceText ?? suggestedReference} onChange={(_, d) => update({ referenceText: d.value })} resize="vertical" />
      </Field>

      <Field label={t.bodyText} hint={t.bodyHint}>
        <Textarea value={bodyText} onChange={(_, d) => setBodyText(d.value)} rows={5} resize="vertical" data-testid="draft-body" />
      </Field>

      {plan.scenario === "referral" && (
        <Field label={t.specialist} validationMessage={config.specialists.length ? undefined : t.specialistNone} validationState="none">
          <Dropdown
            value={plan.specialist ? `${plan.specialist.name}, ${plan.specialist.position}` : ""}
            selectedOptions={plan.specialist ? [plan.specialist.name] : []}
            onOptionSelect={(_, d) => {
              const s = config.specialists.find((x) => x.name === d.optionValue);
              if (s) update({ specialist: specialistFor(s, plan.language) });
            }}
          >
            {config.specialists.map((s) => (
              <Option key={s.name} value={s.name} text={`${s.name}, ${localizedText(s.position, plan.language)}`}>
                {`${s.name}, ${localizedText(s.position, plan.language)}${s.topics.length ? ` (${s.topics.join(", ")})` : ""}`}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}

      <Field label={t.links}>
        <Combobox
          freeform
          placeholder={t.linkSearch}
          value={linkQuery}
          onChange={(e) => setLinkQuery((e.target as HTMLInputElement).value)}
          onOptionSelect={(_, d) => {
            const chosen = config.links.find((l) => l.url === d.optionValue);
            if (chosen) update({ links: [...links, { title: chosen.title, url: chosen.url }] });
            setLinkQuery("");
          }}
          data-testid="draft-link-search"
        >
          {linkMatches.length ? (
            linkMatches.map((l) => (
              <Option key={l.url} value={l.url} text={l.title}>
                {l.title}
              </Option>
            ))
          ) : (
            <Option disabled value="" text={t.linkNone}>
              {t.linkNone}
            </Option>
          )}
        </Combobox>
      </Field>
      {links.length > 0 && (
        <TagGroup onDismiss={(_, d) => update({ links: links.filter((l) => l.url !== d.value) })} aria-label={t.links}>
          {links.map((l) => (
            <Tag key={l.url} value={l.url} dismissible dismissIcon={{ "aria-label": t.linkRemove }}>
              {l.title}
            </Tag>
          ))}
        </TagGroup>
      )}

      <Field label={t.nextSteps} hint={t.nextStepsHint}>
        <Textarea value={stepsText} onChange={(_, d) => setStepsText(d.value)} rows={2} resize="vertical" />
      </Field>

      {plan.scenario === "holding" ? (
        <Field label={t.workingDays}>
          <Input
            type="number"
            min={0}
            max={60}
            value={String(typeof plan.deadline === "object" ? plan.deadline.workingDays : 2)}
            onChange={(_, d) => update({ deadline: { workingDays: Math.max(0, Math.min(60, Math.round(Number(d.value) || 0))) } })}
          />
        </Field>
      ) : (
        <Field label={t.deadline} hint={language === "lv" ? t.deadlineHint : undefined}>
          {language === "lv" ? (
            <LatvianDateInput value={typeof plan.deadline === "string" ? plan.deadline : undefined} onChange={(deadline) => update({ deadline })} />
          ) : (
            <Input type="date" value={typeof plan.deadline === "string" ? plan.deadline : ""} onChange={(_, d) => update({ deadline: d.value || undefined })} />
          )}
        </Field>
      )}
      {composed?.deadline && (
        <Caption1 data-testid="deadline-result">
          {t.deadlineResult} {language === "lv" ? formatDateLvNumeric(composed.deadline) : formatDateEn(composed.deadline)}
        </Caption1>
      )}

      <Field label={t.closingChoice}>
        <RadioGroup layout="horizontal" value={plan.closing ?? "thanks"} onChange={(_, d) => update({ closing: d.value as "thanks" | "apology" })}>
          <Radio value="thanks" label={t.closing_thanks} />
          <Radio value="apology" label={t.closing_apology} />
        </RadioGroup>
      </Field>

      {missing.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.signatureMissing} {signatureFieldNames(missing, t)}
          </MessageBarBody>
        </MessageBar>
      )}
      {composed?.notes.map((n) => (
        <MessageBar key={n.code + n.message.en} intent="info">
          <MessageBarBody>{n.message[language]}</MessageBarBody>
        </MessageBar>
      ))}
      {composeError && (
        <MessageBar intent="error">
          <MessageBarBody>{composeError}</MessageBarBody>
        </MessageBar>
      )}

      <Card>
        <CardHeader header={<Subtitle2 as="h3">{t.previewHeading}</Subtitle2>} />
        <pre className={styles.preview} data-testid="draft-preview">
          {composed?.text ?? ""}
        </pre>
        <QuietAnnouncement watch={composed?.text ?? ""} message={t.previewUpdated} testId="draft-preview-announcement" />
      </Card>

      <div className={styles.actionBar} data-testid="draft-action-bar">
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!composed || busy} onClick={insert} data-testid="draft-insert">
          {item.mode === "read" ? t.insertReply : t.insertCompose}
        </Button>
        {canUndo && item.mode === "compose" && (
          <Button onClick={undo} data-testid="draft-undo">
            {t.undo}
          </Button>
        )}
        <ConfirmButton label={t.resetDraft} question={t.resetDraftConfirm} cancelLabel={t.cancel} onConfirm={reset} testId="draft-reset" />
      </div>
      {status && (
        <MessageBar intent="success" data-testid="draft-status">
          <MessageBarBody>{status}</MessageBarBody>
        </MessageBar>
      )}
      </div>
    </section>
  );
}
