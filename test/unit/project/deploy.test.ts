/**
 * The hosting samples in deploy/ carry the add-in's security headers exactly as scripts/csp.js has
 * them, so the samples cannot drift from the pages' own policy; and they keep manifests and the
 * organization's config out of caches. (test/e2e/nginx.e2e.ts serves a build with the nginx sample.)
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CSP } = require("../../../scripts/csp.js") as { CSP: string };

const DEPLOY = path.join(__dirname, "..", "..", "..", "deploy");
const read = (...parts: string[]) => fs.readFileSync(path.join(DEPLOY, ...parts), "utf8");
const HSTS = "max-age=31536000; includeSubDomains";

/** The lines between `opening` and the next line that is only "}" (nginx blocks in the sample are indented). */
function blockBody(text: string, opening: string): string {
  const start = text.indexOf(opening);
  if (start < 0) throw new Error(`no "${opening}"`);
  const end = text.indexOf("\n}", start);
  return text.slice(start + opening.length, end);
}

describe("deploy/nginx/atbilde.conf", () => {
  const conf = read("nginx", "atbilde.conf");
  const directives = conf
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter(Boolean);
  const headers = new Map(
    directives
      .filter((d) => d.startsWith("add_header "))
      .map((d) => {
        const m = /^add_header (\S+) (?:"([^"]*)"|(\S+)) always;$/.exec(d);
        if (!m) throw new Error(`add_header without "always" or unparsed: ${d}`);
        return [m[1], m[2] ?? m[3]] as const;
      }),
  );
  const cacheMap = new Map(
    // The map's body runs to the first line that is a lone "}" (its regexes contain braces: {8}).
    blockBody(conf, "map $uri $atbilde_cache_control {")
      .split("\n")
      .map((line) => /^\s*("[^"]*"|\S+)\s+"([^"]*)";/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1].replace(/^"|"$/g, ""), m[2]] as const),
  );

  /** What the map gives a path: exact match, then the first regular expression, then the default. */
  function cacheControlFor(uri: string): string | undefined {
    if (cacheMap.has(uri)) return cacheMap.get(uri);
    for (const [source, value] of cacheMap) {
      if (source.startsWith("~") && new RegExp(source.slice(1)).test(uri)) return value;
    }
    return cacheMap.get("default");
  }

  it("sends exactly the CSP of scripts/csp.js, HSTS, nosniff and Referrer-Policy on every response", () => {
    expect(headers.get("Content-Security-Policy")).toBe(CSP);
    expect(headers.get("Strict-Transport-Security")).toBe(HSTS);
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(headers.get("Cache-Control")).toBe("$atbilde_cache_control");
  });

  it("sets headers only at server level (an add_header in a location would drop the others there)", () => {
    const locationBodies = conf.replace(/#[^\n]*/g, "").match(/location [^{]*\{[^}]*\}/g) ?? [];
    expect(locationBodies.length).toBeGreaterThan(0);
    for (const body of locationBodies) expect(body).not.toContain("add_header");
  });

  it("never frames-denies (Outlook shows the add-in in its frames)", () => {
    expect(directives.join("\n")).not.toMatch(/X-Frame-Options|frame-ancestors/i);
  });

  it.each([
    ["/manifest.xml", "no-cache"],
    ["/manifest-block.xml", "no-cache"],
    ["/organization.json", "no-cache"],
    ["/.well-known/microsoft-officeaddins-allowed.json", "no-cache"],
    ["/taskpane.html", "no-cache"],
    ["/commands.html", "no-cache"],
    ["/launchevent.js", "no-cache"],
    ["/spelling-worker.js", "no-cache"],
    ["/assets/spelling/manifest.json", "no-cache"],
    ["/assets/icon-32.png", "no-cache"],
    ["/taskpane.2db79627.js", "public, max-age=31536000, immutable"],
    ["/chunk.0adc96d6.js", "public, max-age=31536000, immutable"],
    ["/assets/spelling/lv.17704fdb90bc1f5e.dawg", "public, max-age=31536000, immutable"],
  ])("Cache-Control of %s is %s", (uri, expected) => {
    expect(cacheControlFor(uri)).toBe(expected);
  });

  it.each([
    ["js", "text/javascript"],
    ["json", "application/json"],
    ["xml", "application/xml"],
    ["dawg", "application/octet-stream"],
    ["webmanifest", "application/manifest+json"],
    ["html", "text/html"],
    ["png", "image/png"],
  ])("serves .%s as %s", (ext, type) => {
    const types = /types \{([^}]*)\}/.exec(conf)?.[1] ?? "";
    const line = types.split("\n").find((l) => l.trim().split(/\s+/).slice(1).includes(`${ext};`) || l.trim().split(/\s+/).slice(1).includes(ext));
    expect(line?.trim().split(/\s+/)[0]).toBe(type);
  });

  it("redirects http to https and listens with TLS", () => {
    expect(directives).toContain("return 301 https://$host$request_uri;");
    expect(directives).toContain("listen 443 ssl;");
    expect(directives).toContain("root /srv/atbilde/dist;");
  });
});

describe("deploy/iis/web.config", () => {
  const doc = new DOMParser().parseFromString(read("iis", "web.config"), "text/xml");
  const all = (name: string) => Array.from(doc.getElementsByTagName(name));
  const customHeaders = new Map(
    all("customHeaders")
      .flatMap((h) => Array.from(h.getElementsByTagName("add")))
      .map((a) => [a.getAttribute("name"), a.getAttribute("value")] as const),
  );
  /** The clientCache in force for a location path ("" = the site). */
  function clientCache(locationPath: string) {
    const scope =
      locationPath === ""
        ? all("configuration")[0].getElementsByTagName("system.webServer")[0]
        : all("location").find((l) => l.getAttribute("path") === locationPath);
    const cache = scope?.getElementsByTagName("clientCache")[0];
    return cache ? { mode: cache.getAttribute("cacheControlMode"), maxAge: cache.getAttribute("cacheControlMaxAge") } : undefined;
  }

  it("sends exactly the CSP of scripts/csp.js, HSTS, nosniff and Referrer-Policy", () => {
    expect(customHeaders.get("Content-Security-Policy")).toBe(CSP);
    expect(customHeaders.get("Strict-Transport-Security")).toBe(HSTS);
    expect(customHeaders.get("X-Content-Type-Options")).toBe("nosniff");
    expect(customHeaders.get("Referrer-Policy")).toBe("no-referrer");
    expect([...customHeaders.keys()].join(" ")).not.toMatch(/X-Frame-Options/i);
  });

  it("disables caching site-wide and, explicitly, for the manifests, organization.json and /.well-known/", () => {
    for (const p of ["", "manifest.xml", "manifest-block.xml", "organization.json", ".well-known", "assets/spelling/manifest.json"]) {
      expect({ path: p, mode: clientCache(p)?.mode }).toEqual({ path: p, mode: "DisableCache" });
    }
    expect(clientCache("assets/spelling")).toEqual({ mode: "UseMaxAge", maxAge: "365.00:00:00" });
  });

  it.each([
    [".json", /^application\/json\b/],
    [".dawg", /^application\/octet-stream$/],
    [".webmanifest", /^application\/manifest\+json$/],
    [".js", /^text\/javascript\b/],
  ])("maps %s, removing IIS's own mapping first", (ext, type) => {
    const maps = all("mimeMap").filter((m) => m.getAttribute("fileExtension") === ext);
    expect(maps).toHaveLength(1);
    expect(maps[0].getAttribute("mimeType")).toMatch(type);
    expect(all("remove").some((r) => r.getAttribute("fileExtension") === ext)).toBe(true);
  });
});

describe("deploy/azure-static-web-apps/staticwebapp.config.json", () => {
  const config = JSON.parse(read("azure-static-web-apps", "staticwebapp.config.json")) as {
    routes: { route: string; headers?: Record<string, string> }[];
    globalHeaders: Record<string, string>;
    mimeTypes: Record<string, string>;
  };

  /** Static Web Apps: the first route that matches wins (wildcards only at the end, with optional extension filter). */
  function routeFor(uri: string) {
    return config.routes.find(({ route }) => {
      const star = route.indexOf("*");
      if (star < 0) return route === uri;
      const prefix = route.slice(0, star);
      const suffix = route.slice(star + 1);
      return uri.startsWith(prefix) && uri.endsWith(suffix);
    });
  }
  const cacheControlFor = (uri: string) => routeFor(uri)?.headers?.["Cache-Control"] ?? config.globalHeaders["Cache-Control"];

  it("sends exactly the CSP of scripts/csp.js, HSTS, nosniff and Referrer-Policy on every response", () => {
    expect(config.globalHeaders["Content-Security-Policy"]).toBe(CSP);
    expect(config.globalHeaders["Strict-Transport-Security"]).toBe(HSTS);
    expect(config.globalHeaders["X-Content-Type-Options"]).toBe("nosniff");
    expect(config.globalHeaders["Referrer-Policy"]).toBe("no-referrer");
    expect(Object.keys(config.globalHeaders).join(" ")).not.toMatch(/X-Frame-Options/i);
  });

  it.each([
    ["/manifest.xml", "no-cache"],
    ["/manifest-block.xml", "no-cache"],
    ["/organization.json", "no-cache"],
    ["/.well-known/microsoft-officeaddins-allowed.json", "no-cache"],
    ["/taskpane.html", "no-cache"],
    ["/launchevent.js", "no-cache"],
    ["/assets/spelling/manifest.json", "no-cache"],
    ["/assets/spelling/lv.17704fdb90bc1f5e.dawg", "public, max-age=31536000, immutable"],
  ])("Cache-Control of %s is %s", (uri, expected) => {
    expect(cacheControlFor(uri)).toBe(expected);
  });

  it("maps .json, .dawg, .webmanifest and .js", () => {
    expect(config.mimeTypes).toMatchObject({
      ".json": "application/json",
      ".dawg": "application/octet-stream",
      ".webmanifest": "application/manifest+json",
      ".js": "text/javascript",
    });
  });
});
