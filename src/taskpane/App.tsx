import * as React from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Tab,
  TabList,
  makeStaticStyles,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { ItemSummary, MailboxPort } from "../office/mailboxPort";
import type { ConfigLoadResult } from "../office/organizationConfig";
import type { PaneHost } from "../office/connect";
import { languageFromDisplayLanguage, stringsFor, type Strings, type UiLanguage } from "../ui/i18n";
import { themeFromOffice, type ThemeName } from "./theme";
import { ItemCard } from "./components/ItemCard";
import { Loading } from "./components/Loading";
import { TabIcon } from "./components/TabIcons";
import { ReplyWriter, type PendingOffer } from "../office/replyWriter";
import { createSpellingClient } from "./spellingClient";
import { parseSendContext, type SendContext } from "./sendContext";
import { preloadable } from "./preloadable";
import type { CheckRun } from "./runCheck";
import type { SettingsLeaveGuard } from "./views/SettingsView";

// Views load on demand: the pane's first paint needs only the shell (initial-JS budget, issue 7).
// preloadViews() starts fetching the two main views while Office.js and the config load.
// Once loaded they render without suspending (preloadable.ts says why).
const draftView = preloadable(() => import("./views/DraftView").then((m) => m.DraftView));
const checkView = preloadable(() => import("./views/CheckView").then((m) => m.CheckView));
export function preloadViews(): void {
  checkView.preload().catch(() => undefined); // a failure surfaces when the view renders
  draftView.preload().catch(() => undefined);
}
const DraftView = draftView.Component;
const CheckView = checkView.Component;
const LearnView = React.lazy(() => import("./views/LearnView").then((m) => ({ default: m.LearnView })));
const SettingsView = React.lazy(() => import("./views/SettingsView").then((m) => ({ default: m.SettingsView })));
const OrganizationCard = React.lazy(() => import("./components/OrganizationCard").then((m) => ({ default: m.OrganizationCard })));
import type { OrganizationConfig } from "../core/config/types";
import { ROAMING_KEYS, uiLanguageFrom } from "../core/config/userSettings";


// Out of sight, still read by screen readers (a tab's label where only its icon fits).
const VISUALLY_HIDDEN = { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" } as const;

// The pane's page has no margin of its own: every pixel of a 320 px pane is the pane's.
const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

// Density (issue 17): at 320 × 600 the header, the item's line and the tabs leave the first field
// of the Draft view and the Check view's summary in sight; at 200 % zoom nothing scrolls sideways.
const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    // Inherited: a word longer than the line (a heading's, a URL) breaks rather than pushing the
    // pane sideways; shorter words wrap whole.
    overflowWrap: "break-word",
    // At 200 % zoom (160 CSS px) every px of the line counts.
    "@media (max-width: 240px)": {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
      "& .fui-MessageBar": { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
      "& .fui-Card": { padding: tokens.spacingHorizontalS },
    },
    // Views and their fields shrink to the pane: Fluent's inputs have fixed minimum widths, and
    // horizontal radio groups wrap.
    "& > *": { minWidth: 0 },
    "& .fui-Dropdown, & .fui-Combobox, & .fui-Input, & .fui-Textarea, & .fui-Select, & .fui-SpinButton": { minWidth: 0, maxWidth: "100%" },
    "& .fui-Combobox__input, & .fui-Input__input": { minWidth: 0 },
    "& input[type=search]": { maxWidth: "100%", boxSizing: "border-box" },
    "& .fui-RadioGroup, & .fui-Switch": { flexWrap: "wrap", maxWidth: "100%" },
    "& .fui-Switch__label": { minWidth: 0 },
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  brand: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  logo: { width: "20px", height: "20px" },
  previewTag: { color: tokens.colorBrandForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: `0 ${tokens.spacingHorizontalXS}` },
  languagePicker: {
    flexShrink: 0,
    minHeight: "24px",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // One row of tabs at 320 px and at 200 % zoom: icons, and the selected tab's label where it fits
  // (the label stays every tab's accessible name). Were the pane narrower still, the strip would
  // scroll by itself, never the pane.
  tabs: {
    flexWrap: "nowrap",
    overflowX: "auto",
    overflowY: "hidden",
    scrollbarWidth: "thin",
    marginInline: `calc(-1 * ${tokens.spacingHorizontalS})`,
    "@media (max-width: 240px)": { marginInline: `calc(-1 * ${tokens.spacingHorizontalXS})` },
  },
  tab: { flexShrink: 0, paddingInline: tokens.spacingHorizontalSNudge, "@media (max-width: 240px)": { paddingInline: tokens.spacingHorizontalXXS } },
  tabLabelHidden: VISUALLY_HIDDEN,
  tabLabel: { "@media (max-width: 240px)": VISUALLY_HIDDEN },
});

export interface AppProps {
  mailbox: MailboxPort;
  host: PaneHost;
  loadConfig: () => Promise<ConfigLoadResult<OrganizationConfig>>;
  systemPrefersDark: () => boolean;
}

type ViewId = "draft" | "check" | "learn" | "settings" | "overview";
type View = { id: ViewId; label: keyof Strings };
const VIEWS: View[] = [
  { id: "draft", label: "viewDraft" },
  { id: "check", label: "viewCheck" },
  { id: "learn", label: "viewLearn" },
  { id: "settings", label: "viewSettings" },
  { id: "overview", label: "viewOverview" },
];

/** How often the pane re-reads the open item (To, subject) while visible. */
const ITEM_REREAD_MS = 3000;

/** The item a tab choice belongs to (compose forms may have no Office id: the mode tells them apart). */
function itemKey(item: ItemSummary): string {
  return `${item.mode}:${item.id ?? ""}`;
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function App({ mailbox, host, loadConfig, systemPrefersDark }: AppProps): React.ReactElement {
  const configPromise = React.useMemo(() => loadConfig(), [loadConfig]);
  usePageStyles();
  const styles = useStyles();
  const [language, setLanguage] = React.useState<UiLanguage>(
    () => uiLanguageFrom(mailbox.roamingSettings.get(ROAMING_KEYS.uiLanguage)) ?? languageFromDisplayLanguage(mailbox.getDisplayLanguage()),
  );
  const [themeName, setThemeName] = React.useState<ThemeName>(() => themeFromOffice(mailbox.getTheme(), systemPrefersDark()));
  const [item, setItem] = React.useState<ItemSummary | null>(null);
  const [itemError, setItemError] = React.useState<string | null>(null);
  const [config, setConfig] = React.useState<ConfigLoadResult<OrganizationConfig> | null>(null);
  const [view, setView] = React.useState<ViewId>("draft");
  const storage = React.useMemo(() => safeStorage(), []);
  const writer = React.useMemo(() => new ReplyWriter(mailbox, storage), [mailbox, storage]);
  // The spelling worker starts with the first check; the pane opens without waiting for it.
  const spelling = React.useMemo(() => (typeof Worker === "undefined" ? null : createSpellingClient(window.location.href)), []);
  // An action's error, titled by what happened; it clears when its cause is gone (a successful
  // check, another item) and can be closed (issue 17).
  const [actionError, setActionError] = React.useState<{ title: keyof Strings; message: string } | null>(null);
  const reportError = React.useCallback((message: string, title: keyof Strings = "actionFailedTitle") => setActionError({ title, message }), []);
  const [dismissed, setDismissed] = React.useState<Set<string>>(() => new Set());
  // The pane follows the item (read → Draft, compose → Check) unless the user chose a tab for this
  // item: the choice is remembered for the item it was made on and forgotten on another (issue 17).
  const shownItem = React.useRef<string | null>(null);
  const settingsGuard = React.useRef<SettingsLeaveGuard | null>(null);
  const [sendContext, setSendContext] = React.useState<SendContext | null>(null);
  const t = stringsFor(language);

  const refreshItem = React.useCallback(() => {
    mailbox
      .getItem()
      .then((summary) => {
        setItem((previous) => {
          // A new item resets what was dismissed for the previous one, and the banners about it.
          if (previous?.id !== summary.id) {
            setDismissed(new Set());
            setActionError(null);
            setSendContext(null);
          }
          // Re-read on focus and at an interval: the same fields keep the same object (no re-check).
          return previous && JSON.stringify(previous) === JSON.stringify(summary) ? previous : summary;
        });
        setItemError(null);
        performance.mark("atbilde:item");
        // Another item: the choice made on the previous one is forgotten and the pane follows this one.
        // The same item re-read (focus, interval) leaves the view alone.
        const key = itemKey(summary);
        if (shownItem.current !== key) {
          shownItem.current = key;
          // Unsaved settings stay on screen: the user leaves them through the tabs, which ask first.
          if (!settingsGuard.current?.dirty) setView(summary.mode === "compose" ? "check" : "draft");
        }
      })
      .catch((e: unknown) => setItemError(e instanceof Error ? e.message : String(e)));
  }, [mailbox]);

  React.useEffect(() => {
    refreshItem();
    return mailbox.onItemChanged(refreshItem);
  }, [mailbox, refreshItem]);

  // The item card follows To and subject as they are typed: Outlook reports recipient changes
  // (where supported); the subject has no event, so the pane re-reads on focus and every few
  // seconds while it is visible.
  React.useEffect(() => {
    const offFields = mailbox.onItemFieldsChanged?.(refreshItem) ?? (() => undefined);
    const reread = () => {
      if (document.visibilityState === "visible") refreshItem();
    };
    window.addEventListener("focus", reread);
    const timer = window.setInterval(reread, ITEM_REREAD_MS);
    return () => {
      offFields();
      window.removeEventListener("focus", reread);
      window.clearInterval(timer);
    };
  }, [mailbox, refreshItem]);

  React.useEffect(() => {
    const update = () => setThemeName(themeFromOffice(mailbox.getTheme(), systemPrefersDark()));
    const off = mailbox.onThemeChanged(update);
    update(); // the theme may have changed between the first render and this subscription
    return off;
  }, [mailbox, systemPrefersDark]);

  React.useEffect(() => {
    let live = true;
    configPromise.then((result) => {
      performance.mark("atbilde:config");
      if (live) setConfig(result);
    });
    return () => {
      live = false;
    };
  }, [configPromise]);

  React.useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // Opened from a Smart Alert's button: show the Check view, with what stopped the send first.
  React.useEffect(() => {
    if (item?.mode !== "compose") return;
    let live = true;
    mailbox
      .getInitializationContext()
      .then((text) => {
        const context = parseSendContext(text);
        if (live && context) {
          setSendContext(context);
          setView("check");
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [item?.mode, item?.id, mailbox]);

  // A reply too large for Outlook's reply form waits, bound to that form, until the pane opens in
  // it: inserted there, offered (Draft view) where the form may be it, never shown anywhere else.
  const [pendingOffer, setPendingOffer] = React.useState<PendingOffer | null>(null);
  React.useEffect(() => {
    setPendingOffer(null);
    if (item?.mode !== "compose") return;
    let live = true;
    const reportFailure = (e: unknown) => reportError(e instanceof Error ? e.message : String(e));
    writer
      .pendingFor()
      .then(({ match, offer }) => {
        if (!live) return;
        if (match === "same-form") {
          writer.insertPending().catch(reportFailure);
        } else if (offer) {
          // The offer is shown in the Draft view: the user's own words are waiting there.
          setPendingOffer(offer);
          setView("draft");
        }
      })
      .catch(reportFailure);
    return () => {
      live = false;
    };
  }, [item?.mode, item?.id, writer, reportError]);
  const acceptPending = () => {
    setPendingOffer(null);
    writer.insertPending({ confirmed: true }).catch((e: unknown) => reportError(e instanceof Error ? e.message : String(e)));
  };
  const declinePending = () => {
    setPendingOffer(null);
    writer.discardPending();
    setActionError(null);
  };

  // A check that succeeded: an action's error is past, and the send is no longer stopped by a
  // finding the check no longer reports.
  const onChecked = React.useCallback((run: CheckRun) => {
    setActionError(null);
    setSendContext((context) => (context && context.findings.some((f) => run.findings.some((found) => found.rule === f.rule)) ? context : null));
  }, []);

  const changeLanguage = (next: UiLanguage) => {
    setLanguage(next);
    mailbox.roamingSettings.set(ROAMING_KEYS.uiLanguage, next);
    // The choice is a convenience: if Outlook refuses to save it, the pane still switches.
    mailbox.roamingSettings.save().catch(() => undefined);
  };

  return (
    <FluentProvider theme={themeName === "dark" ? webDarkTheme : webLightTheme} data-theme={themeName}>
      <main className={styles.root} aria-busy={item === null}>
        <header className={styles.header}>
          <div className={styles.brand}>
            <img className={styles.logo} src="assets/icon-32.png" alt="" />
            <Subtitle2 as="h1">{t.appName}</Subtitle2>
            {host === "preview" && <Caption1 className={styles.previewTag}>{t.previewBadge}</Caption1>}
          </div>
          {/* A native select: Fluent's Dropdown or Select would weigh on the initial bundle. */}
          <select
            className={styles.languagePicker}
            aria-label={t.languageLabel}
            value={language}
            onChange={(e) => changeLanguage(e.target.value as UiLanguage)}
            data-testid="language-picker"
          >
            <option value="lv" lang="lv">
              Latviešu
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </header>

        {item === null && !itemError ? <Loading label={t.loading} /> : item && <ItemCard item={item} strings={t} language={language} />}

        {VIEWS.length > 1 && (
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={view}
            onTabSelect={(_, data) => {
              const next = data.value as ViewId;
              // Unsaved settings ask first (Saglabāt / Atmest / Palikt); the view switches after.
              if (view === "settings" && next !== "settings" && settingsGuard.current && !settingsGuard.current.leave(() => setView(next))) return;
              setView(next);
            }}
          >
            {VIEWS.map((v) => (
              <Tab key={v.id} value={v.id} className={styles.tab} icon={<TabIcon name={v.id} />} title={t[v.label]} data-testid={`tab-${v.id}`}>
                <span className={v.id === view ? styles.tabLabel : styles.tabLabelHidden}>{t[v.label]}</span>
              </Tab>
            ))}
          </TabList>
        )}

        {itemError && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t.itemUnreadableTitle}</MessageBarTitle>
              {itemError}
            </MessageBarBody>
          </MessageBar>
        )}

        {actionError && (
          <MessageBar intent="error" data-testid="action-error">
            <MessageBarBody>
              <MessageBarTitle>{t[actionError.title]}</MessageBarTitle>
              {actionError.message}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="transparent" onClick={() => setActionError(null)} data-testid="action-error-close">
                {t.closeBanner}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}

        <React.Suspense fallback={<Loading label={t.loading} />}>
        {view === "draft" &&
          (item && config ? (
            item.mode === "none" ? (
              <Caption1>{t.noDraftForItem}</Caption1>
            ) : (
              <DraftView
                key={item.id ?? "none"}
                mailbox={mailbox}
                item={item}
                config={config.config}
                strings={t}
                language={language}
                writer={writer}
                storage={storage}
                onError={reportError}
                pendingOffer={pendingOffer}
                onAcceptPending={acceptPending}
                onDeclinePending={declinePending}
                spelling={spelling}
              />
            )
          ) : (
            <Loading label={t.loading} />
          ))}

        {view === "check" && sendContext && (
          <MessageBar intent="error" data-testid="send-stopped">
            <MessageBarBody>
              <MessageBarTitle>{t.sendStopped}</MessageBarTitle>
              {sendContext.findings.map((f) => f.message).join(" ")}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="transparent" onClick={() => setSendContext(null)} data-testid="send-stopped-close">
                {t.closeBanner}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {view === "check" &&
          (item && config ? (
            <CheckView
              key={item.id ?? "none"}
              mailbox={mailbox}
              item={item}
              config={config.config}
              strings={t}
              language={language}
              writer={writer}
              dismissed={dismissed}
              onDismiss={(key) => setDismissed((d) => new Set(d).add(key))}
              onRestoreDismissed={() => setDismissed(new Set())}
              onError={reportError}
              onChecked={onChecked}
              spelling={spelling}
              firstRules={sendContext?.findings.map((f) => f.rule)}
            />
          ) : (
            <Loading label={t.loading} />
          ))}
        {view === "learn" && config && <LearnView mailbox={mailbox} item={item} config={config.config} strings={t} language={language} spelling={spelling} />}
        {view === "settings" && config && <SettingsView mailbox={mailbox} config={config.config} strings={t} guard={settingsGuard} />}
        {view === "overview" && config && <OrganizationCard result={config} strings={t} language={language} />}
        </React.Suspense>
      </main>
    </FluentProvider>
  );
}

export function NotConnected({ language, detail }: { language: UiLanguage; detail: string }): React.ReactElement {
  const t = stringsFor(language);
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.notConnectedTitle}</MessageBarTitle>
            {t.notConnectedBody}
          </MessageBarBody>
        </MessageBar>
        <Caption1>{detail}</Caption1>
      </main>
    </FluentProvider>
  );
}
