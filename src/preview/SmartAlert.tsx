/** What Outlook shows when the on-send handler stops a message (its Smart Alert dialog). */
import * as React from "react";
import type { SendOutcome } from "./sendSimulation";

export function SmartAlert({ outcome, onClose, onCheck, onSendAnyway }: { outcome: SendOutcome; onClose: () => void; onCheck: () => void; onSendAnyway: () => void }) {
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
