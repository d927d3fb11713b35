/**
 * The `atbilde parse --format json` shape (docs/architecture.md, "The CLI"): text, language, quoted, links
 * and the six signature fields (all null when there is no signature), plus a few counts.
 */
import type { Draft, SignatureFields } from "./types";

export interface DraftJsonLink {
  href: string;
  text: string;
  /** The href as written, when a wrapper (Safe Links) was unwrapped. */
  rawHref?: string;
  /** Found as a bare address in the text rather than an <a>. */
  bare?: true;
}

export interface DraftJson {
  text: string;
  language: Draft["language"];
  quoted: boolean;
  /** Mail furniture kept out of `text` ("Sent from my iPhone", list and legal footers), or null. */
  footer: string | null;
  links: DraftJsonLink[];
  signature: SignatureFields;
  /** Extra, beyond the contract: how the signature was found and what opened it. */
  signatureSource: NonNullable<Draft["signature"]>["source"] | null;
  closing: string | null;
  paragraphs: number;
  sentences: number;
  words: number;
}

export function draftToJson(draft: Draft): DraftJson {
  const fields = draft.signature?.fields;
  return {
    text: draft.text,
    language: draft.language,
    quoted: draft.quoted,
    footer: draft.footer,
    links: draft.links.map((link) => {
      const out: DraftJsonLink = { href: link.href, text: link.text };
      if (link.rawHref !== undefined) out.rawHref = link.rawHref;
      if (link.bare) out.bare = true;
      return out;
    }),
    signature: {
      name: fields?.name ?? null,
      position: fields?.position ?? null,
      institution: fields?.institution ?? null,
      phone: fields?.phone ?? null,
      email: fields?.email ?? null,
      website: fields?.website ?? null,
    },
    signatureSource: draft.signature?.source ?? null,
    closing: draft.signature?.closing ?? null,
    paragraphs: draft.paragraphs.length,
    sentences: draft.sentences.length,
    words: draft.tokens.filter((t) => t.kind === "word").length,
  };
}
