/**
 * What the on-send check hands to the pane through Smart Alerts' contextData (read with
 * getInitializationContextAsync): the findings that stopped the send, shown first in the Check view.
 */
export interface SendContext {
  findings: { rule: string; clause?: string; message: string }[];
}

/** The on-send context, or null for anything else (a pane opened normally, foreign data). */
export function parseSendContext(text: string | null): SendContext | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const list = (raw as { findings?: unknown }).findings;
  if (!Array.isArray(list)) return null;
  const findings = list
    .filter((f): f is { rule: string; clause?: string; message: string } => typeof f === "object" && f !== null && typeof f.rule === "string" && typeof f.message === "string")
    .slice(0, 50)
    .map((f) => ({ rule: f.rule, clause: typeof f.clause === "string" ? f.clause : undefined, message: f.message }));
  return findings.length ? { findings } : null;
}
