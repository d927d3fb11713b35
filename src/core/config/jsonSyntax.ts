/**
 * Where JSON text breaks the grammar, as line and column: one locator for `atbilde config check`
 * and resolveConfig (whose json-syntax issue the pane and the handler see).
 */

/** Line and column (1-based, in characters) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: Array.from(text.slice(lineStart, offset)).length + 1 };
}

export interface JsonSyntaxProblem {
  offset: number;
  line: number;
  column: number;
  reason: { lv: string; en: string };
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

function isHex(c: string): boolean {
  return isDigit(c) || (c >= "a" && c <= "f") || (c >= "A" && c <= "F");
}

/**
 * Where JSON text first breaks the grammar (RFC 8259), or null when it is valid. JSON.parse's own
 * message gives no position for many errors in Node 20 and Chromium ("Unexpected token '}', … is
 * not valid JSON"), and an administrator needs the line. Iterative, so deep nesting cannot overflow
 * the stack.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  const fail = (offset: number, en: string, lv: string): JsonSyntaxProblem => ({ offset, ...lineColumn(text, offset), reason: { lv, en } });
  type Expect = "value" | "first-value" | "first-key" | "key" | "colon" | "after-value" | "end";
  const open: string[] = [];
  let expect: Expect = "value";
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const afterClose = (): Expect => (open.length ? "after-value" : "end");

  /** Scans a string starting at its opening quote; returns the index after the closing quote. */
  const scanString = (start: number): number | JsonSyntaxProblem => {
    let j = start + 1;
    while (j < text.length) {
      const c = text[j];
      if (c === '"') return j + 1;
      if (c.charCodeAt(0) < 0x20) {
        return c === "\n" || c === "\r"
          ? fail(j, "a line break inside a string (close the quotes on the same line, or write \\n)", "teksts pēdiņās turpinās nākamajā rindā (aizveriet pēdiņas tajā pašā rindā vai rakstiet \\n)")
          : fail(j, "a control character inside a string", "tekstā pēdiņās ir vadības rakstzīme");
      }
      if (c === "\\") {
        const e = text[j + 1];
        if (e === "u") {
          for (let k = 2; k < 6; k++) {
            if (!isHex(text[j + k] ?? "")) return fail(j, "\\u must be followed by four hexadecimal digits", "aiz \\u jābūt četriem heksadecimāliem cipariem");
          }
          j += 6;
          continue;
        }
        if (e === undefined || '"\\/bfnrt'.indexOf(e) < 0) {
          return fail(j, "an invalid escape (write \\\\ for a backslash)", "nederīga atsoļa secība (apgriezto slīpsvītru rakstiet kā \\\\)");
        }
        j += 2;
        continue;
      }
      j += 1;
    }
    return fail(start, "a string that is never closed (a missing \")", "teksts pēdiņās nav aizvērts (trūkst \")");
  };

  const scanNumber = (start: number): number | JsonSyntaxProblem => {
    let j = start;
    if (text[j] === "-") j += 1;
    if (text[j] === "0") j += 1;
    else if (isDigit(text[j] ?? "")) while (isDigit(text[j] ?? "")) j += 1;
    else return fail(start, "an invalid number", "nederīgs skaitlis");
    if (text[j] === ".") {
      j += 1;
      if (!isDigit(text[j] ?? "")) return fail(j, "a number needs digits after the decimal point", "aiz decimālpunkta jābūt cipariem");
      while (isDigit(text[j] ?? "")) j += 1;
    }
    if (text[j] === "e" || text[j] === "E") {
      j += 1;
      if (text[j] === "+" || text[j] === "-") j += 1;
      if (!isDigit(text[j] ?? "")) return fail(j, "a number's exponent needs digits", "skaitļa kāpinātājā jābūt cipariem");
      while (isDigit(text[j] ?? "")) j += 1;
    }
    return j;
  };

  for (;;) {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i += 1;
    if (i >= text.length) {
      if (expect === "end") return null;
      if (open.length) {
        const closer = open[open.length - 1] === "{" ? "}" : "]";
        return fail(i, `the file ends before the closing ${closer}`, `fails beidzas pirms noslēdzošās ${closer}`);
      }
      return fail(i, "the file ends where a value should be", "fails beidzas vietā, kur jābūt vērtībai");
    }
    const c = text[i];
    const top = open[open.length - 1];
    switch (expect) {
      case "end":
        return fail(i, "unexpected text after the end of the JSON object", "aiz JSON objekta beigām ir lieks teksts");
      case "colon":
        if (c !== ":") return fail(i, "expected : after the key", "aiz atslēgas jābūt kolam :");
        i += 1;
        expect = "value";
        continue;
      case "after-value":
        if (c === ",") {
          i += 1;
          expect = top === "{" ? "key" : "value";
          continue;
        }
        if ((top === "{" && c === "}") || (top === "[" && c === "]")) {
          open.pop();
          i += 1;
          expect = afterClose();
          continue;
        }
        return top === "{"
          ? fail(i, "expected , or } after the value (a missing comma?)", "aiz vērtības jābūt komatam , vai } (vai trūkst komata?)")
          : fail(i, "expected , or ] after the value (a missing comma?)", "aiz vērtības jābūt komatam , vai ] (vai trūkst komata?)");
      case "first-key":
      case "key":
        if (c === '"') {
          const end = scanString(i);
          if (typeof end !== "number") return end;
          i = end;
          expect = "colon";
          continue;
        }
        if (c === "}") {
          if (expect === "first-key") {
            open.pop();
            i += 1;
            expect = afterClose();
            continue;
          }
          return fail(i, "a comma after the last item (JSON allows none)", "komats aiz pēdējā elementa (JSON to neatļauj)");
        }
        if (c === "/") return fail(i, "a comment (JSON allows none)", "komentārs (JSON tos neatļauj)");
        return fail(i, "expected a key in double quotes", "jābūt atslēgai dubultpēdiņās");
      case "value":
      case "first-value": {
        if (c === "]") {
          if (expect === "first-value") {
            open.pop();
            i += 1;
            expect = afterClose();
            continue;
          }
          if (top === "[") return fail(i, "a comma after the last item (JSON allows none)", "komats aiz pēdējā elementa (JSON to neatļauj)");
        }
        if (c === "{" || c === "[") {
          open.push(c);
          i += 1;
          expect = c === "{" ? "first-key" : "first-value";
          continue;
        }
        let end: number | JsonSyntaxProblem;
        if (c === '"') end = scanString(i);
        else if (c === "-" || isDigit(c)) end = scanNumber(i);
        else if (text.startsWith("true", i)) end = i + 4;
        else if (text.startsWith("false", i)) end = i + 5;
        else if (text.startsWith("null", i)) end = i + 4;
        else if (c === "/") return fail(i, "a comment (JSON allows none)", "komentārs (JSON tos neatļauj)");
        else if (c === "'") return fail(i, "single quotes (JSON needs double quotes \")", "vienpēdiņas (JSON vajag dubultpēdiņas \")");
        else return fail(i, `unexpected “${Array.from(text.slice(i))[0]}” where a value should be`, `negaidīta rakstzīme “${Array.from(text.slice(i))[0]}” vietā, kur jābūt vērtībai`);
        if (typeof end !== "number") return end;
        i = end;
        expect = afterClose();
        continue;
      }
    }
  }
}

