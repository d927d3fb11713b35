/**
 * The preview's Office shim over MemoryMailbox, driven by the real event wiring (from source):
 * what the preview's "Send" and new-message simulation will see.
 */
import * as fs from "fs";
import * as path from "path";
import { MemoryMailbox, type MemoryMessage } from "../../../src/office/memoryMailbox";
import { createOfficeShim } from "../../../src/preview/officeShim";
import {
  onMessageSendHandler,
  onNewMessageComposeHandler,
  registerEventHandlers,
  type HandlerEnvironment,
  type OfficeLike,
  type SpellingFetch,
} from "../../../src/office/eventWiring";
import { resetHandlerConfigMemory, loadHandlerConfig, HANDLER_CONFIG_CACHE_KEY } from "../../../src/office/handlerConfig";

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

function setup(config: Record<string, unknown> = ORGANIZATION, supportedVersion = "1.15") {
  const mailbox = new MemoryMailbox({
    messages: [ORIGINAL],
    user: { displayName: "Anna Liepa", emailAddress: "anna.liepa@adazi.lv" },
    supportedVersion,
    initialSettings: { signature: { position: "klientu apkalpošanas speciāliste" } },
  });
  const shim = createOfficeShim(mailbox);
  const env: HandlerEnvironment = { office: shim.Office as unknown as OfficeLike, storage: shim.OfficeRuntime.storage, fetch: served(JSON.stringify(config)), baseUrl: "" };
  return { mailbox, shim, env };
}

function completion(run: (event: { completed(o?: Record<string, unknown>): void }) => Promise<void>): Promise<Record<string, unknown> | undefined> {
  return new Promise((resolve) => {
    void run({ completed: (o) => resolve(o) });
  });
}

beforeEach(() => resetHandlerConfigMemory());

describe("officeShim + eventWiring", () => {
  it("registers the bundle's handlers through actions.associate", () => {
    const { shim } = setup();
    (globalThis as Record<string, unknown>).Office = shim.Office;
    try {
      registerEventHandlers();
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

describe("loadHandlerConfig", () => {
  const store = () => {
    const map = new Map<string, string>();
    return { map, storage: { getItem: async (k: string) => map.get(k) ?? null, setItem: async (k: string, v: string) => void map.set(k, v) } };
  };

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
