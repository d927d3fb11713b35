/**
 * Task pane budget (issue 7), measured in headless Chromium:
 *  - initial JavaScript of the production task pane ≤ 150 KB gzip (Office.js from the CDN excluded;
 *    issue 17: what the first view does not need loads on demand);
 *  - cold start, page load → the Check view's first results, ≤ 1 s in the production-mode preview
 *    (median of 7; issue 17; timed inside the pages, see below), and from the Check tab to its first
 *    results ≤ 1 s (no spelling);
 *  - a re-check of a 300-word draft (all rules but spelling) ≤ 100 ms p95, click to updated results.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { chromium } from "playwright-core";

const ROOT = path.join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { run: buildAddin } = require(path.join(ROOT, "scripts", "build.js")) as { run: (args: Record<string, unknown>) => Promise<void> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic } = require(path.join(ROOT, "scripts", "static-server.js")) as {
  serveStatic: (root: string, port?: number) => Promise<{ server: import("http").Server; url: string }>;
};

const BROWSERS = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean) as string[];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const SENTENCES = [
  "Paldies par Jūsu 2026. gada 18. novembra e-pastu par nekustamā īpašuma nodokļa atvieglojumu.",
  "Daudzbērnu ģimenēm pienākas atvieglojums 50 procentu apmērā no aprēķinātā nodokļa.",
  "Atvieglojumu piešķir par īpašumu, kurā ģimene ir deklarējusi dzīvesvietu.",
  "Iesniegumu var iesniegt portālā Latvija.gov.lv vai klātienē Klientu apkalpošanas centrā.",
  "Iesniegumam pievienojiet apliecinājumu par ģimenes sastāvu, ja tas nav redzams reģistros.",
  "Mēs izskatīsim Jūsu iesniegumu desmit darbdienu laikā un atbildi nosūtīsim uz Jūsu e-pastu.",
  "Ja atvieglojums tiek piešķirts, nodokļa paziņojumā to redzēsiet jau nākamajā maksājumā.",
];

function reply300(): string {
  const paragraphs: string[] = ["<p>Labdien, Bērziņa kungs!</p>"];
  let words = 0;
  let i = 0;
  while (words < 300) {
    const s = SENTENCES[i % SENTENCES.length];
    paragraphs.push(`<p>${s}</p>`);
    words += s.split(/\s+/).length;
    i++;
  }
  paragraphs.push("<p>Ja Jums rodas papildu jautājumi, lūdzu, sazinieties ar mani.</p><p>Paldies par Jūsu jautājumu!</p>");
  paragraphs.push("<p>Ar cieņu<br>Ilze Ozola<br>Klientu apkalpošanas speciāliste<br>Ādažu novada pašvaldība<br>Tālr. 67997005<br>E-pasts: ilze.ozola@adazi.lv<br>www.adazunovads.lv</p>");
  return paragraphs.join("");
}

export async function run(): Promise<{ ok: boolean }> {
  const results: [string, string, string, boolean][] = [];

  // 1. Initial JavaScript of the production build.
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-bench-dist-"));
  await buildAddin({ baseUrl: "https://addin.example.lv", out: outDir, quiet: true, dev: false });
  const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const gzipBytes = scripts.reduce((sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(outDir, src)), { level: 9 }).length, 0);
  results.push(["initial JS (gzip)", `${(gzipBytes / 1024).toFixed(1)} KB in ${scripts.length} file(s)`, "≤ 150 KB", gzipBytes <= 150 * 1024]);
  fs.rmSync(outDir, { recursive: true, force: true });

  const browserPath = BROWSERS.find((b) => fs.existsSync(b));
  if (!browserPath) {
    console.log("taskpane bench: no Chromium found (set CHROMIUM_PATH); browser figures skipped.");
  } else {
    const previewDir = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-bench-preview-"));
    await buildAddin({ preview: true, out: previewDir, quiet: true });
    const { server, url } = await serveStatic(previewDir, 0);
    const browser = await chromium.launch({
      executablePath: browserPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
    try {
      // 2. Navigation to the Check view → its first results (the pane already open on a draft, as
      // an employee has it), and, for information, a cold start: page load → first results.
      // The cold start is timed inside the pages: Playwright's waitForSelector polls with a backoff
      // (0, 20, 50, 100, 100, then every 500 ms), which once added up to 0.5 s to what it saw. A
      // MutationObserver in every frame notes when the Check summary enters the pane's DOM; the
      // figure runs from the preview page's navigation start (its timeOrigin) to that moment.
      const navigation: number[] = [];
      const cold: number[] = [];
      const pane: number[] = [];
      for (let i = 0; i < 7; i++) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        await context.addInitScript(() => {
          const w = window as unknown as { atbildeFirstResults?: number };
          new MutationObserver((_, observer) => {
            if (document.querySelector('[data-testid="check-summary"]')) {
              w.atbildeFirstResults = performance.timeOrigin + performance.now();
              observer.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });
        });
        const page = await context.newPage();
        await page.goto(`${url}?draft=draft-rinda`);
        const frame = (await (await page.waitForSelector('[data-testid="taskpane-frame"]')).contentFrame())!;
        await frame.waitForSelector('[data-testid="check-summary"]', { timeout: 20000 });
        const shown = await frame.evaluate(() => ({ at: (window as unknown as { atbildeFirstResults: number }).atbildeFirstResults, origin: performance.timeOrigin }));
        cold.push(shown.at - (await page.evaluate(() => performance.timeOrigin)));
        pane.push(shown.at - shown.origin);
        await frame.click('[data-testid="tab-draft"]');
        await frame.waitForSelector('[data-testid="draft-view"]');
        const t0 = await frame.evaluate(() => performance.now());
        await frame.click('[data-testid="tab-check"]');
        await frame.waitForSelector('[data-testid="check-summary"]');
        navigation.push((await frame.evaluate(() => performance.now())) - t0);
        await context.close();
      }
      navigation.sort((a, b) => a - b);
      cold.sort((a, b) => a - b);
      pane.sort((a, b) => a - b);
      results.push(["Check tab → first results", `median ${percentile(navigation, 50).toFixed(0)} ms (max ${navigation[navigation.length - 1].toFixed(0)})`, "≤ 1000 ms", percentile(navigation, 50) <= 1000]);
      results.push(["cold: page load → first results", `median ${percentile(cold, 50).toFixed(0)} ms (max ${cold[cold.length - 1].toFixed(0)})`, "≤ 1000 ms", percentile(cold, 50) <= 1000]);
      results.push(["  of which in the pane's own page", `median ${percentile(pane, 50).toFixed(0)} ms (max ${pane[pane.length - 1].toFixed(0)})`, "", true]);

      // 3. Re-check of a 300-word draft.
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${url}?draft=draft-rinda`);
      const frame = (await (await page.waitForSelector('[data-testid="taskpane-frame"]')).contentFrame())!;
      await frame.waitForSelector('[data-testid="check-summary"]');
      const body = reply300();
      await page.evaluate((b) => {
        const w = window as unknown as { atbildePreview: { mailbox: { updateComposeBody: (html: string) => void } } };
        w.atbildePreview.mailbox.updateComposeBody(b);
      }, body);
      const wall: number[] = [];
      const engine: number[] = [];
      for (let i = 0; i < 40; i++) {
        const before = Number(await frame.getAttribute('[data-testid="check-summary"]', "data-check-run"));
        await frame.click('[data-testid="check-run"]');
        await frame.waitForFunction((n) => Number(document.querySelector('[data-testid="check-summary"]')?.getAttribute("data-check-run")) > n, before);
        wall.push(Number(await frame.evaluate(() => document.body.dataset.lastCheckMs)));
        engine.push(Number(await frame.getAttribute('[data-testid="check-summary"]', "data-check-ms")));
      }
      wall.sort((a, b) => a - b);
      engine.sort((a, b) => a - b);
      const p95 = percentile(wall, 95);
      results.push(["re-check 300 words, start → on screen", `p95 ${p95.toFixed(1)} ms (median ${percentile(wall, 50).toFixed(1)})`, "≤ 100 ms p95", p95 <= 100]);
      results.push(["  of which parse + rules", `p95 ${percentile(engine, 95).toFixed(1)} ms (median ${percentile(engine, 50).toFixed(1)})`, "", true]);
      await context.close();
    } finally {
      await browser.close();
      server.close();
    }
  }

  for (const [what, value, target, ok] of results) {
    console.log(`${what.padEnd(38)} ${value.padEnd(42)} ${target.padEnd(14)} ${target ? (ok ? "PASS" : "FAIL") : ""}`);
  }
  return { ok: results.every((r) => r[3]) };
}
