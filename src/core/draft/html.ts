/**
 * Reads an HTML body into normalised lines (see lineBuilder.ts) with htmlparser2's Tokenizer.
 *
 * We drive the Tokenizer ourselves instead of htmlparser2's Parser: its callbacks carry exact
 * source offsets for every text run, entity and tag (the source map needs them), and we keep
 * our own element stack with push/pop. The Parser's stack uses unshift/indexOf, which turns
 * quadratic on deeply nested or unclosed markup; ours stays linear and never recurses, so
 * 10,000-deep nesting is just a long array.
 */
import "./atobShim"; // before htmlparser2: its entity tables need atob when they load
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { attributeCallbacks } from "./tokenizerAttributes";
import { LineBuilder, ROOT_CONTEXT, type BlockKind, type LineContext, type SignatureContainerSource } from "./lineBuilder";
import {
  CUT_ANCHOR_NAMES,
  CUT_CLASSES,
  CUT_DATA_MARKERS,
  CUT_IDS,
  QUOTE_CLASSES,
  QUOTE_CLASS_BLOCKQUOTE_ONLY,
  QUOTE_ID_PREFIXES,
  QUOTE_IDS,
} from "./quoteMarkers";
import { headerLabelKind } from "./quote";

/**
 * An <a href> of the body as a source range: its content runs from the end of the opening tag
 * to the start of the closing tag. parseDraft turns it into text offsets through the source map.
 */
export interface RawLink {
  href: string;
  sourceStart: number;
  sourceEnd: number;
  /** alt text of an image inside the link, for links without text */
  alt: string;
}

export interface HtmlReadResult {
  builder: LineBuilder;
  text: string;
  links: RawLink[];
  /** Line index from which everything is the quoted thread (a client's marker), or Infinity. */
  cutLine: number;
  /** Line index where Outlook's _MailAutoSig bookmark starts the signature, or -1. */
  sigStartLine: number;
}

const VOID_ELEMENTS = new Set([
  "area", "base", "basefont", "bgsound", "br", "col", "command", "embed", "frame", "hr", "image", "img", "input",
  "keygen", "link", "meta", "param", "source", "track", "wbr",
]);

const BLOCK_ELEMENTS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
  "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "pre", "section",
  "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp", "plaintext", "option",
]);

/** Elements whose content is never shown in a mail body. */
const HIDDEN_ELEMENTS = new Set([
  "head", "script", "style", "title", "template", "noscript", "xml", "object", "applet", "iframe", "select",
  "datalist", "svg", "math", "map", "audio", "video", "canvas", "textarea", "o:smarttagtype",
]);

/** What may sit inside <head>; anything else opening there means the body has begun. */
const HEAD_CONTENT = new Set(["meta", "title", "style", "script", "link", "base", "noscript", "template", "xml", "o:documentproperties"]);

/** Opening one of these closes an open <p> (HTML's "close a p element"). */
const CLOSES_P = new Set([
  "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
  "listing", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "xmp", "dd", "dt",
]);

/** Implied end tags: opening the key closes an open element of these names (within its scope). */
const IMPLIED_CLOSE: Record<string, { closes: readonly string[]; scope: readonly string[] }> = {
  li: { closes: ["li"], scope: ["ul", "ol", "menu", "table", "td", "th"] },
  dt: { closes: ["dt", "dd"], scope: ["dl", "table", "td", "th"] },
  dd: { closes: ["dt", "dd"], scope: ["dl", "table", "td", "th"] },
  tr: { closes: ["tr", "td", "th"], scope: ["table", "tbody", "thead", "tfoot"] },
  td: { closes: ["td", "th"], scope: ["tr", "table"] },
  th: { closes: ["td", "th"], scope: ["tr", "table"] },
  tbody: { closes: ["tbody", "thead", "tfoot", "tr", "td", "th"], scope: ["table"] },
  thead: { closes: ["tbody", "thead", "tfoot", "tr", "td", "th"], scope: ["table"] },
  tfoot: { closes: ["tbody", "thead", "tfoot", "tr", "td", "th"], scope: ["table"] },
  option: { closes: ["option"], scope: ["select", "datalist"] },
  optgroup: { closes: ["option", "optgroup"], scope: ["select"] },
};
const P_SCOPE = new Set(["table", "td", "th", "caption", "button", "template", "html", "object", "marquee", "applet"]);
/**
 * An <a> opening inside an open <a> closes it first (HTML's adoption agency), unless a cell or
 * similar marker lies between them. Without this, a body of unclosed links nests every link in the
 * one before, and their texts add up to the square of the body (issue 13).
 */
const A_SCOPE = new Set(["td", "th", "caption", "template", "html", "object", "marquee", "applet"]);

/** How far down the stack implied-close searches look; real mail never needs more. */
const IMPLIED_CLOSE_SEARCH_LIMIT = 64;

interface Frame {
  name: string;
  ctx: LineContext;
  hidden: boolean;
  pre: boolean;
  block: boolean;
  /** index into links, or -1 */
  link: number;
  /** Outlook desktop's border-top header div: the first line inside it, or -1. */
  borderTopLine: number;
}

function normaliseToken(value: string): string {
  let v = value.toLowerCase();
  while (v.startsWith("x_")) v = v.slice(2);
  return v;
}

function classList(attrs: Record<string, string>): string[] {
  const raw = attrs["class"];
  if (!raw) return [];
  return raw.split(/\s+/).filter((c) => c.length > 0).map(normaliseToken);
}

function isHiddenStyle(style: string | undefined): boolean {
  if (!style) return false;
  const s = style.toLowerCase().replace(/\s+/g, "");
  return s.includes("display:none") || s.includes("mso-hide:all");
}

function isSignatureMarker(id: string, classes: string[]): SignatureContainerSource | null {
  if (id === "signature" || id.startsWith("ms-outlook-mobile-signature") || id === "outlook_signature") return "outlook-container";
  if (id.includes("signature")) return "client-container";
  for (const c of classes) {
    if (c === "signature" || c === "outlook-signature") return "outlook-container";
    if (c.includes("signature")) return "client-container";
  }
  return null;
}

export function readHtml(source: string): HtmlReadResult {
  const builder = new LineBuilder();
  const links: RawLink[] = [];
  const root: Frame = { name: "#root", ctx: ROOT_CONTEXT, hidden: false, pre: false, block: true, link: -1, borderTopLine: -1 };
  const stack: Frame[] = [root];
  const openCounts = new Map<string, number>();
  let cutLine = Infinity;
  let sigStartLine = -1;
  let nextRegionId = 0;

  // the tag being read
  let tagName = "";
  let tagStart = 0;
  let openLink = -1;
  let tagAttrs: Record<string, string> = Object.create(null);

  const top = (): Frame => stack[stack.length - 1];
  const countOf = (name: string): number => openCounts.get(name) ?? 0;

  /** Pops the top element; `at` is the source offset where it ends. */
  function popFrame(at: number): void {
    const frame = stack.pop() as Frame;
    openCounts.set(frame.name, countOf(frame.name) - 1);
    if (frame.block && !frame.hidden) builder.blockBoundary();
    if (frame.link >= 0) {
      links[frame.link].sourceEnd = at;
      if (openLink === frame.link) openLink = -1;
    }
    if (frame.borderTopLine >= 0) {
      // Outlook desktop's header block: a border-top div whose lines are "Label: value".
      let labelled = 0;
      for (let i = frame.borderTopLine; i < builder.lineCount; i++) {
        if (headerLabelKind(builder.lines[i].text) !== null) labelled++;
      }
      if (labelled >= 2 && frame.borderTopLine < cutLine) cutLine = frame.borderTopLine;
    }
  }

  /** Pops up to and including the nearest open `names` element, not crossing `scope`. */
  function closeImplied(names: readonly string[], scope: ReadonlySet<string> | readonly string[], at: number): void {
    if (!names.some((n) => countOf(n) > 0)) return;
    const inScope = (n: string): boolean => (scope instanceof Set ? scope.has(n) : (scope as readonly string[]).indexOf(n) >= 0);
    for (let i = stack.length - 1, seen = 0; i > 0 && seen < IMPLIED_CLOSE_SEARCH_LIMIT; i--, seen++) {
      const name = stack[i].name;
      if (names.indexOf(name) >= 0) {
        while (stack.length > i) popFrame(at);
        return;
      }
      if (inScope(name)) return;
    }
  }

  /**
   * An element opens. `tagStart` is the offset of its "<", `contentStart` the offset just after
   * its ">".
   */
  function openElement(name: string, attrs: Record<string, string>, selfClosing: boolean, tagStart: number, contentStart: number): void {
    if (name === "body" || (countOf("head") > 0 && !HEAD_CONTENT.has(name))) {
      closeImplied(["head"], [], tagStart);
    }
    if (CLOSES_P.has(name) && countOf("p") > 0) closeImplied(["p"], P_SCOPE, tagStart);
    const implied = IMPLIED_CLOSE[name];
    if (implied) closeImplied(implied.closes, implied.scope, tagStart);
    if (name === "a" && countOf("a") > 0) closeImplied(["a"], A_SCOPE, tagStart);

    const parent = top();
    const id = normaliseToken(attrs["id"] ?? "");
    const classes = classList(attrs);
    const hidden = parent.hidden || HIDDEN_ELEMENTS.has(name) || isHiddenStyle(attrs["style"]) || attrs["hidden"] !== undefined;

    if (name === "br") {
      if (!hidden) builder.lineBreak();
      return;
    }

    // Markers of the quoted thread and of the signature.
    let isCut = false;
    if (!hidden && !parent.ctx.quoted) {
      if (id && CUT_IDS.indexOf(id) >= 0) isCut = true;
      if (classes.some((c) => CUT_CLASSES.indexOf(c) >= 0)) isCut = true;
      const marker = (attrs["data-marker"] ?? "").toLowerCase();
      if (marker && CUT_DATA_MARKERS.indexOf(marker) >= 0) isCut = true;
      if (name === "a" && CUT_ANCHOR_NAMES.indexOf((attrs["name"] ?? "").toLowerCase()) >= 0) isCut = true;
    }
    let quoteContainer = false;
    if (!parent.ctx.quoted) {
      if (name === "blockquote" && (attrs["type"] ?? "").toLowerCase() === "cite") quoteContainer = true;
      for (const c of classes) {
        if (QUOTE_CLASSES.indexOf(c) >= 0 && (name === "blockquote" || QUOTE_CLASS_BLOCKQUOTE_ONLY.indexOf(c) < 0)) {
          quoteContainer = true;
        }
      }
      if (id && (QUOTE_IDS.indexOf(id) >= 0 || QUOTE_ID_PREFIXES.some((p) => id.startsWith(p)))) quoteContainer = true;
    }
    const sigSource = parent.ctx.sig < 0 ? isSignatureMarker(id, classes) : null;
    if (name === "a" && (attrs["name"] ?? "").toLowerCase() === "_mailautosig" && sigStartLine < 0 && !hidden) {
      sigStartLine = builder.nextLineIndex;
    }

    const block = BLOCK_ELEMENTS.has(name) || quoteContainer || sigSource !== null || isCut;
    let ctx = parent.ctx;
    if (quoteContainer || sigSource !== null || name === "blockquote" || blockKindOf(name) !== undefined) {
      ctx = {
        quoted: parent.ctx.quoted || quoteContainer,
        candidate:
          parent.ctx.candidate >= 0 || quoteContainer || parent.ctx.quoted || name !== "blockquote"
            ? parent.ctx.candidate
            : nextRegionId++,
        sig: sigSource !== null ? nextRegionId++ : parent.ctx.sig,
        sigSource: sigSource ?? parent.ctx.sigSource,
        blockKind: blockKindOf(name) ?? parent.ctx.blockKind,
      };
    }

    if (block && !hidden) builder.blockBoundary();
    if (isCut && builder.nextLineIndex < cutLine) cutLine = builder.nextLineIndex;
    if (name === "img" && openLink >= 0 && !hidden && links[openLink].alt === "") {
      links[openLink].alt = (attrs["alt"] ?? "").trim();
    }
    if (name === "hr" || VOID_ELEMENTS.has(name)) return;

    const frame: Frame = {
      name,
      ctx,
      hidden,
      pre: parent.pre || name === "pre" || name === "plaintext" || name === "listing" || name === "xmp",
      block,
      link: -1,
      borderTopLine: -1,
    };
    if (name === "a" && attrs["href"] !== undefined && !hidden) {
      frame.link = links.length;
      openLink = frame.link;
      links.push({ href: attrs["href"], sourceStart: contentStart, sourceEnd: contentStart, alt: "" });
    }
    if (name === "div" && !hidden && !parent.ctx.quoted) {
      const style = (attrs["style"] ?? "").toLowerCase();
      if (style.includes("border-top") && style.includes("padding")) frame.borderTopLine = builder.nextLineIndex;
    }
    stack.push(frame);
    openCounts.set(name, countOf(name) + 1);
    if (selfClosing) popFrame(contentStart);
  }

  /** A closing tag; `tagStart` is the offset of its "<". */
  function closeElement(name: string, tagStart: number): void {
    if (countOf(name) <= 0) {
      // A stray </p> makes an empty paragraph and </br> a line break, as in browsers.
      if (name === "p" && !top().hidden) builder.blockBoundary();
      else if (name === "br" && !top().hidden) builder.lineBreak();
      return;
    }
    while (stack.length > 1) {
      const frame = top();
      popFrame(tagStart);
      if (frame.name === name) break;
    }
  }

  const attributes = attributeCallbacks(source, (name, value) => {
    if (!(name in tagAttrs)) tagAttrs[name] = value;
  });
  // One plain literal, no spread: the Tokenizer calls these millions of times, and the object a
  // spread builds made a 1 MB quoted body parse markedly slower (npm run bench -- parse; issue 19).
  const callbacks: TokenizerCallbacks = {
    onattribdata: attributes.onattribdata,
    onattribentity: attributes.onattribentity,
    onattribend: attributes.onattribend,
    onattribname: attributes.onattribname,
    oncdata() {},
    onclosetag(start, end) {
      const lt = source.lastIndexOf("<", start);
      closeElement(source.slice(start, end).toLowerCase(), lt < 0 ? start : lt);
    },
    oncomment() {},
    ondeclaration() {},
    onend() {},
    onopentagend(endIndex) {
      openElement(tagName, tagAttrs, false, tagStart, endIndex + 1);
    },
    onopentagname(start, end) {
      tagName = source.slice(start, end).toLowerCase();
      tagStart = start - 1;
      tagAttrs = Object.create(null);
    },
    onprocessinginstruction() {},
    onselfclosingtag(endIndex) {
      openElement(tagName, tagAttrs, !VOID_ELEMENTS.has(tagName), tagStart, endIndex + 1);
    },
    ontext(start, end) {
      // Text straight inside <head> means the body has begun (as in browsers).
      if (top().name === "head" && /\S/.test(source.slice(start, end))) closeImplied(["head"], [], start);
      const frame = top();
      if (frame.hidden) return;
      builder.appendSource(source, start, end, frame.ctx, frame.pre);
    },
    ontextentity(codepoint, endIndex) {
      if (top().name === "head") closeImplied(["head"], [], endIndex);
      const frame = top();
      if (frame.hidden) return;
      const entityStart = source.lastIndexOf("&", endIndex - 1);
      builder.appendDecoded(String.fromCodePoint(codepoint), entityStart < 0 ? endIndex - 1 : entityStart, endIndex, frame.ctx);
    },
  };

  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, callbacks);
  tokenizer.write(source);
  tokenizer.end();
  while (stack.length > 1) popFrame(source.length);
  const { text } = builder.finish();
  return { builder, text, links, cutLine, sigStartLine };
}

function blockKindOf(name: string): BlockKind | undefined {
  switch (name) {
    case "p":
      return "p";
    case "li":
      return "li";
    case "blockquote":
      return "blockquote";
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6":
      return "heading";
    case "table":
    case "td":
    case "th":
      return "table";
    case "pre":
      return "pre";
    default:
      return undefined;
  }
}
