/** The message view: the selected message with Reply and Reply all. */
import * as React from "react";
import type { MemoryMessage } from "../office/memoryMailbox";
import { formatAddresses, formatDate } from "./format";

export function ReadingPane({ message, onReply }: { message: MemoryMessage; onReply: (all: boolean) => void }) {
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
