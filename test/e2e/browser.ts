/**
 * Finds a Chromium-family browser for the e2e tests and starts the preview server.
 * Order: CHROMIUM_PATH, Debian's chromium, then an installed Chrome or Edge. Without one the tests
 * skip with a printed reason, except under CI=true, where a missing browser is a failure.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from "playwright-core";
import type { Server } from "http";
import { servePreview } from "./server";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/microsoft-edge",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
  "C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe",
];

export function findBrowser(): { path: string | null; reason: string } {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return fs.existsSync(fromEnv) ? { path: fromEnv, reason: "CHROMIUM_PATH" } : { path: null, reason: `CHROMIUM_PATH=${fromEnv} does not exist` };
  }
  const found = CANDIDATES.find((c) => fs.existsSync(c));
  return found ? { path: found, reason: found } : { path: null, reason: "no Chromium, Chrome or Edge found (set CHROMIUM_PATH)" };
}

/** describe() when a browser exists; otherwise skips, or fails under CI=true. */
export function describeWithBrowser(name: string, body: (browserPath: string) => void): void {
  const { path: browserPath, reason } = findBrowser();
  if (browserPath) {
    describe(name, () => body(browserPath));
    return;
  }
  if (process.env.CI === "true") {
    describe(name, () => {
      it("needs a browser under CI=true", () => {
        throw new Error(`e2e: ${reason}; CI must install one (apt-get install -y chromium)`);
      });
    });
    return;
  }
  console.warn(`Skipping e2e "${name}": ${reason}.`);
  describe.skip(name, () => body(""));
}

export const BROWSER_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export async function launch(browserPath: string): Promise<{ browser: Browser | null; context: BrowserContext; profile: string }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    args: BROWSER_ARGS,
    headless: true,
    viewport: { width: 1400, height: 900 },
  });
  return { browser: context.browser(), context, profile };
}

/** Records what the e2e tests must never see: console errors, page errors, CSP violations, outside requests. */
export class PageWatch {
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  readonly cspViolations: string[] = [];
  readonly outsideRequests: string[] = [];
  readonly failedResponses: string[] = [];

  constructor(context: BrowserContext, allowedOrigin: string) {
    // Every frame reports CSP violations to the console, where we collect them.
    void context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} in ${e.sourceFile || location.href}`);
      });
    });
    context.on("page", (page) => this.watchPage(page));
    for (const page of context.pages()) this.watchPage(page);
    context.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(allowedOrigin) && !/^(data|blob|about):/.test(url)) this.outsideRequests.push(url);
    });
    context.on("response", (response) => {
      if (response.status() >= 400) this.failedResponses.push(`${response.status()} ${response.url()}`);
    });
  }

  private watchPage(page: import("playwright-core").Page): void {
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      // Chromium reports HTTP errors as console errors without the URL; failedResponses has them.
      if (text.startsWith("Failed to load resource")) return;
      (text.startsWith("CSP violation") ? this.cspViolations : this.consoleErrors).push(text);
    });
    page.on("pageerror", (error) => this.pageErrors.push(error.message));
  }
}

/**
 * The preview's task pane frame, once it shows the open item. The preview re-creates the iframe
 * when Office's language or the config changes, so a stale handle is retried until it settles.
 */
export async function taskPaneFrame(page: Page, timeoutMs = 20000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await page.waitForSelector('[data-testid="taskpane-frame"]');
      const frame = await handle.contentFrame();
      if (frame && !frame.isDetached()) {
        await frame.waitForSelector('[data-testid="item-card"]', { timeout: 2000 });
        return frame;
      }
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    if (Date.now() > deadline) throw new Error("task pane frame has no content");
    await page.waitForTimeout(100);
  }
}

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core's WCAG 2.1 A/AA violations in a page or frame, one line each ("id (impact) help at
 * targets"). axe is evaluated through the DevTools protocol, which the page's CSP does not govern.
 */
export async function axeViolations(target: Frame | Page): Promise<string[]> {
  // A dialog still fading in has half its final contrast: let running animations and transitions
  // finish first (bounded), so axe judges what the user sees once it settles.
  await target.evaluate(() =>
    Promise.race([Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))), new Promise((done) => setTimeout(done, 2000))]),
  );
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async () => {
    type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: Violation[] }> } };
    // Fluent's focus manager (tabster) adds aria-hidden focus sentinels on purpose: not content.
    const result = await w.axe.run({ exclude: [["[data-tabster-dummy]"]] }, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => `${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/**
 * The preview served and open in one browser page for a describe block: registers the beforeAll
 * that serves the build, launches the browser and opens the page, and the afterAll that closes
 * them. Read `page` inside tests (it is set once beforeAll has run).
 */
export function usePreviewPage(browserPath: string, prepare?: (page: Page) => Promise<void>): { readonly page: Page } {
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    let url: string;
    ({ server, url } = await servePreview());
    ({ context, profile } = await launch(browserPath));
    page = await context.newPage();
    await page.goto(url);
    if (prepare) await prepare(page);
  });
  afterAll(async () => {
    await context?.close();
    server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });
  return {
    get page(): Page {
      if (!page) throw new Error("the preview page is open only inside tests");
      return page;
    },
  };
}
