/**
 * Density (issue 17, item 5), measured in the preview's task pane at 320 × 600 (Outlook's narrow
 * pane) and at 200 % zoom (the same pane as 160 × 300 CSS pixels): the item is one line, the tabs
 * one row, the first field of the Draft view and the Check view's summary in sight without
 * scrolling, the Draft view's actions always in sight; nothing scrolls sideways, no word is broken
 * mid-word, the summary is not cut; and axe finds nothing in any view at either size.
 */
import type { Frame, Page } from "playwright-core";
import { axeViolations, describeWithBrowser, taskPaneFrame, usePreviewPage } from "./browser";

const VIEWS = ["draft", "check", "learn", "settings", "overview"] as const;

/** A poor reply written for this test: shouting, jargon, no signature, a long address. */
const POOR_DRAFT =
  "<p>Sveiki</p><p>SAKARĀ AR JŪSU IESNIEGUMU PAZIŅOJAM!!!</p>" +
  "<p>Informējam, ka uz doto brīdi pieteikums par pirmsskolas izglītības iestādi ir izskatīšanā, " +
  "sīkāka informācija https://www.adazunovads.lv/pakalpojumi/izglitiba/pirmsskolas-izglitibas-iestades-rindas-kartiba-un-pieteiksanas-noteikumi</p>" +
  "<p>Ar cieņu</p>";

interface Layout {
  viewportWidth: number;
  viewportHeight: number;
  /** The pane scrolls sideways by this many pixels (0 when it does not). */
  sidewaysOverflow: number;
  /** Elements (outside a scrolling strip) reaching past the pane's right edge. */
  pastRightEdge: string[];
  /** Words of letters only that the layout split across lines. */
  brokenWords: string[];
  itemCardHeight: number;
  itemLineHeight: number;
  tabRows: number;
  tabStripOverflow: number;
}

/** Measures the pane's layout in the frame (run with the current view open, scrolled to the top). */
function measure(frame: Frame): Promise<Layout> {
  return frame.evaluate(() => {
    const doc = document.scrollingElement as HTMLElement;
    const width = doc.clientWidth;
    const scrollsSideways = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.overflowX === "auto" || style.overflowX === "scroll" || style.overflowX === "hidden" || style.overflowX === "clip") return true;
      }
      return false;
    };
    const pastRightEdge: string[] = [];
    for (const el of Array.from(document.querySelectorAll("#root *"))) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || scrollsSideways(el.parentElement)) continue;
      if (rect.right > width + 0.5) pastRightEdge.push(`${el.tagName.toLowerCase()}.${String(el.className).split(" ")[0]} "${(el.textContent ?? "").slice(0, 40)}" right ${rect.right.toFixed(0)} > ${width}`);
    }
    // A word of letters only split over lines although it fits the line: what `overflow-wrap:
    // anywhere` in a shrunken column does ("Bērn/udārz/a"). A token longer than the line (a URL,
    // an address) may break.
    const brokenWords: string[] = [];
    const walker = document.createTreeWalker(document.getElementById("root") as Node, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("[hidden]") || parent.closest("textarea, select, option")) continue;
      let block: Element = parent;
      while (block.parentElement && getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
      const blockStyle = getComputedStyle(block);
      const lineWidth = block.clientWidth - parseFloat(blockStyle.paddingLeft) - parseFloat(blockStyle.paddingRight);
      const text = node.textContent ?? "";
      for (const m of text.matchAll(/\S+/gu)) {
        const word = m[0].replace(/^[„"(«]+|[”"),.:;!?»…]+$/gu, "");
        if (!/^\p{L}{2,}$/u.test(word)) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
        const tops = new Set(rects.map((r) => Math.round(r.top)));
        const width = rects.reduce((sum, r) => sum + r.width, 0);
        if (tops.size > 1 && width <= lineWidth) brokenWords.push(`${word} (${width.toFixed(0)} px on a ${lineWidth.toFixed(0)} px line)`);
      }
    }
    const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
    const tabList = document.querySelector('[role="tablist"]') as HTMLElement;
    const card = document.querySelector('[data-testid="item-card"]') as HTMLElement;
    const line = document.querySelector('[data-testid="item-toggle"]') as HTMLElement | null;
    return {
      viewportWidth: width,
      viewportHeight: window.innerHeight,
      sidewaysOverflow: doc.scrollWidth - doc.clientWidth,
      pastRightEdge,
      brokenWords,
      itemCardHeight: card.getBoundingClientRect().height,
      itemLineHeight: line ? parseFloat(getComputedStyle(line.firstElementChild as Element).lineHeight) : 0,
      tabRows: new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size,
      tabStripOverflow: tabList.scrollWidth - tabList.clientWidth,
    };
  });
}

/** Where an element is in the pane's viewport, and whether it is cut sideways. */
function placement(frame: Frame, selector: string): Promise<{ top: number; bottom: number; cut: string[] }> {
  return frame.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement;
    const rect = el.getBoundingClientRect();
    const cut = [el, ...Array.from(el.querySelectorAll("*"))]
      .filter((e) => e.scrollWidth > e.clientWidth + 0.5 && e.clientWidth > 0)
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(" ")[0]} "${(e.textContent ?? "").slice(0, 30)}" ${e.scrollWidth} > ${e.clientWidth}`);
    return { top: rect.top, bottom: rect.bottom, cut };
  }, selector);
}

describeWithBrowser("density of the task pane at 320 × 600 and at 200 % zoom", (browserPath) => {
  const preview = usePreviewPage(browserPath, (page) => page.selectOption('[data-testid="office-language"]', "lv-LV").then(() => undefined));
  let page: Page;
  beforeAll(() => {
    page = preview.page;
  });

  /** The pane alone at width × height CSS pixels, hosted by the preview page around it. */
  async function sizePane(width: number, height: number): Promise<Frame> {
    await page.setViewportSize({ width: 1300, height: height + 200 });
    await page.addStyleTag({
      content: `.addin-pane { width: auto !important; align-self: flex-start; } .addin-pane iframe { flex: none !important; width: ${width}px !important; height: ${height}px !important; }`,
    });
    const frame = await taskPaneFrame(page);
    await frame.waitForFunction(([w, h]) => window.innerWidth === w && window.innerHeight === h, [width, height]);
    return frame;
  }

  async function openView(frame: Frame, view: (typeof VIEWS)[number]): Promise<void> {
    await frame.click(`[data-testid="tab-${view}"]`);
    await frame.waitForSelector(`[role="tab"][aria-selected="true"][data-testid="tab-${view}"]`);
    const settled: Record<string, string> = {
      draft: '[data-testid="draft-scenario"]',
      check: '[data-testid="check-summary"]',
      learn: "#root h2 >> nth=1",
      settings: "#root input",
      overview: '[data-testid="organization-card"]',
    };
    await frame.waitForSelector(settled[view]);
    await frame.evaluate(() => window.scrollTo(0, 0));
  }

  /** The poor draft open in compose mode, checked: the Check view has a long summary. */
  async function openPoorDraft(): Promise<Frame> {
    await page.click('[data-testid="draft-draft-rinda"]');
    await page.waitForSelector('[data-testid="compose-editor"]');
    await page.evaluate((html) => {
      const w = window as unknown as { atbildePreview: { mailbox: { updateComposeBody: (h: string) => void } } };
      w.atbildePreview.mailbox.updateComposeBody(html);
    }, POOR_DRAFT);
    const frame = await taskPaneFrame(page);
    await openView(frame, "check");
    const before = Number(await frame.getAttribute('[data-testid="check-summary"]', "data-check-run"));
    await frame.click('[data-testid="check-run"]');
    await frame.waitForFunction((n) => Number(document.querySelector('[data-testid="check-summary"]')?.getAttribute("data-check-run")) > n, before);
    return frame;
  }

  it("at 320 × 600: one-line item, one row of tabs, the first field and the actions of the Draft view in sight", async () => {
    await page.click('[data-testid="message-msg-nekustamais-ipasums"]');
    const frame = await sizePane(320, 600);
    await openView(frame, "draft");
    const layout = await measure(frame);
    expect(layout.viewportHeight).toBe(600);
    expect(layout.itemCardHeight).toBeLessThanOrEqual(layout.itemLineHeight + 16);
    expect(layout.tabRows).toBe(1);
    expect(layout.tabStripOverflow).toBe(0); // every tab in sight at 320 px
    // Icons where labels would not fit; every tab keeps its label as its accessible name.
    for (const name of ["Sagatave", "Pārbaude", "Mācības", "Iestatījumi", "Pārskats"]) expect(await frame.getByRole("tab", { name, exact: true }).count()).toBe(1);
    expect(layout.sidewaysOverflow).toBe(0);
    expect(layout.pastRightEdge).toEqual([]);
    const firstField = await placement(frame, '[data-testid="draft-scenario"]');
    expect(firstField.bottom).toBeLessThanOrEqual(600);
    // The insert button is in sight at the top of the form and after scrolling to its middle.
    const action = await placement(frame, '[data-testid="draft-insert"]');
    expect(action.top).toBeGreaterThanOrEqual(0);
    expect(action.bottom).toBeLessThanOrEqual(600);
    await frame.evaluate(() => window.scrollTo(0, (document.scrollingElement as HTMLElement).scrollHeight / 2));
    const scrolled = await placement(frame, '[data-testid="draft-insert"]');
    expect(scrolled.bottom).toBeLessThanOrEqual(600);
    expect(scrolled.top).toBeGreaterThanOrEqual(0);

    // The item's details open from its line, and close again.
    await frame.click('[data-testid="item-toggle"]');
    await frame.waitForSelector('[data-testid="item-date"]');
    expect(await frame.getAttribute('[data-testid="item-toggle"]', "aria-expanded")).toBe("true");
    await frame.click('[data-testid="item-toggle"]');
    await frame.waitForSelector('[data-testid="item-date"]', { state: "hidden" });
  });

  it("at 320 × 600: the Check view's summary of a poor draft is in sight and not cut", async () => {
    const frame = await openPoorDraft();
    const summaryText = (await frame.textContent('[data-testid="check-summary"]')) ?? "";
    expect(summaryText).toMatch(/^Pirms nosūtīšanas pārskatiet: \d+ kļūd/);
    const summary = await placement(frame, '[data-testid="check-summary"]');
    expect(summary.bottom).toBeLessThanOrEqual(600);
    expect(summary.cut).toEqual([]);
    // No label of a finding card is cut: a severity badge beside a long message once spilled its "Brīdinājums" out of the card.
    const cutInCards = await frame.evaluate(() =>
      Array.from(document.querySelectorAll("article[data-severity] *"))
        .filter((e) => e.scrollWidth > e.clientWidth + 0.5 && e.clientWidth > 0)
        .map((e) => `${e.tagName.toLowerCase()} "${(e.textContent ?? "").slice(0, 30)}" ${e.scrollWidth} > ${e.clientWidth}`),
    );
    expect(cutInCards).toEqual([]);
    const layout = await measure(frame);
    expect(layout.tabRows).toBe(1);
    expect(layout.sidewaysOverflow).toBe(0);
    expect(layout.pastRightEdge).toEqual([]);
    expect(layout.brokenWords).toEqual([]);
  });

  it("at 200 % zoom (160 × 300): no view scrolls sideways, breaks a word or cuts the summary", async () => {
    const frame = await sizePane(160, 300);
    const problems: string[] = [];
    for (const view of VIEWS) {
      await openView(frame, view);
      const layout = await measure(frame);
      if (layout.tabRows !== 1) problems.push(`${view}: tabs in ${layout.tabRows} rows`);
      if (layout.sidewaysOverflow > 0) problems.push(`${view}: scrolls sideways by ${layout.sidewaysOverflow}px`);
      for (const p of layout.pastRightEdge) problems.push(`${view}: ${p}`);
      for (const w of layout.brokenWords) problems.push(`${view}: "${w}" broken`);
      if (view === "check") for (const c of (await placement(frame, '[data-testid="check-summary"]')).cut) problems.push(`check summary cut: ${c}`);
    }
    expect(problems).toEqual([]);
  });

  it("has no axe violations in any view at 320 px and at 200 % zoom", async () => {
    const problems: string[] = [];
    for (const [width, height] of [
      [320, 600],
      [160, 300],
    ]) {
      const frame = await sizePane(width, height);
      for (const view of VIEWS) {
        await openView(frame, view);
        for (const v of await axeViolations(frame)) problems.push(`${width}px/${view}: ${v}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
