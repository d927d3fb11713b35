/**
 * Reads the part of organization.json the pane shows today. The full schema and validation
 * (src/core/config) replace this once the checker lands; until then we only accept an object
 * whose organization name, if present, is text.
 */
import type { ConfigValidation } from "../office/organizationConfig";
import type { OrganizationSummary } from "./components/OrganizationCard";

export const DEFAULT_ORGANIZATION: OrganizationSummary = {
  name: { lv: "Pašvaldība (noklusējuma iestatījumi)", en: "Municipality (default settings)" },
  profile: "adazi-2023",
};

export function validateOrganizationSummary(raw: unknown): ConfigValidation<OrganizationSummary> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, config: DEFAULT_ORGANIZATION, messages: ["$: expected a JSON object"] };
  }
  const record = raw as { organization?: { name?: { lv?: unknown; en?: unknown } }; profile?: unknown };
  const name = record.organization?.name;
  const messages: string[] = [];
  if (name !== undefined && (typeof name !== "object" || name === null || typeof name.lv !== "string")) {
    messages.push("$.organization.name.lv: expected text");
  }
  if (record.profile !== undefined && typeof record.profile !== "string") messages.push("$.profile: expected text");
  if (messages.length) return { ok: false, config: DEFAULT_ORGANIZATION, messages };
  return {
    ok: true,
    config: {
      name: {
        lv: typeof name?.lv === "string" ? name.lv : DEFAULT_ORGANIZATION.name.lv,
        en: typeof name?.en === "string" ? name.en : typeof name?.lv === "string" ? name.lv : DEFAULT_ORGANIZATION.name.en,
      },
      profile: typeof record.profile === "string" ? record.profile : DEFAULT_ORGANIZATION.profile,
    },
    messages: [],
  };
}
