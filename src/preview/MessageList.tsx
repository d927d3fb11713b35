/** The inbox: one button per demo message. */
import * as React from "react";
import { formatDate } from "./format";
import { mailbox } from "./mailbox";

export function MessageList({ selectedId, onSelect }: { selectedId: string | null; onSelect: (id: string) => void }) {
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
