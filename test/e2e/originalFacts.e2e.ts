/**
 * Issue 16: a reply made with the demo mailbox's own Reply button carries the original's date
 * (17 November, from the quoted header), not today's; a new message refers to no e-mail at all.
 */
import type { Frame, Page } from "playwright-core";
import { describeWithBrowser, taskPaneFrame, usePreviewPage } from "./browser";

describeWithBrowser("the original's facts in compose mode", (browserPath) => {
  const preview = usePreviewPage(browserPath);
  let page: Page;
  beforeAll(() => {
    page = preview.page;
  });

  const pane = (): Promise<Frame> => taskPaneFrame(page);

  it("a reply opened with the Reply button refers to the original's date from the quoted header", async () => {
    await page.click('[data-testid="message-msg-nekustamais-ipasums"]');
    await page.click('[data-testid="reply"]');
    await page.waitForSelector('[data-testid="compose-editor"]');
    const frame = await pane();
    await frame.click('[data-testid="tab-draft"]');
    await frame.waitForFunction(() => (document.querySelector('[data-testid="draft-preview"]')?.textContent ?? "").includes("2026. gada 17. novembra"));
    await frame.fill('[data-testid="draft-body"] textarea, textarea[data-testid="draft-body"]', "Atkritumus Kadagā izved katru otro ceturtdienu.");
    await frame.click('[data-testid="draft-insert"]');
    await frame.waitForSelector('[data-testid="draft-status"]');
    const editor = await page.innerHTML('[data-testid="compose-editor"]');
    expect(editor).toContain("Paldies par Jūsu 2026. gada 17. novembra e-pastu");
    await page.click('[data-testid="discard"]');
  });

  it("a new message refers to no e-mail", async () => {
    await page.click('[data-testid="new-message"]');
    await page.fill('[data-testid="compose-to"]', "Anna Kalniņa <anna.kalnina@gmail.com>");
    const frame = await pane();
    await frame.click('[data-testid="tab-draft"]');
    await frame.fill('[data-testid="draft-body"] textarea, textarea[data-testid="draft-body"]', "Atkritumus Kadagā izved katru otro ceturtdienu.");
    await frame.waitForFunction(() => !(document.querySelector('[data-testid="draft-preview"]')?.textContent ?? "Paldies par Jūsu").includes("Paldies par Jūsu"));
    await frame.click('[data-testid="draft-insert"]');
    await frame.waitForSelector('[data-testid="draft-status"]');
    const editor = await page.innerHTML('[data-testid="compose-editor"]');
    expect(editor).toContain("Atkritumus Kadagā");
    expect(editor).not.toMatch(/Paldies par Jūsu|Jūsu \d{4}\. gada/);
    await page.click('[data-testid="discard"]');
  });
});
