import * as React from "react";
import { Body1, Caption1, Card, CardHeader, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { EmailAddress, ItemSummary } from "../../office/mailboxPort";
import type { Strings, UiLanguage } from "../../ui/i18n";

const useStyles = makeStyles({
  fields: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

function formatAddress(a: EmailAddress): string {
  return a.name && a.name !== a.address ? `${a.name} <${a.address}>` : a.address;
}

export function formatDate(iso: string, language: UiLanguage): string {
  const date = new Date(iso);
  if (isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === "lv" ? "lv-LV" : "en-GB", { dateStyle: "long", timeStyle: "short" }).format(date);
}

export function ItemCard({ item, strings: t, language }: { item: ItemSummary; strings: Strings; language: UiLanguage }): React.ReactElement {
  const styles = useStyles();
  if (item.mode === "none") {
    return (
      <Card>
        <Body1>{t.noItem}</Body1>
      </Card>
    );
  }
  const rows: [string, string, string][] = [];
  if (item.mode === "read") {
    rows.push(["from", t.from, item.from ? formatAddress(item.from) : t.none]);
    if (item.date) rows.push(["date", t.date, formatDate(item.date, language)]);
  } else {
    rows.push(["to", t.to, item.to.length ? item.to.map(formatAddress).join("; ") : t.none]);
    if (item.cc.length) rows.push(["cc", t.cc, item.cc.map(formatAddress).join("; ")]);
    rows.push(["composeType", t.composeTypeLabel, t[`composeType_${item.composeType ?? "unknown"}` as keyof Strings]]);
  }
  rows.push(["subject", t.subject, item.subject || t.noSubject]);
  if (item.attachments.length) rows.push(["attachments", t.attachments, item.attachments.map((a) => a.name).join(", ")]);

  return (
    <Card data-testid="item-card" aria-live="polite">
      <CardHeader header={<Subtitle2 as="h2">{item.mode === "read" ? t.messageHeading : t.composeHeading}</Subtitle2>} />
      <dl className={styles.fields}>
        {rows.map(([key, label, value]) => (
          <React.Fragment key={key}>
            <dt className={styles.term}>
              <Caption1>{label}</Caption1>
            </dt>
            <dd className={styles.value} data-testid={`item-${key}`}>
              <Body1>{value}</Body1>
            </dd>
          </React.Fragment>
        ))}
      </dl>
    </Card>
  );
}
