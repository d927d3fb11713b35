/**
 * The attribute callbacks of htmlparser2's Tokenizer, assembled into (name, value) pairs: the
 * Tokenizer reports an attribute in pieces (its name, runs of its value, decoded entities, its
 * end). Shared by the draft's HTML reader and the empty-body check of ReplyWriter.
 */
import type { TokenizerCallbacks } from "htmlparser2";

type AttributeCallbacks = Pick<TokenizerCallbacks, "onattribdata" | "onattribentity" | "onattribend" | "onattribname">;

/** Callbacks that call `onAttribute` with each attribute's lower-case name and decoded value. */
export function attributeCallbacks(source: string, onAttribute: (name: string, value: string) => void): AttributeCallbacks {
  let name = "";
  let value = "";
  return {
    onattribdata(start, end) {
      value += source.slice(start, end);
    },
    onattribentity(codepoint) {
      value += String.fromCodePoint(codepoint);
    },
    onattribend() {
      if (name) onAttribute(name, value);
      name = "";
      value = "";
    },
    onattribname(start, end) {
      name = source.slice(start, end).toLowerCase();
      value = "";
    },
  };
}
