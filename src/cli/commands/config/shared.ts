/** What the config subcommands share: the message language and reading string options. */
import type { Command } from "../types";

export type Lang = "lv" | "en";

/** The parsed arguments a command receives. */
export type CommandArgs = Parameters<Command["run"]>[0];

export function stringOption(args: CommandArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === "string" ? v : undefined;
}
