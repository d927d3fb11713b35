/** The `atbilde` commands. Adding a command = adding its module here. */
import { parseCommand } from "./parse";
import { checkCommand } from "./check";
import { draftCommand } from "./draft";
import { configCommand } from "./config";
import { auditCommand } from "./audit";
import { answersCommand } from "./answers";
import type { Command } from "./types";

export const COMMANDS: readonly Command[] = [checkCommand, draftCommand, parseCommand, configCommand, auditCommand, answersCommand];
