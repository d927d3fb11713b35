/**
 * The built event-handler bundle (launchevent.js) as Outlook's JavaScript-only runtime runs it:
 * parsed at ecmaVersion 2016, then loaded into a bare Node vm context — no window, document,
 * localStorage or WebAssembly — with only a fake Office, fetch, OfficeRuntime.storage, timers and
 * console. Every test talks to the real handlers the bundle registered with Office.actions.associate.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import * as acorn from "acorn";
import { composeReply } from "../../src/core/compose";
import type { ReplyPlan } from "../../src/core/compose/types";
import { getProfile } from "../../src/core/standard";
import { quotedOriginalHtml, type MemoryMessage } from "../../src/office/memoryMailbox";

const ROOT = path.join(__dirname, "..", "..");
const BUNDLE = path.join(ROOT, "build", "preview", "launchevent.js");
const ORGANIZATION = JSON.parse(fs.readFileSync(path.join(ROOT, "src", "preview", "organization.json"), "utf8")) as Record<string, unknown> & {
  onSend: Record<string, unknown>;
  signature: Record<string, unknown>;
};

let bundle = "";
/** Issue 18: the classic-Outlook handler file stays within 350 KB. */
const MAX_HANDLER_BYTES = 350 * 1024;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkClassicRuntime } = require("../../scripts/handler/classic-runtime.js") as {
  checkClassicRuntime(code: string): { conditional: number; async: number; generator: number };
};

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const build = require("../../scripts/build.js") as { run(args: Record<string, unknown>): Promise<void> };
    await build.run({ preview: true, quiet: true });
  }
  bundle = fs.readFileSync(BUNDLE, "utf8");
}, 180000);

// ------------------------------------------------------------------ the fake Outlook

type AsyncCallback = (result: { status: string; value: unknown; error: { message: string } | null; asyncContext?: unknown }) => void;

function ok(cb: AsyncCallback, value: unknown): void {
  // Outlook calls back asynchronously.
  Promise.resolve().then(() => cb({ status: "succeeded", value, error: null, asyncContext: undefined }));
}

class FakeClock {
  now = Date.UTC(2026, 10, 20, 9, 0, 0);
  private timers: { id: number; at: number; fn: () => void }[] = [];
  private nextId = 1;
  setTimeout = (fn: () => void, ms?: number): number => {
    const id = this.nextId++;
    this.timers.push({ id, at: this.now + Math.max(0, ms ?? 0), fn });
    return id;
  };
  clearTimeout = (id: number): void => {
    this.timers = this.timers.filter((t) => t.id !== id);
  };
  async advance(ms: number): Promise<void> {
    const end = this.now + ms;
    for (;;) {
      await flush();
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.now = due.at;
      due.fn();
    }
    this.now = end;
    await flush();
  }
}

function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

interface Scenario {
  body: string;
  to?: string[];
  cc?: string[];
  composeType?: "newMail" | "reply" | "replyAll" | "forward";
  attachments?: { name: string; size: number; isInline: boolean }[];
  /** Highest Mailbox requirement set the client supports. */
  mailbox?: string;
  displayLanguage?: string;
  roaming?: Record<string, unknown>;
  /** organization.json: an object (served), null (404), "unreachable" (fetch rejects), "hang" (never answers). */
  config?: Record<string, unknown> | null | "unreachable" | "hang";
  storage?: Map<string, string>;
  clock?: FakeClock;
  bodyGetAsync?: (coercion: unknown, cb: AsyncCallback) => void;
  clientSignatureEnabled?: boolean;
  /** Files served under assets/spelling/ (name -> bytes). */
  assets?: Map<string, Uint8Array>;
}

interface Loaded {
  handlers: Record<string, (event: { completed(options?: Record<string, unknown>): void }) => void>;
  fetched: string[];
  storage: Map<string, string>;
  signatureCalls: { html: string; options: Record<string, unknown> }[];
  disableCalls: number;
  /** Runs a handler and resolves with what event.completed got (and how often it was called). */
  run(name: string): Promise<{ options: Record<string, unknown> | undefined; calls: number }>;
}

function versionAtMost(version: string, max: string): boolean {
  const a = version.split(".").map(Number);
  const b = max.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return true;
}

function load(s: Scenario): Loaded {
  const storage = s.storage ?? new Map<string, string>();
  const fetched: string[] = [];
  const signatureCalls: Loaded["signatureCalls"] = [];
  let disableCalls = 0;
  let body = s.body;
  const recipients = (list: string[] = []) => list.map((a) => ({ emailAddress: a, displayName: "" }));
  const handlers: Loaded["handlers"] = {};
  const roaming = s.roaming ?? {};
  const max = s.mailbox ?? "1.15";

  const item = {
    body: {
      getAsync: s.bodyGetAsync ?? ((_coercion: unknown, cb: AsyncCallback) => ok(cb, body)),
      setSignatureAsync: (html: string, options: Record<string, unknown>, cb: AsyncCallback) => {
        signatureCalls.push({ html, options });
        body = `${body}<div id="Signature">${html}</div>`;
        ok(cb, undefined);
      },
    },
    to: { getAsync: (cb: AsyncCallback) => ok(cb, recipients(s.to ?? ["janis.berzins@inbox.lv"])) },
    cc: { getAsync: (cb: AsyncCallback) => ok(cb, recipients(s.cc)) },
    getComposeTypeAsync: (cb: AsyncCallback) => ok(cb, { composeType: s.composeType ?? "reply", coercionType: "html" }),
    getAttachmentsAsync: (cb: AsyncCallback) => ok(cb, (s.attachments ?? []).map((a, i) => ({ id: String(i), ...a }))),
    isClientSignatureEnabledAsync: (cb: AsyncCallback) => ok(cb, Boolean(s.clientSignatureEnabled)),
    disableClientSignatureAsync: (cb: AsyncCallback) => {
      disableCalls += 1;
      ok(cb, undefined);
    },
  };
  const Office = {
    actions: { associate: (name: string, fn: Loaded["handlers"][string]) => (handlers[name] = fn) },
    context: {
      mailbox: { item, userProfile: { emailAddress: "anna.liepa@adazi.lv", displayName: "Anna Liepa" } },
      roamingSettings: { get: (key: string) => (key in roaming ? roaming[key] : null) },
      displayLanguage: s.displayLanguage ?? "lv-LV",
      requirements: { isSetSupported: (name: string, version?: string) => name === "Mailbox" && versionAtMost(version ?? "1.1", max) },
    },
    CoercionType: { Html: "html", Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
  };
  const response = (status: number, bytes: Uint8Array | string) => ({
    ok: status >= 200 && status < 300,
    status,
    text: async () => (typeof bytes === "string" ? bytes : Buffer.from(bytes).toString("utf8")),
    json: async () => JSON.parse(typeof bytes === "string" ? bytes : Buffer.from(bytes).toString("utf8")),
    arrayBuffer: async () => {
      const b = typeof bytes === "string" ? Buffer.from(bytes) : bytes;
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
    },
  });
  const fakeFetch = async (url: string) => {
    fetched.push(url);
    if (/(^|\/)organization\.json$/.test(url)) {
      if (s.config === "unreachable") throw new TypeError("Failed to fetch");
      if (s.config === "hang") return new Promise<never>(() => undefined);
      if (s.config === null) return response(404, "");
      return response(200, JSON.stringify(s.config ?? ORGANIZATION));
    }
    const asset = /assets\/spelling\/([^/]+)$/.exec(url);
    if (asset && s.assets?.has(asset[1])) return response(200, s.assets.get(asset[1])!);
    return response(404, "");
  };
  const OfficeRuntime = {
    storage: {
      getItem: async (key: string) => (storage.has(key) ? storage.get(key)! : null),
      setItem: async (key: string, value: string) => void storage.set(key, value),
    },
  };
  const clock = s.clock;
  const FakeDate = clock
    ? class extends Date {
        static override now(): number {
          return clock.now;
        }
      }
    : Date;
  const context = vm.createContext({
    Office,
    OfficeRuntime,
    fetch: fakeFetch,
    console,
    setTimeout: clock ? clock.setTimeout : setTimeout,
    clearTimeout: clock ? clock.clearTimeout : clearTimeout,
    Date: FakeDate,
  });
  vm.runInContext(bundle, context, { filename: "launchevent.js" });

  return {
    handlers,
    fetched,
    storage,
    signatureCalls,
    get disableCalls() {
      return disableCalls;
    },
    run(name: string) {
      return new Promise((resolve) => {
        let calls = 0;
        let first: Record<string, unknown> | undefined;
        const event = {
          completed(options?: Record<string, unknown>) {
            calls += 1;
            if (calls === 1) first = options;
            // Give a second (wrong) call the chance to happen before reporting.
            setImmediate(() => setImmediate(() => resolve({ options: first, calls })));
          },
        };
        handlers[name](event);
      });
    },
  };
}

// ------------------------------------------------------------------ realistic drafts

const SIGNATURE = {
  name: "Anna Liepa",
  position: "klientu apkalpošanas speciāliste",
  institution: "Ādažu novada pašvaldība",
  phone: "67997005",
  email: "anna.liepa@adazi.lv",
  website: "https://www.adazunovads.lv",
};

const ORIGINAL: MemoryMessage = {
  id: "orig",
  subject: "Nekustamā īpašuma nodokļa atvieglojums",
  from: { name: "Jānis Bērziņš", address: "janis.berzins@inbox.lv" },
  to: [{ name: "Ādažu novada pašvaldība", address: "dome@adazi.lv" }],
  date: "2026-11-17T08:30:00Z",
  bodyHtml: "<p>Labdien!</p><p>Vai man pienākas nodokļa atvieglojums?</p><p>Ar cieņu<br>Jānis Bērziņš<br>tālr. 29123456</p>",
};

function plan(over: Partial<ReplyPlan> = {}): ReplyPlan {
  return {
    scenario: "answer",
    language: "lv",
    client: { name: "Jānis Bērziņš", email: "janis.berzins@inbox.lv" },
    original: { date: "2026-11-17", subject: ORIGINAL.subject, kind: "e-pasts" },
    greeting: "neutral",
    body: ["Jūsu ģimenei pienākas nekustamā īpašuma nodokļa atvieglojums 50 procentu apmērā.", "Atvieglojumu piemērosim no nākamā mēneša."],
    closing: "thanks",
    signature: { ...SIGNATURE },
    ...over,
  };
}

function replyBody(p: ReplyPlan, extraHtml = ""): string {
  const reply = composeReply(p, { today: "2026-11-20", profile: getProfile("adazi-2023") });
  return `${reply.html}${extraHtml}${quotedOriginalHtml(ORIGINAL)}`;
}

function withOnSend(onSend: Record<string, unknown>): Record<string, unknown> {
  return { ...ORGANIZATION, onSend: { ...ORGANIZATION.onSend, ...onSend } };
}

const LONG_SENTENCE =
  "Lūdzam ņemt vērā, ka atvieglojuma apmērs ir atkarīgs no ģimenes sastāva, deklarētās dzīvesvietas, īpašuma lietošanas mērķa un citiem apstākļiem, kurus pašvaldība pārbauda katrā gadījumā atsevišķi un par kuriem Jūs informēsim vēstulē pēc tam, kad būsim saņēmuši visus nepieciešamos dokumentus no valsts reģistriem.";

// ------------------------------------------------------------------ tests

describe("launchevent.js syntax", () => {
  it("parses as ECMAScript 2016 (classic Outlook's event runtime)", () => {
    expect(() => acorn.parse(bundle, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  it("has no conditional operator, async function or generator, and is at most 350 KB (issue 18)", () => {
    expect(checkClassicRuntime(bundle)).toEqual({ conditional: 0, async: 0, generator: 0 });
    expect(Buffer.byteLength(bundle, "utf8")).toBeLessThanOrEqual(MAX_HANDLER_BYTES);
    // The production build (minified, no schema validator at run time).
    expect(bundle.split("\n").length).toBeLessThan(20);
    expect(bundle).not.toContain("instancePath");
  });

  it("the parse check rejects newer syntax (control)", () => {
    expect(() => acorn.parse("var a = b?.c;", { ecmaVersion: 2016 })).toThrow();
    expect(() => acorn.parse("async function f() {}", { ecmaVersion: 2016 })).toThrow();
  });

  it("registers both handlers at the top level with the manifest's names", () => {
    expect(bundle).toContain("onMessageSendHandler");
    expect(bundle).toContain("onNewMessageComposeHandler");
    const { handlers } = load({ body: "" });
    expect(Object.keys(handlers).sort()).toEqual(["onMessageSendHandler", "onNewMessageComposeHandler"]);
  });

  it("uses no browser-only or dynamic facilities", () => {
    expect(bundle).not.toMatch(/\blocalStorage\b|\bWebAssembly\b|Office\.onReady/);
  });
});

describe("OnMessageSend", () => {
  it("sends a compliant reply", async () => {
    const fake = load({ body: replyBody(plan()) });
    const { options, calls } = await fake.run("onMessageSendHandler");
    expect(options).toEqual({ allowEvent: true });
    expect(calls).toBe(1);
    expect(fake.fetched.some((u) => u.endsWith("organization.json"))).toBe(true);
  });

  it("stops a reply without phone and website, naming both and the clause", async () => {
    const fake = load({ body: replyBody(plan({ signature: { ...SIGNATURE, phone: "", website: "" } })), mailbox: "1.15" });
    const { options, calls } = await fake.run("onMessageSendHandler");
    expect(calls).toBe(1);
    expect(options?.allowEvent).toBe(false);
    const message = String(options?.errorMessage);
    expect(message).toContain("tālrunis");
    expect(message).toContain("tīmekļvietne");
    expect(message).toContain("9.4");
    expect(message.length).toBeLessThanOrEqual(500);
    expect(options?.cancelLabel).toBe("Pārbaudīt");
    expect(options?.commandId).toBe("atbildeCheckDraftButton");
    expect(String(options?.errorMessageMarkdown).length).toBeLessThanOrEqual(500);
    const context = JSON.parse(String(options?.contextData)) as { findings: { rule: string }[] };
    expect(context.findings.map((f) => f.rule).sort()).toEqual(["signature-phone", "signature-website"]);
    expect(options?.sendModeOverride).toBeUndefined();
  });

  it("in English when Outlook's display language is English", async () => {
    const fake = load({ body: replyBody(plan({ signature: { ...SIGNATURE, phone: "" } })), displayLanguage: "en-US", mailbox: "1.13" });
    const { options } = await fake.run("onMessageSendHandler");
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toMatch(/missing: phone in the signature \(Ādaži 2023, cl\. 9\.4\)/);
    // Mailbox 1.13: no button customisation.
    expect(options?.cancelLabel).toBeUndefined();
    expect(options?.commandId).toBeUndefined();
  });

  it("sends a reply only to colleagues", async () => {
    const fake = load({ body: replyBody(plan({ signature: { ...SIGNATURE, phone: "", website: "" } })), to: ["ilze.kalnina@adazi.lv"], cc: ["dome@adazunovads.lv"] });
    expect((await fake.run("onMessageSendHandler")).options).toEqual({ allowEvent: true });
  });

  it.each([
    ["1.13", { allowEvent: true }],
    ["1.14", { allowEvent: false, sendModeOverride: "promptUser" }],
  ])("a warnings-only reply on Mailbox %s follows warningsMode prompt", async (mailbox, expected) => {
    const body = replyBody(plan({ body: [LONG_SENTENCE] }));
    const fake = load({ body, mailbox, config: withOnSend({ warningsMode: "prompt" }) });
    const { options } = await fake.run("onMessageSendHandler");
    expect(options).toMatchObject(expected);
    if (options?.allowEvent === false) {
      expect(String(options.errorMessage)).toContain("pārāk gari teikumi");
      expect(options.commandId).toBe("atbildeCheckDraftButton");
    }
  });

  it("a warnings-only reply is sent when warningsMode is send, on 1.14 too", async () => {
    const fake = load({ body: replyBody(plan({ body: [LONG_SENTENCE] })), mailbox: "1.15", config: withOnSend({ warningsMode: "send" }) });
    expect((await fake.run("onMessageSendHandler")).options).toEqual({ allowEvent: true });
  });

  it("fails open when body.getAsync throws", async () => {
    const fake = load({
      body: "",
      bodyGetAsync: () => {
        throw new Error("Internal error");
      },
    });
    const { options, calls } = await fake.run("onMessageSendHandler");
    expect(options).toEqual({ allowEvent: true });
    expect(calls).toBe(1);
  });

  it("in strict mode, a check that throws stops the send and says why", async () => {
    const fake = load({
      body: "",
      config: withOnSend({ mode: "strict" }),
      bodyGetAsync: () => {
        throw new Error("Internal error");
      },
    });
    const { options } = await fake.run("onMessageSendHandler");
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toContain("nevarēja pārbaudīt");
  });

  it.each([
    ["block", { allowEvent: true }],
    ["strict", { allowEvent: false }],
  ])("when body.getAsync never answers, the budget (mode %s) decides", async (mode, expected) => {
    const clock = new FakeClock();
    const fake = load({ body: "", clock, config: withOnSend({ mode, budgetMs: 3000 }), bodyGetAsync: () => undefined });
    let result: { options: Record<string, unknown> | undefined; calls: number } | null = null;
    const running = fake.run("onMessageSendHandler").then((r) => (result = r));
    await clock.advance(2900);
    expect(result).toBeNull();
    await clock.advance(200);
    await running;
    expect(result!.options).toMatchObject(expected);
    expect(result!.calls).toBe(1);
  });

  describe("organization.json", () => {
    const incomplete = () => replyBody(plan({ signature: { ...SIGNATURE, phone: "" } }));
    const offConfig = JSON.stringify(withOnSend({ mode: "off" }));

    it("fresh: the served file decides and is kept in OfficeRuntime.storage", async () => {
      const fake = load({ body: incomplete(), config: withOnSend({ mode: "off" }) });
      expect((await fake.run("onMessageSendHandler")).options).toEqual({ allowEvent: true });
      expect(JSON.parse(fake.storage.get("atbilde.organizationConfig")!).onSend.mode).toBe("off");
    });

    it("cached: when the host is unreachable, the kept copy decides", async () => {
      const storage = new Map([["atbilde.organizationConfig", offConfig]]);
      const fake = load({ body: incomplete(), config: "unreachable", storage });
      expect((await fake.run("onMessageSendHandler")).options).toEqual({ allowEvent: true });
    });

    it("missing and nothing kept: the defaults (block) decide", async () => {
      const fake = load({ body: incomplete(), config: null });
      const { options } = await fake.run("onMessageSendHandler");
      expect(options?.allowEvent).toBe(false);
      expect(String(options?.errorMessage)).toContain("tālrunis");
    });

    it("a host that never answers costs only its share of the budget; the kept copy decides", async () => {
      const clock = new FakeClock();
      const storage = new Map([["atbilde.organizationConfig", JSON.stringify(withOnSend({ mode: "block" }))]]);
      const fake = load({ body: incomplete(), clock, storage, config: "hang" });
      let result: { options: Record<string, unknown> | undefined } | null = null;
      const running = fake.run("onMessageSendHandler").then((r) => (result = r));
      await clock.advance(1400);
      expect(result).toBeNull();
      await clock.advance(200);
      await running;
      expect(result!.options?.allowEvent).toBe(false);
      expect(String(result!.options?.errorMessage)).toContain("tālrunis");
    });
  });

  it("keeps the message within 500 characters when much is missing", async () => {
    const body =
      "<p>labi, skatīsimies</p>" +
      '<p>Skatīt <a href="javascript:alert(1)">šeit</a>, <a href="file:///C:/x.doc">šeit</a>, <a href="data:text/html,x">saite</a>.</p>' +
      "<p>JŪS ESAT VAINĪGS!!! Pielikumā nosūtu dokumentu. Personas kods 010190-10008.</p>" +
      quotedOriginalHtml(ORIGINAL);
    const fake = load({ body, mailbox: "1.15" });
    const { options } = await fake.run("onMessageSendHandler");
    expect(options?.allowEvent).toBe(false);
    const message = String(options?.errorMessage);
    expect(message.length).toBeLessThanOrEqual(500);
    expect(message).toContain("uzruna");
    expect(String(options?.errorMessageMarkdown).length).toBeLessThanOrEqual(500);
    expect(Buffer.byteLength(String(options?.contextData))).toBeLessThanOrEqual(4096);
  });

  it("stops a 1 MB body whose new part lacks the signature", async () => {
    const thread: string[] = [];
    let size = 0;
    for (let i = 0; size < 1024 * 1024; i++) {
      const part = quotedOriginalHtml({ ...ORIGINAL, id: `m${i}`, bodyHtml: `${ORIGINAL.bodyHtml}<p>${"Iepriekšējā vēstule par nodokli. ".repeat(40)}</p>` });
      thread.push(part);
      size += part.length;
    }
    const newPart = "<p>Labdien!</p><p>Paldies par Jūsu 17. novembra e-pastu. Atvieglojumu piemērosim no nākamā mēneša.</p>";
    const body = newPart + thread.join("");
    expect(body.length).toBeGreaterThan(1024 * 1024);
    const fake = load({ body });
    const started = Date.now();
    const { options } = await fake.run("onMessageSendHandler");
    expect(Date.now() - started).toBeLessThan(3000);
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toMatch(/vārds un uzvārds.*parakstā/);
  });

  it("spelling on send: a typo stops the send when the organization asks for it", async () => {
    const dir = path.join(ROOT, "assets", "spelling");
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as { assets: Record<string, { file: string }> };
    const assets = new Map<string, Uint8Array>([["manifest.json", fs.readFileSync(path.join(dir, "manifest.json"))]]);
    assets.set(manifest.assets.lv.file, fs.readFileSync(path.join(dir, manifest.assets.lv.file)));
    // Latvian recognises foreign words with the English list (the one spelling-asset loader).
    assets.set(manifest.assets.en.file, fs.readFileSync(path.join(dir, manifest.assets.en.file)));
    const body = replyBody(plan({ body: ["Atvieglojumu piemērosim no nākamā mēneša, un pasvaldiba Jūs informēs."] }));
    const fake = load({ body, assets, config: withOnSend({ spelling: true }) });
    const { options } = await fake.run("onMessageSendHandler");
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toContain("pareizrakstības");
    expect(fake.fetched.some((u) => u.endsWith(manifest.assets.lv.file))).toBe(true);
    expect(fake.fetched.some((u) => u.endsWith(manifest.assets.en.file))).toBe(true);
  });
});

describe("OnNewMessageCompose", () => {
  const insertConfig = { ...ORGANIZATION, signature: { ...ORGANIZATION.signature, insertOnNewMessage: true } };
  const roaming = { signature: { position: "klientu apkalpošanas speciāliste" } };

  it.each(["newMail", "reply", "replyAll", "forward"] as const)("inserts the Atbilde signature once (%s)", async (composeType) => {
    const body = composeType === "newMail" ? "<div><br></div>" : `<div><br></div>${quotedOriginalHtml(ORIGINAL)}`;
    const fake = load({ body, composeType, config: insertConfig, roaming });
    const { options, calls } = await fake.run("onNewMessageComposeHandler");
    expect(calls).toBe(1);
    expect(options).toBeUndefined();
    expect(fake.signatureCalls).toHaveLength(1);
    const html = fake.signatureCalls[0].html;
    for (const part of ["Ar cieņu", "Anna Liepa", "klientu apkalpošanas speciāliste", "Ādažu novada pašvaldība", "67997005", "anna.liepa@adazi.lv", "adazunovads.lv"]) {
      expect(html).toContain(part);
    }
    expect(fake.signatureCalls[0].options).toEqual({ coercionType: "html" });
  });

  it("when the user turned it on in their settings", async () => {
    const fake = load({ body: "<div><br></div>", composeType: "newMail", roaming: { ...roaming, insertSignature: true } });
    await fake.run("onNewMessageComposeHandler");
    expect(fake.signatureCalls).toHaveLength(1);
  });

  it("not when nobody asked for it", async () => {
    const fake = load({ body: "<div><br></div>", composeType: "newMail", roaming });
    await fake.run("onNewMessageComposeHandler");
    expect(fake.signatureCalls).toHaveLength(0);
  });

  it("not when the body already has a signature (Outlook's own container)", async () => {
    const body =
      '<div><br></div><div id="Signature"><p>Ar cieņu<br>Anna Liepa<br>klientu apkalpošanas speciāliste<br>Ādažu novada pašvaldība<br>tālr. 67997005<br>anna.liepa@adazi.lv<br>www.adazunovads.lv</p></div>';
    const fake = load({ body, composeType: "newMail", config: insertConfig, roaming });
    await fake.run("onNewMessageComposeHandler");
    expect(fake.signatureCalls).toHaveLength(0);
  });

  it("not when Outlook's own signature is enabled", async () => {
    const fake = load({ body: "<div><br></div>", composeType: "newMail", config: insertConfig, roaming, clientSignatureEnabled: true });
    await fake.run("onNewMessageComposeHandler");
    expect(fake.signatureCalls).toHaveLength(0);
    expect(fake.disableCalls).toBe(0);
  });

  it("disables Outlook's signature and inserts its own when configured", async () => {
    const config = { ...ORGANIZATION, signature: { ...ORGANIZATION.signature, insertOnNewMessage: true, disableClientSignature: true } };
    const fake = load({ body: "<div><br></div>", composeType: "reply", config, roaming, clientSignatureEnabled: true });
    await fake.run("onNewMessageComposeHandler");
    expect(fake.disableCalls).toBe(1);
    expect(fake.signatureCalls).toHaveLength(1);
  });

  it("not on clients before Mailbox 1.10", async () => {
    const fake = load({ body: "<div><br></div>", composeType: "newMail", config: insertConfig, roaming, mailbox: "1.9" });
    const { calls } = await fake.run("onNewMessageComposeHandler");
    expect(calls).toBe(1);
    expect(fake.signatureCalls).toHaveLength(0);
  });
});
