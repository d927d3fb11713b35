/**
 * Keeps the Draft view's plan per message, so a draft in progress survives closing and reopening
 * the pane for the same message. Stored in the browser's storage of the add-in's origin (never in
 * roaming settings: mail content stays on this computer), trimmed to the most recent drafts.
 */
import type { ReplyPlan } from "../core/compose/types";
import type { KeyValueStorage } from "../office/mailboxPort";

const KEY = "atbilde.drafts";
const MAX_DRAFTS = 20;

interface StoredDraft {
  itemId: string;
  savedAt: number;
  plan: ReplyPlan;
}

function readAll(storage: KeyValueStorage | null): StoredDraft[] {
  try {
    const raw = storage?.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(parsed) ? (parsed as StoredDraft[]).filter((d) => d && typeof d.itemId === "string" && d.plan) : [];
  } catch {
    return [];
  }
}

export function loadDraft(storage: KeyValueStorage | null, itemId: string | null): ReplyPlan | null {
  if (!itemId) return null;
  return readAll(storage).find((d) => d.itemId === itemId)?.plan ?? null;
}

export function saveDraft(storage: KeyValueStorage | null, itemId: string | null, plan: ReplyPlan, now = Date.now()): void {
  if (!itemId || !storage) return;
  const others = readAll(storage).filter((d) => d.itemId !== itemId);
  const next = [{ itemId, savedAt: now, plan }, ...others].slice(0, MAX_DRAFTS);
  try {
    storage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage full or blocked: the draft still lives in the open pane.
  }
}

export function forgetDraft(storage: KeyValueStorage | null, itemId: string | null): void {
  if (!itemId || !storage) return;
  try {
    storage.setItem(KEY, JSON.stringify(readAll(storage).filter((d) => d.itemId !== itemId)));
  } catch {
    // ignore
  }
}
