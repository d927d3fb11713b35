/**
 * The Learn view and the exercises end to end: an exercise opened in the preview is scored per
 * clause in the pane, the trainee's fix turns every clause to ✓ and "Gatavs!"; the standalone Learn
 * page loads with no CSP violation and no outside request, shows the clauses, toggles presenter
 * mode; and axe finds nothing in either.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";
import type { Frame, Page } from "playwright-core";
import { axeViolations, describeWithBrowser, PageWatch, taskPaneFrame, usePreviewPage } from "./browser";
import { EXERCISES } from "../../src/core/learn/exercises";

/** learn.html's printed page margins (top, sides, bottom in mm), read from its @page rule. */
function printMargins(): { top: number; bottom: number } {
  const html = fs.readFileSync(path.join(__dirname, "../../src/learn/learn.html"), "utf8");
  const m = html.match(/@page\s*\{\s*size:\s*A4;\s*margin:\s*(\d+)mm\s+(\d+)mm\s+(\d+)mm;/);
  if (!m) throw new Error("learn.html has no '@page { size: A4; margin: T S B }' rule in mm");
  return { top: Number(m[1]), bottom: Number(m[3]) };
}

/**
 * How full each page of a printed PDF is, 0..1. pdftoppm (poppler-utils) renders every page to a
 * grey bitmap; in each half of the page (the handout has two columns) the lowest non-white row
 * inside the text area, between the top and bottom @page margins (the bottom margin holds the
 * footer), is where that column's text ends, and the page's fill is the mean of its two columns.
 * A rendering measures what is on paper, whatever the layout engine did with columns and breaks.
 */
function pageFill(pdf: Buffer): number[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-pdf-"));
  try {
    fs.writeFileSync(path.join(dir, "print.pdf"), pdf);
    execFileSync("pdftoppm", ["-gray", "-r", "30", path.join(dir, "print.pdf"), path.join(dir, "page")]);
    const { top: topMm, bottom: bottomMm } = printMargins();
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".pgm"))
      .sort((a, b) => Number(a.replace(/\D/g, "")) - Number(b.replace(/\D/g, "")))
      .map((f) => {
        const bytes = fs.readFileSync(path.join(dir, f));
        const head = bytes.toString("latin1", 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/);
        if (!head) throw new Error(`${f}: not a binary PGM`);
        const [width, height, offset] = [Number(head[1]), Number(head[2]), head[0].length];
        const top = Math.round((height * topMm) / 297);
        const bottom = Math.round((height * (297 - bottomMm)) / 297);
        const lowestInk = (x0: number, x1: number): number => {
          for (let y = bottom - 1; y >= top; y--) for (let x = x0; x < x1; x++) if (bytes[offset + y * width + x] < 200) return y + 1;
          return top;
        };
        const half = width >> 1;
        return (lowestInk(0, half) - top + (lowestInk(half, width) - top)) / 2 / (bottom - top);
      });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describeWithBrowser("Learn view and exercises", (browserPath) => {
  let watch: PageWatch;
  const preview = usePreviewPage(browserPath, async (first) => {
    watch = new PageWatch(first.context(), new URL(first.url()).origin);
  });
  let url: string;
  let page: Page;
  beforeAll(() => {
    page = preview.page;
    url = `${new URL(page.url()).origin}/`;
  });
  const context = () => page.context();

  const pane = (): Promise<Frame> => taskPaneFrame(page);


  it("scores an exercise per clause, and the model answer turns every clause to ✓ and „Gatavs!”", async () => {
    const exercise = EXERCISES.find((e) => e.id === "ex-pabalsts");
    if (!exercise) throw new Error("exercise ex-pabalsts is missing");
    await page.goto(url);
    await page.click(`[data-testid="draft-${exercise.id}"]`);
    await page.waitForSelector('[data-testid="compose-editor"]');
    const frame = await pane();
    await frame.click('[data-testid="tab-learn"]');
    await frame.waitForSelector('[data-testid="exercise-score"]');
    // The flawed reply: 9.3 (no thanks or apology) fails; spelling (9.5) fails once the worker answers.
    await frame.waitForSelector('[data-testid="exercise-score"][data-clause="9.3"][data-ok="false"]');
    await frame.waitForSelector('[data-testid="exercise-score"][data-clause="9.5"][data-ok="false"]', { timeout: 20000 });
    expect(await frame.getAttribute('[data-testid="exercise-status"]', "data-ready")).toBe("false");
    expect(await frame.textContent('[data-testid="exercise-panel"]')).toContain(exercise.task.lv);

    // The unmet clause teaches: a hint first, then on request what is missing and the model's way.
    const thanks = frame.locator('[data-testid="exercise-feedback"][data-clause="9.3"]');
    expect(await thanks.locator('[data-testid="exercise-hint"]').textContent()).toMatch(/^Padoms: \S/);
    expect(await thanks.locator('[data-testid="exercise-fix"]').count()).toBe(0);
    await thanks.locator('[data-testid="exercise-show-fix"]').click();
    const fix = thanks.locator('[data-testid="exercise-fix"]');
    await fix.waitFor();
    expect(await fix.locator('li[data-rule="thanks-or-apology"]').textContent()).toMatch(/Pateicieties klientam/);
    expect(await fix.textContent()).toContain("Paldies, ka vērsāties pie mums!");

    // The model answer is shown as text, never as markup.
    await frame.click('[data-testid="exercise-show-model"]');
    const shown = (await frame.textContent('[data-testid="exercise-model"]')) ?? "";
    expect(shown).toContain("Paldies, ka vērsāties pie mums!");
    expect(shown).not.toContain("<p>");
    // One <p> a paragraph, with space between them (issue 22).
    const gaps = await frame.$$eval('[data-testid="exercise-model"] p', (ps) =>
      ps.slice(1).map((p, i) => p.getBoundingClientRect().top - ps[i].getBoundingClientRect().bottom),
    );
    expect(gaps.length).toBeGreaterThanOrEqual(2);
    for (const gap of gaps) expect(gap).toBeGreaterThan(4);

    // The trainee fixes the draft; "Pārbaudīt vēlreiz" scores it again.
    await page.evaluate((html) => {
      const w = window as unknown as { atbildePreview: { mailbox: { updateComposeBody: (h: string) => void } } };
      w.atbildePreview.mailbox.updateComposeBody(html);
    }, exercise.modelHtml);
    await frame.click('[data-testid="exercise-recheck"]');
    await frame.waitForSelector('[data-testid="exercise-status"][data-ready="true"]', { timeout: 20000 });
    expect(await frame.textContent('[data-testid="exercise-status"]')).toBe("Gatavs!");
    const verdicts = await frame.$$eval('[data-testid="exercise-score"]', (els) => els.map((e) => e.getAttribute("data-ok")));
    expect(verdicts.length).toBeGreaterThan(3);
    expect(verdicts.every((v) => v === "true")).toBe(true);

    // The view also shows the standard: clauses, rules with marked bad examples, the labelled model reply.
    await frame.waitForSelector('[data-testid="learn-clause-9.4"]');
    expect(await frame.locator('[data-testid="learn-mark"], [data-testid="learn-missing"]').count()).toBeGreaterThan(10);
    expect(await frame.textContent('[data-testid="learn-part-signature"]')).toContain("9.4");

    // Presenter mode sets its class and enlarges the type.
    const before = await frame.$eval('[data-testid="learn-view"]', (e) => parseFloat(getComputedStyle(e).fontSize));
    await frame.click('[data-testid="learn-presenter"]');
    await frame.waitForSelector('[data-testid="learn-view"].learn-presenter');
    const after = await frame.$eval('[data-testid="learn-view"]', (e) => parseFloat(getComputedStyle(e).fontSize));
    expect(after).toBeGreaterThanOrEqual(24);
    expect(after).toBeGreaterThan(before);

    expect(await axeViolations(frame)).toEqual([]);
    await page.click('[data-testid="discard"]');
  });

  it("shows the Learn tab in read mode with a hint to open an exercise, and passes axe", async () => {
    await page.goto(url);
    const frame = await pane();
    await frame.click('[data-testid="tab-learn"]');
    await frame.waitForSelector('[data-testid="exercise-panel"]');
    await frame.waitForSelector('[data-testid="learn-clause-9.1"]');
    expect(await axeViolations(frame)).toEqual([]);
  });

  it("opens learn.html in Latvian with a way back and a theme switch; the table of contents opens and shows a folded clause, the fold is remembered", async () => {
    const learn = await context().newPage();
    await learn.goto(`${url.replace(/\/$/, "")}/learn.html`);
    await learn.waitForSelector('[data-testid="learn-toc"]');
    expect(await learn.textContent("h1")).toBe("Atbilde — mācības");
    expect(await learn.getAttribute('[data-testid="learn-back"]', "href")).toBe("index.html");

    await learn.selectOption('[data-testid="learn-theme"]', "dark");
    await learn.waitForSelector('[data-theme="dark"]');
    const background = await learn.$eval('[data-theme="dark"]', (e) => getComputedStyle(e).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(200);
    await learn.selectOption('[data-testid="learn-theme"]', "contrast");
    await learn.waitForSelector('[data-theme="contrast"]');

    // Fold 9.4; after a reload it is still folded.
    await learn.click('[data-testid="learn-clause-9.4-toggle"]');
    expect(await learn.locator("#learn-clause-9\\.4-body").isHidden()).toBe(true);
    await learn.reload();
    await learn.waitForSelector('[data-testid="learn-toc"]');
    expect(await learn.locator("#learn-clause-9\\.4-body").isHidden()).toBe(true);

    // The TOC entry opens it and brings it to the top of the window.
    await learn.click('[data-testid="learn-toc-9.4"]');
    await learn.waitForFunction(() => {
      const body = document.getElementById("learn-clause-9.4-body");
      const section = document.getElementById("learn-clause-9.4");
      return !!body && !body.hidden && !!section && Math.abs(section.getBoundingClientRect().top) < 5;
    });
    expect(await learn.getAttribute('[data-testid="learn-clause-9.4-toggle"]', "aria-expanded")).toBe("true");

    // The search keeps only the clauses that speak of it.
    await learn.fill('[data-testid="learn-search"]', "personas kod");
    await learn.waitForFunction(() => !document.querySelector('[data-testid="learn-clause-9.4"]'));
    expect(await learn.locator('[data-testid^="learn-clause-"][id]').count()).toBeGreaterThan(0);
    await learn.fill('[data-testid="learn-search"]', "");
    expect(await axeViolations(learn)).toEqual([]);
    await learn.close();
  });

  it("prints the handout of the default profile on at most 6 A4 pages", async () => {
    const learn = await context().newPage();
    await learn.goto(`${url.replace(/\/$/, "")}/learn.html`);
    await learn.waitForSelector('[data-testid="learn-clause-9.1"]');
    const printed = await learn.pdf({ format: "A4" });
    const pages = (printed.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(6);
    // No page but the last is less than half full, and the body type is at least 9.5 pt.
    const fill = pageFill(printed);
    expect(fill).toHaveLength(pages);
    for (const f of fill.slice(0, -1)) expect(f).toBeGreaterThanOrEqual(0.5);
    await learn.emulateMedia({ media: "print" });
    const bodyPt = await learn.$eval('[data-testid="learn-page"]', (e) => (parseFloat(getComputedStyle(e).fontSize) * 72) / 96);
    expect(bodyPt).toBeGreaterThanOrEqual(9.5);
    await learn.emulateMedia({ media: "screen" });
    // The footer names the profile and the date; each mark's reason is in a numbered legend; model answers keep their paragraphs.
    expect(await learn.textContent('[data-testid="learn-footer"]')).toMatch(/standarts \(2023\) · \d/);
    expect(await learn.locator('[data-testid="learn-legend"]').count()).toBeGreaterThan(10);
    expect(await learn.locator('[data-testid="learn-model-answer"] p').count()).toBeGreaterThan(EXERCISES.length * 3);
    await learn.close();
  });

  it("opens the cheat sheet from a visible link: the profile's clauses and the 10 most common fixes on exactly one A4 page", async () => {
    const learn = await context().newPage();
    await learn.goto(`${url}learn.html`);
    const link = learn.locator('[data-testid="learn-cheatsheet-link"]');
    expect(await link.isVisible()).toBe(true);
    expect(await link.textContent()).toBe("Īsā atgādne");
    await link.click();
    await learn.waitForSelector('[data-testid="learn-cheatsheet"]');
    expect(new URL(learn.url()).searchParams.get("print")).toBe("cheatsheet");
    expect(await learn.textContent("h1")).toMatch(/^Īsā atgādne — /);
    expect(await learn.locator('[data-testid="cheat-fix"]').count()).toBe(10);
    expect(await learn.locator('[data-testid="cheat-clause"]').count()).toBeGreaterThanOrEqual(5);
    expect(await learn.textContent('[data-testid="learn-cheatsheet"]')).toContain("9.4.");
    const printed = (await learn.pdf({ format: "A4" })).toString("latin1");
    expect((printed.match(/\/Type\s*\/Page\b/g) ?? []).length).toBe(1);
    expect(await axeViolations(learn)).toEqual([]);
    await learn.click('[data-testid="learn-full"]');
    await learn.waitForSelector('[data-testid="learn-toc"]');
    await learn.close();
  });

  it("serves a standalone Learn page with no CSP violation or outside request: clauses, exercises, presenter mode, print", async () => {
    const csp = watch.cspViolations.length;
    const outside = watch.outsideRequests.length;
    const learn = await context().newPage();
    await learn.goto(`${url.replace(/\/$/, "")}/learn.html?lang=lv`);
    await learn.waitForSelector('[data-testid="learn-clause-9.1"]');
    for (const clause of ["9.1", "9.2", "9.3", "9.4"]) expect(await learn.locator(`[data-testid="learn-clause-${clause}"]`).count()).toBe(1);
    expect(await learn.locator('[data-testid^="learn-exercise-"]').count()).toBe(EXERCISES.length);
    expect(await learn.textContent("h1")).toBe("Atbilde — mācības");

    await learn.click('[data-testid="learn-presenter"]');
    await learn.waitForSelector('[data-testid="learn-page"].learn-presenter');
    expect(await learn.$eval('[data-testid="learn-page"]', (e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(24);

    // The print button calls window.print(); the print stylesheet hides the controls.
    await learn.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await learn.click('[data-testid="learn-print"]');
    expect(await learn.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await learn.emulateMedia({ media: "print" });
    expect(await learn.$eval('[data-testid="learn-print"]', (e) => e.getClientRects().length)).toBe(0); // not rendered on paper
    await learn.emulateMedia({ media: "screen" });

    await learn.selectOption('[data-testid="learn-language"]', "en");
    await learn.waitForSelector('h1:has-text("Atbilde — learning")');
    expect(await learn.getAttribute("html", "lang")).toBe("en");
    expect(await axeViolations(learn)).toEqual([]);

    expect(watch.cspViolations.slice(csp)).toEqual([]);
    expect(watch.outsideRequests.slice(outside)).toEqual([]);
    await learn.close();
  });
});
