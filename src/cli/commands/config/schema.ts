/** `atbilde config schema`: the JSON Schema, as shipped in schema/organization.schema.json. */
import { organizationSchema } from "../../../core/config";
import { UsageError } from "../../errors";
import type { CliIo } from "../types";

export function runConfigSchema(rest: readonly string[], io: CliIo): number {
  if (rest.length) throw new UsageError("config schema takes no FILE");
  io.stdout(JSON.stringify(organizationSchema, null, 2) + "\n");
  return 0;
}
