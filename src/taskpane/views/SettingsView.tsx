/**
 * Settings view: the user's signature fields, UI language and personal dictionary, saved to
 * Outlook's roaming settings (32 KB for the whole add-in) with a clear message when saving fails.
 */
import * as React from "react";
import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { OrganizationConfig } from "../../core/config/types";
import type { MailboxPort } from "../../office/mailboxPort";
import { MailboxError } from "../../office/mailboxPort";
import { ROAMING_SETTINGS_LIMIT_BYTES } from "../../office/memoryMailbox";
import { DICTIONARY_SETTING, SIGNATURE_SETTING, personalDictionary, settingsSize, userSignature, type UserSignature } from "../userSettings";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const FIELDS: { key: keyof UserSignature; label: keyof Strings; type?: "tel" | "email" }[] = [
  { key: "name", label: "fieldName" },
  { key: "position", label: "fieldPosition" },
  { key: "institution", label: "fieldInstitution" },
  { key: "positionEn", label: "fieldPositionEn" },
  { key: "institutionEn", label: "fieldInstitutionEn" },
  { key: "phone", label: "fieldPhone", type: "tel" },
  { key: "email", label: "fieldEmail", type: "email" },
];

export function SettingsView({ mailbox, config, strings: t }: { mailbox: MailboxPort; config: OrganizationConfig; strings: Strings }): React.ReactElement {
  const styles = useStyles();
  const [signature, setSignature] = React.useState<UserSignature>(() => {
    const current = userSignature(mailbox);
    return { ...current, institution: current.institution || config.organization.name.lv };
  });
  const [dictionary, setDictionary] = React.useState(() => personalDictionary(mailbox).join("\n"));
  const [status, setStatus] = React.useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [saving, setSaving] = React.useState(false);

  const words = dictionary
    .split("\n")
    .map((w) => w.trim())
    .filter(Boolean);
  const size = settingsSize({ [SIGNATURE_SETTING]: signature, [DICTIONARY_SETTING]: words });

  const save = async () => {
    setSaving(true);
    setStatus(null);
    const previous = { signature: mailbox.roamingSettings.get(SIGNATURE_SETTING), dictionary: mailbox.roamingSettings.get(DICTIONARY_SETTING) };
    try {
      mailbox.roamingSettings.set(SIGNATURE_SETTING, signature);
      mailbox.roamingSettings.set(DICTIONARY_SETTING, words);
      await mailbox.roamingSettings.save();
      setStatus({ intent: "success", text: t.saved });
    } catch (e) {
      // Put the old values back so what is in memory matches what Outlook kept.
      mailbox.roamingSettings.set(SIGNATURE_SETTING, previous.signature);
      mailbox.roamingSettings.set(DICTIONARY_SETTING, previous.dictionary);
      const tooLarge = e instanceof MailboxError && e.code === "quota";
      setStatus({ intent: "error", text: tooLarge ? t.tooLarge : `${t.saveFailed} ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={styles.form} aria-labelledby="settings-heading" data-testid="settings-view">
      <Subtitle2 as="h2" id="settings-heading">
        {t.settingsHeading}
      </Subtitle2>
      <Subtitle2 as="h3">{t.signatureHeading}</Subtitle2>
      {FIELDS.map((f) => (
        <Field key={f.key} label={t[f.label]}>
          <Input
            type={f.type ?? "text"}
            value={signature[f.key] ?? ""}
            onChange={(_, d) => setSignature((s) => ({ ...s, [f.key]: d.value }))}
            data-testid={`settings-${f.key}`}
          />
        </Field>
      ))}
      <Field label={t.fieldWebsite}>
        <Input value={config.signature.website ?? config.organization.website} readOnly />
      </Field>
      <Field label={t.personalDictionary} hint={t.personalDictionaryHint}>
        <Textarea value={dictionary} onChange={(_, d) => setDictionary(d.value)} rows={4} resize="vertical" data-testid="settings-dictionary" />
      </Field>
      <Caption1 aria-live="polite">{t.settingsSize.replace("{used}", `${(size / 1024).toFixed(1)} KB`)}</Caption1>
      <div>
        <Button appearance="primary" onClick={save} disabled={saving} data-testid="settings-save">
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
    </section>
  );
}
