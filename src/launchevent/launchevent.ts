/**
 * The event-handler bundle (Smart Alerts, issue 8): the manifest's LaunchEvents call
 * onMessageSendHandler (OnMessageSend) and onNewMessageComposeHandler (OnNewMessageCompose).
 * Built by webpack into one file, launchevent.js, that classic Outlook's JavaScript-only runtime
 * can load: ES2016, no async functions, no generators, no conditional operator (scripts/handler/).
 * The handlers are registered at the top level: in that runtime Office.onReady never runs.
 */
import { associateHandlers, type HandlerEvent } from "../office/eventPort";
import { onMessageSendHandler } from "./onSend";
import { onNewMessageComposeHandler } from "./onCompose";

associateHandlers({
  onMessageSendHandler: (event: HandlerEvent) => {
    void onMessageSendHandler(event);
  },
  onNewMessageComposeHandler: (event: HandlerEvent) => {
    void onNewMessageComposeHandler(event);
  },
});
