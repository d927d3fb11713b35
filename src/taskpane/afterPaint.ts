/**
 * Runs `task` once the browser has painted what the current update shows: after the next animation
 * frame, in a task of its own. The spelling worker and the grammar rules start this way, so their
 * start (loading the worker and its dictionary on a machine with few cores) does not compete with
 * showing the check's first results (issue 17, cold start → first results ≤ 1 s). A hidden page
 * paints nothing and runs no animation frames: there the task runs in the next task.
 */
export function afterPaint(task: () => void, win: Pick<Window, "requestAnimationFrame" | "setTimeout"> & { document: Pick<Document, "visibilityState"> } = window): void {
  if (typeof win.requestAnimationFrame !== "function" || win.document.visibilityState !== "visible") {
    win.setTimeout(task, 0);
    return;
  }
  win.requestAnimationFrame(() => {
    win.setTimeout(task, 0);
  });
}
