/**
 * The nginx hosting sample (deploy/nginx/atbilde.conf), for real: Debian's nginx serves a build on
 * loopback with the sample's server block, and we check the response headers and that the task pane
 * loads in headless Chromium without a single CSP violation.
 *
 * The sample is for production (TLS on 443, root /srv/atbilde/dist). The test derives a loopback
 * configuration from it, changing only what cannot work here, and fails if any of these anchors is
 * gone (so it never silently tests something else):
 *   1. the port-80 `server { … return 301 https://… }` block is removed (no redirect without TLS);
 *   2. `listen 443 ssl;` becomes `listen 127.0.0.1:<free port>;`, `listen [::]:443 ssl;` is removed;
 *   3. every `ssl_*` directive is removed (no certificate here);
 *   4. `root /srv/atbilde/dist;` becomes `root <the build folder>;`.
 * Everything else — the map, types, charset, gzip and every add_header — is the sample verbatim,
 * wrapped in a minimal nginx.conf whose logs, pid and temporary files live in a temp folder.
 *
 * nginx is /usr/sbin/nginx (or NGINX_PATH). Without it the suite is skipped with the reason printed,
 * except under CI=true, where that is a failure (CI installs it: apt-get install -y nginx).
 */
import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { describeWithBrowser, launch, PageWatch } from "./browser";
import { PREVIEW_DIR } from "./server";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CSP } = require("../../scripts/csp.js") as { CSP: string };

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "deploy", "nginx", "atbilde.conf");
const NGINX = process.env.NGINX_PATH || "/usr/sbin/nginx";
const IMMUTABLE = "public, max-age=31536000, immutable";

/** describe() when nginx exists; otherwise skips with the reason, or fails under CI=true. */
function describeWithNginx(name: string, body: () => void): void {
  if (fs.existsSync(NGINX)) {
    describe(name, body);
    return;
  }
  const reason = `${NGINX} not found (Debian: apt-get install -y nginx; or set NGINX_PATH)`;
  if (process.env.CI === "true") {
    describe(name, () => {
      it("needs nginx under CI=true", () => {
        throw new Error(`e2e: ${reason}`);
      });
    });
    return;
  }
  console.warn(`Skipping e2e "${name}": ${reason}.`);
  describe.skip(name, body);
}

/** Replaces exactly one match, failing when the sample no longer has the anchor. */
function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g")) ?? [];
  if (matches.length !== 1) throw new Error(`deploy/nginx/atbilde.conf changed: expected one ${what}, found ${matches.length}`);
  return text.replace(pattern, replacement);
}

/** The sample's server block, made to listen on loopback without TLS and serve `root` (steps 1–4 above). */
export function loopbackSite(sample: string, port: number, root: string): string {
  let site = replaceOnce(sample, /server \{[^{}]*listen 80;[^{}]*return 301 https:[^{}]*\}\n/, "", "port-80 redirect block");
  site = replaceOnce(site, /listen 443 ssl;/, `listen 127.0.0.1:${port};`, "`listen 443 ssl;`");
  site = replaceOnce(site, /\n[ \t]*listen \[::\]:443 ssl;/, "", "`listen [::]:443 ssl;`");
  if (!/\n[ \t]*ssl_certificate /.test(site)) throw new Error("deploy/nginx/atbilde.conf changed: no ssl_certificate directive");
  site = site.replace(/\n[ \t]*ssl_[^;\n]*;/g, "");
  site = replaceOnce(site, /root \/srv\/atbilde\/dist;/, `root ${root};`, "`root /srv/atbilde/dist;`");
  return site;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The folder nginx serves: the preview build, made into a temp folder when there is none. */
async function servedFolder(): Promise<{ dir: string; temporary: boolean }> {
  if (fs.existsSync(path.join(PREVIEW_DIR, "index.html"))) return { dir: PREVIEW_DIR, temporary: false };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-nginx-build-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const build = require("../../scripts/build.js") as { run: (args: Record<string, unknown>) => Promise<void> };
  await build.run({ preview: true, quiet: true, out: dir });
  return { dir, temporary: true };
}

describeWithNginx("nginx hosting sample (deploy/nginx/atbilde.conf)", () => {
  let work: string;
  let served: { dir: string; temporary: boolean };
  let nginx: ChildProcess | undefined;
  let nginxOutput = "";
  let base: string;

  beforeAll(async () => {
    served = await servedFolder();
    work = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-nginx-"));
    const port = await freePort();
    const site = loopbackSite(fs.readFileSync(SAMPLE, "utf8"), port, served.dir);
    const temp = (name: string) => path.join(work, name);
    fs.writeFileSync(temp("site.conf"), site);
    fs.writeFileSync(
      temp("nginx.conf"),
      [
        // As root, workers would run as nobody/www-data and could not read a 0700 temp folder.
        process.getuid?.() === 0 ? "user root;" : "",
        "worker_processes 1;",
        "events { worker_connections 64; }",
        "http {",
        `  access_log ${temp("access.log")};`,
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${temp(t)};`),
        `  include ${temp("site.conf")};`,
        "}",
        "",
      ].join("\n"),
    );
    nginx = spawn(NGINX, ["-p", work, "-e", temp("error.log"), "-c", temp("nginx.conf"), "-g", `daemon off; pid ${temp("nginx.pid")}; error_log ${temp("error.log")};`], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    nginx.stdout?.on("data", (d: Buffer) => (nginxOutput += d.toString()));
    nginx.stderr?.on("data", (d: Buffer) => (nginxOutput += d.toString()));
    base = `http://127.0.0.1:${port}`;
    const started = Date.now();
    for (;;) {
      if (nginx.exitCode !== null) {
        const log = fs.existsSync(temp("error.log")) ? fs.readFileSync(temp("error.log"), "utf8") : "";
        throw new Error(`nginx exited with ${nginx.exitCode}: ${nginxOutput}${log}`);
      }
      try {
        await fetch(`${base}/index.html`);
        break;
      } catch {
        if (Date.now() - started > 10000) throw new Error(`nginx did not answer on ${base} within 10 s: ${nginxOutput}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }, 300000);

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx?.once("exit", r));
      nginx.kill("SIGTERM");
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
      clearTimeout(timer);
      if (nginx.exitCode === null) nginx.kill("SIGKILL");
    }
    if (work) fs.rmSync(work, { recursive: true, force: true });
    if (served?.temporary) fs.rmSync(served.dir, { recursive: true, force: true });
  });

  async function head(urlPath: string): Promise<Response> {
    const response = await fetch(base + urlPath);
    await response.arrayBuffer();
    return response;
  }

  function firstFile(dir: string, pattern: RegExp): string {
    const name = fs.readdirSync(path.join(served.dir, dir)).find((f) => pattern.test(f));
    if (!name) throw new Error(`no file like ${pattern} in ${path.join(served.dir, dir)}`);
    return `${dir ? `/${dir}` : ""}/${name}`;
  }

  it("derives the loopback configuration from the sample by the four documented changes only", () => {
    const sample = fs.readFileSync(SAMPLE, "utf8");
    const site = loopbackSite(sample, 8123, "/tmp/x");
    expect(site).toContain("listen 127.0.0.1:8123;");
    expect(site).not.toMatch(/ssl|listen 80;|listen \[::\]/);
    const removed = sample.split("\n").filter((line) => !site.includes(line.trim()) && line.trim() !== "");
    expect(removed.every((l) => /listen|ssl_|server_name|return 301|root|^\s*[{}]\s*$|^server \{$/.test(l))).toBe(true);
    for (const line of sample.split("\n").filter((l) => /add_header|map \$uri|"~|charset/.test(l))) expect(site).toContain(line);
  });

  it.each([
    ["/index.html", /^text\/html; charset=utf-8$/, "no-cache"],
    ["/taskpane.html", /^text\/html; charset=utf-8$/, "no-cache"],
    ["/manifest.xml", /^application\/xml; charset=utf-8$/, "no-cache"],
    ["/organization.json", /^application\/json; charset=utf-8$/, "no-cache"],
    ["/.well-known/microsoft-officeaddins-allowed.json", /^application\/json; charset=utf-8$/, "no-cache"],
    ["/spelling-worker.js", /^text\/javascript; charset=utf-8$/, "no-cache"],
    ["/assets/icon-32.png", /^image\/png$/, "no-cache"],
  ])("%s: %s, Cache-Control %s, and the security headers", async (urlPath, type, cache) => {
    const r = await head(urlPath);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(type);
    expect(r.headers.get("cache-control")).toBe(cache);
    expect(r.headers.get("content-security-policy")).toBe(CSP);
    expect(r.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("caches content-hashed scripts and word lists for a year, as the right types", async () => {
    const js = await head(firstFile("", /^taskpane\.[0-9a-f]{8}\.js$/));
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toBe(IMMUTABLE);
    expect(js.headers.get("content-security-policy")).toBe(CSP);
    const dawg = await head(firstFile("assets/spelling", /^lv\.[0-9a-f]{16}\.dawg$/));
    expect(dawg.status).toBe(200);
    expect(dawg.headers.get("content-type")).toBe("application/octet-stream");
    expect(dawg.headers.get("cache-control")).toBe(IMMUTABLE);
  });

  it("sends the security headers with errors too, and hides dot-files but not /.well-known/", async () => {
    const missing = await head("/no-such-file.js");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-security-policy")).toBe(CSP);
    expect(missing.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await head("/.git/config")).status).toBe(404);
    expect((await head("/.well-known/microsoft-officeaddins-allowed.json")).status).toBe(200);
  });

  describeWithBrowser("in headless Chromium", (browserPath) => {
    let context: BrowserContext;
    let profile: string;
    let page: Page;
    let watch: PageWatch;

    beforeAll(async () => {
      ({ context, profile } = await launch(browserPath));
      watch = new PageWatch(context, base);
      page = await context.newPage();
    });

    afterAll(async () => {
      await context?.close();
      if (profile) fs.rmSync(profile, { recursive: true, force: true });
    });

    it("loads the preview and its task pane under the sample's headers with no CSP violation", async () => {
      await page.goto(`${base}/index.html`);
      const handle = await page.waitForSelector('[data-testid="taskpane-frame"]');
      const frame = await handle.contentFrame();
      if (!frame) throw new Error("task pane frame has no content");
      await frame.waitForSelector('[data-testid="item-card"]', { timeout: 30000 });
      // Let late work (office.js start-up, lazy chunks) run before judging.
      await page.waitForTimeout(1000);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.outsideRequests).toEqual([]);
      expect(watch.failedResponses).toEqual([]);
    });
  });
});
