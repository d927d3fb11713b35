/** The `atbilde` commands. Adding a command = adding its module here. */
import { parseCommand } from "./parse";
import { checkCommand } from "./check";
import type { Command } from "./types";

export const COMMANDS: readonly Command[] = [checkCommand, parseCommand];
