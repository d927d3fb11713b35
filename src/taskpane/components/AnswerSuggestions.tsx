/**
 * "Līdzīgi jautājumi" / "Similar questions" (issue 21): the organization's model answers that fit the
 * client's message — a read message's new text, or a reply's quoted original — with the words and
 * sentence that matched. Matching runs here, in the pane (src/core/answers); nothing is sent anywhere.
 * Choosing an answer hands it to the Draft view, which fills the reply plan for the employee to adapt.
 */
import * as React from "react";
import { Body1, Button, Caption1, Card, CardHeader, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { buildAnswerIndex, clientText, suggestAnswers, type AnswerMatch } from "../../core/answers";
import type { ModelAnswer, OrganizationConfig } from "../../core/config/types";
import { parseDraft } from "../../core/draft";
import type { ItemSummary, MailboxPort } from "../../office/mailboxPort";
import type { Strings } from "../../ui/i18n";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  why: { color: tokens.colorNeutralForeground3 },
});

export interface AnswerSuggestionsProps {
  mailbox: MailboxPort;
  item: ItemSummary;
  config: OrganizationConfig;
  strings: Strings;
  onChoose: (answer: ModelAnswer) => void;
}

/** At most this many suggestions: more would push the form out of sight. */
const SHOWN = 3;

export function AnswerSuggestions({ mailbox, item, config, strings: t, onChoose }: AnswerSuggestionsProps): React.ReactElement | null {
  const styles = useStyles();
  const index = React.useMemo(() => buildAnswerIndex(config.answers), [config.answers]);
  const [matches, setMatches] = React.useState<AnswerMatch[]>([]);

  React.useEffect(() => {
    setMatches([]);
    if (config.answers.length === 0 || item.mode === "none") return;
    let cancelled = false;
    mailbox
      .getBody("html")
      .then((html) => {
        if (cancelled) return;
        const text = clientText(parseDraft(html, "html"), item.mode === "read" ? "read" : "compose");
        setMatches(suggestAnswers(index, text, { subject: item.subject, limit: SHOWN }));
      })
      .catch(() => undefined); // no body, no suggestions: the form works as before
    return () => {
      cancelled = true;
    };
  }, [item.id, item.mode, index]);

  if (matches.length === 0) return null;
  return (
    <Card data-testid="answer-suggestions">
      <CardHeader header={<Subtitle2 as="h3">{t.answersHeading}</Subtitle2>} description={<Caption1>{t.answersHint}</Caption1>} />
      <ul className={styles.list}>
        {matches.map((m) => {
          const answer = config.answers.find((a) => a.id === m.id);
          if (!answer) return null;
          return (
            <li key={m.id} className={styles.item} data-testid={`answer-suggestion-${m.id}`}>
              <Body1>
                <strong>{m.title}</strong>
              </Body1>
              <Caption1 className={styles.why}>
                {t.answersMatched} {m.why.terms.join(", ")} — „{m.why.sentence.length > 160 ? `${m.why.sentence.slice(0, 157)}…` : m.why.sentence}”
              </Caption1>
              <div>
                <Button size="small" onClick={() => onChoose(answer)} data-testid={`answer-use-${m.id}`}>
                  {t.answersUse}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
