/**
 * The Office side of the event handlers (Smart Alerts, issue 8): reads the message through the
 * item's async getters, runs the core checker, lets decide.ts decide and reports the result with
 * event.completed — exactly once.
 *
 * It never traps mail through its own fault: any exception, or the send budget running out
 * (organization.json onSend.budgetMs, 3 s by default), lets the message go — unless the
 * organization chose strict mode, which then stops it and says the check could not run.
 *
 * Runs in Outlook's JavaScript-only runtime on classic Windows (no DOM, no localStorage, no
 * import(), no WebAssembly, Office.onReady never fires), so everything it needs arrives in one
 * file and the Office global is used only through the small shapes below.
 */
import { parseDraft } from "../core/draft";
import { buildContext, onlyInternalRecipients } from "../core/check/context";
import { checkDraftDetailed } from "../core/check/checkDraft";
import { RULES_WITHOUT_SPELLING } from "../core/rules";
import { createSpellingRule, type SpellingCheckers } from "../core/rules/spelling";
import { createSpellChecker, type SpellChecker } from "../core/spelling";
import { signatureHtml } from "../core/compose";
import { getProfile } from "../core/standard";
import type { OrganizationConfig } from "../core/config/types";
import type { AttachmentInfo, ComposeType, Recipient, Rule, UiLanguage } from "../core/rules/types";
import { decideOnSend, type OnSendDecision } from "../launchevent/decide";
import { officeCall, type AsyncResultLike } from "./officeMailbox";
import { CONFIG_FETCH_TIMEOUT_MS, loadHandlerConfig, type AsyncKeyValueStorage, type FetchLike } from "./handlerConfig";

declare const __ATBILDE_BASE_URL__: string;
/** Office's shared runtime object (no typings installed); only its storage is used here. */
declare const OfficeRuntime: { storage?: AsyncKeyValueStorage } | undefined;

/** The send budget when organization.json does not set one. */
export const DEFAULT_BUDGET_MS = 3000;

// ------------------------------------------------------------------ the Office shapes we use

type Callback<T> = (result: AsyncResultLike<T>) => void;

interface EmailAddressLike {
  emailAddress?: string;
  displayName?: string;
}

interface RecipientsLike {
  getAsync(callback: Callback<EmailAddressLike[]>): void;
}

export interface ComposeItemLike {
  body: {
    getAsync(coercionType: unknown, callback: Callback<string>): void;
    setSignatureAsync?(data: string, options: { coercionType: unknown }, callback: Callback<void>): void;
  };
  to?: RecipientsLike;
  cc?: RecipientsLike;
  bcc?: RecipientsLike;
  getComposeTypeAsync?(callback: Callback<{ composeType?: string } | string>): void;
  getAttachmentsAsync?(callback: Callback<{ name?: string; size?: number; isInline?: boolean; contentType?: string }[]>): void;
  isClientSignatureEnabledAsync?(callback: Callback<boolean>): void;
  disableClientSignatureAsync?(callback: Callback<void>): void;
}

export interface OfficeLike {
  context: {
    mailbox: { item: ComposeItemLike | null | undefined; userProfile?: { emailAddress?: string; displayName?: string } };
    roamingSettings?: { get(name: string): unknown };
    displayLanguage?: string;
    requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
  actions?: { associate(name: string, handler: (event: HandlerEvent) => void): void };
  CoercionType?: { Html?: unknown };
  MailboxEnums?: { SendModeOverride?: { PromptUser?: string } };
}

export interface HandlerEvent {
  completed(options?: Record<string, unknown>): void;
}

export interface HandlerEnvironment {
  office: OfficeLike;
  storage: AsyncKeyValueStorage | null;
  fetch: SpellingFetch | null;
  /** The add-in's base URL, where organization.json and assets/spelling are. */
  baseUrl: string;
}

/** fetch as far as the handlers use it (config text, spelling bytes). */
export interface SpellingFetch extends FetchLike {
  (url: string, init?: { cache?: string }): Promise<{ ok: boolean; status: number; text(): Promise<string>; arrayBuffer(): Promise<ArrayBuffer> }>;
}

/** The real runtime's globals. */
export function officeEnvironment(): HandlerEnvironment {
  const runtimeFetch = typeof fetch === "function" ? fetch : null;
  return {
    office: Office as unknown as OfficeLike,
    storage: typeof OfficeRuntime !== "undefined" && OfficeRuntime && OfficeRuntime.storage ? OfficeRuntime.storage : null,
    fetch: runtimeFetch ? ((url, init) => runtimeFetch(url, init as RequestInit)) as SpellingFetch : null,
    baseUrl: typeof __ATBILDE_BASE_URL__ !== "undefined" ? __ATBILDE_BASE_URL__ : "",
  };
}

// ------------------------------------------------------------------ small helpers

function supportsSet(office: OfficeLike, version: string): boolean {
  try {
    return Boolean(office.context.requirements?.isSetSupported("Mailbox", version));
  } catch {
    return false;
  }
}

function roaming(office: OfficeLike, key: string): unknown {
  try {
    const value = office.context.roamingSettings?.get(key);
    return value === null ? undefined : value;
  } catch {
    return undefined;
  }
}

/** The user's chosen UI language (roaming "uiLanguage"), else Office's display language. */
export function handlerLanguage(office: OfficeLike): UiLanguage {
  const chosen = roaming(office, "uiLanguage");
  if (chosen === "lv" || chosen === "en") return chosen;
  return /^lv\b/i.test(office.context.displayLanguage ?? "") ? "lv" : "en";
}

function htmlCoercion(office: OfficeLike): unknown {
  return office.CoercionType?.Html ?? "html";
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((w): w is string => typeof w === "string" && w.trim() !== "") : [];
}

const COMPOSE_TYPES: Record<string, ComposeType> = { newMail: "new", reply: "reply", replyAll: "replyAll", forward: "forward" };

// ------------------------------------------------------------------ spelling (opt-in on send)

interface SpellingManifest {
  assets: Record<string, { file: string }>;
}

const spellCheckers: Partial<Record<"lv" | "en", Promise<SpellChecker>>> = {};

function loadSpellChecker(env: HandlerEnvironment, language: "lv" | "en", foreign?: SpellChecker): Promise<SpellChecker> {
  let loading = spellCheckers[language];
  if (!loading) {
    // An empty base (the browser preview's build) means beside the page.
    const base = env.baseUrl.replace(/\/+$/, "");
    const dir = base ? `${base}/assets/spelling/` : "assets/spelling/";
    const fetchFn = env.fetch;
    loading = (async () => {
      if (!fetchFn) throw new Error("no fetch in this runtime");
      const manifestResponse = await fetchFn(`${dir}manifest.json`);
      if (!manifestResponse.ok) throw new Error(`spelling manifest: HTTP ${manifestResponse.status}`);
      const manifest = JSON.parse(await manifestResponse.text()) as SpellingManifest;
      const entry = manifest.assets[language];
      if (!entry) throw new Error(`no spelling data for ${language}`);
      const response = await fetchFn(`${dir}${entry.file}`);
      if (!response.ok) throw new Error(`spelling data: HTTP ${response.status}`);
      return createSpellChecker(new Uint8Array(await response.arrayBuffer()), { foreign });
    })();
    spellCheckers[language] = loading;
    // A failed load is retried on the next send.
    loading.catch(() => {
      if (spellCheckers[language] === loading) delete spellCheckers[language];
    });
  }
  return loading;
}

/** The checkers a draft needs: Latvian always (the organization's language), English for English drafts. */
async function spellingFor(env: HandlerEnvironment, draftLanguage: string): Promise<SpellingCheckers> {
  if (draftLanguage === "en") {
    const en = await loadSpellChecker(env, "en");
    return { lv: await loadSpellChecker(env, "lv"), en };
  }
  return { lv: await loadSpellChecker(env, "lv") };
}

// ------------------------------------------------------------------ OnMessageSend

interface MessageFacts {
  html: string;
  recipients: Recipient[];
  composeType: ComposeType;
  attachments: AttachmentInfo[];
  userEmail: string | undefined;
}

async function readRecipients(list: RecipientsLike | undefined, kind: Recipient["kind"], operation: string): Promise<Recipient[]> {
  if (!list || typeof list.getAsync !== "function") return [];
  const value = await officeCall<EmailAddressLike[]>(operation, (cb) => list.getAsync(cb));
  return (value ?? []).filter((a) => a && a.emailAddress).map((a) => ({ email: String(a.emailAddress), name: a.displayName || undefined, kind }));
}

async function readMessage(env: HandlerEnvironment): Promise<MessageFacts> {
  const office = env.office;
  const item = office.context.mailbox.item;
  if (!item) throw new Error("no item");
  const [html, to, cc, bcc, composeType, attachments] = await Promise.all([
    officeCall<string>("body.getAsync", (cb) => item.body.getAsync(htmlCoercion(office), cb)),
    readRecipients(item.to, "to", "to.getAsync"),
    readRecipients(item.cc, "cc", "cc.getAsync"),
    // Bcc is Mailbox 1.1 in compose too; a failure there only loses the Bcc recipients.
    readRecipients(item.bcc, "bcc", "bcc.getAsync").catch(() => [] as Recipient[]),
    supportsSet(office, "1.10") && typeof item.getComposeTypeAsync === "function"
      ? officeCall("getComposeTypeAsync", (cb: Callback<{ composeType?: string } | string>) => item.getComposeTypeAsync!(cb)).then(
          (v) => COMPOSE_TYPES[typeof v === "string" ? v : (v?.composeType ?? "")] ?? "unknown",
          () => "unknown" as ComposeType,
        )
      : Promise.resolve<ComposeType>("unknown"),
    supportsSet(office, "1.8") && typeof item.getAttachmentsAsync === "function"
      ? officeCall("getAttachmentsAsync", (cb: Callback<{ name?: string; size?: number; isInline?: boolean; contentType?: string }[]>) => item.getAttachmentsAsync!(cb)).then(
          (list) => (list ?? []).filter((a) => !a.isInline).map((a) => ({ name: a.name ?? "", size: a.size, isInline: false, contentType: a.contentType })),
          () => [] as AttachmentInfo[],
        )
      : Promise.resolve<AttachmentInfo[]>([]),
  ]);
  return { html, recipients: [...to, ...cc, ...bcc], composeType, attachments, userEmail: office.context.mailbox.userProfile?.emailAddress };
}

/** What the send handler computed, for the preview and the tests (never logged). */
export interface SendOutcome {
  decision: OnSendDecision;
  findingsCount: number;
  spelling: "off" | "used" | "unavailable";
}

export async function decideMessageSend(env: HandlerEnvironment, config: OrganizationConfig, lang: UiLanguage): Promise<SendOutcome> {
  if (config.onSend.mode === "off") return { decision: { allow: true, reason: "mode-off" }, findingsCount: 0, spelling: "off" };
  const facts = await readMessage(env);
  const draft = parseDraft(facts.html, "html");
  const context = buildContext({
    draft,
    config,
    lang,
    recipients: facts.recipients,
    composeType: facts.composeType,
    attachments: facts.attachments,
    userEmail: facts.userEmail,
    // The user's own dictionary counts as known words, as in the task pane.
    threadNames: stringList(roaming(env.office, "personalDictionary")),
  });
  let rules: readonly Rule[] = RULES_WITHOUT_SPELLING;
  let spelling: SendOutcome["spelling"] = "off";
  if (config.onSend.spelling && draft.text.trim() !== "" && !onlyInternalRecipients(context)) {
    try {
      rules = [...RULES_WITHOUT_SPELLING, createSpellingRule(await spellingFor(env, draft.language))];
      spelling = "used";
    } catch {
      // Spelling data that cannot load never stops a send; the other rules still decide.
      spelling = "unavailable";
    }
  }
  const result = checkDraftDetailed(draft, context, rules);
  const decision = decideOnSend({
    findings: result.findings,
    scope: result.scope,
    onSend: config.onSend,
    supports: (version) => supportsSet(env.office, version),
    lang,
    profile: getProfile(config.profile),
  });
  return { decision, findingsCount: result.findings.length, spelling };
}

/** decide.ts's decision as event.completed options. */
export function completedOptions(decision: OnSendDecision, office: OfficeLike): Record<string, unknown> {
  if (decision.allow) return { allowEvent: true };
  const options: Record<string, unknown> = { allowEvent: false, errorMessage: decision.errorMessage };
  if (decision.errorMessageMarkdown) options.errorMessageMarkdown = decision.errorMessageMarkdown;
  if (decision.cancelLabel) options.cancelLabel = decision.cancelLabel;
  if (decision.commandId) options.commandId = decision.commandId;
  if (decision.contextData) options.contextData = decision.contextData;
  if (decision.sendModeOverride) options.sendModeOverride = office.MailboxEnums?.SendModeOverride?.PromptUser ?? "promptUser";
  return options;
}

const COULD_NOT_CHECK: Record<UiLanguage, string> = {
  lv: "Atbilde nevarēja pārbaudīt šo atbildi, bet iestāde prasa pārbaudi pirms sūtīšanas. Mēģiniet sūtīt vēlreiz; ja tas atkārtojas, sazinieties ar IT atbalstu.",
  en: "Atbilde could not check this reply, and your organization requires the check before sending. Try sending again; if this keeps happening, contact IT support.",
};

/** When the check itself fails or runs out of time: let the mail go, unless the organization chose strict. */
function failureOptions(config: OrganizationConfig | null, lang: UiLanguage): Record<string, unknown> {
  if (config && config.onSend.mode === "strict") return { allowEvent: false, errorMessage: COULD_NOT_CHECK[lang] };
  return { allowEvent: true };
}

/**
 * Runs `work` against the budget and completes the event exactly once: with work's options, or —
 * on a throw or when the budget runs out — with onFailure's. `rearm` restarts the budget (counted
 * from the start) once the configured budget is known.
 */
function completeOnce(
  event: HandlerEvent,
  work: (rearm: (budgetMs: number) => void, state: { config: OrganizationConfig | null; lang: UiLanguage }) => Promise<Record<string, unknown> | undefined>,
  lang: UiLanguage,
  onFailure: (state: { config: OrganizationConfig | null; lang: UiLanguage }) => Record<string, unknown> | undefined,
): Promise<void> {
  const started = Date.now();
  const state: { config: OrganizationConfig | null; lang: UiLanguage } = { config: null, lang };
  let finished = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new Promise<void>((resolve) => {
    const finish = (options: Record<string, unknown> | undefined) => {
      if (finished) return;
      finished = true;
      if (timer !== undefined) clearTimeout(timer);
      try {
        if (options) event.completed(options);
        else event.completed();
      } catch {
        // Nothing more can be done; Outlook applies its own fallback.
      }
      resolve();
    };
    const rearm = (budgetMs: number) => {
      if (finished) return;
      if (timer !== undefined) clearTimeout(timer);
      const left = Math.max(0, budgetMs - (Date.now() - started));
      timer = setTimeout(() => finish(onFailure(state)), left);
    };
    rearm(DEFAULT_BUDGET_MS);
    let running: Promise<Record<string, unknown> | undefined>;
    try {
      running = work(rearm, state);
    } catch (e) {
      running = Promise.reject(e);
    }
    running.then(finish, () => finish(onFailure(state)));
  });
}

function budgetOf(config: OrganizationConfig): number {
  const b = config.onSend.budgetMs;
  return typeof b === "number" && b > 0 ? b : DEFAULT_BUDGET_MS;
}

/** The UI language for the handler's messages; Latvian when Outlook cannot say. */
function safeLanguage(env: HandlerEnvironment): UiLanguage {
  try {
    return handlerLanguage(env.office);
  } catch {
    return "lv";
  }
}

function loadConfig(env: HandlerEnvironment) {
  return loadHandlerConfig({ baseUrl: env.baseUrl, fetch: env.fetch, storage: env.storage, timeoutMs: CONFIG_FETCH_TIMEOUT_MS });
}

export function onMessageSendHandler(event: HandlerEvent, env: HandlerEnvironment = officeEnvironment()): Promise<void> {
  const lang = safeLanguage(env);
  return completeOnce(
    event,
    async (rearm, state) => {
      const loaded = await loadConfig(env);
      state.config = loaded.config;
      rearm(budgetOf(loaded.config));
      const outcome = await decideMessageSend(env, loaded.config, lang);
      return completedOptions(outcome.decision, env.office);
    },
    lang,
    (state) => failureOptions(state.config, state.lang),
  );
}

// ------------------------------------------------------------------ OnNewMessageCompose

/** The signature the user set up (roaming "signature"), filled from the profile and the config. */
export function userSignatureFor(office: OfficeLike, config: OrganizationConfig, language: UiLanguage) {
  const raw = roaming(office, "signature");
  const saved = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof saved[key] === "string" ? (saved[key] as string).trim() : "");
  const profile = office.context.mailbox.userProfile ?? {};
  const institutionName = config.signature.institution ?? config.organization.name;
  return {
    name: text("name") || (profile.displayName ?? "").trim(),
    position: (language === "en" && text("positionEn")) || text("position"),
    institution: (language === "en" && text("institutionEn")) || text("institution") || (language === "en" ? institutionName.en || institutionName.lv : institutionName.lv),
    phone: text("phone") || config.signature.phone || config.organization.phone,
    email: text("email") || (profile.emailAddress ?? "").trim(),
    website: text("website") || config.signature.website || config.organization.website,
  };
}

export type ComposeOutcome = "inserted" | "disabled" | "not-wanted" | "unsupported" | "client-signature" | "has-signature" | "no-name";

/** Inserts the Atbilde signature into a new message, reply or forward unless one is there already. */
export async function insertSignatureOnCompose(env: HandlerEnvironment, config: OrganizationConfig, lang: UiLanguage): Promise<ComposeOutcome> {
  const office = env.office;
  const wanted = config.signature.insertOnNewMessage || roaming(office, "insertSignature") === true;
  if (!wanted) return "not-wanted";
  const item = office.context.mailbox.item;
  // setSignatureAsync and isClientSignatureEnabledAsync are Mailbox 1.10, as is the event itself.
  if (!item || !supportsSet(office, "1.10") || typeof item.body.setSignatureAsync !== "function") return "unsupported";

  const language: UiLanguage = lang === "en" && config.englishReplies ? "en" : "lv";
  const signature = userSignatureFor(office, config, language);
  if (!signature.name) return "no-name";

  // Outlook's own signature: if we cannot tell, assume it is on (never a second copy).
  let clientSignature = true;
  if (typeof item.isClientSignatureEnabledAsync === "function") {
    clientSignature = await officeCall<boolean>("isClientSignatureEnabledAsync", (cb) => item.isClientSignatureEnabledAsync!(cb)).catch(() => true);
  }
  let disabled = false;
  if (clientSignature && config.signature.disableClientSignature && typeof item.disableClientSignatureAsync === "function") {
    await officeCall<void>("disableClientSignatureAsync", (cb) => item.disableClientSignatureAsync!(cb));
    clientSignature = false;
    disabled = true;
  }
  if (clientSignature) return "client-signature";

  // A signature already in the employee's part (Outlook's #Signature / _MailAutoSig included) stays the only one.
  const html = await officeCall<string>("body.getAsync", (cb) => item.body.getAsync(htmlCoercion(office), cb));
  if (parseDraft(html, "html").signature) return disabled ? "disabled" : "has-signature";

  const signOff = config.signature.closing[language];
  const block = signatureHtml(signature, language, signOff);
  await officeCall<void>("body.setSignatureAsync", (cb) => item.body.setSignatureAsync!(block, { coercionType: htmlCoercion(office) }, cb));
  return "inserted";
}

export function onNewMessageComposeHandler(event: HandlerEvent, env: HandlerEnvironment = officeEnvironment()): Promise<void> {
  const lang = safeLanguage(env);
  return completeOnce(
    event,
    async () => {
      const loaded = await loadConfig(env);
      await insertSignatureOnCompose(env, loaded.config, lang);
      return undefined;
    },
    lang,
    // A signature that could not be added is only a missing convenience: the form opens as it is.
    () => undefined,
  );
}

// ------------------------------------------------------------------ registration

/**
 * Registers both handlers by the names the manifest's LaunchEvents use. Called at the top level of
 * the bundle: Office.onReady never runs in the JavaScript-only runtime.
 */
export function registerEventHandlers(): void {
  if (typeof Office === "undefined" || !Office.actions) return;
  Office.actions.associate("onMessageSendHandler", (event: unknown) => {
    void onMessageSendHandler(event as HandlerEvent);
  });
  Office.actions.associate("onNewMessageComposeHandler", (event: unknown) => {
    void onNewMessageComposeHandler(event as HandlerEvent);
  });
}
