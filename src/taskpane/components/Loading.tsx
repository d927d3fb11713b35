/**
 * "Loading…" with a turning ring, in the pane's shell. Fluent's Spinner would add its package to
 * the initial bundle for the few hundred milliseconds a view takes to load (initial-JS budget,
 * issue 17); the views themselves use Fluent's Spinner.
 */
import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", justifyContent: "center", gap: tokens.spacingHorizontalS, padding: tokens.spacingVerticalS },
  ring: {
    width: "16px",
    height: "16px",
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusCircular,
    border: `2px solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "1s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media screen and (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
  },
});

export function Loading({ label }: { label: string }): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status">
      <span className={styles.ring} aria-hidden="true" />
      <Caption1>{label}</Caption1>
    </div>
  );
}
