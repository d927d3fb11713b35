/**
 * Runs tasks (one exported e-mail each) in separate Node processes, so that one corrupt file
 * cannot take the audit down. A real .msg with one changed byte makes the .msg parser grow an
 * array until V8 aborts with "Fatal JavaScript invalid size error" (exit 133); others make it run
 * for minutes or grow to gigabytes. V8 aborts the whole process on such errors — a worker thread
 * with `resourceLimits` dies together with the main thread (measured; docs/decisions.md) — so each
 * slot is a child process with a heap limit (--max-old-space-size), a resident-memory watch and a
 * per-task timeout. A child that fails is replaced; its task is reported as failed, with why.
 */
import { fork, type ChildProcess } from "child_process";
import { promises as fs } from "fs";

export interface IsolationLimits {
  /** Wall time one task may take once its child is ready. */
  timeoutMs: number;
  /** The child's JavaScript heap limit; its resident memory may reach twice this before it is stopped. */
  memoryMb: number;
}

export interface TaskFailure {
  failed: "timeout" | "memory" | "crash";
  /** One line, English, for the unreadable list. */
  reason: string;
}

/** Messages between the parent and a child (the child side is auditChild.ts). */
export type ToChild = { type: "init"; init: unknown } | { type: "task"; id: number; task: unknown };
export type FromChild = { type: "ready" } | { type: "result"; id: number; result: unknown };

const STARTUP_TIMEOUT_MS = 60000;
const MEMORY_POLL_MS = 250;
/** Children that die before they are ready, in a row, before the run gives up (a broken install). */
const MAX_STARTUP_FAILURES = 3;
const STDERR_TAIL = 4096;

export function isTaskFailure(value: unknown): value is TaskFailure {
  return typeof value === "object" && value !== null && "failed" in value && "reason" in value;
}

/** Resident memory of a process in bytes (Linux /proc), or null where that cannot be read. */
async function residentBytes(pid: number): Promise<number | null> {
  try {
    const statm = await fs.readFile(`/proc/${pid}/statm`, "utf8");
    const pages = Number(statm.split(" ")[1]);
    return Number.isFinite(pages) ? pages * 4096 : null;
  } catch {
    return null;
  }
}

/** Why a child that exited mid-task died, from its exit and the end of its stderr. */
function crashFailure(code: number | null, signal: NodeJS.Signals | null, stderr: string, limits: IsolationLimits): TaskFailure {
  if (/heap out of memory|Reached heap limit|Allocation failed/i.test(stderr)) {
    return { failed: "memory", reason: `needed more than ${limits.memoryMb} MB of memory; stopped` };
  }
  const fatal = /Fatal JavaScript ([^\n(]*)|FATAL ERROR: ([^\n]*)/.exec(stderr);
  const detail = fatal ? (fatal[1] ?? fatal[2]).trim() : signal ? `signal ${signal}` : `exit code ${String(code)}`;
  return { failed: "crash", reason: `the reader crashed (${detail})` };
}

class Slot {
  private child: ChildProcess | null = null;
  private ready: Promise<void> | null = null;
  private stderr = "";
  private startupFailures = 0;

  constructor(
    private readonly script: string,
    private readonly init: unknown,
    private readonly limits: IsolationLimits,
  ) {}

  private start(): Promise<void> {
    this.stderr = "";
    const child = fork(this.script, [], {
      execArgv: [`--max-old-space-size=${this.limits.memoryMb}`],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    this.child = child;
    child.stderr?.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString("utf8")).slice(-STDERR_TAIL);
    });
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`an audit process did not start within ${STARTUP_TIMEOUT_MS / 1000} s`)), STARTUP_TIMEOUT_MS);
      const fail = (error: Error): void => {
        clearTimeout(timer);
        child.removeListener("message", onMessage);
        child.kill("SIGKILL");
        this.child = null;
        this.startupFailures += 1;
        reject(error);
      };
      const onMessage = (message: FromChild): void => {
        if (message.type !== "ready") return;
        clearTimeout(timer);
        child.removeListener("message", onMessage);
        child.removeListener("exit", onEarlyExit);
        this.startupFailures = 0;
        resolve();
      };
      const onEarlyExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        fail(new Error(`an audit process stopped while starting (${signal ?? `exit code ${String(code)}`}): ${this.stderr.trim().split("\n").pop() ?? ""}`));
      };
      child.on("message", onMessage);
      child.once("exit", onEarlyExit);
      child.send({ type: "init", init: this.init } satisfies ToChild);
    });
  }

  /** Runs one task; never rejects for the task's own sake (a failure is a TaskFailure). */
  async run(id: number, task: unknown): Promise<unknown> {
    for (;;) {
      if (!this.child) this.ready = this.start();
      try {
        await this.ready;
        break;
      } catch (error) {
        if (this.startupFailures >= MAX_STARTUP_FAILURES) throw error;
      }
    }
    const child = this.child!;
    return new Promise<unknown>((resolve) => {
      let killedFor: TaskFailure | null = null;
      let settled = false;
      const finish = (result: unknown): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(watch);
        child.removeListener("message", onMessage);
        child.removeListener("exit", onExit);
        resolve(result);
      };
      const stop = (failure: TaskFailure): void => {
        killedFor = failure;
        child.kill("SIGKILL");
      };
      const timer = setTimeout(() => stop({ failed: "timeout", reason: `took longer than ${Math.round(this.limits.timeoutMs / 100) / 10} s; stopped` }), this.limits.timeoutMs);
      const watch = setInterval(() => {
        void residentBytes(child.pid ?? -1).then((bytes) => {
          if (bytes !== null && bytes > 2 * this.limits.memoryMb * 1048576 && !settled) stop({ failed: "memory", reason: `needed more than ${this.limits.memoryMb} MB of memory; stopped` });
        });
      }, MEMORY_POLL_MS);
      const onMessage = (message: FromChild): void => {
        if (message.type === "result" && message.id === id) finish(message.result);
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        this.child = null;
        finish(killedFor ?? crashFailure(code, signal, this.stderr, this.limits));
      };
      child.on("message", onMessage);
      child.once("exit", onExit);
      child.send({ type: "task", id, task } satisfies ToChild);
    });
  }

  close(): void {
    this.child?.disconnect();
    this.child = null;
  }
}

/**
 * Runs every task in `slots` child processes of `script` (each first given `init`), handing each
 * result — or the TaskFailure of a task whose child timed out, ran out of memory or crashed — to
 * onResult with the task's index. Results arrive out of order.
 */
export async function runIsolated(
  script: string,
  init: unknown,
  tasks: readonly unknown[],
  slots: number,
  limits: IsolationLimits,
  onResult: (index: number, result: unknown) => void,
): Promise<void> {
  let next = 0;
  const pool = Array.from({ length: Math.max(1, Math.min(slots, tasks.length)) }, () => new Slot(script, init, limits));
  try {
    await Promise.all(
      pool.map(async (slot) => {
        while (next < tasks.length) {
          const index = next++;
          onResult(index, await slot.run(index, tasks[index]));
        }
      }),
    );
  } finally {
    for (const slot of pool) slot.close();
  }
}
