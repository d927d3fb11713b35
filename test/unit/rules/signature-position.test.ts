import { rule } from "../../../src/core/rules/signature-position";
import { runRule } from "./harness";
import { signatureSuite } from "./signatureSuite";

const BODY = "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.";

describe("signature-position", () => {
  signatureSuite({
    rule,
    field: "position",
    withoutField: ["Ilze Ozola", "Ādažu novada pašvaldība", "Tālr. 67895400", "ilze.ozola@adazi.lv", "www.adazi.lv"],
    suggestion: {
      config: { specialists: [{ name: "Ilze Ozola", position: "Klientu apkalpošanas speciāliste", email: "Ilze.Ozola@adazi.lv" }] },
      userEmail: "ilze.ozola@adazi.lv",
      expected: "Klientu apkalpošanas speciāliste",
    },
  });

  it.each([
    ["a head of department", "Ar cieņu,\nJānis Kalniņš\nBūvvaldes vadītājs\nĀdažu novada pašvaldība"],
    ["a senior officer", "Ar cieņu,\nAnna Liepiņa\nVecākā referente\nĀdažu novada pašvaldība"],
    ["a position joined to the institution", "Ar cieņu,\nIlze Ozola, Ādažu novada pašvaldības Klientu apkalpošanas centra vadītāja"],
    ["an English position", "Kind regards,\nIlze Ozola\nClient Service Specialist\nĀdaži Municipality"],
  ])("accepts %s", (_what, signature) => {
    expect(runRule(rule, `${BODY}\n\n${signature}`)).toEqual([]);
  });

  it("reports a signature with a name and contacts only", () => {
    expect(runRule(rule, `${BODY}\n\nAr cieņu,\nJānis Kalniņš\nTālr. 67895420\njanis.kalnins@adazi.lv`)).toHaveLength(1);
  });
});
