/** What every `atbilde` command module provides (parse now; check and draft are added the same way). */
import type { OptionSpec, ParsedArgs } from "../args";

/** Where a command writes; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface Command {
  name: string;
  /** One line for `atbilde --help`. */
  summary: string;
  /** The synopsis: "atbilde parse [--format json|text] FILE". */
  usage: string;
  /** Paragraphs shown by `atbilde COMMAND --help` after the synopsis and before the options. */
  description: string;
  options: readonly OptionSpec[];
  /** Runs the command; returns the exit code. Throws CliError for bad usage or input. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
