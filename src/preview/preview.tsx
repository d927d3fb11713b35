/**
 * The browser preview: a small Outlook-like window (message list, reading pane, compose editor)
 * with the real task pane beside it in an iframe. The task pane finds this page's demo mailbox
 * through `window.atbildePreview` because office.js reports no Outlook host here.
 *
 * This entry wires the page (the bridge, the candidate config for the on-send handler, start
 * parameters) and holds the window's state; the parts are in their own modules.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import type { ComposeState } from "../office/memoryMailbox";
import { ComposeEditor } from "./ComposeEditor";
import { DEMO_DRAFTS } from "./demoMessages";
import { Folders } from "./Folders";
import { CANDIDATE_KEY, DARK_THEME, LIGHT_THEME, candidateConfig, mailbox } from "./mailbox";
import { ReadingPane } from "./ReadingPane";
import { resetEventHandlers } from "./sendSimulation";
import { TopBar, type PreviewTheme } from "./TopBar";

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

function Preview() {
  const [selectedId, setSelectedId] = React.useState(mailbox.selectedMessageId);
  const [compose, setCompose] = React.useState<ComposeState | null>(mailbox.composeState);
  const [language, setLanguage] = React.useState(mailbox.getDisplayLanguage());
  const [theme, setTheme] = React.useState<PreviewTheme>("light");
  const [paneKey, setPaneKey] = React.useState(0);
  const [sentCount, setSentCount] = React.useState(0);
  const [candidateName, setCandidateName] = React.useState<string | null>(() => (candidateConfig() ? "organization.json" : null));

  const loadCandidate = async (file: File | undefined) => {
    if (!file) return;
    window.sessionStorage.setItem(CANDIDATE_KEY, await file.text());
    resetEventHandlers(); // a fresh handler runtime, as after an Outlook restart: no cached config
    setCandidateName(file.name);
    setPaneKey((k) => k + 1); // the pane reads the config when it opens
  };
  const clearCandidate = () => {
    window.sessionStorage.removeItem(CANDIDATE_KEY);
    resetEventHandlers();
    setCandidateName(null);
    setPaneKey((k) => k + 1);
  };
  const changeLanguage = (next: string) => {
    mailbox.setDisplayLanguage(next);
    setLanguage(next);
    setPaneKey((k) => k + 1); // Outlook reads the display language when the pane opens.
  };
  const changeTheme = (next: PreviewTheme) => {
    setTheme(next);
    mailbox.setTheme(next === "dark" ? DARK_THEME : LIGHT_THEME);
  };

  React.useEffect(() => mailbox.onComposeChanged((state) => setCompose(state ? { ...state } : null)), []);

  const select = (id: string) => {
    mailbox.selectMessage(id);
    setSelectedId(id);
  };
  const message = mailbox.listMessages().find((m) => m.id === selectedId) ?? null;

  return (
    <div className={`outlook theme-${theme}`}>
      <TopBar
        sentCount={sentCount}
        candidateName={candidateName}
        onLoadCandidate={(file) => void loadCandidate(file)}
        onClearCandidate={clearCandidate}
        language={language}
        onLanguage={changeLanguage}
        theme={theme}
        onTheme={changeTheme}
      />
      <div className="workspace">
        <Folders selectedId={compose ? null : selectedId} onSelect={select} />
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
