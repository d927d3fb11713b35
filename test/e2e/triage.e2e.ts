/**
 * The Check view as a triage and a pane that follows reality (issue 17): the checklist by topic,
 * one card per cause (a missing signature, "KĀ JAU RAKSTĪJĀM!!!"), what blocks sending first and
 * advice behind a toggle; the pane following the item after a tab click; the item card following
 * To and subject; a re-check when the body changes (and none when it does not); unsaved settings
 * asking before a tab switch. axe stays at zero violations in each state.
 */
import * as fs from "fs";
import * as path from "path";
import type { Frame, Page } from "playwright-core";
import { axeViolations, describeWithBrowser, taskPaneFrame, usePreviewPage } from "./browser";

/** The four-sentence bad draft of issue 17 (no greeting, CAPS and "!!!", jargon, a reproach, no signature). */
const BAD_DRAFT = fs.readFileSync(path.join(__dirname, "../fixtures/replies/issue17-bad.txt"), "utf8").trim();

type PreviewWindow = {
  atbildePreview: { mailbox: { updateComposeBody: (h: string) => void; updateComposeFields: (f: object) => void; getBody: (f: string) => Promise<string> } };
};

describeWithBrowser("the Check view as a triage, and a pane that follows the item", (browserPath) => {
  const preview = usePreviewPage(browserPath, (page) => page.selectOption('[data-testid="office-language"]', "lv-LV").then(() => undefined));
  let page: Page;
  beforeAll(() => {
    page = preview.page;
  });
  afterEach(async () => {
    if (await page.$('[data-testid="discard"]')) await page.click('[data-testid="discard"]');
  });

  const pane = (): Promise<Frame> => taskPaneFrame(page);
  const checkRuns = (frame: Frame) => frame.getAttribute('[data-testid="check-summary"]', "data-check-run").then(Number);

  /** Opens a compose form holding `html` and waits for the Check view's results on it. */
  async function composeWith(html: string): Promise<Frame> {
    await page.click('[data-testid="draft-draft-rinda"]');
    await page.waitForSelector('[data-testid="compose-editor"]');
    await page.evaluate((body) => (window as unknown as PreviewWindow).atbildePreview.mailbox.updateComposeBody(body), html);
    const frame = await pane();
    await frame.waitForSelector('[data-testid="check-view"]');
    await frame.click('[data-testid="check-run"]');
    await frame.waitForSelector('[data-card="signature"]');
    return frame;
  }

  it("sums up by topic, merges one cause into one card, puts what blocks sending first and keeps advice behind a toggle", async () => {
    const frame = await composeWith(`<p>${BAD_DRAFT}</p>`);
    const topics = await frame.$$eval('[data-testid^="triage-topic-"]', (els) =>
      els.map((e) => [e.getAttribute("data-testid")!.replace("triage-topic-", ""), e.textContent, e.getAttribute("data-count")]),
    );
    expect(topics.map(([topic]) => topic)).toEqual(["structure", "signature", "language", "spelling", "links", "personal-data"]);
    expect(topics.map(([, text]) => text)).toEqual(expect.arrayContaining([expect.stringMatching(/^Struktūra/), expect.stringMatching(/^Personas dati✓/)]));
    expect(Number(topics.find(([t]) => t === "signature")![2])).toBe(1);

    // One card for the whole missing signature, listing the fields by name (never a key).
    const signature = frame.locator('[data-card="signature"]');
    const signatureText = (await signature.textContent()) ?? "";
    for (const name of ["vārds un uzvārds", "amats", "iestāde", "tālrunis", "e-pasts", "tīmekļvietne"]) expect(signatureText).toContain(name);
    expect(signatureText).not.toMatch(/\b(position|institution|website)\b/);
    expect(await signature.locator('[data-testid="finding"]').count()).toBe(6);

    // "KĀ JAU RAKSTĪJĀM!!!" is one card.
    const shouting = frame.locator('article[data-testid="finding-card"][data-card="sentence"]', { hasText: "KĀ JAU RAKSTĪJĀM" });
    expect(await shouting.count()).toBe(1);
    // No other card marks it (neighbouring cards may show it as context).
    expect(await frame.locator("article mark", { hasText: "RAKSTĪJĀM" }).count()).toBe(1);

    // Groups are headed by topics, errors first; the clause is on each card; no "Kāpēc tas svarīgi: „…”" fragment.
    const headings = await frame.$$eval('[data-testid^="check-group-"] > h3', (els) => els.map((e) => e.textContent));
    expect(headings.slice(0, 2)).toEqual(["Struktūra", "Paraksts"]);
    expect(await frame.locator('[data-testid="finding-clause"]').first().textContent()).toMatch(/punkts|laba prakse/);
    expect((await frame.textContent('[data-testid="check-view"]')) ?? "").not.toMatch(/Kāpēc tas svarīgi: „/);

    // Cards shown (info hidden) and the advice behind the toggle; the numbers go in the report.
    const cards = await frame.locator("[data-card]").count();
    const findings = await frame.locator('[data-testid="finding"]').count();
    console.log(`issue 17 bad draft: ${cards} cards shown (info collapsed), ${findings} findings inside them`);
    expect(cards).toBeLessThanOrEqual(9);
    expect(await frame.$('[data-testid="finding"][data-rule="passive-voice"]')).toBeNull();
    await frame.click('[data-testid="check-info-toggle"]');
    await frame.waitForSelector('[data-testid="finding"][data-rule="passive-voice"]');
    expect(await axeViolations(frame)).toEqual([]);
  });

  it("checks again when the body changes, and not while it stays the same", async () => {
    const frame = await composeWith("<p>Labdien!</p><p>Paldies par Jūsu vēstuli.</p>");
    const before = await checkRuns(frame);
    await page.waitForTimeout(4000); // more than the 3-second interval: an unchanged body is not checked again
    expect(await checkRuns(frame)).toBe(before);
    await page.evaluate(() => (window as unknown as PreviewWindow).atbildePreview.mailbox.updateComposeBody("<p>Labdien!</p><p>KĀ JAU RAKSTĪJĀM!!!</p>"));
    await frame.waitForSelector('[data-card="sentence"]', { timeout: 8000 });
    expect(await checkRuns(frame)).toBe(before + 1);
    // The old results stayed on screen while the new ones were computed: the summary never went away.
    expect(await frame.$('[data-testid="check-summary"]')).not.toBeNull();
  });

  it("follows the item after a tab click: read → Draft, compose → Check; the item card follows To and subject", async () => {
    await page.click('[data-testid="message-msg-nekustamais-ipasums"]');
    let frame = await pane();
    await frame.waitForSelector('[data-testid="tab-draft"][aria-selected="true"]');
    await frame.click('[data-testid="tab-learn"]'); // a choice for this item only
    await frame.waitForSelector('[data-testid="tab-learn"][aria-selected="true"]');
    await page.waitForTimeout(3500); // the item re-read at an interval leaves the choice alone
    expect(await frame.getAttribute('[data-testid="tab-learn"]', "aria-selected")).toBe("true");
    await page.click('[data-testid="reply"]');
    await page.waitForSelector('[data-testid="compose-editor"]');
    frame = await pane();
    await frame.waitForSelector('[data-testid="item-to"]');
    await frame.waitForSelector('[data-testid="check-view"]');
    expect(await frame.getAttribute('[data-testid="tab-check"]', "aria-selected")).toBe("true");

    // To (Outlook's RecipientsChanged) and subject (re-read on focus and at an interval) as they are typed.
    await page.fill('[data-testid="compose-to"]', "Jānis Bērziņš <janis@inbox.lv>");
    await frame.waitForSelector('[data-testid="item-to"]:has-text("janis@inbox.lv")', { timeout: 8000 });
    await page.fill('[data-testid="compose-subject"]', "Par nekustamā īpašuma nodokli");
    await frame.waitForSelector('[data-testid="item-subject"]:has-text("Par nekustamā īpašuma nodokli")', { timeout: 8000 });

    await frame.click('[data-testid="tab-learn"]'); // a choice for the compose form …
    await page.click('[data-testid="discard"]'); // … forgotten on the next item
    frame = await pane();
    await frame.waitForSelector('[data-testid="tab-draft"][aria-selected="true"]');
    expect(await axeViolations(frame)).toEqual([]);
  });

  it("asks before unsaved settings are lost on a tab switch: Palikt, Atmest, Saglabāt", async () => {
    await page.click('[data-testid="message-msg-nekustamais-ipasums"]');
    const frame = await pane();
    await frame.click('[data-testid="tab-settings"]');
    const position = '[data-testid="settings-position"]';
    await frame.waitForSelector(position);
    const original = await frame.inputValue(position);

    await frame.fill(position, "Nodokļu administratore");
    await frame.click('[data-testid="tab-draft"]');
    await frame.waitForSelector('[data-testid="settings-unsaved"]');
    expect(await axeViolations(frame)).toEqual([]);
    await frame.click('[data-testid="settings-unsaved-stay"]');
    await frame.waitForSelector('[data-testid="settings-unsaved"]', { state: "detached" });
    expect(await frame.inputValue(position)).toBe("Nodokļu administratore");

    await frame.click('[data-testid="tab-draft"]');
    await frame.click('[data-testid="settings-unsaved-discard"]');
    await frame.waitForSelector('[data-testid="tab-draft"][aria-selected="true"]');
    await frame.click('[data-testid="tab-settings"]');
    expect(await frame.inputValue(position)).toBe(original);

    await frame.fill(position, "Nodokļu administratore");
    await frame.click('[data-testid="tab-draft"]');
    await frame.click('[data-testid="settings-unsaved-save"]');
    await frame.waitForSelector('[data-testid="tab-draft"][aria-selected="true"]');
    await frame.click('[data-testid="tab-settings"]');
    expect(await frame.inputValue(position)).toBe("Nodokļu administratore");
    // Nothing unsaved now: the tabs switch without asking.
    await frame.click('[data-testid="tab-draft"]');
    await frame.waitForSelector('[data-testid="tab-draft"][aria-selected="true"]');
    expect(await frame.$('[data-testid="settings-unsaved"]')).toBeNull();
  });
});
