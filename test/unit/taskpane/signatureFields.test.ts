/**
 * The Settings view's signature fields (issue 17): named in the UI language, never by their keys,
 * and an invalid e-mail or phone is reported (and so never saved into the signature).
 */
import { invalidFieldMessage, signatureFieldNames } from "../../../src/taskpane/signatureFields";
import { stringsFor } from "../../../src/ui/i18n";

const lv = stringsFor("lv");
const en = stringsFor("en");

describe("signature fields", () => {
  it("are named in the UI language inside a sentence, never by their keys", () => {
    expect(signatureFieldNames(["position", "phone", "website"], lv)).toBe("amats, tālrunis, tīmekļvietne");
    expect(signatureFieldNames(["position", "email"], en)).toBe("position, e-mail");
    expect(`${lv.signatureMissing} ${signatureFieldNames(["position"], lv)}`).not.toContain("position");
  });

  it.each([
    ["email", "not-an-email", lv.invalidEmail],
    ["email", "ilze ozola@adazi.lv", lv.invalidEmail],
    ["email", "ilze@", lv.invalidEmail],
    ["phone", "zvaniet man", lv.invalidPhone],
    ["phone", "123", lv.invalidPhone],
  ] as const)("reports %s %j as invalid", (field, value, message) => {
    expect(invalidFieldMessage(field, value, lv)).toBe(message);
  });

  it.each([
    ["email", "ilze.ozola@adazi.lv"],
    ["email", ""],
    ["phone", "+371 67 997 005"],
    ["phone", "67997005"],
    ["phone", "  "],
    ["position", "Klientu apkalpošanas speciāliste"],
  ] as const)("accepts %s %j (an empty field is missing, not invalid)", (field, value) => {
    expect(invalidFieldMessage(field, value, lv)).toBeNull();
  });

  it("explains the problem in English for an English UI", () => {
    expect(invalidFieldMessage("email", "not-an-email", en)).toBe("This is not a valid e-mail address.");
  });
});
