/**
 * A button whose action cannot be undone asks first (issue 17: *Sākt no jauna* wiped a draft
 * without asking): the first click shows the question with the action and "Atcelt"; nothing
 * happens until the user confirms.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";

export interface ConfirmButtonProps {
  label: string;
  question: string;
  cancelLabel: string;
  onConfirm: () => void;
  testId: string;
}

export function ConfirmButton({ label, question, cancelLabel, onConfirm, testId }: ConfirmButtonProps): React.ReactElement {
  const [asking, setAsking] = React.useState(false);
  if (!asking) {
    return (
      <Button appearance="subtle" onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </Button>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={`${testId}-confirm`}>
      <MessageBarBody>{question}</MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
          data-testid={`${testId}-yes`}
        >
          {label}
        </Button>
        <Button size="small" appearance="subtle" onClick={() => setAsking(false)} data-testid={`${testId}-no`}>
          {cancelLabel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
