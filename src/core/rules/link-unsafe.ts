/**
 * link-unsafe: a link that runs code or opens something on the reader's own computer (javascript:,
 * vbscript:, data:, file:) is an error; an unencrypted http:// (or ftp://) link is a warning.
 * The scheme is read the way a browser reads it, so " JaVaScRiPt:", "java&#x09;script:" and
 * "java\tscript:" are all javascript:. Links are checked after Safe Links unwrapping (draft.links).
 */
import type { Draft, DraftLink } from "../draft/types";
import type { RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { browserHref, internalHostKind, parseAddress, schemeOf } from "./support/links";
import { MAX_FINDINGS_PER_RULE } from "./support/limits";

/** Schemes that run script, embed arbitrary content or open local files: never in a reply. */
const DANGEROUS_SCHEMES: ReadonlySet<string> = new Set(["javascript", "vbscript", "data", "file"]);

/** Schemes that work but travel unencrypted. */
const UNENCRYPTED_SCHEMES: ReadonlySet<string> = new Set(["http", "ftp"]);

type MessageId = "dangerous" | "unencrypted";

const meta: RuleMeta<MessageId> = {
  id: "link-unsafe",
  severity: "error",
  title: {
    lv: "Nedroša saite",
    en: "Unsafe link",
  },
  description: {
    lv:
      "Saitēm atbildē jāved uz publiski pieejamu informāciju drošā veidā. Saite, kas sākas ar javascript:, vbscript:, data: vai file:, var palaist programmu vai atvērt failu klienta datorā — tā ir bīstama, un pasta sistēmas šādas vēstules bieži bloķē. Saite ar http:// tiek atvērta bez šifrēšanas; ja vietnei ir https:// adrese, izmantojiet to.",
    en:
      "Links in a reply should lead to publicly available information, safely. A link starting with javascript:, vbscript:, data: or file: can run a program or open a file on the client's computer — it is dangerous, and mail systems often block such messages. An http:// link opens without encryption; if the site has an https:// address, use that.",
  },
  messages: {
    lv: {
      dangerous: "Saite ved uz „{scheme}:” adresi, kas var palaist programmu vai atvērt failu klienta datorā. Izdzēsiet to vai aizstājiet ar publisku https:// saiti.",
      unencrypted: "Saite izmanto nešifrētu {scheme}:// savienojumu. Ja vietnei ir https:// adrese, izmantojiet to.",
    },
    en: {
      dangerous: "The link leads to a \"{scheme}:\" address, which can run a program or open a file on the client's computer. Remove it or replace it with a public https:// link.",
      unencrypted: "The link uses an unencrypted {scheme}:// connection. If the site has an https:// address, use that.",
    },
  },
  topic: "links",
  onSend: { group: "problem", lv: "nedroša saite", en: "an unsafe link" },
  examples: {
    good: [
      'Iesnieguma veidlapa pieejama mūsu tīmekļvietnē: <a href="https://www.adazunovads.lv/pakalpojumi/">www.adazunovads.lv/pakalpojumi</a>.',
      'Ja rodas jautājumi, rakstiet <a href="mailto:dome@adazi.lv">dome@adazi.lv</a> vai zvaniet <a href="tel:+37167997350">67997350</a>.',
      "Saistošie noteikumi publicēti vietnē https://likumi.lv.",
    ],
    bad: [
      'Lai aizpildītu pieteikumu, spiediet <a href="javascript:void(0)">uz pieteikuma veidlapas</a>.',
      'Pieteikuma veidlapu atradīsiet <a href="file:///C:/Users/ilze/Dokumenti/veidlapa.docx">veidlapas failā</a>.',
      "Informācija par pabalstiem pieejama http://www.adazunovads.lv/socialais-dienests.",
    ],
  },
};

function findingFor(link: DraftLink, severity: RuleReport<MessageId>["severity"], key: MessageId, scheme: string): RuleReport<MessageId> {
  const finding: RuleReport<MessageId> = {
    severity,
    messageId: key,
    data: { scheme },
    start: link.start,
    end: link.end,
  };
  return finding;
}

/**
 * Outlook turns a typed "www.adazi.lv" into a link to "http://www.adazi.lv/": the employee chose no
 * scheme, the client sees the bare address, and the site's own redirect (or the browser's
 * HTTPS-first mode) takes care of it. Only an http:// address someone actually wrote is reported.
 */
function isAutoLinkedAddress(link: DraftLink, href: string): boolean {
  const trim = (s: string): string => s.trim().toLowerCase().replace(/\/+$/, "");
  const shown = trim(link.text);
  return shown !== "" && !shown.startsWith("http") && trim(href.slice(href.indexOf(":") + 3)) === shown;
}

function check(draft: Draft, _context: RuleContext): RuleReport<MessageId>[] {
  const findings: RuleReport<MessageId>[] = [];
  for (const link of draft.links) {
    if (findings.length >= MAX_FINDINGS_PER_RULE) break;
    const scheme = schemeOf(link.href);
    // A wrapper could hide a dangerous target that the unwrapper did not recognise as a wrapper.
    const rawScheme = link.rawHref ? schemeOf(link.rawHref) : "";
    if (DANGEROUS_SCHEMES.has(scheme) || DANGEROUS_SCHEMES.has(rawScheme)) {
      findings.push(findingFor(link, "error", "dangerous", DANGEROUS_SCHEMES.has(scheme) ? scheme : rawScheme));
      continue;
    }
    if (UNENCRYPTED_SCHEMES.has(scheme)) {
      const address = parseAddress(link.href);
      // An intranet address is link-internal's finding: https would not make it reachable.
      if (address && internalHostKind(address.host) !== null) continue;
      if (!link.bare && isAutoLinkedAddress(link, browserHref(link.href))) continue;
      const finding = findingFor(link, "warning", "unencrypted", scheme);
      if (scheme === "http") finding.suggestions = ["https:" + browserHref(link.href).slice(scheme.length + 1)];
      findings.push(finding);
    }
  }
  return findings;
}

export const rule: Rule<MessageId> = { meta, check };
