/**
 * Time for the event handlers. Outlook waits only so long for event.completed, and a timer cannot
 * interrupt synchronous work — so the handlers bound their own work (the send check runs in slices
 * that yield to the event loop and look at the clock between them), and a timer completes the event
 * when the budget runs out while they wait on Outlook or the network (issue 13, defect 4).
 */
import type { OrganizationConfig } from "../core/config/types";
import type { UiLanguage } from "../core/rules/types";
import type { HandlerEvent } from "../office/eventPort";

/** The send budget when organization.json does not set one. */
export const DEFAULT_BUDGET_MS = 3000;
/** Kept back from the budget for completing the event after the last slice. */
export const BUDGET_RESERVE_MS = 250;

export function budgetOf(config: OrganizationConfig): number {
  const b = config.onSend.budgetMs;
  return typeof b === "number" && b > 0 ? b : DEFAULT_BUDGET_MS;
}

/** Thrown by a slice that finds the budget spent; completeOnce then completes with the failure options. */
export class BudgetSpent extends Error {
  constructor() {
    super("budget spent");
    this.name = "BudgetSpent";
  }
}

/** The clock of one handler run: when it started and when its budget ends. */
export interface Deadline {
  /** Milliseconds left before the budget (less the reserve) is spent; negative when it is. */
  left(): number;
  /** Throws BudgetSpent when nothing is left. */
  check(): void;
}

/** Lets timers (the budget's own included) and Outlook's callbacks run between slices of work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface RunState {
  config: OrganizationConfig | null;
  lang: UiLanguage;
}

/**
 * Runs `work` against the budget and completes the event exactly once: with work's options, or —
 * on a throw or when the budget runs out — with onFailure's. `rearm` restarts the budget (counted
 * from the start) once the configured budget is known; `deadline` is the same budget for the work's
 * own slices.
 */
export function completeOnce(
  event: HandlerEvent,
  work: (rearm: (budgetMs: number) => void, state: RunState, deadline: Deadline) => Promise<Record<string, unknown> | undefined>,
  lang: UiLanguage,
  onFailure: (state: RunState) => Record<string, unknown> | undefined,
): Promise<void> {
  const started = Date.now();
  const state: RunState = { config: null, lang };
  let finished = false;
  let budget = DEFAULT_BUDGET_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline: Deadline = {
    left: () => budget - BUDGET_RESERVE_MS - (Date.now() - started),
    check() {
      if (finished || deadline.left() <= 0) throw new BudgetSpent();
    },
  };
  return new Promise<void>((resolve) => {
    const finish = (options: Record<string, unknown> | undefined) => {
      if (finished) return;
      finished = true;
      if (timer !== undefined) clearTimeout(timer);
      try {
        if (options) event.completed(options);
        else event.completed();
      } catch {
        // Nothing more can be done; Outlook applies its own fallback.
      }
      resolve();
    };
    const rearm = (budgetMs: number) => {
      if (finished) return;
      budget = budgetMs;
      if (timer !== undefined) clearTimeout(timer);
      const left = Math.max(0, budgetMs - (Date.now() - started));
      timer = setTimeout(() => finish(onFailure(state)), left);
    };
    rearm(DEFAULT_BUDGET_MS);
    let running: Promise<Record<string, unknown> | undefined>;
    try {
      running = work(rearm, state, deadline);
    } catch (e) {
      running = Promise.reject(e);
    }
    running.then(finish, () => finish(onFailure(state)));
  });
}
