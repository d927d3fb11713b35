import { CONFIG_CACHE_KEY, loadOrganizationConfig, type ConfigValidation } from "../../../src/office/organizationConfig";

interface Org {
  name: string;
}
const DEFAULTS: Org = { name: "noklusējums" };
const validate = (raw: unknown): ConfigValidation<Org> =>
  typeof raw === "object" && raw !== null && typeof (raw as Org).name === "string"
    ? { ok: true, config: raw as Org, messages: [] }
    : { ok: false, config: DEFAULTS, messages: ["$.name: expected text"] };

function storage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe("loadOrganizationConfig", () => {
  it("uses a fresh valid file and keeps it as the last good copy", async () => {
    const store = storage();
    const result = await loadOrganizationConfig({ fetchText: async () => '{"name":"Ādaži"}', storage: store, validate, defaults: DEFAULTS });
    expect(result).toMatchObject({ source: "fresh", config: { name: "Ādaži" } });
    expect(store.data.get(CONFIG_CACHE_KEY)).toBe('{"name":"Ādaži"}');
  });

  it.each([
    ["missing", async (): Promise<string | null> => null, "missing"],
    ["broken JSON", async (): Promise<string | null> => "{name:", "invalidJson"],
    ["invalid", async (): Promise<string | null> => '{"name": 5}', "invalid"],
    [
      "unreachable",
      async (): Promise<string | null> => {
        throw new Error("HTTP 500");
      },
      "unreachable",
    ],
  ] as const)("falls back to the last good copy when the file is %s", async (_label, fetchText, problem) => {
    const store = storage({ [CONFIG_CACHE_KEY]: '{"name":"Ādaži (kešs)"}' });
    const result = await loadOrganizationConfig({ fetchText, storage: store, validate, defaults: DEFAULTS });
    expect(result).toMatchObject({ source: "cached", problem, config: { name: "Ādaži (kešs)" } });
  });

  it("falls back to defaults with the reason when nothing usable exists", async () => {
    const result = await loadOrganizationConfig({ fetchText: async () => '{"name": 5}', storage: storage(), validate, defaults: DEFAULTS });
    expect(result).toEqual({ source: "defaults", problem: "invalid", config: DEFAULTS, details: ["$.name: expected text"] });
  });

  it("ignores a kept copy that no longer validates", async () => {
    const store = storage({ [CONFIG_CACHE_KEY]: "not json" });
    const result = await loadOrganizationConfig({ fetchText: async () => null, storage: store, validate, defaults: DEFAULTS });
    expect(result.source).toBe("defaults");
  });
});
