import { afterPaint } from "../../../src/taskpane/afterPaint";

/** A window whose frames and timers run only when the test says so. */
function fakeWindow(visibility: DocumentVisibilityState, withAnimationFrames = true) {
  const frames: Array<() => void> = [];
  const timers: Array<() => void> = [];
  const win = {
    document: { visibilityState: visibility },
    requestAnimationFrame: withAnimationFrames ? (cb: FrameRequestCallback) => frames.push(() => cb(0)) : undefined,
    setTimeout: (cb: () => void) => timers.push(cb),
  };
  return { win: win as unknown as Parameters<typeof afterPaint>[1], frames, timers };
}

describe("afterPaint", () => {
  it("runs the task in a task of its own after the next animation frame", () => {
    const { win, frames, timers } = fakeWindow("visible");
    const ran: string[] = [];
    afterPaint(() => ran.push("task"), win);
    expect([frames.length, timers.length, ran]).toEqual([1, 0, []]);
    frames.shift()!();
    expect([timers.length, ran]).toEqual([1, []]);
    timers.shift()!();
    expect(ran).toEqual(["task"]);
  });

  it.each([
    ["a hidden page", "hidden" as DocumentVisibilityState, true],
    ["a page without animation frames", "visible" as DocumentVisibilityState, false],
  ])("in %s runs the task in the next task", (_, visibility, withFrames) => {
    const { win, frames, timers } = fakeWindow(visibility, withFrames);
    const ran: string[] = [];
    afterPaint(() => ran.push("task"), win);
    expect(frames.length).toBe(0);
    timers.shift()!();
    expect(ran).toEqual(["task"]);
  });
});
