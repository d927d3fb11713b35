/**
 * Files from the add-in's own host (organization.json, the spelling word lists): the event
 * handlers' runtime has no page to resolve a relative URL against.
 */
import type { HandlerEnvironment } from "../office/eventPort";

/** What the add-in's host answers (organization.json, the spelling files). */
export interface HostResponse {
  ok: boolean;
  status: number;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * A file from the add-in's host by its path there. Production builds always have an absolute base
 * (the JavaScript-only runtime has no page to resolve against); the browser preview builds with an
 * empty base, and the file beside the preview page is meant. Rejects without fetch in the runtime.
 */
export function fromHost(env: Pick<HandlerEnvironment, "baseUrl" | "fetch">, file: string, init?: { cache?: string }): Promise<HostResponse> {
  if (!env.fetch) return Promise.reject(new Error("no fetch in this runtime"));
  const base = env.baseUrl.replace(/\/+$/, "");
  return env.fetch(base ? `${base}/${file}` : file, init);
}
