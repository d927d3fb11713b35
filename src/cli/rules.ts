/**
 * The rules the CLI runs: the whole catalogue. (Spelling joins when its word data is loaded from
 * the package's assets; see core/spelling.)
 */
import { RULES_WITHOUT_SPELLING } from "../core/rules";
import type { Rule } from "../core/rules/types";
import type { OrganizationConfig } from "../core/config/types";

export async function cliRules(_config: OrganizationConfig): Promise<readonly Rule[]> {
  return RULES_WITHOUT_SPELLING;
}
