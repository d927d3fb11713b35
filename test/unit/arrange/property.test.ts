/**
 * Property (issue 17): arranging a draft to the standard never removes or reorders the employee's
 * own words — every word of the input body is in the output, in the same order — for random drafts
 * in text and HTML, with or without a greeting, a closing and any part of a signature, with lower-case
 * "jūs" and shouting marks (whose fixes keep the words), personal codes (whose masking fix does not keep
 * the digits, so it is left to the employee), and inline formatting inside words.
 */
import * as fc from "fast-check";
import { checkMessage } from "../../../src/core/check/message";
import { resolveConfig } from "../../../src/core/config";
import { RULES_WITHOUT_SPELLING } from "../../../src/core/rules";
import { arrangeBody, wordsOf } from "../../../src/core/arrange";
import { rule as greeting } from "../../../src/core/rules/greeting";
import { rule as reference } from "../../../src/core/rules/reference";
import { rule as closing } from "../../../src/core/rules/closing";
import { rule as politeYou } from "../../../src/core/rules/polite-you";
import { rule as tone } from "../../../src/core/rules/tone";
import { rule as personalCode } from "../../../src/core/rules/personal-code";
import { keptInOrder } from "./fixtures";

const config = resolveConfig({}).config;

/** Sentences and lines from the rules' own examples (text the arrangement was not written for). */
const LINES = [...greeting.meta.examples.bad, ...reference.meta.examples.bad, ...closing.meta.examples.good, ...politeYou.meta.examples.bad, ...tone.meta.examples.bad, ...personalCode.meta.examples.bad]
  .flatMap((example) => example.split("\n"))
  .map((line) => line.trim())
  .filter((line) => line.length > 0);
const SIGNATURE_LINES = ["Ar cieņu,", "Ilze Ozola", "Klientu apkalpošanas speciāliste", "Ādažu novada pašvaldība", "Tālr. 67895400", "ilze.ozola@adazi.lv", "www.adazunovads.lv"];

const paragraph = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 3 }).map((lines) => lines.join(" "));
const draft = fc.record({
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 4 }),
  signature: fc.subarray(SIGNATURE_LINES),
  lowerYou: fc.boolean(),
  html: fc.boolean(),
  bold: fc.nat(),
  withName: fc.boolean(),
  signatureValues: fc.subarray(["name", "position", "institution", "phone", "email", "website"] as const),
});

const VALUES = { name: "Anna Liepiņa", position: "Vecākā referente", institution: "Ādažu novada pašvaldība", phone: "67895401", email: "anna.liepina@adazi.lv", website: "www.adazunovads.lv" };

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

test("the employee's words are never removed or reordered", () => {
  fc.assert(
    fc.property(draft, (d) => {
      let paragraphs = d.paragraphs.map((p) => (d.lowerYou ? p.replace(/Jūs/g, "jūs") : p));
      if (d.signature.length) paragraphs = [...paragraphs, d.signature.join("\n")];
      let body: string;
      if (d.html) {
        body = paragraphs
          .map((p, i) => {
            let html = escapeHtml(p).replace(/\n/g, "<br>");
            // Formatting inside a word of one paragraph: an edit must never cross it.
            if (i === d.bold % paragraphs.length) html = html.replace(/(\p{L})(\p{L}+)/u, "$1<b>$2</b>");
            return `<p>${html}</p>`;
          })
          .join("");
      } else body = paragraphs.join("\n\n");
      const facts = {
        body,
        format: d.html ? ("html" as const) : ("text" as const),
        recipients: d.withName ? [{ email: "janis.kalns@example.com", name: "Jānis Kalns", kind: "to" as const }] : [],
        composeType: "reply" as const,
      };
      const check = checkMessage(facts, config, { rules: RULES_WITHOUT_SPELLING });
      const signature: Record<string, string> = {};
      for (const field of d.signatureValues) signature[field] = VALUES[field];
      const arranged = arrangeBody(check, body, { signature });
      expect(keptInOrder(wordsOf(body), wordsOf(arranged.body))).toBe(true);
    }),
    { numRuns: 200 },
  );
});
