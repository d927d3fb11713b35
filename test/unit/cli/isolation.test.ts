/**
 * The audit's process isolation (src/cli/audit/isolation.ts) with small child scripts that do
 * what corrupt files do to a parser: throw, hang, exhaust the heap, grow outside it, abort.
 * Each failure is reported for its own task, and the other tasks still finish.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { isTaskFailure, runIsolated, type TaskFailure } from "../../../src/cli/audit/isolation";

let tmp: string;
let script: string;

/** The child: answers each task by what the task says to do. */
const CHILD = `
process.on("message", (m) => {
  if (m.type === "init") return process.send({ type: "ready" });
  const t = m.task;
  const done = (result) => process.send({ type: "result", id: m.id, result });
  if (t === "hang") for (;;) {}
  if (t === "heap") { const keep = []; for (;;) keep.push(new Array(100000).fill(Math.random())); }
  if (t === "external") { const keep = []; setInterval(() => keep.push(Buffer.alloc(16 << 20, 1)), 20); return; }
  if (t === "abort") process.abort();
  if (t === "exit") process.exit(3);
  done("echo:" + t + ":" + m.id);
});
`;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-isolation-"));
  script = path.join(tmp, "child.js");
  fs.writeFileSync(script, CHILD);
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function runAll(tasks: string[], slots = 2, limits = { timeoutMs: 3000, memoryMb: 96 }): Promise<unknown[]> {
  const results: unknown[] = tasks.map(() => undefined);
  await runIsolated(script, null, tasks, slots, limits, (index, result) => {
    expect(results[index]).toBeUndefined(); // each task answered once
    results[index] = result;
  });
  return results;
}

describe("runIsolated", () => {
  it("runs every task and hands each result to its index", async () => {
    const tasks = ["a", "b", "c", "d", "e"];
    expect(await runAll(tasks)).toEqual(tasks.map((t, k) => `echo:${t}:${k}`));
  });

  it("reports a task that hangs, exhausts memory or crashes its process, and goes on with the rest", async () => {
    const tasks = ["a", "hang", "b", "heap", "c", "external", "d", "abort", "e", "exit", "f"];
    const results = await runAll(tasks);
    const failure = (k: number): TaskFailure => {
      expect(isTaskFailure(results[k])).toBe(true);
      return results[k] as TaskFailure;
    };
    expect(failure(1)).toEqual({ failed: "timeout", reason: "took longer than 3 s; stopped" });
    expect(failure(3)).toEqual({ failed: "memory", reason: "needed more than 96 MB of memory; stopped" });
    expect(failure(5)).toEqual({ failed: "memory", reason: "needed more than 96 MB of memory; stopped" });
    expect(failure(7)).toMatchObject({ failed: "crash", reason: "the reader crashed (signal SIGABRT)" });
    expect(failure(9)).toMatchObject({ failed: "crash", reason: "the reader crashed (exit code 3)" });
    for (const k of [0, 2, 4, 6, 8, 10]) expect(results[k]).toBe(`echo:${tasks[k]}:${k}`);
  }, 60000);

  it("gives up with an error when its child cannot start at all", async () => {
    const broken = path.join(tmp, "broken.js");
    fs.writeFileSync(broken, "throw new Error('cannot start');");
    await expect(runIsolated(broken, null, ["a"], 1, { timeoutMs: 1000, memoryMb: 96 }, () => undefined)).rejects.toThrow(/stopped while starting/);
  }, 30000);
});
