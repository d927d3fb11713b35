/**
 * Whether a compose body is one of the mail clients' known empty bodies, which ReplyWriter may
 * replace whole. Everything it does not recognise counts as content (see docs/architecture.md,
 * "Never lose the user's text"): a wrong "not empty" only costs an empty paragraph above the
 * insertion, a wrong "empty" loses a picture, a rule, a form or a table.
 *
 * Known empty bodies are built from an allow-list: the document skeleton (html, head, body, meta,
 * an empty title, style sheets without images or generated content, Word's
 * `<!--[if gte mso 9]><xml><o:shapedefaults …/></xml><![endif]-->` settings), and empty
 * paragraphs, divs, spans, fonts and `<o:p>` holding only `<br>`, whitespace, `&nbsp;` and
 * zero-width characters (Outlook desktop's `<p class=MsoNormal><o:p>&nbsp;</o:p></p>`, Outlook on
 * the web's `<div class="elementToProof"><br></div>`, Gmail's `<div dir="ltr"><br></div>`,
 * Thunderbird's `<p><br></p>`). An attribute that can carry a picture or a box (background,
 * url(…), border, an id the client uses as a marker) makes even an allowed element content.
 *
 * It drives htmlparser2's Tokenizer (as src/core/draft/html.ts does) and keeps no element
 * stack, so it is linear in the body's length, also on unclosed or repeated tags.
 */
import "../core/draft/atobShim"; // before htmlparser2: its entity tables need atob when they load
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { attributeCallbacks } from "../core/draft/tokenizerAttributes";

/** Elements that appear in known empty bodies and show nothing by themselves. */
const SKELETON_ELEMENTS = new Set(["html", "head", "body", "meta", "title", "style", "p", "div", "span", "font", "br", "o:p", "b", "i", "u", "strong", "em"]);

/** What Word writes inside `<!--[if gte mso 9]>…<![endif]-->` in the head of every message. */
const OFFICE_SETTINGS_ELEMENTS = new Set(["xml", "o:shapedefaults", "o:shapelayout", "o:idmap", "o:officedocumentsettings", "o:allowpng", "w:worddocument"]);

/** Raw-text elements: their content is not body text (style is checked for images separately). */
const RAW_TEXT_ELEMENTS = new Set(["style", "title", "script", "textarea", "xmp", "noscript", "iframe", "noembed", "noframes", "plaintext"]);

/** Whitespace, no-break spaces and zero-width characters: what an empty paragraph may hold. */
function isBlankCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0 || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

function isBlank(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (!isBlankCode(text.charCodeAt(k))) return false;
  return true;
}

/** A style sheet that can show something without text: images, imported sheets, generated content. */
function sheetShowsSomething(css: string): boolean {
  const lower = css.toLowerCase();
  return lower.includes("url(") || lower.includes("@import") || lower.includes("content:") || lower.includes("gradient(");
}

/** An inline style that makes an empty element visible: a background picture or a box. */
function inlineStyleShowsSomething(css: string): boolean {
  const lower = css.toLowerCase();
  return lower.includes("url(") || lower.includes("image") || lower.includes("gradient(") || lower.includes("border");
}

/** An attribute on an allowed element that makes it content: a picture, a box, a client's marker. */
function attributeShowsSomething(element: string, name: string, value: string): boolean {
  if (name === "background" || name === "src" || name === "href") return true;
  // <meta name="Generator"> is metadata; a name or id elsewhere is a bookmark or a client's marker.
  if ((name === "id" || name === "name") && element !== "meta") return true;
  if (name === "style") return inlineStyleShowsSomething(value);
  return value.toLowerCase().includes("url(");
}

/**
 * Scans markup and reports whether it is made only of allowed elements around blank text.
 * `allowed` is the element allow-list; comments are judged by `commentIsEmpty`, and conditional
 * comments are allowed only at the top level (Word does not nest them).
 */
function scan(source: string, allowed: ReadonlySet<string>, allowConditionalComments: boolean): boolean {
  let empty = true;
  let tagName = "";
  let inTag = false;
  /** The raw-text element we are inside (style, title, …), or "". */
  let rawText = "";
  let tokenizer: Tokenizer | null = null;
  // The first piece of content decides; the tokenizer stops there.
  const content = (): void => {
    empty = false;
    tokenizer?.pause();
  };
  const attributes = attributeCallbacks(source, (name, value) => {
    if (attributeShowsSomething(tagName, name, value)) content();
  });
  // One plain literal, no spread, as in core/draft/html.ts: the two share htmlparser2's Tokenizer,
  // whose calls stay fast while the callback objects it is given have the same plain shape.
  const callbacks: TokenizerCallbacks = {
    onattribdata: attributes.onattribdata,
    onattribentity: attributes.onattribentity,
    onattribend: attributes.onattribend,
    onattribname: attributes.onattribname,
    oncdata() {
      content();
    },
    onclosetag(start, end) {
      const name = source.slice(start, end).toLowerCase();
      if (name === rawText) rawText = "";
      else if (!allowed.has(name)) content();
    },
    oncomment(start, end, endOffset) {
      const body = source.slice(start, end - endOffset);
      if (!commentIsEmpty(body, allowConditionalComments)) content();
    },
    ondeclaration(start, end) {
      // <!DOCTYPE html>, and the downlevel-revealed <![if !vml]> … <![endif]> brackets, whose
      // content between them is judged as ordinary markup.
      const text = source.slice(start, end).trimStart().toLowerCase();
      if (!(text.startsWith("doctype") || text.startsWith("[if") || text.startsWith("[endif"))) content();
    },
    onend() {},
    onopentagend() {
      inTag = false;
      if (RAW_TEXT_ELEMENTS.has(tagName)) rawText = tagName;
    },
    onopentagname(start, end) {
      tagName = source.slice(start, end).toLowerCase();
      inTag = true;
      if (!allowed.has(tagName)) content();
    },
    onprocessinginstruction(start, end) {
      // Old Word HTML declares its namespaces with <?xml:namespace prefix = o … />.
      if (!source.slice(start, end).toLowerCase().startsWith("xml")) content();
    },
    onselfclosingtag() {
      inTag = false;
    },
    ontext(start, end) {
      const text = source.slice(start, end);
      if (rawText === "style") {
        if (sheetShowsSomething(text)) content();
      } else if (rawText === "script") {
        content();
      } else if (!isBlank(text)) {
        content();
      }
    },
    ontextentity(codepoint) {
      if (rawText === "style") return;
      if (!isBlankCode(codepoint)) content();
    },
  };
  tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, callbacks);
  tokenizer.write(source);
  if (empty) tokenizer.end();
  // Markup cut off inside a tag (`<style <style …`) is not a known empty body.
  return empty && !inTag;
}

/**
 * A comment shows nothing, except Outlook's conditional comments, which Word renders: those are
 * empty only when they hold Word's document settings (no VML shapes or images).
 */
function commentIsEmpty(body: string, allowConditional: boolean): boolean {
  const trimmed = body.trimStart();
  if (!trimmed.startsWith("[if")) return true;
  if (!allowConditional) return false;
  const open = trimmed.indexOf("]>");
  if (open < 0) return false;
  let inner = trimmed.slice(open + 2);
  const close = inner.lastIndexOf("<![endif]");
  if (close >= 0) inner = inner.slice(0, close);
  return scan(inner, OFFICE_SETTINGS_ELEMENTS, false);
}

/**
 * True when the body is one of the known empty compose bodies (see the module comment), so an
 * insertion may replace it; false for anything else, which is then inserted at the cursor.
 */
export function isBodyEmpty(html: string): boolean {
  return scan(html, SKELETON_ELEMENTS, true);
}
