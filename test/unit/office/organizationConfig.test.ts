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
    const result = await loadOrganizationConfig({ fetchText: async () => null, storage: storage(), validate, defaults: DEFAULTS });
    expect(result).toEqual({ source: "defaults", problem: "missing", config: DEFAULTS, details: [] });
  });

  it("applies a file with errors without its broken parts, and does not keep it as the last good copy (issue 13, defect 7)", async () => {
    const store = storage({ [CONFIG_CACHE_KEY]: '{"name":"Ādaži (kešs)"}' });
    const partly = (raw: unknown): ConfigValidation<Org> => ({ ok: false, config: { name: String((raw as { title?: string }).title) }, messages: ["/colour: unknown key"] });
    const result = await loadOrganizationConfig({ fetchText: async () => '{"title":"Ādaži","colour":1}', storage: store, validate: partly, defaults: DEFAULTS });
    expect(result).toEqual({ source: "fresh", problem: "invalid", config: { name: "Ādaži" }, details: ["/colour: unknown key"] });
    expect(store.data.get(CONFIG_CACHE_KEY)).toBe('{"name":"Ādaži (kešs)"}');
  });

  it("with organization.json's validator: mode off plus one unknown key stays off", async () => {
    const { validateOrganizationConfig, cloneDefaultConfig } = await import("../../../src/core/config");
    const result = await loadOrganizationConfig({
      fetchText: async () => '{"version":1,"onSend":{"mode":"off"},"colour":"zils"}',
      storage: storage(),
      validate: (raw) => validateOrganizationConfig(raw),
      defaults: cloneDefaultConfig(),
    });
    expect(result.problem).toBe("invalid");
    expect(result.config.onSend.mode).toBe("off");
  });

  it("ignores a kept copy that no longer validates", async () => {
    const store = storage({ [CONFIG_CACHE_KEY]: "not json" });
    const result = await loadOrganizationConfig({ fetchText: async () => null, storage: store, validate, defaults: DEFAULTS });
    expect(result.source).toBe("defaults");
  });

  it("works with asynchronous storage (OfficeRuntime.storage) as with localStorage", async () => {
    const data = new Map<string, string>([[CONFIG_CACHE_KEY, '{"name":"Ādaži (kešs)"}']]);
    const asyncStore = { getItem: async (k: string) => data.get(k) ?? null, setItem: async (k: string, v: string) => void data.set(k, v) };
    const fallback = await loadOrganizationConfig({ fetchText: async () => null, storage: asyncStore, validate, defaults: DEFAULTS });
    expect(fallback).toMatchObject({ source: "cached", problem: "missing", config: { name: "Ādaži (kešs)" } });
    const fresh = await loadOrganizationConfig({ fetchText: async () => '{"name":"Ādaži"}', storage: asyncStore, validate, defaults: DEFAULTS, cacheKey: "other" });
    expect(fresh.source).toBe("fresh");
    await Promise.resolve();
    expect(data.get("other")).toBe('{"name":"Ādaži"}');
  });

  it("gives up on a slow file and a stuck storage after their timeouts", async () => {
    const never = () => new Promise<never>(() => undefined);
    const stuck = { getItem: never, setItem: async () => undefined };
    const result = await loadOrganizationConfig({ fetchText: never, storage: stuck, validate, defaults: DEFAULTS, timeoutMs: 30, storageTimeoutMs: 30 });
    expect(result).toEqual({ source: "defaults", problem: "timeout", config: DEFAULTS, details: [] });
  });
});
