/**
 * The pane as people trust it (issue 17). Banners that clear: an action's error and "Nosūtīšana
 * apturēta" are titled by what happened, clear when their cause is gone (a successful re-check,
 * another item) and can be closed. Settings and the Draft view: an invalid e-mail or phone is
 * refused and never reaches the signature, a missing field is named in Latvian (not by its key),
 * *Sākt no jauna* asks first, and the preview announces only the settled result.
 */
import type { Frame, Page } from "playwright-core";
import { axeViolations, describeWithBrowser, taskPaneFrame, usePreviewPage } from "./browser";

describeWithBrowser("banners, settings and the draft as people trust them", (browserPath) => {
  const preview = usePreviewPage(browserPath, (page) => page.selectOption('[data-testid="office-language"]', "lv-LV").then(() => undefined));
  let page: Page;
  beforeAll(() => {
    page = preview.page;
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

  /**
   * Changes the body behind the pane's back as the suggestion is pressed, so the pane cannot have
   * re-checked the new body first (it does, on focus and at an interval): the edit is refused.
   */
  async function applyToChangedBody(frame: Frame): Promise<void> {
    const suggestion = '[data-testid="finding"][data-rule="jargon"] [data-testid="finding-suggestion"]';
    await frame.waitForSelector(suggestion);
    await frame.evaluate((selector) => {
      const w = window.parent as unknown as { atbildePreview: { mailbox: { updateComposeBody: (h: string) => void; composeState: { bodyHtml: string } } } };
      const change = () => w.atbildePreview.mailbox.updateComposeBody(`<p>Papildu teikums.</p>${w.atbildePreview.mailbox.composeState.bodyHtml}`);
      document.querySelector(selector)!.addEventListener("pointerdown", change, { once: true, capture: true });
    }, suggestion);
    await frame.locator(suggestion).first().click();
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

  const body = 'textarea[data-testid="draft-body"]';

  it("refuses an invalid e-mail and phone, with a message at the field, and saves nothing", async () => {
    const frame = await pane();
    await frame.click('[data-testid="tab-settings"]');
    const savedEmail = await frame.inputValue('[data-testid="settings-email"]');
    await frame.fill('[data-testid="settings-email"]', "not-an-email");
    await frame.fill('[data-testid="settings-phone"]', "zvaniet man");
    expect(await frame.textContent('[data-testid="settings-email-field"]')).toContain("Šī nav derīga e-pasta adrese.");
    expect(await frame.textContent('[data-testid="settings-phone-field"]')).toContain("Šis nav derīgs tālruņa numurs");
    expect(await axeViolations(frame)).toEqual([]);
    await frame.click('[data-testid="settings-save"]');
    await frame.waitForSelector('[data-testid="settings-status"]:has-text("Neko nesaglabājām")');
    await page.reload();
    const reloaded = await pane();
    await reloaded.click('[data-testid="tab-settings"]');
    expect(await reloaded.inputValue('[data-testid="settings-email"]')).toBe(savedEmail);
    expect(await reloaded.inputValue('[data-testid="settings-phone"]')).not.toBe("zvaniet man");
  });

  it("names a missing signature field in Latvian, not by its key", async () => {
    let frame = await pane();
    await frame.click('[data-testid="tab-settings"]');
    await frame.fill('[data-testid="settings-position"]', "");
    await frame.click('[data-testid="settings-save"]');
    await frame.waitForSelector('[data-testid="settings-status"]:has-text("saglabāti")');
    await page.reload();
    frame = await pane();
    await frame.click('[data-testid="tab-draft"]');
    const note = frame.locator('[data-testid="draft-view"] :text("Parakstā trūkst")');
    await note.first().waitFor();
    const text = (await note.first().textContent()) ?? "";
    expect(text).toContain("amats");
    expect(text).not.toContain("position");
  });

  it("asks before *Sākt no jauna* wipes the draft", async () => {
    const frame = await pane();
    await frame.fill(body, "Atkritumus Kadagā izved katru otro ceturtdienu.");
    await frame.click('[data-testid="draft-reset"]');
    await frame.waitForSelector('[data-testid="draft-reset-confirm"]');
    expect(await axeViolations(frame)).toEqual([]);
    await frame.click('[data-testid="draft-reset-no"]');
    expect(await frame.inputValue(body)).toBe("Atkritumus Kadagā izved katru otro ceturtdienu.");
    await frame.click('[data-testid="draft-reset"]');
    await frame.click('[data-testid="draft-reset-yes"]');
    await frame.waitForFunction((selector) => (document.querySelector(selector) as HTMLTextAreaElement).value === "", body);
  });

  it("announces the preview's result once typing settles, not the preview itself", async () => {
    const frame = await pane();
    expect(await frame.getAttribute('[data-testid="draft-preview"]', "aria-live")).toBeNull();
    const region = '[data-testid="draft-preview-announcement"]';
    expect(await frame.getAttribute(region, "aria-live")).toBe("polite");
    await frame.click(body);
    await frame.type(body, "Bibliotēka strādā", { delay: 30 });
    expect(await frame.textContent(region)).toBe(""); // nothing while typing
    await frame.waitForSelector(`${region}:has-text("Priekšskatījums atjaunināts.")`);
  });
});
