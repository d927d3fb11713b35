/**
 * The event-handler bundle (Smart Alerts, issue 8): the manifest's LaunchEvents call
 * onMessageSendHandler (OnMessageSend) and onNewMessageComposeHandler (OnNewMessageCompose).
 * Built by webpack into one ES2016 file, launchevent.js. The handlers are registered at the top
 * level: in Outlook's JavaScript-only runtime Office.onReady never runs.
 */
import { registerEventHandlers } from "../office/eventWiring";

registerEventHandlers();
