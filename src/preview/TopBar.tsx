/**
 * The preview's top bar: the demo user, the sent counter and the controls Outlook itself does not
 * have here — a candidate organization.json, the Office display language and theme.
 */
import * as React from "react";
import { DEMO_USER } from "./demoMessages";

export type PreviewTheme = "light" | "dark";

export interface TopBarProps {
  sentCount: number;
  /** File name of the loaded candidate organization.json, or null. */
  candidateName: string | null;
  onLoadCandidate: (file: File | undefined) => void;
  onClearCandidate: () => void;
  language: string;
  onLanguage: (language: string) => void;
  theme: PreviewTheme;
  onTheme: (theme: PreviewTheme) => void;
}

export function TopBar({ sentCount, candidateName, onLoadCandidate, onClearCandidate, language, onLanguage, theme, onTheme }: TopBarProps) {
  return (
    <header className="topbar">
      <span className="topbar-title">Atbilde · pārlūka priekšskatījums</span>
      <a className="topbar-link" href="learn.html" data-testid="learn-link">
        Mācības
      </a>
      <span className="topbar-user">{DEMO_USER.displayName}</span>
      {sentCount > 0 && (
        <span role="status" data-testid="sent-count">
          Nosūtītas: {sentCount}
        </span>
      )}
      <label className="candidate">
        Iestādes iestatījumi{" "}
        <input type="file" accept=".json,application/json" onChange={(e) => onLoadCandidate(e.target.files?.[0])} data-testid="candidate-config" />
      </label>
      {candidateName && (
        <button type="button" onClick={onClearCandidate} data-testid="candidate-clear">
          Atcelt „{candidateName}”
        </button>
      )}
      <label>
        Office valoda{" "}
        <select value={language} data-testid="office-language" onChange={(e) => onLanguage(e.target.value)}>
          <option value="lv-LV">lv-LV</option>
          <option value="en-US">en-US</option>
        </select>
      </label>
      <label>
        Office tēma{" "}
        <select value={theme} data-testid="office-theme" onChange={(e) => onTheme(e.target.value as PreviewTheme)}>
          <option value="light">gaiša</option>
          <option value="dark">tumša</option>
        </select>
      </label>
    </header>
  );
}
