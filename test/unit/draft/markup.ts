/**
 * Test helper: every piece of markup of an HTML source, in order (tags with their attributes,
 * comments with their content, declarations, processing instructions), read with htmlparser2's
 * Tokenizer as the draft parser reads it. Two bodies with equal lists lost and changed no markup.
 */
import { Tokenizer } from "htmlparser2";

export function markupOf(html: string): string[] {
  const out: string[] = [];
  let tagStart = -1;
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata(start, end, offset) {
        out.push(`cdata:${html.slice(start, end - offset)}`);
      },
      onclosetag(start, end) {
        out.push(`</${html.slice(start, end).toLowerCase()}>`);
      },
      oncomment(start, end, offset) {
        out.push(`<!--${html.slice(start, end - offset)}-->`);
      },
      ondeclaration(start, end) {
        out.push(`<!${html.slice(start, end)}>`);
      },
      onend() {},
      onopentagend(end) {
        out.push(html.slice(tagStart, end + 1));
      },
      onopentagname(start) {
        tagStart = start - 1;
      },
      onprocessinginstruction(start, end) {
        out.push(`<?${html.slice(start, end)}>`);
      },
      onselfclosingtag(end) {
        out.push(html.slice(tagStart, end + 1));
      },
      ontext() {},
      ontextentity() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return out;
}
