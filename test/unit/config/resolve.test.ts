import * as fs from "fs";
import * as path from "path";
import {
  cloneDefaultConfig,
  defaultConfig,
  effectiveInternalDomains,
  formatIssue,
  isInternalAddress,
  isRuleEnabled,
  organizationSchema,
  resolveConfig,
  ruleSeverity,
  validateOrganizationConfig,
} from "../../../src/core/config";
import type { ConfigIssue } from "../../../src/core/config";

const preview = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../src/preview/organization.json"), "utf8"));

function codes(issues: ConfigIssue[]): string[] {
  return issues.map((i) => `${i.path} ${i.code}`);
}

describe("resolveConfig", () => {
  it("accepts the Ādaži example config without errors or warnings", () => {
    const { config, errors, warnings } = resolveConfig(preview);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(config.organization.name.lv).toBe("Ādažu novada pašvaldība");
    expect(config.profile).toBe("adazi-2023");
    expect(config.internalDomains).toEqual(["adazi.lv", "adazunovads.lv"]);
    expect(config.links.length).toBeGreaterThanOrEqual(5);
    expect(config.specialists[0].topics).toContain("iesniegumi");
    // Defaults fill what the file leaves out.
    expect(config.onSend.rules).toEqual(defaultConfig.onSend.rules);
    expect(config.onSend.budgetMs).toBe(3000);
    expect(config.signature.requiredFields).toHaveLength(6);
  });

  it.each([undefined, null, ""])("with no file (%p) gives the defaults and reports nothing", (raw) => {
    const { config, errors, warnings } = resolveConfig(raw);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(config).toEqual(defaultConfig);
  });

  it("returns copies: changing a result never changes the defaults", () => {
    const a = resolveConfig(undefined).config;
    a.knownWords.push("x");
    a.onSend.rules.pop();
    expect(defaultConfig.knownWords).toEqual([]);
    expect(cloneDefaultConfig().onSend.rules).toHaveLength(8);
  });

  it("parses JSON text and names the line and column of a syntax error", () => {
    const ok = resolveConfig('{ "profile": "riga" }');
    expect(ok.config.profile).toBe("riga");
    const bad = resolveConfig('{\n  "profile": "riga",\n}');
    expect(codes(bad.errors)).toEqual([" json-syntax"]);
    expect(bad.errors[0].message.en).toMatch(/line 3, column 1/);
    expect(bad.errors[0].message.lv).toMatch(/3\. rinda/);
    expect(bad.config).toEqual(defaultConfig);
  });

  it("rejects a root that is not an object", () => {
    expect(codes(resolveConfig([1, 2]).errors)).toEqual([" root-type"]);
    expect(codes(resolveConfig(42).errors)).toEqual([" root-type"]);
  });

  it("reports wrong types with the path, drops the value and keeps the default", () => {
    const { config, errors } = resolveConfig({
      sentenceLimit: "25",
      englishReplies: "yes",
      internalDomains: "adazi.lv",
      organization: { name: "Ādažu novada pašvaldība", phone: "67997005" },
    });
    expect(codes(errors).sort()).toEqual(
      ["/englishReplies type", "/internalDomains type", "/organization/name type", "/sentenceLimit type"].sort(),
    );
    const limit = errors.find((e) => e.path === "/sentenceLimit")!;
    expect(limit.message.lv).toContain("vesels skaitlis");
    expect(limit.message.en).toContain("found text, expected a whole number");
    expect(config.sentenceLimit).toBe(25);
    expect(config.englishReplies).toBe(false);
    expect(config.internalDomains).toEqual([]);
    expect(config.organization.phone).toBe("67997005");
    expect(config.organization.name).toEqual({ lv: "" });
  });

  it("reports unknown keys, suggests the intended one and ignores them", () => {
    const { config, errors } = resolveConfig({
      internalDomain: ["adazi.lv"],
      organization: { name: { lv: "X" }, webiste: "https://x.lv" },
      rules: { "long-sentences": { enabled: false }, jargon: { enabled: false, level: 2 } },
    });
    const byPath = new Map(errors.map((e) => [e.path, e]));
    expect(byPath.get("/internalDomain")?.code).toBe("unknown-key");
    expect(byPath.get("/internalDomain")?.fix.en).toContain("“internalDomains”");
    expect(byPath.get("/organization/webiste")?.fix.lv).toContain("“website”");
    expect(byPath.get("/rules/long-sentences")?.code).toBe("unknown-rule");
    expect(byPath.get("/rules/long-sentences")?.fix.en).toContain("“long-sentence”");
    expect(byPath.get("/rules/jargon/level")?.code).toBe("unknown-key");
    expect(config.internalDomains).toEqual([]);
    expect(config.rules.jargon).toEqual({ enabled: false });
    expect(isRuleEnabled(config, "jargon")).toBe(false);
    expect(isRuleEnabled(config, "greeting")).toBe(true);
  });

  it("reports values outside the allowed set with the allowed values", () => {
    const { config, errors } = resolveConfig({
      profile: "adazi",
      onSend: { mode: "blok", rules: ["greeting", "spelling-check"] },
      rules: { tone: { severity: "fatal" } },
      version: 2,
    });
    const byPath = new Map(errors.map((e) => [e.path, e]));
    expect(byPath.get("/profile")?.code).toBe("enum");
    expect(byPath.get("/profile")?.fix.en).toContain("adazi-2023");
    expect(byPath.get("/onSend/mode")?.fix.lv).toContain("“block”");
    expect(byPath.get("/onSend/rules/1")?.code).toBe("enum");
    expect(byPath.get("/rules/tone/severity")?.code).toBe("enum");
    expect(byPath.get("/version")?.code).toBe("const");
    expect(config.profile).toBe("adazi-2023");
    expect(config.onSend.mode).toBe("block");
    expect(config.onSend.rules).toEqual(["greeting"]);
    expect(ruleSeverity(config, "tone", "warning")).toBe("warning");
  });

  it("drops list items that lack required fields", () => {
    const { config, errors } = resolveConfig({
      links: [{ title: "Bez adreses" }, { title: "Ar adresi", url: "https://www.adazunovads.lv/" }],
      specialists: [{ name: "Jānis" }],
    });
    expect(codes(errors).sort()).toEqual(["/links/0/url required", "/specialists/0/position required"]);
    expect(config.links.map((l) => l.title)).toEqual(["Ar adresi"]);
    expect(config.links[0]).toEqual({ title: "Ar adresi", url: "https://www.adazunovads.lv/", kind: "service", tags: [] });
    expect(config.specialists).toEqual([]);
  });

  it("warns about http links and rejects broken or dangerous ones", () => {
    const { config, errors, warnings } = resolveConfig({
      organization: { website: "www.adazi.lv" },
      links: [
        { title: "Vecā lapa", url: "http://old.adazi.lv/" },
        { title: "Skripts", url: "javascript:alert(1)" },
        { title: "Atstarpe", url: "https://www.adazi .lv/" },
        { title: "Bez vietnes", url: "https://" },
        { title: "Ar portu", url: "https://likumi.lv:443/ta/id/164501" },
      ],
    });
    expect(codes(warnings)).toEqual(["/links/0/url url-not-https"]);
    expect(warnings[0].fix.en).toContain("https://old.adazi.lv");
    expect(codes(errors).sort()).toEqual(
      ["/links/1/url url-invalid", "/links/2/url url-invalid", "/links/3/url url-invalid", "/organization/website url-invalid"].sort(),
    );
    expect(errors.find((e) => e.path === "/links/1/url")!.message.en).toContain("“javascript:” scheme");
    expect(errors.find((e) => e.path === "/organization/website")!.message.lv).toContain("trūkst “https://”");
    expect(config.links.map((l) => l.title)).toEqual(["Vecā lapa", "Ar portu"]);
    expect(config.organization.website).toBe("");
  });

  it("rejects duplicate link titles, ignoring case and surrounding spaces", () => {
    const { config, errors } = resolveConfig({
      links: [
        { title: "Iesniegumu likums", url: "https://likumi.lv/ta/id/164501" },
        { title: " iesniegumu likums ", url: "https://likumi.lv/ta/id/164501-iesniegumu-likums" },
      ],
    });
    expect(codes(errors)).toEqual(["/links/1/title duplicate-title"]);
    expect(errors[0].message.lv).toContain("/links/0");
    expect(config.links).toHaveLength(1);
  });

  it("rejects invalid domains with a reason and normalises good ones", () => {
    const { config, errors } = resolveConfig({
      internalDomains: ["Adazi.LV", "@adazunovads.lv", "https://adazi.lv", "dome@adazi.lv", "adazi", "ad_azi.lv", "adazi.lv"],
    });
    expect(codes(errors)).toEqual([
      "/internalDomains/2 domain-invalid",
      "/internalDomains/3 domain-invalid",
      "/internalDomains/4 domain-invalid",
      "/internalDomains/5 domain-invalid",
    ]);
    expect(errors[0].fix.en).toContain("without “https://”");
    expect(errors[1].fix.lv).toContain("nevis e-pasta adresi");
    expect(config.internalDomains).toEqual(["adazi.lv", "adazunovads.lv"]);
  });

  it("checks e-mail addresses, phone numbers and dates", () => {
    const { config, errors, warnings } = resolveConfig({
      organization: { email: "dome(at)adazi.lv", phone: "zvaniet" },
      specialists: [{ name: "A", position: "B", email: "a@adazi.lv", phone: "+371 67 997 005" }],
      calendar: {
        holidays: [{ date: "2026-02-30" }, { date: "2026-06-22", name: "Papildu brīvdiena" }, { date: "22.06.2026" }],
        workingDayTransfers: [
          { dayOff: "2026-01-02", workday: "2026-01-17" },
          { dayOff: "2026-05-05", workday: "2026-05-06" },
        ],
      },
    });
    expect(codes(errors).sort()).toEqual(
      [
        "/organization/email email-invalid",
        "/organization/phone phone-invalid",
        "/calendar/holidays/0/date date",
        "/calendar/holidays/2/date date",
      ].sort(),
    );
    expect(codes(warnings)).toEqual(["/calendar/workingDayTransfers/1/workday transfer-not-weekend"]);
    expect(config.calendar.holidays).toEqual([{ date: "2026-06-22", name: "Papildu brīvdiena" }]);
    expect(config.calendar.workingDayTransfers).toHaveLength(2);
    expect(config.specialists[0].phone).toBe("+371 67 997 005");
  });

  it("validates jargon additions", () => {
    const { config, errors } = resolveConfig({
      jargon: { add: [{ phrase: "veik* apmaks*", alternatives: ["samaksāt"] }, { phrase: "***", alternatives: ["x"] }, { phrase: "y", alternatives: [] }] },
    });
    expect(codes(errors).sort()).toEqual(["/jargon/add/1/phrase phrase-invalid", "/jargon/add/2/alternatives empty-list"].sort());
    expect(config.jargon.add).toEqual([{ phrase: "veik* apmaks*", alternatives: ["samaksāt"] }]);
  });

  it("formats an issue as one line naming path, problem and fix", () => {
    const { errors } = resolveConfig({ sentenceLimit: 5 });
    expect(formatIssue(errors[0], "en")).toBe("/sentenceLimit: 5 is out of range (at least 10). Choose a value within the range.");
    expect(formatIssue(errors[0], "lv")).toMatch(/^\/sentenceLimit: Skaitlis 5 ir ārpus atļautā \(vismaz 10\)\./);
  });

  it("never throws on arbitrary JSON values", () => {
    const samples: unknown[] = [
      { links: [null, 1, "x", [], {}] },
      { organization: [] },
      { rules: { greeting: null } },
      { calendar: { holidays: [{}], workingDayTransfers: [{ dayOff: 1 }] } },
      { onSend: { rules: [null] } },
      { "": { "": "" } },
    ];
    for (const s of samples) {
      const r = resolveConfig(s);
      expect(r.errors.length).toBeGreaterThan(0);
      expect(r.config.version).toBe(1);
    }
  });
});

describe("the loader adapter", () => {
  it("is ok for a good file and lists messages for a bad one", () => {
    expect(validateOrganizationConfig(preview).ok).toBe(true);
    const bad = validateOrganizationConfig({ profile: "x" }, "en");
    expect(bad.ok).toBe(false);
    expect(bad.messages[0]).toMatch(/^\/profile: Value "x" is not allowed\./);
    expect(bad.config.profile).toBe("adazi-2023");
  });
});

describe("internal domains", () => {
  it("uses the configured domains, else the user's own domain", () => {
    const c = cloneDefaultConfig();
    expect(effectiveInternalDomains(c, "Ilze.Kalnina@Adazi.LV")).toEqual(["adazi.lv"]);
    expect(effectiveInternalDomains(c)).toEqual([]);
    c.internalDomains = ["adazunovads.lv"];
    expect(effectiveInternalDomains(c, "x@adazi.lv")).toEqual(["adazunovads.lv"]);
  });

  it("matches the domain and its subdomains only", () => {
    expect(isInternalAddress("a@adazi.lv", ["adazi.lv"])).toBe(true);
    expect(isInternalAddress("a@skola.adazi.lv", ["adazi.lv"])).toBe(true);
    expect(isInternalAddress("a@notadazi.lv", ["adazi.lv"])).toBe(false);
    expect(isInternalAddress("a@adazi.lv.example.com", ["adazi.lv"])).toBe(false);
  });
});

describe("schema", () => {
  it("describes every top-level field of the resolved config", () => {
    const props = Object.keys((organizationSchema as { properties: object }).properties).filter((k) => k !== "$schema");
    expect(props.sort()).toEqual(Object.keys(defaultConfig).sort());
  });
});
