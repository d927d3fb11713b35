/**
 * The preview's demo data agree with each other (issue 22): one municipal website, staff addresses
 * in the organization's own domains, specialists who are not the demo clients, and a link in the
 * library for every demo message's topic — found the way the Draft view's link search finds one
 * (a part of the title or of a tag).
 */
import { DEMO_DRAFTS, DEMO_MESSAGES, DEMO_USER } from "../../../src/preview/demoMessages";
import { EXERCISES } from "../../../src/core/learn/exercises";
import { CATALOGUE } from "../../../src/core/rules";
import { resolveConfig } from "../../../src/core/config";
import previewConfig from "../../../src/preview/organization.json";

const config = resolveConfig(previewConfig).config;

/** What a trainer types into the link search for each demo message (the stem of its topic). */
const TOPIC_SEARCH: Record<string, string[]> = {
  "msg-nekustamais-ipasums": ["nodok"],
  "msg-atkritumi-thread": ["atkrit"],
  "msg-info-shared": ["bērnudārz", "pirmsskol"],
  "msg-english": ["dzīvesviet", "residence"],
};

const found = (query: string) => config.links.filter((l) => [l.title, ...l.tags].some((s) => s.toLowerCase().includes(query)));

/** Every text of the demo: messages, drafts, exercise replies and the rules' examples. */
const texts: [string, string][] = [
  ...DEMO_MESSAGES.map((m) => [m.id, m.bodyHtml] as [string, string]),
  ...DEMO_DRAFTS.map((d) => [d.id, d.bodyHtml] as [string, string]),
  ...EXERCISES.map((e) => [`${e.id} model`, e.modelHtml] as [string, string]),
  ...CATALOGUE.flatMap((m) => [...m.examples.good, ...m.examples.bad].map((e, i) => [`${m.id}[${i}]`, e] as [string, string])),
];

describe("demo data", () => {
  it("names a search for every demo message's topic", () => {
    expect(DEMO_MESSAGES.map((m) => m.id).filter((id) => !TOPIC_SEARCH[id])).toEqual([]);
  });

  it.each(Object.entries(TOPIC_SEARCH))("%s: the link library has something for its topic", (_, queries) => {
    for (const q of queries) expect([q, found(q).length > 0]).toEqual([q, true]);
  });

  it("has one municipal website: every web address of the municipality is the organization's", () => {
    const website = new URL(config.organization.website).hostname.replace(/^www\./, "");
    const wrong: string[] = [];
    for (const [label, text] of texts) {
      for (const m of text.matchAll(/(?:https?:\/\/|www\.)([\w.-]*adaz[\w.-]*)/gi)) {
        const host = m[1].replace(/^www\./, "").replace(/\.$/, "").toLowerCase();
        if (host !== website) wrong.push(`${label}: ${m[0]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("gives staff addresses in the organization's domains and specialists who are not the demo clients", () => {
    const clients = new Set(DEMO_MESSAGES.map((m) => m.from.name));
    const domainOf = (address: string) => address.split("@")[1] ?? "";
    const staff = [DEMO_USER.emailAddress, config.organization.email, ...config.specialists.flatMap((s) => (s.email ? [s.email] : []))];
    expect(staff.filter((a) => config.internalDomains.indexOf(domainOf(a)) < 0)).toEqual([]);
    expect(config.specialists.map((s) => s.name).filter((n) => clients.has(n))).toEqual([]);
    for (const m of DEMO_MESSAGES) for (const r of m.to) expect(config.internalDomains).toContain(domainOf(r.address));
  });
});
