/**
 * The `atbilde` CLI without the process around it: runCli(argv, io) returns the exit code, so
 * tests call it directly. main.ts is the process entry.
 */
import { describeOptions, parseArgs, type OptionSpec } from "./args";
import { COMMANDS } from "./commands";
import type { CliIo, Command } from "./commands/types";
import { CliError, UsageError, oneLine } from "./errors";

export type { CliIo } from "./commands/types";

const HELP_OPTION: OptionSpec = { name: "help", short: "h", description: "show this help" };
const VERSION = "0.1.0";

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "atbilde — drafts and checks replies to clients by the municipality's customer-service standard",
    "",
    "Usage:",
    ...COMMANDS.map((c) => `  ${c.usage}`),
    "  atbilde help [COMMAND]",
    "  atbilde --version",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Files may be .txt, .html or .eml. Exit codes: 0 success; 1 a check found an error;",
    "2 bad usage or unreadable input (the reason is printed on one line).",
    "",
    "Run `atbilde COMMAND --help` for a command's options.",
  ].join("\n");
}

function commandHelp(command: Command): string {
  return [
    `Usage: ${command.usage}`,
    "",
    command.description,
    "",
    "Options:",
    describeOptions([...command.options, HELP_OPTION]),
  ].join("\n");
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(", ")}, help)`);
  return command;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) throw new UsageError("no command given; run `atbilde --help` for usage");
    if (first === "--help" || first === "-h") {
      io.stdout(overview() + "\n");
      return 0;
    }
    if (first === "--version" || first === "-V") {
      io.stdout(`atbilde ${VERSION}\n`);
      return 0;
    }
    if (first === "help") {
      if (rest.length === 0) io.stdout(overview() + "\n");
      else io.stdout(commandHelp(findCommand(rest[0])) + "\n");
      return 0;
    }
    if (first.startsWith("-")) throw new UsageError(`unknown option ${first}; the command comes first (atbilde --help)`);
    const command = findCommand(first);
    const args = parseArgs(rest, [...command.options, HELP_OPTION]);
    if (args.values["help"]) {
      io.stdout(commandHelp(command) + "\n");
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    const code = error instanceof CliError ? error.exitCode : 2;
    const prefix = error instanceof CliError ? "" : "internal error: ";
    // One line, never a stack trace (docs/architecture.md, "The CLI": exit code 2 with a one-line reason).
    io.stderr(`atbilde: ${prefix}${oneLine(error)}\n`);
    return code;
  }
}
