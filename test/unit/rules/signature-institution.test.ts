import { rule } from "../../../src/core/rules/signature-institution";
import { runRule } from "./harness";
import { signatureSuite } from "./signatureSuite";

const BODY = "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.";

describe("signature-institution", () => {
  signatureSuite({
    rule,
    field: "institution",
    withoutField: ["Ilze Ozola", "Klientu apkalpošanas speciāliste", "Tālr. 67895400", "ilze.ozola@adazi.lv", "www.adazi.lv"],
    suggestion: {
      config: { organization: { name: { lv: "Ādažu novada pašvaldība", en: "Ādaži Municipality" } } },
      expected: "Ādažu novada pašvaldība",
    },
  });

  it.each([
    ["a municipal agency", "Ar cieņu,\nJānis Kalniņš\nBūvinspektors\nĀdažu novada Būvvalde"],
    ["a municipal company", "Ar cieņu,\nAnna Liepiņa\nKlientu apkalpošanas speciāliste\nSIA „Ādažu Namsaimnieks”"],
    ["an English institution", "Kind regards,\nIlze Ozola\nClient Service Specialist\nĀdaži Municipality"],
  ])("accepts %s", (_what, signature) => {
    expect(runRule(rule, `${BODY}\n\n${signature}`)).toEqual([]);
  });

  it("suggests the English name for an English draft", () => {
    const english = "Dear Ms Kalniņa,\n\nThe permit is ready.\n\nKind regards,\nIlze Ozola\nClient Service Specialist\nPhone: 67895400";
    const [finding] = runRule(rule, english, { config: { organization: { name: { lv: "Ādažu novada pašvaldība", en: "Ādaži Municipality" } } } });
    expect(finding.suggestions).toEqual(["Ādaži Municipality"]);
  });

  it("prefers the institution the signature policy names", () => {
    const [finding] = runRule(rule, `${BODY}\n\n`, {
      config: { organization: { name: { lv: "Ādažu novada pašvaldība" } }, signature: { institution: { lv: "Ādažu novada Būvvalde" } } },
    });
    expect(finding.suggestions).toEqual(["Ādažu novada Būvvalde"]);
  });
});
