import { parseSendContext } from "../../../src/taskpane/sendContext";

describe("parseSendContext", () => {
  it("reads the findings the on-send check handed over", () => {
    const text = JSON.stringify({ source: "onsend", findings: [{ rule: "signature-phone", clause: "9.4", message: "Parakstā norādiet tālruni." }] });
    expect(parseSendContext(text)).toEqual({ findings: [{ rule: "signature-phone", clause: "9.4", message: "Parakstā norādiet tālruni." }] });
  });

  it.each([[null], [""], ["not json"], ["[]"], ['{"findings": []}'], ['{"findings": [{"rule": 5}]}'], ['{"other": 1}']])("ignores %j", (text) => {
    expect(parseSendContext(text)).toBeNull();
  });
});
