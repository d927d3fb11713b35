/**
 * The audit's child process (isolation.ts): loads the rules once, then reads and checks one
 * exported e-mail per message from the parent. Whatever a corrupt file does here — throw, hang,
 * exhaust memory, abort V8 — stays in this process; the parent lists the file as unreadable.
 */
import { cliRules } from "../rules";
import type { FromChild, ToChild } from "./isolation";
import { auditFile, readSender, type AuditTask, type FileSetup } from "./runAudit";

function send(message: FromChild): void {
  process.send?.(message);
}

let setup: FileSetup | null = null;
let rules: Awaited<ReturnType<typeof cliRules>> | null = null;

process.on("message", (message: ToChild) => {
  if (message.type === "init") {
    setup = message.init as FileSetup;
    void cliRules(setup.config).then(
      (loaded) => {
        rules = loaded;
        send({ type: "ready" });
      },
      (error: unknown) => {
        // The parent reports the last stderr line when a child stops before it is ready.
        process.stderr.write(`cannot load the rules: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
    return;
  }
  const task = message.task as AuditTask;
  const work = task.kind === "sender" ? readSender(task.file) : auditFile(task.file, setup!, rules!);
  void work.then(
    (result) => send({ type: "result", id: message.id, result }),
    (error: unknown) => send({ type: "result", id: message.id, result: { kind: "unreadable", reason: `checker failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` } }),
  );
});
