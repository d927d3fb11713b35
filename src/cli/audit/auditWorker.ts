/**
 * A worker thread of the audit: checks one file at a time for the main thread (the audit of ten
 * thousand e-mails is CPU-bound in parsing and spelling, so it spreads over the cores).
 */
import { parentPort, workerData } from "worker_threads";
import { cliRules } from "../rules";
import { auditFile, type FileSetup } from "./runAudit";

const setup = workerData as FileSetup;
const port = parentPort;
if (port) {
  const rules = cliRules(setup.config);
  port.on("message", (message: { file: string }) => {
    void rules
      .then((loaded) => auditFile(message.file, setup, loaded))
      .then(
        (outcome) => port.postMessage(outcome),
        (error: unknown) => port.postMessage({ kind: "unreadable", reason: `checker failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` }),
      );
  });
}
