/**
 * The standalone Learn page (issue 10): the standard made visible, the exercises with their
 * problems marked and model answers, presenter mode and a printable handout. Needs no Outlook and
 * no internet: organization.json beside the page chooses the profile, the defaults otherwise.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, Switch, makeStyles, mergeClasses, teamsHighContrastTheme, tokens, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { OrganizationConfig } from "../core/config/types";
import { defaultConfig, resolveConfig } from "../core/config";
import { checkMessage } from "../core/check/message";
import { EXERCISES, type Exercise } from "../core/learn/exercises";
import { fetchBesidePage, loadOrganizationConfig } from "../office/organizationConfig";
import { RULES_WITHOUT_SPELLING } from "../core/rules";
import type { UiLanguage } from "../core/rules/types";
import { getProfile, profiles, type ProfileId } from "../core/standard";
import { stringsFor, type Strings } from "../ui/i18n";
import { FlowText, LearnContent, MarkedText, useLearnStyles } from "../ui/learn/LearnContent";
import { exerciseFacts, modelParagraphs, type HighlightedExample } from "../core/learn/content";
import { CHEAT_SHEET_TEXT, CheatSheet } from "./CheatSheet";

const PAGE_TEXT = {
  lv: { title: "Atbilde — mācības", language: "Valoda", exercises: "Vingrinājumi", flawed: "Atbilde ar kļūdām", model: "Paraugatbilde" },
  en: { title: "Atbilde — learning", language: "Language", exercises: "Exercises", flawed: "Reply with mistakes", model: "Model answer" },
} as const;

const usePageStyles = makeStyles({
  provider: { minHeight: "100vh" },
  main: { maxWidth: "60em", margin: "0 auto", padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1 },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  title: { fontSize: "1.8em", fontWeight: tokens.fontWeightSemibold, margin: "0.3em 0" },
  paragraph: { margin: "0 0 0.5em", ":last-child": { marginBottom: 0 } },
  select: { fontSize: "inherit", padding: "0.2em" },
  // The theme's link colour: the browser's default blue is unreadable on the dark theme.
  link: { color: tokens.colorBrandForegroundLink, ":visited": { color: tokens.colorBrandForegroundLink } },
  exercise: { borderTop: `1px solid ${tokens.colorNeutralStroke1}`, paddingTop: "0.4em", breakInside: "avoid-page" },
  text: { whiteSpace: "pre-wrap", overflowWrap: "break-word", margin: "0.2em 0", padding: "0.4em", backgroundColor: tokens.colorNeutralBackground3 },
});

type ThemeChoice = "light" | "dark" | "contrast";
const THEMES: Record<ThemeChoice, Theme> = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };

/** The system's choice, as the pane follows it: forced colours mean high contrast. */
function systemTheme(): ThemeChoice {
  const media = (q: string) => window.matchMedia?.(q).matches ?? false;
  if (media("(forced-colors: active)")) return "contrast";
  return media("(prefers-color-scheme: dark)") ? "dark" : "light";
}

/** The exercise's flawed reply with every problem the checker finds (spelling aside) marked. */
function markExercise(e: Exercise, config: OrganizationConfig, lang: UiLanguage): HighlightedExample {
  const result = checkMessage(exerciseFacts(e, e.flawedHtml), config, { rules: RULES_WITHOUT_SPELLING, lang });
  const marks = result.findings.map((f) => ({ start: f.start, end: f.end, message: f.message }));
  return { text: result.draft.text, marks, checked: true };
}

function ExerciseHandout({ exercise, config, strings: t, language }: { exercise: Exercise; config: OrganizationConfig; strings: Strings; language: UiLanguage }) {
  const styles = usePageStyles();
  const learn = useLearnStyles();
  const marked = React.useMemo(() => markExercise(exercise, config, language), [exercise, config, language]);
  // One paragraph of the model answer a block, so the handout keeps its paragraph spacing.
  const model = React.useMemo(() => modelParagraphs(exercise), [exercise]);
  const text = PAGE_TEXT[language];
  return (
    <section className={styles.exercise} data-testid={`learn-exercise-${exercise.id}`} aria-labelledby={`${exercise.id}-h`}>
      <h3 className={learn.heading3} id={`${exercise.id}-h`}>
        {exercise.title[language]}
      </h3>
      <p>
        <strong>{t.exerciseTask}:</strong> {exercise.task[language]}
      </p>
      <p className={learn.ruleTitle}>{text.flawed}</p>
      <div className={styles.text}>
        <MarkedText example={marked} strings={t} />
      </div>
      <p className={learn.ruleTitle}>{text.model}</p>
      <div className={styles.text} data-testid="learn-model-answer">
        {model.map((p, i) => (
          <p key={i} className={styles.paragraph}>
            <FlowText text={p} />
          </p>
        ))}
      </div>
    </section>
  );
}

function LearnPage({ config }: { config: OrganizationConfig }): React.ReactElement {
  const styles = usePageStyles();
  const learn = useLearnStyles();
  const params = new URLSearchParams(window.location.search);
  const [language, setLanguage] = React.useState<UiLanguage>(() => (params.get("lang") === "en" || params.get("lang") === "lv" ? (params.get("lang") as UiLanguage) : "lv"));
  const [theme, setTheme] = React.useState<ThemeChoice>(systemTheme);
  const [profileId, setProfileId] = React.useState<ProfileId>(() => getProfile(params.get("profile") ?? config.profile).id);
  const [presenter, setPresenter] = React.useState(false);
  // learn.html?print=cheatsheet: the one-page cheat sheet instead of the whole handout.
  const cheatSheet = params.get("print") === "cheatsheet";
  const t = stringsFor(language);
  const cheat = CHEAT_SHEET_TEXT[language];
  const pageHref = (sheet: boolean): string => `learn.html?${new URLSearchParams({ ...(sheet ? { print: "cheatsheet" } : {}), lang: language, profile: profileId }).toString()}`;
  const text = PAGE_TEXT[language];
  const profile = getProfile(profileId);
  const profileConfig = React.useMemo(() => ({ ...config, profile: profileId }), [config, profileId]);

  React.useEffect(() => {
    document.documentElement.lang = language;
    document.title = text.title;
  }, [language, text.title]);

  return (
    <FluentProvider theme={THEMES[theme]} className={styles.provider} data-theme={theme}>
    <main className={mergeClasses(styles.main, learn.root, presenter && learn.presenter, presenter && "learn-presenter")} data-testid="learn-page">
      <h1 className={styles.title}>{cheatSheet ? `${cheat.title} — ${profile.name[language]}` : text.title}</h1>
      <div className={mergeClasses(styles.toolbar, "no-print")}>
        <a className={styles.link} href="index.html" data-testid="learn-back">
          ← {t.learnBack}
        </a>
        <label>
          {text.language}{" "}
          <select className={styles.select} value={language} onChange={(e) => setLanguage(e.target.value as UiLanguage)} data-testid="learn-language">
            <option value="lv" lang="lv">Latviešu</option>
            <option value="en" lang="en">English</option>
          </select>
        </label>
        <label>
          {t.learnProfile}{" "}
          <select className={styles.select} value={profileId} onChange={(e) => setProfileId(e.target.value as ProfileId)} data-testid="learn-profile">
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name[language]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.learnTheme}{" "}
          <select className={styles.select} value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)} data-testid="learn-theme">
            <option value="light">{t.learnThemeLight}</option>
            <option value="dark">{t.learnThemeDark}</option>
            <option value="contrast">{t.learnThemeContrast}</option>
          </select>
        </label>
        <Switch label={t.learnPresenter} checked={presenter} onChange={(_, d) => setPresenter(d.checked)} data-testid="learn-presenter" />
        <Button onClick={() => window.print()} data-testid="learn-print">
          {t.learnPrint}
        </Button>
        <a className={styles.link} href={pageHref(!cheatSheet)} data-testid={cheatSheet ? "learn-full" : "learn-cheatsheet-link"}>
          {cheatSheet ? cheat.full : cheat.link}
        </a>
      </div>
      {cheatSheet ? <CheatSheet profile={profile} language={language} /> : <LearnContent profile={profile} config={profileConfig} strings={t} language={language} />}
      {/* The handout's footer: the profile's name, the date and the page number in the page's bottom margin. */}
      <style data-testid="learn-footer">{`@page { @bottom-center { content: ${JSON.stringify(`${profile.name[language]} · ${new Date().toLocaleDateString(language === "lv" ? "lv-LV" : "en-GB")} · `)} counter(page); font-size: 8pt; } }`}</style>
      {!cheatSheet && (
        <section aria-labelledby="learn-exercises-h">
          <h2 className={learn.heading2} id="learn-exercises-h">
            {text.exercises}
          </h2>
          {EXERCISES.map((e) => (
            <ExerciseHandout key={e.id} exercise={e} config={profileConfig} strings={t} language={language} />
          ))}
        </section>
      )}
    </main>
    </FluentProvider>
  );
}

/** organization.json beside the page, through the pane's loader; no file, or not JSON: the default profile still teaches. */
async function loadConfig(): Promise<OrganizationConfig> {
  const loaded = await loadOrganizationConfig({
    fetchText: fetchBesidePage("organization.json", window.location.href),
    storage: null,
    // A file with mistakes still chooses the profile: the Learn page has nothing to protect.
    validate: (raw) => ({ ok: true, config: resolveConfig(raw).config, messages: [] }),
    defaults: defaultConfig,
  });
  return loaded.config;
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const config = await loadConfig();
  createRoot(container).render(<LearnPage config={config} />);
}

void main();
