import { rule } from "../../../src/core/rules/signature-phone";
import { runRule } from "./harness";
import { signatureSuite } from "./signatureSuite";

const BODY = "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.";
const TOP = "Ar cieņu,\nIlze Ozola\nKlientu apkalpošanas speciāliste\nĀdažu novada pašvaldība";

describe("signature-phone", () => {
  signatureSuite({
    rule,
    field: "phone",
    withoutField: ["Ilze Ozola", "Klientu apkalpošanas speciāliste", "Ādažu novada pašvaldība", "ilze.ozola@adazi.lv", "www.adazi.lv"],
    suggestion: { config: { organization: { phone: "+371 67997005" } }, expected: "+371 67997005" },
  });

  it.each([
    ["an international number with spaces", "Tālr. +371 67 895 400"],
    ["a mobile number", "Mob. 29123456"],
    ["a grouped number after a label", "T. 6789 5400"],
    ["a bare eight-digit number", "67895400"],
    ["an English label", "Phone: +371 67895400"],
  ])("accepts %s", (_what, phone) => {
    expect(runRule(rule, `${BODY}\n\n${TOP}\n${phone}\nilze.ozola@adazi.lv`)).toEqual([]);
  });

  it("does not take a date or a postcode for a phone number", () => {
    expect(runRule(rule, `${BODY}\n\n${TOP}\nPils iela 1, Ādaži, LV-2164\n18.11.2026\nilze.ozola@adazi.lv`)).toHaveLength(1);
  });

  it("suggests the user's own number from the specialists directory first", () => {
    const [finding] = runRule(rule, `${BODY}\n\n`, {
      userEmail: "ilze.ozola@adazi.lv",
      config: {
        organization: { phone: "67997005" },
        specialists: [{ name: "Ilze Ozola", position: "Speciāliste", email: "ilze.ozola@adazi.lv", phone: "67895400" }],
      },
    });
    expect(finding.suggestions).toEqual(["67895400"]);
  });
});
