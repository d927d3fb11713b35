/**
 * A live region that announces a result once the input has settled, not on every keystroke
 * (issue 17: the draft preview was aria-live, so a screen reader could re-read it while typing).
 * The region is always in the page (screen readers only announce changes to a region they know).
 */
import * as React from "react";
import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Visually hidden, still read by screen readers.
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

/** How long the input must stay unchanged before the result is announced. */
export const SETTLE_MS = 1500;

export function QuietAnnouncement({ watch, message, testId }: { watch: string; message: string; testId: string }): React.ReactElement {
  const styles = useStyles();
  const [announced, setAnnounced] = React.useState("");
  const first = React.useRef(true);
  React.useEffect(() => {
    // Nothing to announce when the view opens: only a change the user made.
    if (first.current) {
      first.current = false;
      return;
    }
    setAnnounced("");
    const timer = window.setTimeout(() => setAnnounced(message), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [watch, message]);
  return (
    <span className={styles.hidden} aria-live="polite" data-testid={testId}>
      {announced}
    </span>
  );
}
