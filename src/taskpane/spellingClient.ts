/**
 * The task pane's side of the spelling worker: starts it on first use, reports whether the word
 * data is still loading, and turns requests into promises.
 */
import type { SpellingError, SpellingInput } from "../core/rules/spelling";
import { plainDraft } from "../core/rules/grammar";
import type { Draft } from "../core/draft/types";
import type { Finding, RuleId, UiLanguage } from "../core/rules/types";

/** The grammar rules' findings by rule (issue 20), for mergeFindings. */
export type GrammarFindings = Array<{ rule: RuleId; found: Finding[] }>;

export type SpellingStatus = "idle" | "loading" | "ready" | "failed";

declare const __ATBILDE_BUILD__: string;

export interface SpellingClient {
  readonly status: SpellingStatus;
  onStatus(listener: (status: SpellingStatus) => void): () => void;
  check(input: SpellingInput): Promise<SpellingError[]>;
  /** The grammar rules on a draft, run by the same worker once the analyzer has loaded. */
  grammar(draft: Draft, lang: UiLanguage): Promise<GrammarFindings>;
}

type Pending = { resolve: (errors: SpellingError[]) => void; reject: (e: Error) => void };
type PendingGrammar = { resolve: (found: GrammarFindings) => void; reject: (e: Error) => void };

export function createSpellingClient(base: string, makeWorker: () => Worker = () => new Worker(`spelling-worker.js?v=${__ATBILDE_BUILD__}`)): SpellingClient {
  let worker: Worker | null = null;
  let status: SpellingStatus = "idle";
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const pendingGrammar = new Map<number, PendingGrammar>();
  const listeners = new Set<(s: SpellingStatus) => void>();

  const setStatus = (next: SpellingStatus) => {
    if (status === next) return;
    status = next;
    listeners.forEach((l) => l(next));
  };

  const start = (): Worker => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (event: MessageEvent) => {
      const data = event.data as { type: string; id?: number; errors?: SpellingError[]; found?: Array<{ rule: RuleId; findings: Finding[] }>; message?: string };
      if (data.type === "grammar-result" && data.id !== undefined) {
        pendingGrammar.get(data.id)?.resolve((data.found ?? []).map((r) => ({ rule: r.rule, found: r.findings })));
        pendingGrammar.delete(data.id);
      } else if (data.type === "grammar-error" && data.id !== undefined) {
        pendingGrammar.get(data.id)?.reject(new Error(data.message ?? "grammar check failed"));
        pendingGrammar.delete(data.id);
      } else if (data.type === "loading") setStatus("loading");
      else if (data.type === "result" && data.id !== undefined) {
        setStatus("ready");
        pending.get(data.id)?.resolve(data.errors ?? []);
        pending.delete(data.id);
      } else if (data.type === "error" && data.id !== undefined) {
        setStatus("failed");
        pending.get(data.id)?.reject(new Error(data.message ?? "spelling failed"));
        pending.delete(data.id);
      }
    };
    w.onerror = () => {
      setStatus("failed");
      pending.forEach((p) => p.reject(new Error("the spelling worker stopped")));
      pending.clear();
      pendingGrammar.forEach((p) => p.reject(new Error("the spelling worker stopped")));
      pendingGrammar.clear();
      worker = null;
    };
    worker = w;
    return w;
  };

  return {
    get status() {
      return status;
    },
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    check(input) {
      const id = nextId++;
      const w = start();
      if (status === "idle" || status === "failed") setStatus("loading");
      return new Promise<SpellingError[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ type: "check", id, base, input });
      });
    },
    grammar(draft, lang) {
      const id = nextId++;
      const w = start();
      return new Promise<GrammarFindings>((resolve, reject) => {
        pendingGrammar.set(id, { resolve, reject });
        w.postMessage({ type: "grammar", id, base, draft: plainDraft(draft), lang });
      });
    },
  };
}
