/**
 * The browser preview: a small Outlook-like window (message list, reading pane, compose editor)
 * with the real task pane beside it in an iframe. The task pane finds this page's demo mailbox
 * through `window.atbildePreview` because office.js reports no Outlook host here.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { MemoryMailbox, type ComposeState, type MemoryMessage } from "../office/memoryMailbox";
import type { BodyFormat, EmailAddress, ThemeColors } from "../office/mailboxPort";
import { DEMO_DRAFTS, DEMO_MESSAGES, DEMO_USER } from "./demoMessages";

const DARK_THEME: ThemeColors = {
  bodyBackgroundColor: "#1f1f1f",
  bodyForegroundColor: "#ffffff",
  controlBackgroundColor: "#292929",
  controlForegroundColor: "#ffffff",
};
const LIGHT_THEME: ThemeColors = {
  bodyBackgroundColor: "#ffffff",
  bodyForegroundColor: "#242424",
  controlBackgroundColor: "#ffffff",
  controlForegroundColor: "#242424",
};

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const mailbox = new MemoryMailbox({
  messages: DEMO_MESSAGES,
  user: DEMO_USER,
  displayLanguage: "lv-LV",
  theme: LIGHT_THEME,
  storage: safeStorage(),
  // The demo employee has filled in her signature in Settings (roaming settings in Outlook).
  initialSettings: { signature: { name: DEMO_USER.displayName, position: "Klientu apkalpošanas speciāliste", phone: "67997005", email: DEMO_USER.emailAddress } },
});
const CANDIDATE_KEY = "atbilde.preview.candidateConfig";
function candidateConfig(): string | null {
  try {
    return window.sessionStorage.getItem(CANDIDATE_KEY);
  } catch {
    return null;
  }
}
window.atbildePreview = { mailbox, candidateConfig };

// The on-send handler runs in this page and fetches organization.json: with a candidate loaded,
// it gets the candidate, so an administrator sees its on-send verdicts too.
const pageFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  const candidate = candidateConfig();
  if (candidate && /(^|\/)organization\.json(\?|$)/.test(url)) {
    return Promise.resolve(new Response(candidate, { status: 200, headers: { "Content-Type": "application/json" } }));
  }
  return pageFetch(input, init);
};

// ?draft=ID opens a demo draft at load (benchmarks and trainers use it); ?message=ID selects a message.
const startParams = new URLSearchParams(window.location.search);
const startDraft = DEMO_DRAFTS.find((d) => d.id === startParams.get("draft"));
if (startDraft) mailbox.startCompose({ subject: startDraft.subject, to: startDraft.to, bodyHtml: startDraft.bodyHtml, composeType: "reply" });
else if (startParams.get("message") && mailbox.listMessages().some((m) => m.id === startParams.get("message"))) mailbox.selectMessage(startParams.get("message") as string);

function formatAddresses(list: EmailAddress[]): string {
  return list.map((a) => (a.name ? `${a.name} <${a.address}>` : a.address)).join("; ");
}

function parseAddresses(text: string): EmailAddress[] {
  return text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.*)<([^<>]+)>$/.exec(part);
      return m ? { name: m[1].trim(), address: m[2].trim() } : { name: "", address: part };
    });
}

function formatDate(iso: string): string {
  return new Intl.DateTimeFormat("lv-LV", { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

function MessageList({ selectedId, onSelect }: { selectedId: string | null; onSelect: (id: string) => void }) {
  return (
    <ul className="message-list" aria-label="Iesūtne">
      {mailbox.listMessages().map((m) => (
        <li key={m.id}>
          <button
            type="button"
            className={m.id === selectedId ? "message selected" : "message"}
            aria-current={m.id === selectedId ? "true" : undefined}
            data-testid={`message-${m.id}`}
            onClick={() => onSelect(m.id)}
          >
            <span className="message-from">{m.from.name || m.from.address}</span>
            <span className="message-subject">{m.subject}</span>
            <span className="message-date">{formatDate(m.date)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function ReadingPane({ message, onReply }: { message: MemoryMessage; onReply: (all: boolean) => void }) {
  return (
    <article className="reading" aria-label="Vēstule" data-testid="reading-pane">
      <div className="toolbar">
        <button type="button" onClick={() => onReply(false)} data-testid="reply">
          Atbildēt
        </button>
        <button type="button" onClick={() => onReply(true)}>
          Atbildēt visiem
        </button>
      </div>
      <h2 className="reading-subject">{message.subject}</h2>
      <p className="reading-meta">
        <strong>{message.from.name}</strong> &lt;{message.from.address}&gt;
        <br />
        Kam: {formatAddresses(message.to)}
        {message.cc?.length ? (
          <>
            <br />
            Kopija: {formatAddresses(message.cc)}
          </>
        ) : null}
        <br />
        {formatDate(message.date)}
      </p>
      {message.attachments?.length ? <p className="reading-attachments">📎 {message.attachments.map((a) => a.name).join(", ")}</p> : null}
      {/* Demo messages are this repository's own, trusted content. */}
      <div className="reading-body" dangerouslySetInnerHTML={{ __html: message.bodyHtml }} />
    </article>
  );
}

interface SendOutcome {
  allowEvent: boolean;
  errorMessage?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

let eventHandlers: Promise<Record<string, (event: unknown) => void>> | null = null;

/**
 * Loads the real built handler bundle (launchevent.js) into this page with an Office-shaped shim
 * over the demo mailbox, exactly as Outlook would run it, and returns the handlers it registered.
 */
function loadEventHandlers(): Promise<Record<string, (event: unknown) => void>> {
  if (!eventHandlers) {
    eventHandlers = import("./officeShim").then(
      ({ createOfficeShim }) =>
        new Promise((resolve, reject) => {
          const shim = createOfficeShim(mailbox);
          const w = window as unknown as Record<string, unknown>;
          w.Office = shim.Office;
          w.OfficeRuntime = shim.OfficeRuntime;
          const script = document.createElement("script");
          script.src = "launchevent.js";
          script.onload = () => resolve(shim.handlers as Record<string, (event: unknown) => void>);
          script.onerror = () => reject(new Error("launchevent.js did not load"));
          document.head.appendChild(script);
        }),
    );
  }
  return eventHandlers;
}

/** Simulates Outlook's Send: runs the on-send handler and shows what Outlook would show. */
async function simulateSend(): Promise<SendOutcome> {
  const handlers = await loadEventHandlers();
  const handler = handlers.onMessageSendHandler;
  if (!handler) throw new Error("the handler bundle registered no onMessageSendHandler");
  return new Promise<SendOutcome>((resolve) => handler({ type: "messageSend", completed: (options: SendOutcome) => resolve(options ?? { allowEvent: true }) }));
}

function SmartAlert({ outcome, onClose, onCheck, onSendAnyway }: { outcome: SendOutcome; onClose: () => void; onCheck: () => void; onSendAnyway: () => void }) {
  return (
    <div className="smart-alert" role="alertdialog" aria-modal="true" aria-labelledby="smart-alert-title" data-testid="smart-alert">
      <h2 id="smart-alert-title">Atbilde</h2>
      <p data-testid="smart-alert-message">{outcome.errorMessage}</p>
      <div className="toolbar">
        {outcome.cancelLabel && (
          <button type="button" onClick={onCheck} data-testid="smart-alert-check">
            {outcome.cancelLabel}
          </button>
        )}
        {outcome.sendModeOverride === "promptUser" && (
          <button type="button" onClick={onSendAnyway} data-testid="smart-alert-send-anyway">
            Tomēr sūtīt
          </button>
        )}
        <button type="button" onClick={onClose} data-testid="smart-alert-dont-send">
          Nesūtīt
        </button>
      </div>
    </div>
  );
}

function ComposeEditor({ state, onDiscard, onSent, onOpenPane }: { state: ComposeState; onDiscard: () => void; onSent: () => void; onOpenPane: () => void }) {
  const editorRef = React.useRef<HTMLDivElement>(null);
  const [sending, setSending] = React.useState(false);
  const [alert, setAlert] = React.useState<SendOutcome | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const sent = () => onSent();
  const send = async () => {
    setSending(true);
    setNotice(null);
    try {
      const outcome = await simulateSend();
      if (outcome.allowEvent) sent();
      else setAlert(outcome);
    } catch (e) {
      // Outlook offers "Send anyway" when a SoftBlock add-in cannot run; the preview says why.
      setNotice(`Pārbaude nevarēja notikt: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setSending(false);
    }
  };
  const savedRange = React.useRef<Range | null>(null);

  // Render bodies written by the add-in (reply form, insert, replace) without fighting the user's typing.
  React.useEffect(() => {
    const el = editorRef.current;
    if (el && el.innerHTML !== state.bodyHtml) el.innerHTML = state.bodyHtml;
  });

  React.useEffect(() => {
    const saveSelection = () => {
      const selection = document.getSelection();
      const el = editorRef.current;
      if (el && selection && selection.rangeCount > 0 && el.contains(selection.anchorNode)) {
        savedRange.current = selection.getRangeAt(0).cloneRange();
      }
    };
    document.addEventListener("selectionchange", saveSelection);
    mailbox.attachEditor({
      insertAtCursor(content: string, format: BodyFormat) {
        const el = editorRef.current;
        if (!el) return;
        let range = savedRange.current;
        if (!range || !el.contains(range.startContainer)) {
          range = document.createRange();
          range.setStart(el, 0);
          range.collapse(true);
        }
        const fragment = format === "html" ? range.createContextualFragment(content) : document.createTextNode(content);
        range.deleteContents();
        range.insertNode(fragment);
        mailbox.updateComposeBody(el.innerHTML);
      },
    });
    return () => {
      document.removeEventListener("selectionchange", saveSelection);
      mailbox.attachEditor(null);
    };
  }, []);

  return (
    <section className="compose" aria-label="Jauna vēstule" data-testid="compose">
      <div className="toolbar">
        <button type="button" className="send" onClick={() => void send()} disabled={sending} data-testid="send">
          Sūtīt
        </button>
        <button type="button" onClick={onDiscard} data-testid="discard">
          Atmest
        </button>
        {notice && (
          <span role="status" data-testid="send-notice">
            {notice}
          </span>
        )}
      </div>
      {alert && (
        <SmartAlert
          outcome={alert}
          onClose={() => setAlert(null)}
          onCheck={() => {
            // Outlook opens the pane's command with the handler's context data.
            mailbox.setInitializationContext(alert.contextData ?? null);
            setAlert(null);
            onOpenPane();
          }}
          onSendAnyway={() => {
            setAlert(null);
            sent();
          }}
        />
      )}
      <label className="compose-field">
        <span>Kam</span>
        <input
          defaultValue={formatAddresses(state.to)}
          onChange={(e) => mailbox.updateComposeFields({ to: parseAddresses(e.target.value) })}
          data-testid="compose-to"
        />
      </label>
      <label className="compose-field">
        <span>Kopija</span>
        <input defaultValue={formatAddresses(state.cc)} onChange={(e) => mailbox.updateComposeFields({ cc: parseAddresses(e.target.value) })} />
      </label>
      <label className="compose-field">
        <span>Temats</span>
        <input defaultValue={state.subject} onChange={(e) => mailbox.updateComposeFields({ subject: e.target.value })} data-testid="compose-subject" />
      </label>
      <div
        ref={editorRef}
        className="compose-editor"
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-label="Vēstules teksts"
        data-testid="compose-editor"
        onInput={(e) => mailbox.updateComposeBody((e.target as HTMLDivElement).innerHTML)}
      />
    </section>
  );
}

function Preview() {
  const [selectedId, setSelectedId] = React.useState(mailbox.selectedMessageId);
  const [compose, setCompose] = React.useState<ComposeState | null>(mailbox.composeState);
  const [language, setLanguage] = React.useState(mailbox.getDisplayLanguage());
  const [theme, setTheme] = React.useState<"light" | "dark">("light");
  const [paneKey, setPaneKey] = React.useState(0);
  const [sentCount, setSentCount] = React.useState(0);
  const [candidateName, setCandidateName] = React.useState<string | null>(() => (candidateConfig() ? "organization.json" : null));

  const loadCandidate = async (file: File | undefined) => {
    if (!file) return;
    window.sessionStorage.setItem(CANDIDATE_KEY, await file.text());
    eventHandlers = null; // a fresh handler runtime, as after an Outlook restart: no cached config
    setCandidateName(file.name);
    setPaneKey((k) => k + 1); // the pane reads the config when it opens
  };

  React.useEffect(() => mailbox.onComposeChanged((state) => setCompose(state ? { ...state } : null)), []);

  const select = (id: string) => {
    mailbox.selectMessage(id);
    setSelectedId(id);
  };
  const message = mailbox.listMessages().find((m) => m.id === selectedId) ?? null;

  return (
    <div className={`outlook theme-${theme}`}>
      <header className="topbar">
        <span className="topbar-title">Atbilde · pārlūka priekšskatījums</span>
        <a className="topbar-link" href="learn.html" data-testid="learn-link">
          Mācības
        </a>
        <span className="topbar-user">{DEMO_USER.displayName}</span>
        {sentCount > 0 && (
          <span role="status" data-testid="sent-count">
            Nosūtītas: {sentCount}
          </span>
        )}
        <label className="candidate">
          Iestādes iestatījumi{" "}
          <input type="file" accept=".json,application/json" onChange={(e) => void loadCandidate(e.target.files?.[0])} data-testid="candidate-config" />
        </label>
        {candidateName && (
          <button
            type="button"
            onClick={() => {
              window.sessionStorage.removeItem(CANDIDATE_KEY);
              eventHandlers = null;
              setCandidateName(null);
              setPaneKey((k) => k + 1);
            }}
            data-testid="candidate-clear"
          >
            Atcelt „{candidateName}”
          </button>
        )}
        <label>
          Office valoda{" "}
          <select
            value={language}
            data-testid="office-language"
            onChange={(e) => {
              mailbox.setDisplayLanguage(e.target.value);
              setLanguage(e.target.value);
              setPaneKey((k) => k + 1); // Outlook reads the display language when the pane opens.
            }}
          >
            <option value="lv-LV">lv-LV</option>
            <option value="en-US">en-US</option>
          </select>
        </label>
        <label>
          Office tēma{" "}
          <select
            value={theme}
            data-testid="office-theme"
            onChange={(e) => {
              const next = e.target.value as "light" | "dark";
              setTheme(next);
              mailbox.setTheme(next === "dark" ? DARK_THEME : LIGHT_THEME);
            }}
          >
            <option value="light">gaiša</option>
            <option value="dark">tumša</option>
          </select>
        </label>
      </header>
      <div className="workspace">
        <nav className="folders" aria-label="Mapes">
          <button type="button" className="new-message" onClick={() => mailbox.startCompose()} data-testid="new-message">
            Jauna vēstule
          </button>
          <MessageList selectedId={compose ? null : selectedId} onSelect={select} />
          <h2 className="folder-heading">Melnraksti</h2>
          <ul className="message-list" aria-label="Melnraksti">
            {DEMO_DRAFTS.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className="message"
                  data-testid={`draft-${d.id}`}
                  onClick={() => mailbox.startCompose({ subject: d.subject, to: d.to, bodyHtml: d.bodyHtml, composeType: "reply" })}
                >
                  <span className="message-from">{d.to.map((a) => a.name).join(", ")}</span>
                  <span className="message-subject">{d.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main className="main">
          {compose ? (
            <ComposeEditor
              key={compose.id}
              state={compose}
              onDiscard={() => mailbox.closeCompose()}
              onSent={() => {
                mailbox.closeCompose();
                setSentCount((n) => n + 1);
              }}
              onOpenPane={() => setPaneKey((k) => k + 1)}
            />
          ) : message ? (
            <ReadingPane message={message} onReply={(all) => mailbox.displayReplyForm("", { replyAll: all })} />
          ) : (
            <p>Izvēlieties vēstuli.</p>
          )}
        </main>
        <aside className="addin-pane" aria-label="Atbilde">
          <iframe key={paneKey} src="taskpane.html?preview=1" title="Atbilde" data-testid="taskpane-frame" />
        </aside>
      </div>
    </div>
  );
}

const container = document.getElementById("root");
if (container) createRoot(container).render(<Preview />);
