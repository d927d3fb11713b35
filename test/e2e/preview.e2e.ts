import type { BrowserContext, Frame, Page } from "playwright-core";
import type { Server } from "http";
import * as fs from "fs";
import { describeWithBrowser, launch, PageWatch, taskPaneFrame } from "./browser";
import { servePreview } from "./server";

describeWithBrowser("browser preview", (browserPath) => {
  let server: Server;
  let url: string;
  let context: BrowserContext;
  let profile: string;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    ({ server, url } = await servePreview());
    ({ context, profile } = await launch(browserPath));
    watch = new PageWatch(context, url.replace(/\/$/, ""));
    page = await context.newPage();
    await page.goto(url);
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  const pane = (): Promise<Frame> => taskPaneFrame(page);


  it("shows the selected message's sender and subject in the task pane", async () => {
    const frame = await pane();
    await frame.waitForSelector('[data-testid="item-from"]:has-text("Jānis Bērziņš")');
    expect(await frame.textContent('[data-testid="item-from"]')).toContain("janis.berzins@inbox.lv");
    expect(await frame.textContent('[data-testid="item-subject"]')).toBe("Nekustamā īpašuma nodokļa atvieglojums");
    expect(await frame.getAttribute("html", "lang")).toBe("lv");
  });

  it("follows the selection when another message is chosen", async () => {
    await page.click('[data-testid="message-msg-info-shared"]');
    const frame = await pane();
    await frame.waitForSelector('[data-testid="item-subject"]:has-text("Bērnudārza rinda")');
    expect(await frame.textContent('[data-testid="item-from"]')).toContain("Līga Vītola");
    await page.keyboard.press("Shift+Tab"); // keyboard reaches the list too
    await page.focus('[data-testid="message-msg-atkritumi-thread"]');
    await page.keyboard.press("Enter");
    await frame.waitForSelector('[data-testid="item-subject"]:has-text("Atkritumu izvešanas grafiks")');
    expect(await frame.textContent('[data-testid="item-attachments"]')).toContain("konteineri.jpg");
  });

  it("shows the organization settings loaded from organization.json", async () => {
    const frame = await pane();
    await frame.click('[data-testid="tab-overview"]');
    const card = await frame.waitForSelector('[data-testid="organization-card"]');
    expect(await card.textContent()).toContain("Ādažu novada pašvaldība");
    expect(await frame.$('[data-testid="config-note"]')).toBeNull();
  });

  it("switches the pane to compose mode when a reply is opened", async () => {
    await page.click('[data-testid="message-msg-nekustamais-ipasums"]');
    await page.click('[data-testid="reply"]');
    await page.waitForSelector('[data-testid="compose-editor"]');
    expect(await page.innerHTML('[data-testid="compose-editor"]')).toContain("divRplyFwdMsg");
    const frame = await pane();
    await frame.waitForSelector('[data-testid="item-composeType"]');
    expect(await frame.textContent('[data-testid="item-to"]')).toContain("janis.berzins@inbox.lv");
    expect(await frame.textContent('[data-testid="item-subject"]')).toBe("RE: Nekustamā īpašuma nodokļa atvieglojums");
    await page.click('[data-testid="discard"]');
    await page.waitForSelector('[data-testid="reading-pane"]');
  });

  it("switches the UI language and the Office theme", async () => {
    let frame = await pane();
    await frame.selectOption('[data-testid="language-picker"]', "en");
    await frame.waitForSelector('h2:has-text("Open message")');
    expect(await frame.getAttribute("html", "lang")).toBe("en");
    await frame.selectOption('[data-testid="language-picker"]', "lv");
    await frame.waitForSelector('h2:has-text("Atvērtā vēstule")');

    await page.selectOption('[data-testid="office-theme"]', "dark");
    frame = await pane();
    await frame.waitForSelector('[data-theme="dark"]');
    await page.selectOption('[data-testid="office-theme"]', "light");
    await frame.waitForSelector('[data-theme="light"]');
  });

  it("follows Office's display language when the pane opens and no language was chosen", async () => {
    await page.evaluate(() => window.localStorage.clear()); // forget the explicit choice made above
    await page.reload();
    await page.selectOption('[data-testid="office-language"]', "en-US");
    const frame = await pane();
    await frame.waitForSelector('h2:has-text("Open message")');
    expect(await frame.getAttribute("html", "lang")).toBe("en");
  });

  it("drafts a reply in read mode: the reply editor holds every part above the quoted original", async () => {
    await page.evaluate(() => window.localStorage.removeItem("atbilde.drafts"));
    await page.click('[data-testid="message-msg-nekustamais-ipasums"]');
    const frame = await pane();
    await frame.waitForSelector('[data-testid="item-subject"]:has-text("Nekustamā īpašuma nodokļa atvieglojums")');
    await frame.click('[data-testid="tab-draft"]');
    await frame.fill('[data-testid="draft-body"] textarea, textarea[data-testid="draft-body"]', "Daudzbērnu ģimenēm pienākas nekustamā īpašuma nodokļa atvieglojums.");
    await frame.waitForSelector('[data-testid="draft-preview"]:has-text("Daudzbērnu ģimenēm")');
    const preview = (await frame.textContent('[data-testid="draft-preview"]')) ?? "";
    expect(preview).toContain("Labdien, Bērziņa kungs!");
    expect(preview).toContain("Paldies par Jūsu 2026. gada 17. novembra e-pastu");
    await frame.click('[data-testid="draft-insert"]');
    await page.waitForSelector('[data-testid="compose-editor"]');
    const editor = await page.innerHTML('[data-testid="compose-editor"]');
    const order = ["Labdien, Bērziņa kungs!", "Paldies par Jūsu 2026. gada 17. novembra e-pastu", "Daudzbērnu ģimenēm", "Ja Jums ir vēl jautājumi", "Ar cieņu", "Klientu apkalpošanas speciāliste", "divRplyFwdMsg"];
    const positions = order.map((s) => editor.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    await page.click('[data-testid="discard"]');
  });

  it("inserts into a compose body that already has text and keeps that text; undo restores it", async () => {
    await page.click('[data-testid="new-message"]');
    await page.fill('[data-testid="compose-to"]', "Anna Kalniņa <anna.kalnina@gmail.com>");
    await page.click('[data-testid="compose-editor"]');
    await page.keyboard.type("Mans iesāktais teksts.");
    const frame = await pane();
    await frame.click('[data-testid="tab-draft"]');
    await frame.fill('textarea[data-testid="draft-body"], [data-testid="draft-body"] textarea', "Atkritumus Kadagā izved katru otro ceturtdienu.");
    await frame.click('[data-testid="draft-insert"]');
    await frame.waitForSelector('[data-testid="draft-status"]');
    const editor = await page.innerHTML('[data-testid="compose-editor"]');
    expect(editor).toContain("Mans iesāktais teksts.");
    expect(editor).toContain("Atkritumus Kadagā izved katru otro ceturtdienu.");
    await frame.click('[data-testid="draft-undo"]');
    await frame.waitForSelector('[data-testid="draft-undo"]', { state: "detached" });
    expect(await frame.$('[data-testid="action-error"]')).toBeNull();
    const restored = await page.innerHTML('[data-testid="compose-editor"]');
    expect(restored).toContain("Mans iesāktais teksts.");
    expect(restored).not.toContain("Atkritumus Kadagā");
    await page.click('[data-testid="discard"]');
  });

  it("inserts a reply over 32 KB only into its own reply form, offers it where in doubt, never shows it in a new message", async () => {
    await page.evaluate(() => window.localStorage.removeItem("atbilde.drafts"));
    await page.click('[data-testid="message-msg-nekustamais-ipasums"]');
    let frame = await pane();
    await frame.waitForSelector('[data-testid="item-subject"]:has-text("Nekustamā īpašuma nodokļa atvieglojums")');
    await frame.click('[data-testid="tab-draft"]');
    const long = "Atvieglojumu piešķir pēc iesnieguma saņemšanas. ".repeat(800);
    await frame.fill('textarea[data-testid="draft-body"], [data-testid="draft-body"] textarea', long);
    await frame.click('[data-testid="draft-insert"]');
    await page.waitForSelector('[data-testid="compose-editor"]');
    // The pane opens in the reply form it was made for and inserts it there.
    await page.waitForFunction(() => (document.querySelector('[data-testid="compose-editor"]')?.innerHTML ?? "").includes("Atvieglojumu piešķir"));
    await page.click('[data-testid="discard"]');
    await page.waitForSelector('[data-testid="reading-pane"]');

    // A pending reply for this conversation whose subject no longer matches: offered, not applied.
    const pending = (subject: string) =>
      page.evaluate((s) => {
        const now = Date.now();
        const binding = { itemId: "msg-nekustamais-ipasums", conversationId: "msg-nekustamais-ipasums", composeType: "reply", recipients: ["janis.berzins@inbox.lv"], subject: s };
        window.localStorage.setItem("atbilde.pendingReply", JSON.stringify({ html: "<p>Gaidošā atbilde Bērziņa kungam.</p>", savedAt: now, expiresAt: now + 60_000, binding }));
      }, subject);
    await pending("Cits temats");
    await page.click('[data-testid="reply"]');
    await page.waitForSelector('[data-testid="compose-editor"]');
    frame = await pane();
    await frame.waitForSelector('[data-testid="pending-offer"]:has-text("janis.berzins@inbox.lv")');
    expect(await page.innerHTML('[data-testid="compose-editor"]')).not.toContain("Gaidošā atbilde");
    await frame.click('[data-testid="pending-insert"]');
    await page.waitForFunction(() => (document.querySelector('[data-testid="compose-editor"]')?.innerHTML ?? "").includes("Gaidošā atbilde"));
    await page.click('[data-testid="discard"]');
    await page.waitForSelector('[data-testid="reading-pane"]');

    // A new message to somebody else: nothing inserted, nothing offered.
    await pending("Nekustamā īpašuma nodokļa atvieglojums");
    await page.click('[data-testid="new-message"]');
    await page.waitForSelector('[data-testid="compose-editor"]');
    frame = await pane();
    await frame.waitForSelector('[data-testid="item-composeType"]');
    await frame.waitForTimeout(1000);
    expect(await frame.$('[data-testid="pending-offer"]')).toBeNull();
    expect(await page.innerHTML('[data-testid="compose-editor"]')).not.toContain("Gaidošā atbilde");
    await page.click('[data-testid="discard"]');
    await page.evaluate(() => window.localStorage.removeItem("atbilde.pendingReply"));
  });

  it("saves the signature in Settings and uses it in the next draft; refuses settings over 32 KB with a clear message", async () => {
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await page.selectOption('[data-testid="office-language"]', "lv-LV");
    let frame = await pane();
    await frame.click('[data-testid="tab-settings"]');
    await frame.fill('[data-testid="settings-position"]', "Nekustamā īpašuma nodokļu administratore");
    await frame.click('[data-testid="settings-save"]');
    await frame.waitForSelector('[data-testid="settings-status"]:has-text("saglabāti")');
    await frame.click('[data-testid="tab-draft"]');
    await frame.waitForSelector('[data-testid="draft-preview"]:has-text("Nekustamā īpašuma nodokļu administratore")');

    await frame.click('[data-testid="tab-settings"]');
    await frame.fill('[data-testid="settings-dictionary"]', Array.from({ length: 400 }, (_, i) => `garšvielaspecifiskaisvārds${i}`.repeat(3)).join("\n"));
    await frame.click('[data-testid="settings-save"]');
    await frame.waitForSelector('[data-testid="settings-status"]:has-text("32 KB")');
    // Nothing was half-saved: a reload shows the last good settings.
    await page.reload();
    frame = await pane();
    await frame.click('[data-testid="tab-settings"]');
    expect(await frame.inputValue('[data-testid="settings-dictionary"]')).toBe("");
    expect(await frame.inputValue('[data-testid="settings-position"]')).toBe("Nekustamā īpašuma nodokļu administratore");
  });

  it("saves the user's choice to have the Atbilde signature inserted (the roaming setting the compose handler reads)", async () => {
    let frame = await pane();
    await frame.click('[data-testid="tab-settings"]');
    const toggle = '[data-testid="settings-insert-signature"]';
    expect(await frame.isChecked(toggle)).toBe(false);
    await frame.check(toggle);
    await frame.click('[data-testid="settings-save"]');
    await frame.waitForSelector('[data-testid="settings-status"]:has-text("saglabāti")');
    await page.reload();
    frame = await pane();
    await frame.click('[data-testid="tab-settings"]');
    expect(await frame.isChecked(toggle)).toBe(true);
    await frame.uncheck(toggle);
    await frame.click('[data-testid="settings-save"]');
    await frame.waitForSelector('[data-testid="settings-status"]:has-text("saglabāti")');
  });

  it("checks a poor draft: lists the missing signature field and a jargon phrase, applies a suggestion, undo restores", async () => {
    await page.selectOption('[data-testid="office-language"]', "lv-LV");
    await page.click('[data-testid="draft-draft-rinda"]');
    await page.waitForSelector('[data-testid="compose-editor"]');
    const frame = await pane();
    await frame.click('[data-testid="tab-check"]');
    await frame.waitForSelector('[data-testid="check-summary"]');
    const rules = await frame.$$eval('[data-testid="finding"]', (els) => els.map((e) => e.getAttribute("data-rule")));
    expect(rules).toEqual(expect.arrayContaining(["jargon", "signature-phone", "signature-position", "signature-email"]));
    // Nothing from the quoted thread (its caps and "!!!" would be tone findings).
    expect(rules).not.toContain("tone");
    expect(await frame.textContent('[data-testid="check-summary"]')).toMatch(/kļūd/);
    const jargon = frame.locator('[data-testid="finding"][data-rule="jargon"]');
    await jargon.locator('[data-testid="finding-suggestion"]').first().click();
    await frame.waitForSelector('[data-testid="check-undo"]');
    await frame.waitForFunction(() => !document.querySelector('[data-testid="finding"][data-rule="jargon"]'));
    const fixed = await page.innerHTML('[data-testid="compose-editor"]');
    expect(fixed).toContain("pašlaik Jūsu meita");
    expect(fixed).toContain("UZ DOTO BRĪDI NEKAS NAV SKAIDRS"); // the quoted thread is untouched
    await frame.click('[data-testid="check-undo"]');
    await frame.waitForSelector('[data-testid="finding"][data-rule="jargon"]');
    expect(await page.innerHTML('[data-testid="compose-editor"]')).toContain("uz doto brīdi Jūsu meita");
    await page.click('[data-testid="discard"]');
  });

  it("checks spelling in a Web Worker: a misspelling is fixed with one click, and a word can join my dictionary", async () => {
    await page.selectOption('[data-testid="office-language"]', "lv-LV");
    await page.click('[data-testid="draft-draft-rinda"]');
    const frame = await pane();
    await frame.click('[data-testid="tab-check"]');
    const spelling = frame.locator('[data-testid="finding"][data-rule="spelling"]');
    await spelling.first().waitFor({ timeout: 20000 });
    expect(await spelling.first().textContent()).toContain("Informējam");
    await spelling.first().locator('[data-testid="finding-fix"]').click();
    await frame.waitForFunction(() => !document.querySelector('[data-testid="finding"][data-rule="spelling"]'));
    expect(await page.innerHTML('[data-testid="compose-editor"]')).toContain("Informējam, ka");

    // A word the dictionary does not know, added to the user's own dictionary, is not reported again.
    await page.click('[data-testid="compose-editor"]');
    await page.keyboard.press("Control+End");
    await page.evaluate(() => {
      const w = window as unknown as { atbildePreview: { mailbox: { updateComposeBody: (h: string) => void; getBody: (f: string) => Promise<string> } } };
      return w.atbildePreview.mailbox.getBody("html").then((b) => w.atbildePreview.mailbox.updateComposeBody(b.replace("Paldies par sapratni!", "Paldies par sapratni! Vaicājiet Kadagas bērnudārzā „Mežavēji”.")));
    });
    await frame.click('[data-testid="check-run"]');
    const unknown = frame.locator('[data-testid="finding"][data-rule="spelling"]', { hasText: "Mežavēji" });
    await unknown.waitFor({ timeout: 20000 });
    await unknown.locator('[data-testid="finding-add-word"]').click();
    await frame.waitForFunction(() => ![...document.querySelectorAll('[data-testid="finding"][data-rule="spelling"]')].some((e) => e.textContent?.includes("Mežavēji")));
    await page.click('[data-testid="discard"]');
  });

  /** Opens the Latvian demo draft with `sentence` in place of its "Paldies par sapratni!", and checks it in the pane. */
  async function checkLatvianDraftSaying(sentence: string): Promise<Frame> {
    await page.selectOption('[data-testid="office-language"]', "lv-LV");
    await page.click('[data-testid="draft-draft-rinda"]');
    const frame = await pane();
    await page.evaluate((text) => {
      const w = window as unknown as { atbildePreview: { mailbox: { updateComposeBody: (h: string) => void; getBody: (f: string) => Promise<string> } } };
      return w.atbildePreview.mailbox.getBody("html").then((b) => w.atbildePreview.mailbox.updateComposeBody(b.replace("Paldies par sapratni!", text)));
    }, sentence);
    await frame.click('[data-testid="tab-check"]');
    await frame.click('[data-testid="check-run"]');
    return frame;
  }

  it("checks grammar in the same worker: a noun after a preposition gets its case with one click", async () => {
    const frame = await checkLatvianDraftSaying("Paldies par Jūsu iesniegums un par sapratni!");
    const grammar = frame.locator('[data-testid="finding"][data-rule="preposition-case"]');
    await grammar.first().waitFor({ timeout: 20000 });
    expect(await grammar.first().textContent()).toContain("iesniegumu");
    await grammar.first().locator('[data-testid="finding-fix"]').click();
    await frame.waitForFunction(() => !document.querySelector('[data-testid="finding"][data-rule="preposition-case"]'));
    expect(await page.innerHTML('[data-testid="compose-editor"]')).toContain("par Jūsu iesniegumu un");
    await page.click('[data-testid="discard"]');
  });

  it("offers both cases after \"uz\" (direction or place) as buttons, and applies the one chosen", async () => {
    const frame = await checkLatvianDraftSaying("Veidlapa ir uz galds pie ieejas. Paldies par sapratni!");
    const grammar = frame.locator('[data-testid="finding"][data-rule="preposition-case"]');
    await grammar.first().waitFor({ timeout: 20000 });
    const buttons = grammar.first().locator('[data-testid="finding-suggestion"]');
    expect(await buttons.allTextContents()).toEqual(["Aizstāt ar „galdu”", "Aizstāt ar „galda”"]);
    await buttons.nth(1).click();
    await frame.waitForFunction(() => !document.querySelector('[data-testid="finding"][data-rule="preposition-case"]'));
    expect(await page.innerHTML('[data-testid="compose-editor"]')).toContain("uz galda pie ieejas");
    await page.click('[data-testid="discard"]');
  });

  it("puts both commas of a relative clause in from the worker, each with one click", async () => {
    const frame = await checkLatvianDraftSaying("Dokuments kuru Jūs iesniedzāt ir nepilnīgs. Paldies par sapratni!");
    const comma = frame.locator('[data-testid="finding"][data-rule="comma"]');
    await comma.nth(1).waitFor({ timeout: 20000 });
    for (let left = 2; left > 0; left--) {
      await comma.first().locator('[data-testid="finding-fix"]').click();
      await frame.waitForFunction((n) => document.querySelectorAll('[data-testid="finding"][data-rule="comma"]').length < n, left);
    }
    expect(await page.innerHTML('[data-testid="compose-editor"]')).toContain("Dokuments, kuru Jūs iesniedzāt, ir nepilnīgs.");
    await page.click('[data-testid="discard"]');
  });

  it("simulates Send through the real handler bundle: a poor draft is stopped, its button opens the Check view", async () => {
    await page.selectOption('[data-testid="office-language"]', "lv-LV");
    await page.click('[data-testid="draft-draft-rinda"]');
    await page.click('[data-testid="send"]');
    const alert = await page.waitForSelector('[data-testid="smart-alert"]', { timeout: 20000 });
    const message = (await page.textContent('[data-testid="smart-alert-message"]')) ?? "";
    expect(message).toMatch(/tālrun/i);
    expect(message).toMatch(/9\.4/);
    expect(message.length).toBeLessThanOrEqual(500);
    expect(alert).toBeTruthy();
    await page.click('[data-testid="smart-alert-check"]');
    const frame = await pane();
    await frame.waitForSelector('[data-testid="send-stopped"]');
    await frame.waitForSelector('[data-testid="check-view"]');
    expect(await frame.$$eval('[data-testid="finding"]', (els) => els.map((e) => e.getAttribute("data-rule")))).toEqual(expect.arrayContaining(["signature-phone"]));
    await page.click('[data-testid="discard"]');
  });

  it("lets a compliant reply go on Send", async () => {
    await page.evaluate(() => window.localStorage.removeItem("atbilde.drafts"));
    await page.click('[data-testid="message-msg-nekustamais-ipasums"]');
    const frame = await pane();
    await frame.click('[data-testid="tab-draft"]');
    await frame.fill('textarea[data-testid="draft-body"]', "Daudzbērnu ģimenēm pienākas nekustamā īpašuma nodokļa atvieglojums.");
    await frame.click('[data-testid="draft-insert"]');
    await page.waitForSelector('[data-testid="compose-editor"]');
    await page.click('[data-testid="send"]');
    await page.waitForSelector('[data-testid="sent-count"]', { timeout: 20000 });
    expect(await page.$('[data-testid="smart-alert"]')).toBeNull();
  });

  it("loads a candidate organization.json so an administrator sees its effect in the pane and on send", async () => {
    const candidate = JSON.stringify({
      organization: { name: { lv: "Testa novada pašvaldība", en: "Test Municipality" }, website: "https://www.example.lv", phone: "67000000", email: "pasts@example.lv", address: "Skolas iela 1" },
      profile: "riga",
      onSend: { mode: "off" },
    });
    await page.setInputFiles('[data-testid="candidate-config"]', { name: "organization.json", mimeType: "application/json", buffer: Buffer.from(candidate) });
    let frame = await pane();
    await frame.click('[data-testid="tab-overview"]');
    await frame.waitForSelector('[data-testid="organization-name"]:has-text("Testa novada pašvaldība")');
    expect(await frame.textContent('[data-testid="organization-profile"]')).toMatch(/Rīg/);
    // On-send mode "off": even the poor draft goes.
    const before = Number(((await page.textContent('[data-testid="sent-count"]')) ?? "0").replace(/\D/g, "") || 0);
    await page.click('[data-testid="draft-draft-rinda"]');
    await page.click('[data-testid="send"]');
    await page.waitForFunction((n) => Number((document.querySelector('[data-testid="sent-count"]')?.textContent ?? "").replace(/\D/g, "")) > n, before);
    await page.click('[data-testid="candidate-clear"]');
    frame = await pane();
    await frame.click('[data-testid="tab-overview"]');
    await frame.waitForSelector('[data-testid="organization-name"]:has-text("Ādažu novada pašvaldība")');
  });

  it("ran with no console error, no CSP violation and no request leaving localhost", () => {
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    expect(watch.failedResponses).toEqual([]);
  });
});
