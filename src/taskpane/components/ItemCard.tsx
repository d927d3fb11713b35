import * as React from "react";
import { Body1, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { EmailAddress, ItemSummary } from "../../office/mailboxPort";
import type { Strings, UiLanguage } from "../../ui/i18n";

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  // Outlook already shows the item above the pane: one line here, the details on demand (issue 17).
  line: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    minWidth: 0,
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    background: "none",
    color: "inherit",
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  lineText: { flex: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  chevron: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
  heading: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap", margin: 0 },
  fields: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
  },
  // The class's display would override the hidden attribute's.
  closed: { display: "none" },
  term: { color: tokens.colorNeutralForeground3 },
  // Words wrap whole; only a token longer than the line (an address) breaks (200 % zoom).
  value: { margin: 0, minWidth: 0, overflowWrap: "break-word" },
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
  const [open, setOpen] = React.useState(false);
  const detailsId = React.useId();
  if (item.mode === "none") {
    return (
      <div className={styles.card} data-testid="item-card">
        <Body1 className={styles.line} as="p">
          {t.noItem}
        </Body1>
      </div>
    );
  }
  // [test id, label, value]: the first ones make the card's line, the rest wait in the details.
  const line: [string, string][] = [];
  const rows: [string, string, string][] = [];
  const subject = item.subject || t.noSubject;
  if (item.mode === "read") {
    const from = item.from ? formatAddress(item.from) : t.none;
    line.push(["from", from], ["subject", subject]);
    rows.push(["from", t.from, from]);
    if (item.date) rows.push(["date", t.date, formatDate(item.date, language)]);
  } else {
    const to = item.to.length ? item.to.map(formatAddress).join("; ") : t.none;
    const kind = t[`composeType_${item.composeType ?? "unknown"}` as keyof Strings];
    line.push(["composeType", kind], ["to", to], ["subject", subject]);
    rows.push(["composeType", t.composeTypeLabel, kind], ["to", t.to, to]);
    if (item.cc.length) rows.push(["cc", t.cc, item.cc.map(formatAddress).join("; ")]);
  }
  rows.push(["subject", t.subject, subject]);
  if (item.attachments.length) rows.push(["attachments", t.attachments, item.attachments.map((a) => a.name).join(", ")]);
  const inLine = new Set(line.map(([key]) => key));

  return (
    <section className={styles.card} data-testid="item-card" aria-labelledby={`${detailsId}-heading`}>
      <h2 className={styles.heading} id={`${detailsId}-heading`}>
        {item.mode === "read" ? t.messageHeading : t.composeHeading}
      </h2>
      <button type="button" className={styles.line} aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen((o) => !o)} data-testid="item-toggle">
        <Body1 className={styles.lineText} aria-live="polite">
          {line.map(([key, value], i) => (
            <React.Fragment key={key}>
              {i > 0 && " · "}
              <span data-testid={`item-${key}`}>{value}</span>
            </React.Fragment>
          ))}
        </Body1>
        <span className={styles.chevron} aria-hidden="true">
          {open ? "▴" : "▾"}
        </span>
      </button>
      <dl className={mergeClasses(styles.fields, !open && styles.closed)} id={detailsId} hidden={!open} data-testid="item-details">
        {rows.map(([key, label, value]) => (
          <React.Fragment key={key}>
            <dt className={styles.term}>
              <Caption1>{label}</Caption1>
            </dt>
            <dd className={styles.value} data-testid={inLine.has(key) ? `item-detail-${key}` : `item-${key}`}>
              <Body1>{value}</Body1>
            </dd>
          </React.Fragment>
        ))}
      </dl>
    </section>
  );
}
