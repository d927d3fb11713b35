/**
 * Process entry of the `atbilde` CLI (bin/atbilde.js requires the compiled build/src/cli/main.js).
 * Sets the exit code instead of calling process.exit, so long output is flushed first.
 */
import { runCli } from "./cli";
import { oneLine } from "./errors";

// `atbilde parse big.html | head` closes the pipe early: that is not an error worth a trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`atbilde: internal error: ${oneLine(error)}\n`);
    process.exitCode = 2;
  },
);
