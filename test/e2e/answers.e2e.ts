/**
 * Issue 21 in the preview: a demo message shows the matching model answer under "Līdzīgi jautājumi"
 * with why it matched; choosing it fills the draft; the inserted reply checks clean.
 */
import type { Frame, Page } from "playwright-core";
import { describeWithBrowser, taskPaneFrame, usePreviewPage } from "./browser";

describeWithBrowser("model answers in the Draft view", (browserPath) => {
  const preview = usePreviewPage(browserPath);
  let page: Page;
  beforeAll(() => {
    page = preview.page;
  });

  const pane = (): Promise<Frame> => taskPaneFrame(page);

  it("suggests the answer for a demo message, fills the draft with it, and the inserted reply checks clean", async () => {
    await page.selectOption('[data-testid="office-language"]', "lv-LV");
    await page.click('[data-testid="message-msg-atkritumi-thread"]');
    let frame = await pane();
    await frame.click('[data-testid="tab-draft"]');
    const suggestion = '[data-testid="answer-suggestion-atkritumu-izvesana"]';
    await frame.waitForSelector(suggestion);
    expect(await frame.textContent('[data-testid="answer-suggestions"]')).toContain("Līdzīgi jautājumi");
    // Why: the client's words, from the subject or the new text (never from the quoted earlier reply).
    const why = (await frame.textContent(suggestion)) ?? "";
    expect(why).toMatch(/Sakrīt: .*(Atkritumu|konteineri|iztukšoti)/);
    expect(why).not.toContain("katru otro ceturtdienu");

    await frame.click('[data-testid="answer-use-atkritumu-izvesana"]');
    await frame.waitForFunction(() => (document.querySelector('[data-testid="draft-preview"]')?.textContent ?? "").includes("Atkritumus izved apsaimniekotājs"));
    expect(await frame.textContent('[data-testid="draft-preview"]')).toContain("Atkritumu apsaimniekošanas likums");

    await frame.click('[data-testid="draft-insert"]');
    await page.waitForSelector('[data-testid="compose-editor"]');
    expect(await page.innerHTML('[data-testid="compose-editor"]')).toContain("Atkritumus izved apsaimniekotājs");

    frame = await pane();
    await frame.click('[data-testid="tab-check"]');
    await frame.waitForSelector('[data-testid="check-summary"]');
    // Spelling joins from the worker; wait until it has answered, then nothing may be reported.
    await frame.waitForFunction(() => !document.querySelector('[data-testid="spelling-loading"]'), undefined, { timeout: 20000 });
    const rules = await frame.$$eval('[data-testid="finding"]', (els) => els.map((e) => `${e.getAttribute("data-rule")}: ${e.textContent}`));
    expect(rules).toEqual([]);
    await page.click('[data-testid="discard"]');
  });

  it("shows no suggestion when the library has nothing for the message", async () => {
    await page.click('[data-testid="new-message"]');
    const frame = await pane();
    await frame.click('[data-testid="tab-draft"]');
    await frame.waitForSelector('[data-testid="draft-view"]');
    expect(await frame.$('[data-testid="answer-suggestions"]')).toBeNull();
    await page.click('[data-testid="discard"]');
  });
});
