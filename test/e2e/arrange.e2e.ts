/**
 * "Sakārtot pēc standarta" (issue 17): a draft missing its greeting, reference, closing, thanks and
 * signature shows a fix on each missing part's card; one click arranges it to the standard — the
 * structural findings are gone, the employee's words and the quoted thread stay — and *Atsaukt*
 * restores the exact body from before.
 */
import type { Frame, Page } from "playwright-core";
import { axeViolations, describeWithBrowser, taskPaneFrame, usePreviewPage } from "./browser";

const BAD_DRAFT =
  "<p>Informējam, ka Jūsu meita bērnudārza rindā ir 14. vietā.</p>" +
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">' +
  '<div id="divRplyFwdMsg" dir="ltr"><b>No:</b> Līga Vītola &lt;liga.vitola@inbox.lv&gt;<br><b>Nosūtīts:</b> trešdiena, 2026. gada 19. novembris 8:30<br>' +
  "<b>Kam:</b> pasts@adazi.lv<br><b>Tēma:</b> Bērnudārza rinda</div>" +
  "<div>Sveiki, mana meita ir rindā uz pirmsskolas izglītības iestādi. Kā uzzināt vietu rindā?</div>";
const STRUCTURAL = ["greeting", "reference", "closing", "thanks-or-apology", "signature-name", "signature-position", "signature-institution", "signature-phone", "signature-email", "signature-website"];

interface PreviewWindow {
  atbildePreview: { mailbox: { updateComposeBody: (h: string) => void; getBody: (f: string) => Promise<string> } };
}

function body(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as PreviewWindow).atbildePreview.mailbox.getBody("html"));
}

async function structuralRules(frame: Frame): Promise<string[]> {
  const rules = await frame.$$eval('[data-testid="finding"]', (cards) => cards.map((c) => c.getAttribute("data-rule") ?? ""));
  return rules.filter((r) => STRUCTURAL.includes(r));
}

describeWithBrowser("arrange a draft to the standard in one undoable step", (browserPath) => {
  const preview = usePreviewPage(browserPath, (page) => page.selectOption('[data-testid="office-language"]', "lv-LV").then(() => undefined));

  it("fixes each missing part, then all at once, and undo restores the exact body", async () => {
    const page = preview.page;
    await page.click('[data-testid="draft-draft-rinda"]');
    await page.waitForSelector('[data-testid="compose-editor"]');
    await page.evaluate((html) => (window as unknown as PreviewWindow).atbildePreview.mailbox.updateComposeBody(html), BAD_DRAFT);
    const before = await body(page);
    const frame = await taskPaneFrame(page);
    await frame.click('[data-testid="tab-check"]');
    await frame.waitForSelector('[data-testid="check-run"]:not([disabled])');
    await frame.click('[data-testid="check-run"]');
    await frame.waitForSelector('[data-testid="finding"][data-rule="greeting"]');
    expect((await structuralRules(frame)).sort()).toEqual([...STRUCTURAL].sort());
    // Every missing part's card has its fix button; the missing signature fields share one merged card.
    for (const rule of STRUCTURAL) {
      const card = rule.startsWith("signature-") ? `[data-testid="finding-card"][data-rules~="${rule}"]` : `[data-testid="finding"][data-rule="${rule}"]`;
      expect(await frame.$(`${card} [data-testid="finding-fix"]`)).not.toBeNull();
    }
    expect(await frame.$$('[data-testid="finding-card"][data-card="signature"] [data-testid="finding-fix"]')).toHaveLength(1);
    expect(await axeViolations(frame)).toEqual([]);

    // One card's fix inserts just its part; Atsaukt takes it back.
    await frame.click('[data-testid="finding"][data-rule="greeting"] [data-testid="finding-fix"]');
    await frame.waitForSelector('[data-testid="finding"][data-rule="greeting"]', { state: "detached" });
    expect(await body(page)).toBe(before.replace("<p>", "<p>Labdien, Vītolas kundze!<br><br>"));
    expect(await frame.$('[data-testid="finding"][data-rule="reference"]')).not.toBeNull();
    await frame.click('[data-testid="check-undo"]');
    await frame.waitForSelector('[data-testid="finding"][data-rule="greeting"]');
    expect(await body(page)).toBe(before);

    await frame.click('[data-testid="arrange-to-standard"]');
    await frame.waitForSelector('[data-testid="finding"][data-rule="greeting"]', { state: "detached" });
    await frame.waitForSelector('[data-testid="check-run"]:not([disabled])');
    expect(await structuralRules(frame)).toEqual([]);
    const arranged = await body(page);
    expect(arranged).toContain("Labdien, Vītolas kundze!");
    expect(arranged).toContain("Paldies par Jūsu 2026. gada 19. novembra e-pastu. Informējam, ka Jūsu meita bērnudārza rindā ir 14. vietā.");
    // The signature goes where Outlook's own would: before the quoted thread, which is untouched.
    expect(arranged.indexOf("Ar cieņu")).toBeLessThan(arranged.indexOf('id="divRplyFwdMsg"'));
    expect(arranged.slice(arranged.indexOf('<div id="appendonsend">'))).toBe(before.slice(before.indexOf('<div id="appendonsend">')));
    expect(await axeViolations(frame)).toEqual([]);

    await frame.click('[data-testid="check-undo"]');
    await frame.waitForSelector('[data-testid="finding"][data-rule="greeting"]');
    expect(await body(page)).toBe(before);
  });
});
