import { rule } from "../../../src/core/rules/signature-name";
import { runRule } from "./harness";
import { signatureSuite } from "./signatureSuite";

const BODY = "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.";

describe("signature-name", () => {
  signatureSuite({
    rule,
    field: "name",
    withoutField: ["Klientu apkalpošanas speciāliste", "Ādažu novada pašvaldība", "Tālr. 67895400", "ilze.ozola@adazi.lv", "www.adazi.lv"],
    suggestion: {
      config: { specialists: [{ name: "Ilze Ozola", position: "Klientu apkalpošanas speciāliste", email: "ilze.ozola@adazi.lv" }] },
      userEmail: "ilze.ozola@adazi.lv",
      expected: "Ilze Ozola",
    },
  });

  it.each([
    ["the name on the closing line", "Ar cieņu, Ilze Ozola\nKlientu apkalpošanas speciāliste\nĀdažu novada pašvaldība"],
    ["a double surname", "Ar cieņu,\nAnna Liepiņa-Kalniņa\nVecākā referente\nĀdažu novada pašvaldība"],
    ["an initial", "Ar cieņu,\nI. Ozola\nKlientu apkalpošanas speciāliste"],
    ["an English signature", "Kind regards,\nIlze Ozola\nClient Service Specialist\nĀdaži Municipality"],
  ])("accepts %s", (_what, signature) => {
    expect(runRule(rule, `${BODY}\n\n${signature}`)).toEqual([]);
  });

  it("reports an institution-only signature", () => {
    expect(runRule(rule, `${BODY}\n\nAr cieņu,\nĀdažu novada pašvaldības Klientu apkalpošanas centrs\nTālr. 67895400 | info@adazi.lv | www.adazi.lv`)).toHaveLength(1);
  });

  it("offers no suggestion when the user is not in the specialists directory", () => {
    const [finding] = runRule(rule, `${BODY}\n\n`, { userEmail: "cits@adazi.lv" });
    expect(finding.suggestions).toBeUndefined();
  });
});
