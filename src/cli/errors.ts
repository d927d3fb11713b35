/**
 * Errors the CLI reports as one line on stderr with exit code 2 (bad usage or unreadable
 * input, docs/architecture.md). Anything else that escapes a command is reported the same way, never as a
 * stack trace.
 */
export class CliError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** Bad usage: an unknown option, a missing file argument, a wrong --format value. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** A file that cannot be read or is not a mail body. */
export class InputError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** Our own messages may list several problems (a plan's, each with its path); others are cut shorter. */
const OWN_MESSAGE_LIMIT = 2000;
const FOREIGN_MESSAGE_LIMIT = 300;

/** The first line of an error's message, for stderr. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split(/\r?\n/)[0].trim();
  const limit = error instanceof CliError ? OWN_MESSAGE_LIMIT : FOREIGN_MESSAGE_LIMIT;
  return line.length > limit ? line.slice(0, limit - 3) + "..." : line || "unknown error";
}
