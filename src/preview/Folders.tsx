/** The folder pane: New message, the inbox and the demo drafts. */
import * as React from "react";
import { DEMO_DRAFTS } from "./demoMessages";
import { mailbox } from "./mailbox";
import { MessageList } from "./MessageList";

export function Folders({ selectedId, onSelect }: { selectedId: string | null; onSelect: (id: string) => void }) {
  return (
    <nav className="folders" aria-label="Mapes">
      <button type="button" className="new-message" onClick={() => mailbox.startCompose()} data-testid="new-message">
        Jauna vēstule
      </button>
      <MessageList selectedId={selectedId} onSelect={onSelect} />
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
  );
}
