/** The atob shim that lets htmlparser2 load where neither atob nor Buffer exists. */
import fc from "fast-check";
import { decodeBase64ToBinary } from "../../../src/core/draft/atobShim";

describe("atob shim", () => {
  it("decodes base64 exactly as Buffer does", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const encoded = Buffer.from(bytes).toString("base64");
        expect(decodeBase64ToBinary(encoded)).toBe(Buffer.from(bytes).toString("latin1"));
      }),
    );
  });

  it("lets the parser load and run without atob and Buffer", () => {
    const g = globalThis as unknown as { atob?: unknown; Buffer?: unknown };
    const savedAtob = g.atob;
    const savedBuffer = g.Buffer;
    try {
      delete g.atob;
      g.Buffer = undefined;
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { parseDraft } = require("../../../src/core/draft") as typeof import("../../../src/core/draft");
        expect(parseDraft("<p>A&amp;B &eacute; &#257;</p>", "html").text).toBe("A&B é ā");
      });
      expect(typeof g.atob).toBe("function");
    } finally {
      g.atob = savedAtob;
      g.Buffer = savedBuffer;
    }
  });
});
