/**
 * The preview's Office shim over MemoryMailbox, driven by the real handlers (src/launchevent, from source):
 * what the preview's "Send" and new-message simulation will see.
 */
import * as fs from "fs";
import * as path from "path";
import { MemoryMailbox, type MemoryMessage } from "../../../src/office/memoryMailbox";
import { createOfficeShim, type OfficeShimOptions } from "../../../src/preview/officeShim";
import { decideMessageSend, MAX_CHECKED_TEXT_CHARS, onMessageSendHandler } from "../../../src/launchevent/onSend";
import { SPELLING_LOAD_TIMEOUT_MS, resetSpellingCache } from "../../../src/launchevent/spelling";
import { DEFAULT_BUDGET_MS } from "../../../src/launchevent/budget";
import { readOrganizationConfig } from "../../../src/core/config/read";
import { onNewMessageComposeHandler } from "../../../src/launchevent/onCompose";
import type { HandlerEnvironment, OfficeLike, SpellingFetch } from "../../../src/office/eventPort";
import { resetHandlerConfigMemory, loadHandlerConfig, HANDLER_CONFIG_CACHE_KEY } from "../../../src/launchevent/handlerConfig";

const ORGANIZATION_TEXT = fs.readFileSync(path.join(__dirname, "..", "..", "..", "src", "preview", "organization.json"), "utf8");
const ORGANIZATION = JSON.parse(ORGANIZATION_TEXT) as Record<string, Record<string, unknown>>;

const ORIGINAL: MemoryMessage = {
  id: "m1",
  subject: "Nekustamā īpašuma nodokļa atvieglojums",
  from: { name: "Jānis Bērziņš", address: "janis.berzins@inbox.lv" },
  to: [{ name: "Ādažu novada pašvaldība", address: "dome@adazi.lv" }],
  date: "2026-11-17T08:30:00Z",
  bodyHtml: "<p>Labdien!</p><p>Vai man pienākas nodokļa atvieglojums?</p><p>Jānis Bērziņš</p>",
};

function served(text: string | null): SpellingFetch {
  return (async (url: string) => ({
    ok: text !== null,
    status: text === null ? 404 : 200,
    text: async () => (url.endsWith("organization.json") && text !== null ? text : ""),
    arrayBuffer: async () => new ArrayBuffer(0),
  })) as SpellingFetch;
}

function setup(config: Record<string, unknown> = ORGANIZATION, supportedVersion = "1.15", shimOptions: OfficeShimOptions = {}, fetchFn?: SpellingFetch) {
  const mailbox = new MemoryMailbox({
    messages: [ORIGINAL],
    user: { displayName: "Anna Liepa", emailAddress: "anna.liepa@adazi.lv" },
    supportedVersion,
    initialSettings: { signature: { position: "klientu apkalpošanas speciāliste" } },
  });
  const shim = createOfficeShim(mailbox, shimOptions);
  const env: HandlerEnvironment = { office: shim.Office as unknown as OfficeLike, storage: shim.OfficeRuntime.storage, fetch: fetchFn ?? served(JSON.stringify(config)), baseUrl: "" };
  return { mailbox, shim, env };
}

function completion(run: (event: { completed(o?: Record<string, unknown>): void }) => Promise<void>): Promise<Record<string, unknown> | undefined> {
  return new Promise((resolve) => {
    void run({ completed: (o) => resolve(o) });
  });
}

beforeEach(() => {
  resetHandlerConfigMemory();
  resetSpellingCache();
});

describe("officeShim + handlers", () => {
  it("registers the bundle's handlers through actions.associate", () => {
    const { shim } = setup();
    (globalThis as Record<string, unknown>).Office = shim.Office;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require("../../../src/launchevent/launchevent");
      });
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
    expect(Object.keys(shim.handlers).sort()).toEqual(["onMessageSendHandler", "onNewMessageComposeHandler"]);
  });

  it("stops the demo reply when its signature lacks the phone, and lets it go once complete", async () => {
    const { mailbox, env } = setup();
    await mailbox.displayReplyForm(
      "<p>Labdien!</p><p>Paldies par Jūsu 17. novembra e-pastu. Atvieglojumu piemērosim no nākamā mēneša.</p><p>Ja rodas jautājumi, lūdzu, rakstiet.</p>" +
        "<p>Ar cieņu<br>Anna Liepa<br>klientu apkalpošanas speciāliste<br>Ādažu novada pašvaldība<br>anna.liepa@adazi.lv<br>www.adazunovads.lv</p>",
    );
    const stopped = await completion((e) => onMessageSendHandler(e, env));
    expect(stopped?.allowEvent).toBe(false);
    expect(String(stopped?.errorMessage)).toContain("tālrunis parakstā");
    expect(stopped?.commandId).toBe("atbildeCheckDraftButton");

    mailbox.updateComposeBody(mailbox.composeState!.bodyHtml.replace("anna.liepa@adazi.lv<br>", "tālr. 67997005<br>anna.liepa@adazi.lv<br>"));
    expect(await completion((e) => onMessageSendHandler(e, env))).toEqual({ allowEvent: true });
  });

  it("a reply to a colleague goes whatever it lacks", async () => {
    const { mailbox, env } = setup();
    mailbox.startCompose({ to: [{ name: "Ilze", address: "ilze.kalnina@adazi.lv" }], bodyHtml: "<p>Paskaties, lūdzu!</p>", composeType: "newMail" });
    expect(await completion((e) => onMessageSendHandler(e, env))).toEqual({ allowEvent: true });
  });

  it("inserts the signature above the quoted thread of a reply, once", async () => {
    const { mailbox, env } = setup({ ...ORGANIZATION, signature: { ...ORGANIZATION.signature, insertOnNewMessage: true } });
    await mailbox.displayReplyForm("<div><br></div>");
    expect(await completion((e) => onNewMessageComposeHandler(e, env))).toBeUndefined();
    const body = mailbox.composeState!.bodyHtml;
    expect(body.indexOf('<div id="Signature">')).toBeGreaterThan(-1);
    expect(body.indexOf('<div id="Signature">')).toBeLessThan(body.indexOf('<div id="appendonsend">'));
    expect(body).toContain("Anna Liepa");
    // A second run (e.g. the form reopened) finds it and adds nothing.
    await completion((e) => onNewMessageComposeHandler(e, env));
    expect(mailbox.composeState!.bodyHtml.split('id="Signature"')).toHaveLength(2);
  });

  it("reports the Mailbox version it was given", () => {
    const { shim } = setup(ORGANIZATION, "1.13");
    const requirements = (shim.Office.context as { requirements: { isSetSupported(n: string, v: string): boolean } }).requirements;
    expect(requirements.isSetSupported("Mailbox", "1.13")).toBe(true);
    expect(requirements.isSetSupported("Mailbox", "1.14")).toBe(false);
  });
});

const COMPLIANT =
  "<p>Labdien!</p><p>Paldies par Jūsu 17. novembra e-pastu. Atvieglojumu piemērosim no nākamā mēneša.</p><p>Ja rodas jautājumi, lūdzu, rakstiet.</p>" +
  "<p>Ar cieņu<br>Anna Liepa<br>klientu apkalpošanas speciāliste<br>Ādažu novada pašvaldība<br>tālr. 67997005<br>anna.liepa@adazi.lv<br>www.adazunovads.lv</p>";
const WITHOUT_SIGNATURE = "<p>Labdien!</p><p>Paldies par Jūsu 17. novembra e-pastu. Atvieglojumu piemērosim no nākamā mēneša.</p><p>Ja rodas jautājumi, lūdzu, rakstiet.</p>";

function withOnSend(onSend: Record<string, unknown>): Record<string, unknown> {
  return { ...ORGANIZATION, onSend: { ...ORGANIZATION.onSend, ...onSend } };
}

describe("Outlook's known behaviour, in the shim (issue 18)", () => {
  it("OnMessageSend never writes the body (body.setAsync breaks quoted inline images)", async () => {
    const { mailbox, shim, env } = setup(withOnSend({ warningsMode: "prompt" }));
    await mailbox.displayReplyForm(COMPLIANT);
    const decisions: unknown[] = [];
    for (const body of [COMPLIANT, WITHOUT_SIGNATURE, "<p>sveiki</p>"]) {
      mailbox.updateComposeBody(body);
      decisions.push((await completion((e) => onMessageSendHandler(e, env)))?.allowEvent);
    }
    expect(decisions).toEqual([true, false, false]);
    expect(shim.writes).toEqual([]);
  });

  const SIGNED_BEFORE: [string, string][] = [
    ["Resend of a message signed by Atbilde", `<div class="atbilde-signature"><p>Ar cieņu<br>Anna Liepa</p></div>`],
    ["an Outbox (deferred delivery) item with Outlook's own signature", `<div id="Signature"><p>Anna Liepa<br>tālr. 67997005</p></div>`],
    ["a recalled and reopened item, as Outlook on the web renames it", `<div id="x_Signature"><p>Anna Liepa</p></div>`],
    ["classic Outlook's signature bookmark", `<p><a name="_MailAutoSig">Anna Liepa</a></p>`],
    ["a signature typed by hand", "<p>Ar cieņu<br>Anna Liepa<br>klientu apkalpošanas speciāliste<br>tālr. 67997005</p>"],
  ];

  it.each(SIGNED_BEFORE)("OnNewMessageCompose adds no second signature: %s", async (_name, signature) => {
    const { mailbox, shim, env } = setup({ ...ORGANIZATION, signature: { ...ORGANIZATION.signature, insertOnNewMessage: true } });
    mailbox.startCompose({ to: [{ name: "Jānis Bērziņš", address: "janis.berzins@inbox.lv" }], bodyHtml: `<p>Labdien!</p><p>Atbilde.</p>${signature}`, composeType: "newMail" });
    await completion((e) => onNewMessageComposeHandler(e, env));
    expect(shim.writes).toEqual([]);
  });

  it("OnNewMessageCompose signs a new message once, with our marker, and a second event adds nothing", async () => {
    const { mailbox, shim, env } = setup({ ...ORGANIZATION, signature: { ...ORGANIZATION.signature, insertOnNewMessage: true } });
    mailbox.startCompose({ to: [], bodyHtml: "<p><br></p>", composeType: "newMail" });
    await completion((e) => onNewMessageComposeHandler(e, env));
    await completion((e) => onNewMessageComposeHandler(e, env));
    expect(shim.writes.map((w) => w.api)).toEqual(["body.setSignatureAsync"]);
    expect(shim.writes[0].data).toContain('class="atbilde-signature"');
  });

  it.each([
    ["1.14", false],
    ["1.15", true],
  ])("Markdown in the alert only from Mailbox 1.15 (client supports %s)", async (version, markdown) => {
    const { mailbox, env } = setup(ORGANIZATION, version);
    await mailbox.displayReplyForm(WITHOUT_SIGNATURE);
    const options = await completion((e) => onMessageSendHandler(e, env));
    expect(options?.allowEvent).toBe(false);
    expect("errorMessageMarkdown" in (options ?? {})).toBe(markdown);
    // The custom text may be ignored where a commandId is set: the button still opens the check with the findings.
    expect(options?.commandId).toBe("atbildeCheckDraftButton");
    expect(JSON.parse(String(options?.contextData)).findings.length).toBeGreaterThan(0);
  });

  it.each(["lv", "en"] as const)("an alert about 20 and more findings stays within 500 characters (%s)", async (lang) => {
    const { mailbox, env } = setup(withOnSend({ warningsMode: "prompt" }));
    if (lang === "en") mailbox.roamingSettings.set("uiLanguage", "en");
    const messy =
      "<p>sveiki jūs!!!</p><p>PIELIKUMĀ NOSŪTU IESNIEGUMU, KAS TIKA IZSKATĪTS.</p>" +
      "<p>Lūdzam ņemt vērā, ka atvieglojuma apmērs ir atkarīgs no ģimenes sastāva, deklarētās dzīvesvietas, īpašuma lietošanas mērķa un citiem apstākļiem, kurus pašvaldība pārbauda katrā gadījumā atsevišķi un par kuriem jūs informēsim vēstulē pēc tam.</p>" +
      "<p>Jūsu personas kods 010101-10007 ir reģistrēts VID un NĪN sistēmā, kas tika pārbaudīta, un iesniegums tika nodots tālāk.</p>" +
      '<p>Sīkāk <a href="javascript:alert(1)">šeit</a>, <a href="http://intranet.adazi.local/x">šeit</a> un <a href="file://server/share/a.docx">saite</a>.</p>' +
      "<p>Uz doto brīdi jautājums tiek izskatīts, un jums jāgaida.</p>";
    await mailbox.displayReplyForm(messy);
    const config = readOrganizationConfig(withOnSend({ warningsMode: "prompt" }));
    const outcome = await decideMessageSend(env, config, lang);
    expect(outcome.findingsCount).toBeGreaterThanOrEqual(20);
    const options = await completion((e) => onMessageSendHandler(e, env));
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage).length).toBeLessThanOrEqual(500);
    expect(String(options?.errorMessageMarkdown).length).toBeLessThanOrEqual(500);
    // The missing signature (what stops the send) comes first.
    expect(String(options?.errorMessage)).toMatch(lang === "lv" ? /^Atbildē trūkst: .*parakstā/ : /^The reply is missing: .*in the signature/);
  });

  it("Outlook on the web's reply body without the quoted thread: the same findings, no complaint about the original", async () => {
    const full = setup();
    await full.mailbox.displayReplyForm(COMPLIANT.replace("tālr. 67997005<br>", ""));
    const owa = setup(ORGANIZATION, "1.15", { replyBodyWithoutThread: true });
    await owa.mailbox.displayReplyForm(COMPLIANT.replace("tālr. 67997005<br>", ""));
    const config = readOrganizationConfig(withOnSend({ warningsMode: "prompt" }));
    const withThread = await decideMessageSend(full.env, config, "lv");
    const withoutThread = await decideMessageSend(owa.env, config, "lv");
    expect(withoutThread.findingsCount).toBe(withThread.findingsCount);
    expect(withoutThread.decision).toEqual(withThread.decision);
    expect(withoutThread.decision.allow).toBe(false);
    // And a complete reply goes, thread or not.
    owa.mailbox.updateComposeBody(COMPLIANT);
    expect(await completion((e) => onMessageSendHandler(e, owa.env))).toEqual({ allowEvent: true });
  });
});

describe("the send budget (issue 13, defects 4 and 7)", () => {
  const FIVE_MB = 5 * 1024 * 1024;

  it("decides within its budget on a 5 MB body: a reply above a huge quoted thread is still checked", async () => {
    const { mailbox, env } = setup();
    const thread = `<div>${"<p>Iepriekšējā sarakste ar daudz teksta un saitēm https://www.adazunovads.lv/lv/pakalpojumi.</p>".repeat(Math.ceil(FIVE_MB / 90))}</div>`;
    await mailbox.displayReplyForm(WITHOUT_SIGNATURE);
    mailbox.updateComposeBody(mailbox.composeState!.bodyHtml + thread);
    expect(mailbox.composeState!.bodyHtml.length).toBeGreaterThan(FIVE_MB);
    const started = Date.now();
    const options = await completion((e) => onMessageSendHandler(e, env));
    expect(Date.now() - started).toBeLessThan(DEFAULT_BUDGET_MS);
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toContain("parakstā");
  });

  it.each([
    ["block", { allowEvent: true }],
    ["strict", { allowEvent: false }],
  ])("5 MB of the employee's own text is not checked: %s mode %j, within the budget", async (mode, expected) => {
    const { mailbox, env } = setup(withOnSend({ mode }));
    mailbox.startCompose({ to: [{ name: "Jānis", address: "janis.berzins@inbox.lv" }], bodyHtml: `<p>${"vārds ".repeat(FIVE_MB / 6)}</p>`, composeType: "newMail" });
    expect(FIVE_MB / 6).toBeGreaterThan(MAX_CHECKED_TEXT_CHARS);
    const started = Date.now();
    const options = await completion((e) => onMessageSendHandler(e, env));
    expect(Date.now() - started).toBeLessThan(DEFAULT_BUDGET_MS);
    expect(options).toMatchObject(expected);
  });

  it("a hung download of the spelling word lists costs only its own timeout: the missing signature still stops the send", async () => {
    const config = JSON.stringify(withOnSend({ spelling: true }));
    const hangingSpelling = (async (url: string) => {
      if (url.endsWith("organization.json")) return { ok: true, status: 200, text: async () => config, arrayBuffer: async () => new ArrayBuffer(0) };
      return new Promise(() => undefined);
    }) as SpellingFetch;
    const { mailbox, env } = setup(ORGANIZATION, "1.15", {}, hangingSpelling);
    await mailbox.displayReplyForm(WITHOUT_SIGNATURE);
    const started = Date.now();
    const options = await completion((e) => onMessageSendHandler(e, env));
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(SPELLING_LOAD_TIMEOUT_MS - 50);
    expect(took).toBeLessThan(DEFAULT_BUDGET_MS);
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toContain("parakstā");
  });
});

/** OfficeRuntime.storage over a Map. */
function store() {
  const map = new Map<string, string>();
  return { map, storage: { getItem: async (k: string) => map.get(k) ?? null, setItem: async (k: string, v: string) => void map.set(k, v) } };
}

describe("loadHandlerConfig", () => {
  it("fresh: validated, kept, and fetched by absolute URL from the base", async () => {
    const { map, storage } = store();
    const urls: string[] = [];
    const fetchFn = (async (url: string) => {
      urls.push(url);
      return { ok: true, status: 200, text: async () => ORGANIZATION_TEXT };
    }) as SpellingFetch;
    const result = await loadHandlerConfig({ baseUrl: "https://atbilde.adazi.lv/", fetch: fetchFn, storage });
    expect(result.source).toBe("fresh");
    expect(urls).toEqual(["https://atbilde.adazi.lv/organization.json"]);
    await Promise.resolve();
    expect(map.get(HANDLER_CONFIG_CACHE_KEY)).toBe(ORGANIZATION_TEXT);
    expect(result.config.internalDomains).toEqual(["adazi.lv", "adazunovads.lv"]);
  });

  it.each([
    ["invalid JSON", "{", "invalidJson"],
    ["HTTP 404", null, "missing"],
  ])("%s: the kept copy, else the defaults", async (_name, text, problem) => {
    const { map, storage } = store();
    const empty = await loadHandlerConfig({ baseUrl: "https://x.lv", fetch: served(text), storage });
    expect(empty).toMatchObject({ source: "defaults", problem });
    map.set(HANDLER_CONFIG_CACHE_KEY, ORGANIZATION_TEXT);
    const cached = await loadHandlerConfig({ baseUrl: "https://x.lv", fetch: served(text), storage });
    expect(cached).toMatchObject({ source: "cached", problem });
    expect(cached.config.organization.phone).toBe("67997005");
  });

  it("gives up on a silent host after its timeout", async () => {
    const { storage } = store();
    const started = Date.now();
    const result = await loadHandlerConfig({ baseUrl: "https://x.lv", fetch: (() => new Promise(() => undefined)) as unknown as SpellingFetch, storage, timeoutMs: 50 });
    expect(result).toMatchObject({ source: "defaults", problem: "timeout" });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("loadHandlerConfig through the shared loader", () => {
  it("a file with a broken part applies without it, is kept, and serves the next send from memory", async () => {
    const { map, storage } = store();
    const broken = `\uFEFF${JSON.stringify({ ...ORGANIZATION, onSend: { ...ORGANIZATION.onSend, mode: "warn", budgetMs: "soon" } })}`;
    let fetches = 0;
    const fetchFn = (async () => {
      fetches += 1;
      return { ok: true, status: 200, text: async () => broken, arrayBuffer: async () => new ArrayBuffer(0) };
    }) as SpellingFetch;
    const first = await loadHandlerConfig({ baseUrl: "https://x.lv", fetch: fetchFn, storage });
    expect(first).toMatchObject({ source: "fresh" });
    expect(first.problem).toBeUndefined();
    expect(first.config.onSend.mode).toBe("warn");
    expect(first.config.onSend.budgetMs).toBe(readOrganizationConfig({}).onSend.budgetMs);
    expect(first.config.organization.phone).toBe("67997005");
    await Promise.resolve();
    expect(map.get(HANDLER_CONFIG_CACHE_KEY)).toBe(broken.slice(1));
    const second = await loadHandlerConfig({ baseUrl: "https://x.lv", fetch: fetchFn, storage });
    expect(second.source).toBe("memory");
    expect(fetches).toBe(1);
  });

  it("without fetch in the runtime: the kept copy", async () => {
    const { map, storage } = store();
    map.set(HANDLER_CONFIG_CACHE_KEY, ORGANIZATION_TEXT);
    const result = await loadHandlerConfig({ baseUrl: "https://x.lv", fetch: null, storage });
    expect(result).toMatchObject({ source: "cached", problem: "unreachable" });
    expect(result.config.internalDomains).toEqual(["adazi.lv", "adazunovads.lv"]);
  });
});

describe("spelling on send through the shared spelling-asset loader", () => {
  const dir = path.join(__dirname, "..", "..", "..", "assets", "spelling");

  it("loads the Latvian word list with the English one (foreign words), and a typo counts", async () => {
    const config = JSON.stringify(withOnSend({ spelling: true }));
    const fetched: string[] = [];
    const fetchFn = (async (url: string) => {
      fetched.push(url);
      if (url.endsWith("organization.json")) return { ok: true, status: 200, text: async () => config, arrayBuffer: async () => new ArrayBuffer(0) };
      const file = path.join(dir, path.basename(url));
      const found = fs.existsSync(file);
      const bytes = found ? fs.readFileSync(file) : Buffer.alloc(0);
      return { ok: found, status: found ? 200 : 404, text: async () => bytes.toString("utf8"), arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) };
    }) as SpellingFetch;
    const { mailbox, env } = setup(ORGANIZATION, "1.15", {}, fetchFn);
    await mailbox.displayReplyForm(COMPLIANT.replace("Atvieglojumu piemērosim", "Atvieglojumu pasvaldiba piemērosim"));
    const outcome = await decideMessageSend(env, readOrganizationConfig(JSON.parse(config)), "lv");
    expect(outcome.spelling).toBe("used");
    expect(outcome.findings.filter((f) => f.rule === "spelling").map((f) => f.excerpt)).toEqual(expect.arrayContaining([expect.stringContaining("pasvaldiba")]));
    expect(outcome.decision.allow).toBe(false);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as { assets: Record<string, { file: string }> };
    expect(fetched.filter((u) => u.includes("assets/spelling/")).sort()).toEqual(["assets/spelling/manifest.json", `assets/spelling/${manifest.assets.en.file}`, `assets/spelling/${manifest.assets.lv.file}`].sort());

    // The next send comes with a new environment object (officeEnvironment() per event): the lists are not fetched again.
    const again = await decideMessageSend({ ...env, fetch: ((url: string) => fetchFn(url)) as SpellingFetch }, readOrganizationConfig(JSON.parse(config)), "lv");
    expect(again.spelling).toBe("used");
    expect(fetched.filter((u) => u.includes("assets/spelling/"))).toHaveLength(3);
  });
});
