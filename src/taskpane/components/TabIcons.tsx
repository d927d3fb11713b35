/**
 * The tabs' icons, 16 px line drawings in the text's colour. With them five tabs fit one row at
 * 320 px and at 200 % zoom (issue 17): a tab shows its label when selected and wide enough, its
 * icon always; the label stays its accessible name. Drawn here rather than taken from an icon
 * package, which the pane does not depend on.
 */
import * as React from "react";

export type TabIconName = "draft" | "check" | "learn" | "settings" | "overview";

const PATHS: Record<TabIconName, string> = {
  // a pencil
  draft: "M10.5 2.5l3 3-8 8-3.5.5.5-3.5z M9 4l3 3",
  // a circle with a tick
  check: "M8 1.75a6.25 6.25 0 1 1 0 12.5a6.25 6.25 0 1 1 0-12.5z M5.25 8.25l1.9 1.9 3.6-3.8",
  // an open book
  learn: "M8 4.5C6.5 3.3 4.5 3 2 3.25v9c2.5-.25 4.5.05 6 1.25 1.5-1.2 3.5-1.5 6-1.25v-9c-2.5-.25-4.5.05-6 1.25z M8 4.5v9",
  // three sliders
  settings: "M2 4h12 M2 8h12 M2 12h12 M5 2.5v3 M10.5 6.5v3 M7 10.5v3",
  // a building
  overview: "M2.5 14V2.5h7V14 M9.5 6.5h4V14 M1.5 14h13 M4.5 5h3 M4.5 7.75h3 M4.5 10.5h3 M11.5 9v.01 M11.5 11.5v.01",
};

export function TabIcon({ name }: { name: TabIconName }): React.ReactElement {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
