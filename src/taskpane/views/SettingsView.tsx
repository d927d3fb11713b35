/**
 * Settings view: the user's signature fields, whether new messages get the Atbilde signature, and
 * the personal dictionary, saved to Outlook's roaming settings (32 KB for the whole add-in) with a
 * clear message when saving fails. Leaving with unsaved edits asks first: Saglabāt / Atmest / Palikt
 * (issue 17: edits vanished on a tab switch).
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Switch,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { OrganizationConfig } from "../../core/config/types";
import type { MailboxPort } from "../../office/mailboxPort";
import { MailboxError } from "../../office/mailboxPort";
import { ROAMING_SETTINGS_LIMIT_BYTES } from "../../office/memoryMailbox";
import { personalDictionary, settingsSize, userSignature, type UserSignature } from "../userSettings";
import { effectiveSignature, ROAMING_KEYS } from "../../core/config/userSettings";
import type { Strings } from "../../ui/i18n";
import { invalidFieldMessage, SIGNATURE_FIELD_LABELS } from "../signatureFields";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const FIELDS: { key: keyof UserSignature; label: keyof Strings; type?: "tel" | "email" }[] = [
  { key: "name", label: SIGNATURE_FIELD_LABELS.name },
  { key: "position", label: SIGNATURE_FIELD_LABELS.position },
  { key: "institution", label: SIGNATURE_FIELD_LABELS.institution },
  { key: "positionEn", label: "fieldPositionEn" },
  { key: "institutionEn", label: "fieldInstitutionEn" },
  { key: "phone", label: SIGNATURE_FIELD_LABELS.phone, type: "tel" },
  { key: "email", label: SIGNATURE_FIELD_LABELS.email, type: "email" },
];

/**
 * What the pane asks before it shows something else: `dirty` says whether edits are unsaved;
 * `leave(proceed)` returns true when the pane may go at once, otherwise the view asks the user and
 * calls `proceed` after they save or discard (never when they stay).
 */
export interface SettingsLeaveGuard {
  dirty: boolean;
  leave(proceed: () => void): boolean;
}

export interface SettingsViewProps {
  mailbox: MailboxPort;
  config: OrganizationConfig;
  strings: Strings;
  /** Set while the view is shown, so the pane can ask before leaving it. */
  guard?: React.MutableRefObject<SettingsLeaveGuard | null>;
}

export function SettingsView({ mailbox, config, strings: t, guard }: SettingsViewProps): React.ReactElement {
  const styles = useStyles();
  const [signature, setSignature] = React.useState<UserSignature>(() => {
    const current = userSignature(mailbox);
    return { ...current, institution: effectiveSignature(current, {}, config, "lv").institution };
  });
  // The organization may insert the signature for everyone; otherwise each user can ask for it.
  const [insertSignature, setInsertSignature] = React.useState(() => mailbox.roamingSettings.get(ROAMING_KEYS.insertSignature) === true);
  const [dictionary, setDictionary] = React.useState(() => personalDictionary(mailbox).join("\n"));
  const [status, setStatus] = React.useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [saving, setSaving] = React.useState(false);

  const [leaving, setLeaving] = React.useState<(() => void) | null>(null);

  const words = dictionary
    .split("\n")
    .map((w) => w.trim())
    .filter(Boolean);
  const size = settingsSize({ [ROAMING_KEYS.signature]: signature, [ROAMING_KEYS.personalDictionary]: words, [ROAMING_KEYS.insertSignature]: insertSignature });

  // Unsaved: what the form holds differs from what was last loaded or saved.
  const snapshot = JSON.stringify([signature, insertSignature, words]);
  const [savedSnapshot, setSavedSnapshot] = React.useState(snapshot);
  const dirty = snapshot !== savedSnapshot;

  // Invalid input is never saved into the signature (it would be printed in every reply).
  const invalid = FIELDS.map((f) => ({ key: f.key, message: invalidFieldMessage(f.key, signature[f.key], t) }));
  /** Saves the form; true when Outlook kept it. */
  const save = async (): Promise<boolean> => {
    if (invalid.some((f) => f.message !== null)) {
      setStatus({ intent: "error", text: t.invalidNotSaved });
      return false;
    }
    setSaving(true);
    setStatus(null);
    const keys = [ROAMING_KEYS.signature, ROAMING_KEYS.personalDictionary, ROAMING_KEYS.insertSignature];
    const previous = keys.map((key) => mailbox.roamingSettings.get(key));
    try {
      mailbox.roamingSettings.set(ROAMING_KEYS.signature, signature);
      mailbox.roamingSettings.set(ROAMING_KEYS.personalDictionary, words);
      mailbox.roamingSettings.set(ROAMING_KEYS.insertSignature, insertSignature);
      await mailbox.roamingSettings.save();
      setStatus({ intent: "success", text: t.saved });
      setSavedSnapshot(snapshot);
      return true;
    } catch (e) {
      // Put the old values back so what is in memory matches what Outlook kept.
      keys.forEach((key, i) => (previous[i] === undefined ? mailbox.roamingSettings.remove(key) : mailbox.roamingSettings.set(key, previous[i])));
      const tooLarge = e instanceof MailboxError && e.code === "quota";
      setStatus({ intent: "error", text: tooLarge ? t.tooLarge : `${t.saveFailed} ${e instanceof Error ? e.message : String(e)}` });
      return false;
    } finally {
      setSaving(false);
    }
  };

  React.useEffect(() => {
    if (!guard) return;
    guard.current = {
      dirty,
      leave: (proceed) => {
        if (!dirty) return true;
        setLeaving(() => proceed);
        return false;
      },
    };
    return () => {
      guard.current = null;
    };
  });

  const saveAndLeave = async () => {
    const proceed = leaving;
    setLeaving(null);
    if ((await save()) && proceed) proceed();
  };
  const discardAndLeave = () => {
    const proceed = leaving;
    setLeaving(null);
    proceed?.();
  };

  return (
    <section className={styles.form} aria-labelledby="settings-heading" data-testid="settings-view">
      <Subtitle2 as="h2" id="settings-heading">
        {t.settingsHeading}
      </Subtitle2>
      <Subtitle2 as="h3">{t.signatureHeading}</Subtitle2>
      {FIELDS.map((f, i) => (
        <Field
          key={f.key}
          label={t[f.label]}
          validationState={invalid[i].message ? "error" : "none"}
          validationMessage={invalid[i].message ?? undefined}
          data-testid={`settings-${f.key}-field`}
        >
          <Input
            type={f.type ?? "text"}
            value={signature[f.key] ?? ""}
            onChange={(_, d) => setSignature((s) => ({ ...s, [f.key]: d.value }))}
            data-testid={`settings-${f.key}`}
          />
        </Field>
      ))}
      <Field label={t.fieldWebsite}>
        <Input value={effectiveSignature({}, {}, config, "lv").website} readOnly />
      </Field>
      {config.signature.insertOnNewMessage ? (
        <Caption1 data-testid="settings-insert-signature-org">{t.insertSignatureByOrganization}</Caption1>
      ) : (
        <Switch
          label={t.insertSignature}
          checked={insertSignature}
          onChange={(_, d) => setInsertSignature(d.checked)}
          data-testid="settings-insert-signature"
        />
      )}
      <Field label={t.personalDictionary} hint={t.personalDictionaryHint}>
        <Textarea value={dictionary} onChange={(_, d) => setDictionary(d.value)} rows={4} resize="vertical" data-testid="settings-dictionary" />
      </Field>
      <Caption1 aria-live="polite">{t.settingsSize.replace("{used}", `${(size / 1024).toFixed(1)} KB`)}</Caption1>
      <div>
        <Button appearance="primary" onClick={() => void save()} disabled={saving} data-testid="settings-save">
          {t.save}
        </Button>
      </div>
      {size > ROAMING_SETTINGS_LIMIT_BYTES && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.tooLarge}</MessageBarBody>
        </MessageBar>
      )}
      {status && (
        <MessageBar intent={status.intent} data-testid="settings-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={leaving !== null} modalType="alert" onOpenChange={(_, d) => !d.open && setLeaving(null)}>
        <DialogSurface data-testid="settings-unsaved">
          <DialogBody>
            <DialogTitle>{t.unsavedTitle}</DialogTitle>
            <DialogContent>{t.unsavedBody}</DialogContent>
            <DialogActions fluid>
              <Button appearance="primary" onClick={() => void saveAndLeave()} data-testid="settings-unsaved-save">
                {t.unsavedSave}
              </Button>
              <Button onClick={discardAndLeave} data-testid="settings-unsaved-discard">
                {t.unsavedDiscard}
              </Button>
              <Button appearance="subtle" onClick={() => setLeaving(null)} data-testid="settings-unsaved-stay">
                {t.unsavedStay}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
