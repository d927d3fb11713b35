/**
 * A depth limit for the JSON files the CLI reads (organization.json, a ReplyPlan). JSON.parse
 * itself copes with any depth, but everything after it that walks the value recursively —
 * copying, validating, printing — overflows the stack on `[` × 100,000 and would surface as
 * "internal error: Maximum call stack size exceeded". No real file of ours nests more than a few
 * levels, so anything past the limit is refused up front with the path where it happens.
 */
import { InputError } from "./errors";

/** Levels of [ ] and { } a file may nest; organization.json needs 4, a ReplyPlan 3. */
export const MAX_JSON_DEPTH = 64;

interface Step {
  key: string;
  parent: Step | null;
}

function pointer(step: Step | null): string {
  const keys: string[] = [];
  for (let s = step; s; s = s.parent) keys.push(s.key.replace(/~/g, "~0").replace(/\//g, "~1"));
  return keys.length ? "/" + keys.reverse().join("/") : "/";
}

/**
 * The JSON pointer of the first array or object nested deeper than `limit` levels, or null.
 * Iterative (an explicit stack), so it cannot overflow however deep the value is.
 */
export function tooDeepPath(value: unknown, limit = MAX_JSON_DEPTH): string | null {
  const stack: { node: unknown; depth: number; at: Step | null }[] = [{ node: value, depth: 1, at: null }];
  while (stack.length) {
    const { node, depth, at } = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (depth > limit) return pointer(at);
    const entries: [string, unknown][] = Array.isArray(node) ? node.map((v, k) => [String(k), v]) : Object.entries(node as Record<string, unknown>);
    // Reversed, so the first child is looked at first and the path reported is the first one in the file.
    for (let k = entries.length - 1; k >= 0; k--) stack.push({ node: entries[k][1], depth: depth + 1, at: { key: entries[k][0], parent: at } });
  }
  return null;
}

/** Throws the one-line InputError for a value nested too deeply (lv or en), naming the path. */
export function assertJsonDepth(value: unknown, file: string, lang: "lv" | "en"): void {
  const at = tooDeepPath(value);
  if (at === null) return;
  throw new InputError(
    lang === "lv"
      ? `${file}: JSON struktūra ir pārāk dziļa — vietā ${at} ir vairāk nekā ${MAX_JSON_DEPTH} ligzdotu iekavu [ ] un { } līmeņi; šim failam tik dziļa struktūra nav vajadzīga`
      : `${file}: the JSON is nested too deeply — at ${at} there are more than ${MAX_JSON_DEPTH} levels of [ ] and { }; this file needs nothing that deep`,
  );
}
