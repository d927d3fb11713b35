/** The compose window: Send (through the real on-send handler), Discard, the fields and the editor. */
import * as React from "react";
import type { ComposeState } from "../office/memoryMailbox";
import type { BodyFormat } from "../office/mailboxPort";
import { formatAddresses, parseAddresses } from "./format";
import { mailbox } from "./mailbox";
import { simulateSend, type SendOutcome } from "./sendSimulation";
import { SmartAlert } from "./SmartAlert";

export function ComposeEditor({ state, onDiscard, onSent, onOpenPane }: { state: ComposeState; onDiscard: () => void; onSent: () => void; onOpenPane: () => void }) {
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
