/**
 * link-internal: a link or path the client cannot open because it lives inside the organization's
 * network — an intranet host ("http://intranet/"), a private or loopback IP address, a *.local /
 * *.lan / *.internal / *.corp name, a personal OneDrive address — or a file path written in the text
 * ("\\server\share", "//server/share", "C:\…", "file:///…"). Links are checked after Safe Links
 * unwrapping. file: links (<a href="file:…">) are link-unsafe's error and are not repeated here.
 */
import type { Draft, DraftLink } from "../draft/types";
import type { RuleReport, Rule, RuleContext, RuleMeta } from "./types";
import { internalHostKind, isPersonalOneDrive, parseAddress, schemeOf } from "./support/links";
import { MAX_FINDINGS_PER_RULE } from "./support/limits";

type MessageId = "host" | "onedrive" | "path";

const meta: RuleMeta<MessageId> = {
  id: "link-internal",
  severity: "warning",
  title: {
    lv: "Iekšēja saite vai faila ceļš",
    en: "Internal link or file path",
  },
  description: {
    lv:
      "Klientam jāsaņem saites uz publiski pieejamu informāciju. Iekštīkla adreses, privātas IP adreses, personīgā OneDrive saites un faila ceļi datorā vai tīkla diskā atveras tikai darbiniekiem — klients redzēs kļūdu. Pievienojiet failu pielikumā vai ievietojiet saiti uz publisku lapu.",
    en:
      "Clients need links to publicly available information. Intranet addresses, private IP addresses, personal OneDrive links and paths on a computer or network drive open only for staff — the client will see an error. Attach the file or link to a public page instead.",
  },
  messages: {
    lv: {
      host: "Adrese „{host}” ir pieejama tikai iestādes iekštīklā — klients to neatvērs. Ievietojiet saiti uz publisku lapu vai pievienojiet dokumentu pielikumā.",
      onedrive: "Šī ir saite uz personīgo OneDrive mapi, ko var atvērt tikai kolēģi. Pievienojiet failu pielikumā vai kopīgojiet to ar saiti, kas atveras arī ārpus iestādes.",
      path: "„{path}” ir faila ceļš datorā vai tīkla diskā — klients to neatvērs. Pievienojiet failu pielikumā vai ievietojiet saiti uz publisku lapu.",
    },
    en: {
      host: "The address \"{host}\" works only inside the organization's network — the client cannot open it. Link to a public page or attach the document.",
      onedrive: "This links to a personal OneDrive folder that only colleagues can open. Attach the file, or share it with a link that also works outside the organization.",
      path: "\"{path}\" is a file path on a computer or network drive — the client cannot open it. Attach the file or link to a public page.",
    },
  },
  topic: "links",
  onSend: { group: "problem", lv: "iekšēja saite", en: "an internal link" },
  examples: {
    good: [
      "Saistošie noteikumi pieejami https://www.adazunovads.lv/lv/pasvaldiba/saistosie-noteikumi.",
      "Iesniegumu var iesniegt arī portālā https://latvija.gov.lv.",
      "Būvvaldes lēmums pieejams Būvniecības informācijas sistēmā (BIS): https://bis.gov.lv/bisp/.",
    ],
    bad: [
      "Lēmuma kopija atrodas šeit: \\\\fs01\\Būvvalde\\2024\\lēmums",
      "Aizpildiet pieteikumu intranetā: http://intranet/veidlapas/pieteikums",
      "Tāmi varat apskatīt http://192.168.10.25/tames/2024.xlsx.",
      "Veidlapa saglabāta C:\\Users\\ilze.ozola\\Documents\\veidlapa, lūdzu, aizpildiet to.",
    ],
  },
};

/** Characters that end a path written in running text. */
function endsPath(c: string): boolean {
  const code = c.charCodeAt(0);
  return code <= 0x20 || c === "<" || c === ">" || c === '"' || c === "|" || c === "«" || c === "»" || c === "“" || c === "”" || c === "„";
}

const PATH_TRAILING = ".,;:!?)'’]";

/** End of a path that starts at `start`: up to whitespace, without sentence punctuation after it. */
function pathEnd(text: string, start: number, from: number): number {
  let end = from;
  while (end < text.length && !endsPath(text[end])) end++;
  while (end > from && PATH_TRAILING.indexOf(text[end - 1]) >= 0) end--;
  return Math.max(end, start);
}

function isHostChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}$._-]/u.test(c);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

export interface PathSpan {
  start: number;
  end: number;
}

/** "\\server\share…" — a UNC path (at the start of a run of backslashes). */
function uncPaths(text: string, out: PathSpan[]): void {
  let at = text.indexOf("\\\\");
  while (at >= 0) {
    const afterRun = at + 2;
    if (text[at - 1] !== "\\" && isHostChar(text[afterRun])) {
      let k = afterRun;
      while (isHostChar(text[k])) k++;
      const end = pathEnd(text, at, k);
      out.push({ start: at, end });
      at = text.indexOf("\\\\", Math.max(end, at + 2));
      continue;
    }
    let k = afterRun;
    while (text[k] === "\\") k++;
    at = text.indexOf("\\\\", k);
  }
}

/**
 * "//server/share…" — the forward-slash form of a UNC path, not the "//" of a web address (the
 * server must be an intranet name: "//www.adazi.lv/…" is a public address without its scheme).
 */
function slashPaths(text: string, out: PathSpan[]): void {
  let at = text.indexOf("//");
  while (at >= 0) {
    const before = text[at - 1];
    const startsHere = before === undefined || /[\s"'(«„“<[]/u.test(before);
    if (startsHere && isHostChar(text[at + 2])) {
      let k = at + 2;
      while (isHostChar(text[k])) k++;
      if (text[k] === "/" && isHostChar(text[k + 1]) && internalHostKind(text.slice(at + 2, k).toLowerCase()) !== null) {
        const end = pathEnd(text, at, k);
        out.push({ start: at, end });
        at = text.indexOf("//", Math.max(end, at + 2));
        continue;
      }
    }
    at = text.indexOf("//", at + 2);
  }
}

/** "C:\…" — a drive-letter path (a local disk or a mapped network drive). */
function drivePaths(text: string, out: PathSpan[]): void {
  let at = text.indexOf(":\\");
  while (at >= 0) {
    const letter = text[at - 1];
    if (letter !== undefined && /[a-z]/i.test(letter) && !isWordChar(text[at - 2])) {
      const end = pathEnd(text, at - 1, at + 2);
      if (end > at + 2) {
        out.push({ start: at - 1, end });
        at = text.indexOf(":\\", end);
        continue;
      }
    }
    at = text.indexOf(":\\", at + 2);
  }
}

/** "file:///…" or "file://server/…" written in the text. */
function fileUrls(text: string, lower: string, out: PathSpan[]): void {
  let at = lower.indexOf("file:");
  while (at >= 0) {
    if (!isWordChar(text[at - 1]) && (text[at + 5] === "/" || text[at + 5] === "\\")) {
      const end = pathEnd(text, at, at + 5);
      if (end > at + 5) {
        out.push({ start: at, end });
        at = lower.indexOf("file:", end);
        continue;
      }
    }
    at = lower.indexOf("file:", at + 5);
  }
}

/** File and network paths written in the text, in text order, without overlaps. */
export function filePathsInText(text: string): PathSpan[] {
  const found: PathSpan[] = [];
  const lower = text.toLowerCase();
  fileUrls(text, lower, found);
  uncPaths(text, found);
  slashPaths(text, found);
  drivePaths(text, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: PathSpan[] = [];
  for (const span of found) {
    const last = spans[spans.length - 1];
    if (last && span.start < last.end) continue; // "file://\\server" or "//server" inside a file: URL
    spans.push(span);
  }
  return spans;
}

function linkFinding(link: DraftLink, key: MessageId, params: Record<string, string>): RuleReport<MessageId> {
  return {
    messageId: key,
    data: params,
    start: link.start,
    end: link.end,
  };
}

const WEB_SCHEMES: ReadonlySet<string> = new Set(["http", "https", "ftp"]);

function check(draft: Draft, _context: RuleContext): RuleReport<MessageId>[] {
  const findings: RuleReport<MessageId>[] = [];
  // Spans that link-unsafe already reports (file: links): a path in their text is not repeated.
  const fileLinks: DraftLink[] = [];
  for (const link of draft.links) {
    if (findings.length >= MAX_FINDINGS_PER_RULE) return findings;
    const scheme = schemeOf(link.href);
    if (scheme === "file") {
      fileLinks.push(link);
      continue;
    }
    if (!WEB_SCHEMES.has(scheme)) continue;
    const address = parseAddress(link.href);
    if (!address) continue;
    if (internalHostKind(address.host) !== null) {
      findings.push(linkFinding(link, "host", { host: address.host }));
    } else if (isPersonalOneDrive(address)) {
      findings.push(linkFinding(link, "onedrive", {}));
    }
  }
  let f = 0;
  for (const span of filePathsInText(draft.text)) {
    if (findings.length >= MAX_FINDINGS_PER_RULE) break;
    // both lists are in text order: walk the file: links alongside
    while (f < fileLinks.length && fileLinks[f].end <= span.start) f++;
    if (f < fileLinks.length && fileLinks[f].start <= span.start && span.end <= fileLinks[f].end) continue;
    const path = draft.text.slice(span.start, span.end);
    findings.push({
      severity: "warning",
      messageId: "path",
      data: { path },
      start: span.start,
      end: span.end,
    });
  }
  return findings;
}

export const rule: Rule<MessageId> = { meta, check };
