/**
 * Banners that clear (issue 17): an action's error and "Nosūtīšana apturēta" are titled by what
 * happened, clear when their cause is gone (a successful re-check, another item) and can be closed.
 */
import type { BrowserContext, Frame, Page } from "playwright-core";
import type { Server } from "http";
import * as fs from "fs";
import { axeViolations, describeWithBrowser, launch, taskPaneFrame } from "./browser";
import { servePreview } from "./server";

describeWithBrowser("banners", (browserPath) => {
  let server: Server;
  let context: BrowserContext;
  let profile: string;
  let page: Page;

  beforeAll(async () => {
    let url: string;
    ({ server, url } = await servePreview());
    ({ context, profile } = await launch(browserPath));
    page = await context.newPage();
    await page.goto(url);
    await page.selectOption('[data-testid="office-language"]', "lv-LV");
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  const pane = (): Promise<Frame> => taskPaneFrame(page);
  const banner = '[data-testid="action-error"]';

  /** Opens the poor draft in the Check view. */
  async function openPoorDraft(): Promise<Frame> {
    await page.click('[data-testid="draft-draft-rinda"]');
    await page.waitForSelector('[data-testid="compose-editor"]');
    const frame = await pane();
    await frame.click('[data-testid="tab-check"]');
    await frame.waitForSelector('[data-testid="finding"][data-rule="jargon"] [data-testid="finding-suggestion"]');
    return frame;
  }

  /** Changes the body behind the pane's back, then applies a suggestion: the edit is refused. */
  async function applyToChangedBody(frame: Frame): Promise<void> {
    await page.evaluate(() => {
      const w = window as unknown as { atbildePreview: { mailbox: { updateComposeBody: (h: string) => void; getBody: (f: string) => Promise<string> } } };
      return w.atbildePreview.mailbox.getBody("html").then((b) => w.atbildePreview.mailbox.updateComposeBody(`<p>Papildu teikums.</p>${b}`));
    });
    await frame.locator('[data-testid="finding"][data-rule="jargon"] [data-testid="finding-suggestion"]').first().click();
    await frame.waitForSelector(banner);
  }

  it("titles a refused edit by what happened, and clears it after a successful re-check", async () => {
    const frame = await openPoorDraft();
    await applyToChangedBody(frame);
    const text = (await frame.textContent(banner)) ?? "";
    expect(text).toContain("Vēstule mainījās");
    expect(text).not.toContain("Outlook kļūda");
    expect(await axeViolations(frame)).toEqual([]);
    // The check that follows the refusal keeps the banner; the user's re-check clears it.
    await frame.waitForSelector('[data-testid="check-run"]:not([disabled])');
    expect(await frame.$(banner)).not.toBeNull();
    await frame.click('[data-testid="check-run"]');
    await frame.waitForSelector(banner, { state: "detached" });
  });

  it("closes with its button", async () => {
    const frame = await pane();
    await applyToChangedBody(frame);
    await frame.click('[data-testid="action-error-close"]');
    await frame.waitForSelector(banner, { state: "detached" });
  });

  it("clears when the draft is discarded and another item shows", async () => {
    const frame = await pane();
    await applyToChangedBody(frame);
    await page.click('[data-testid="discard"]');
    await page.waitForSelector('[data-testid="reading-pane"]');
    await frame.waitForSelector('[data-testid="item-from"]');
    await frame.waitForSelector(banner, { state: "detached" });
  });

  it("'Nosūtīšana apturēta' closes, and does not follow the pane to another item", async () => {
    await page.click('[data-testid="draft-draft-rinda"]');
    await page.click('[data-testid="send"]');
    await page.waitForSelector('[data-testid="smart-alert"]', { timeout: 20000 });
    await page.click('[data-testid="smart-alert-check"]');
    let frame = await pane();
    await frame.waitForSelector('[data-testid="send-stopped"]');
    await frame.click('[data-testid="send-stopped-close"]');
    await frame.waitForSelector('[data-testid="send-stopped"]', { state: "detached" });
    await page.click('[data-testid="discard"]');

    await page.click('[data-testid="draft-draft-rinda"]');
    await page.click('[data-testid="send"]');
    await page.waitForSelector('[data-testid="smart-alert"]', { timeout: 20000 });
    await page.click('[data-testid="smart-alert-check"]');
    frame = await pane();
    await frame.waitForSelector('[data-testid="send-stopped"]');
    await page.click('[data-testid="discard"]');
    await page.waitForSelector('[data-testid="reading-pane"]');
    frame = await pane();
    await frame.click('[data-testid="tab-check"]');
    await frame.waitForSelector('[data-testid="check-unavailable"]');
    expect(await frame.$('[data-testid="send-stopped"]')).toBeNull();
  });
});
