/**
 * Accessibility: an axe-core scan (WCAG 2.1 A/AA rules) of every task pane view, in the normal
 * width, at 320 px, in forced-colours (high contrast) emulation and in dark theme; and every view
 * reachable and usable from the keyboard alone.
 */
import * as fs from "fs";
import type { BrowserContext, Frame, Page } from "playwright-core";
import type { Server } from "http";
import { describeWithBrowser, launch, axeViolations } from "./browser";
import { servePreview } from "./server";



describeWithBrowser("accessibility of the task pane", (browserPath) => {
  let server: Server;
  let url: string;
  let context: BrowserContext;
  let profile: string;
  let page: Page;

  beforeAll(async () => {
    ({ server, url } = await servePreview());
    ({ context, profile } = await launch(browserPath));
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  async function openPane(width: number): Promise<Frame> {
    // The pane alone at the given width, hosted by the preview page around it.
    await page.setViewportSize({ width: 1000 + width, height: 900 });
    await page.goto(url);
    await page.addStyleTag({ content: `.addin-pane { width: ${width}px !important; }` }).catch(() => undefined);
    const handle = await page.waitForSelector('[data-testid="taskpane-frame"]');
    const frame = (await handle.contentFrame()) as Frame;
    await frame.waitForSelector('[data-testid="item-card"]');
    return frame;
  }

  async function visitViews(frame: Frame, label: string): Promise<string[]> {
    const problems: string[] = [];
    for (const view of ["draft", "check", "learn", "settings", "overview"]) {
      await frame.click(`[data-testid="tab-${view}"]`);
      await frame.waitForTimeout(150);
      for (const v of await axeViolations(frame)) problems.push(`${label}/${view}: ${v}`);
    }
    return problems;
  }

  it("reports no axe violations in any view at 360 px, at 320 px and in dark theme", async () => {
    let frame = await openPane(360);
    const problems = await visitViews(frame, "360px");
    frame = await openPane(320);
    problems.push(...(await visitViews(frame, "320px")));
    await page.selectOption('[data-testid="office-theme"]', "dark");
    frame = await openPane(320);
    await page.selectOption('[data-testid="office-theme"]', "dark");
    await frame.waitForSelector('[data-theme="dark"]');
    problems.push(...(await visitViews(frame, "dark")));
    expect(problems).toEqual([]);
  });

  it("reports no axe violations in forced-colours (high contrast) emulation, compose mode included", async () => {
    // Chromium's emulation switches the forced-colors media query (Fluent's high-contrast styles)
    // but does not repaint backgrounds as real forced colours do, so it is paired with the light
    // scheme, where system colours and the page agree (Windows "High contrast white").
    await page.emulateMedia({ forcedColors: "active", colorScheme: "light" });
    const frame = await openPane(320);
    const problems = await visitViews(frame, "forced-colors/read");
    await page.click('[data-testid="draft-draft-rinda"]');
    await frame.waitForSelector('[data-testid="item-composeType"]');
    problems.push(...(await visitViews(frame, "forced-colors/compose")));
    await page.emulateMedia({ forcedColors: "none", colorScheme: "light" });
    expect(problems).toEqual([]);
  });

  it("is usable by keyboard alone: tabs, fields and the insert button", async () => {
    await page.evaluate(() => window.localStorage.clear());
    const frame = await openPane(360);
    await frame.focus('[data-testid="tab-draft"]');
    await page.keyboard.press("ArrowRight"); // Fluent tab list: arrows move between tabs
    await page.keyboard.press("Enter");
    await frame.waitForSelector('[data-testid="check-view"], [data-testid="check-unavailable"]');
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await frame.waitForSelector('[data-testid="draft-view"]');
    // Tab into the body field and type, then reach the insert button and press it.
    await frame.focus('textarea[data-testid="draft-body"]');
    await page.keyboard.type("Atbilde uz Jūsu jautājumu ir pievienota zemāk.");
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await frame.evaluate(() => document.activeElement?.getAttribute("data-testid") === "draft-insert");
    }
    expect(reached).toBe(true);
    const focusVisible = await frame.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const after = getComputedStyle(el, "::after");
      return style.outlineStyle !== "none" || after.outlineStyle !== "none" || after.borderTopStyle !== "none" || style.boxShadow !== "none";
    });
    expect(focusVisible).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="compose-editor"]');
    expect(await page.innerHTML('[data-testid="compose-editor"]')).toContain("Atbilde uz Jūsu jautājumu ir pievienota zemāk.");
  });
});
