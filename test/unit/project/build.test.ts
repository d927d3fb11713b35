// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseArgs, checkBaseUrl } = require("../../../scripts/build.js") as {
  parseArgs: (argv: string[]) => Record<string, unknown>;
  checkBaseUrl: (raw: string) => string;
};

describe("production build options", () => {
  it("reads the base URL, config and output folder in either form", () => {
    expect(parseArgs(["--base-url", "https://a.lv", "--config=org.json", "--out", "out"])).toMatchObject({ baseUrl: "https://a.lv", config: "org.json", out: "out", dev: false });
    expect(parseArgs(["--base-url=https://a.lv/x/"])).toMatchObject({ baseUrl: "https://a.lv/x/" });
    expect(parseArgs(["--dev", "--quiet"])).toMatchObject({ dev: true, quiet: true });
    expect(parseArgs(["--id", "0d7b3a52-1f7e-4c1e-9d3e-2a4b5c6d7e8f"])).toMatchObject({ id: "0d7b3a52-1f7e-4c1e-9d3e-2a4b5c6d7e8f" });
    expect(() => parseArgs(["--id", "abc"])).toThrow(/GUID/);
  });

  it.each([["--bogus"], ["--base-url"]])("rejects %s with a clear message", (arg) => {
    expect(() => parseArgs([arg])).toThrow(/unknown option|needs a value/);
  });

  it("accepts only https base URLs and trims the trailing slash", () => {
    expect(checkBaseUrl("https://addin.example.lv/atbilde/")).toBe("https://addin.example.lv/atbilde");
    expect(() => checkBaseUrl("http://addin.example.lv")).toThrow(/https/);
    expect(() => checkBaseUrl("addin.example.lv")).toThrow(/not a URL/);
    expect(() => checkBaseUrl("https://a.lv/?x=1")).toThrow(/query/);
  });
});
