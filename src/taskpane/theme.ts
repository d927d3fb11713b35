/**
 * Chooses the Fluent theme from Office's theme (Mailbox 1.14) and falls back to the system's
 * colour scheme where Outlook does not say.
 */
import type { ThemeColors } from "../office/mailboxPort";

export type ThemeName = "light" | "dark";

function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function themeFromOffice(colors: ThemeColors | null, systemPrefersDark: boolean): ThemeName {
  const l = colors ? luminance(colors.bodyBackgroundColor) : null;
  if (l === null) return systemPrefersDark ? "dark" : "light";
  return l < 0.3 ? "dark" : "light";
}
