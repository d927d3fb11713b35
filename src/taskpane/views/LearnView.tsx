/**
 * Learn view of the task pane (issue 10): the exercise panel for the open draft, then the
 * standard made visible (clauses, rules, examples, model reply). Presenter mode enlarges all of it.
 */
import * as React from "react";
import { Switch, mergeClasses } from "@fluentui/react-components";
import type { OrganizationConfig } from "../../core/config/types";
import type { UiLanguage } from "../../core/rules/types";
import { getProfile } from "../../core/standard";
import type { ItemSummary, MailboxPort } from "../../office/mailboxPort";
import type { Strings } from "../../ui/i18n";
import type { SpellingClient } from "../spellingClient";
import { ExercisePanel } from "../learn/ExercisePanel";
import { LearnContent, useLearnStyles } from "../../ui/learn/LearnContent";

export interface LearnViewProps {
  mailbox: MailboxPort;
  item: ItemSummary | null;
  config: OrganizationConfig;
  strings: Strings;
  language: UiLanguage;
  spelling?: SpellingClient | null;
}

export function LearnView({ mailbox, item, config, strings: t, language, spelling }: LearnViewProps): React.ReactElement {
  const styles = useLearnStyles();
  const [presenter, setPresenter] = React.useState(false);
  const profile = getProfile(config.profile);
  return (
    <div className={mergeClasses(styles.root, presenter && styles.presenter, presenter && "learn-presenter")} data-testid="learn-view">
      <Switch label={t.learnPresenter} checked={presenter} onChange={(_, d) => setPresenter(d.checked)} data-testid="learn-presenter" />
      <ExercisePanel mailbox={mailbox} item={item} config={config} strings={t} language={language} spelling={spelling} />
      <LearnContent profile={profile} config={config} strings={t} language={language} />
    </div>
  );
}
