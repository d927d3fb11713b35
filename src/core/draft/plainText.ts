/** Reads a plain-text body into normalised lines: one line per source line, blank lines kept. */
import { LineBuilder, ROOT_CONTEXT } from "./lineBuilder";

export function readPlainText(source: string): LineBuilder {
  const builder = new LineBuilder();
  let k = 0;
  const length = source.length;
  for (;;) {
    let e = k;
    while (e < length) {
      const c = source.charCodeAt(e);
      if (c === 0x0a || c === 0x0d) break;
      e++;
    }
    builder.appendSource(source, k, e, ROOT_CONTEXT, false);
    builder.endTextLine();
    if (e >= length) break;
    k = source.charCodeAt(e) === 0x0d && source.charCodeAt(e + 1) === 0x0a ? e + 2 : e + 1;
  }
  builder.finish();
  return builder;
}
