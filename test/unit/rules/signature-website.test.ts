import { rule } from "../../../src/core/rules/signature-website";
import { runRule } from "./harness";
import { signatureSuite } from "./signatureSuite";

const BODY = "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.";
const TOP = "Ar cieņu,\nIlze Ozola\nKlientu apkalpošanas speciāliste\nĀdažu novada pašvaldība\nTālr. 67895400\nilze.ozola@adazi.lv";

describe("signature-website", () => {
  signatureSuite({
    rule,
    field: "website",
    withoutField: ["Ilze Ozola", "Klientu apkalpošanas speciāliste", "Ādažu novada pašvaldība", "Tālr. 67895400", "ilze.ozola@adazi.lv"],
    suggestion: { config: { organization: { website: "https://www.adazi.lv" } }, expected: "https://www.adazi.lv" },
  });

  it.each([
    ["a www address", "www.adazi.lv"],
    ["an https address", "https://www.adazi.lv"],
    ["a bare domain", "adazi.lv"],
    ["a labelled address", "Tīmekļvietne: www.adazi.lv"],
  ])("accepts %s", (_what, line) => {
    expect(runRule(rule, `${BODY}\n\n${TOP}\n${line}`)).toEqual([]);
  });

  it("does not count the domain of the e-mail address as a website", () => {
    expect(runRule(rule, `${BODY}\n\n${TOP}`)).toHaveLength(1);
  });

  it("prefers the website the signature policy names", () => {
    const [finding] = runRule(rule, `${BODY}\n\n`, {
      config: { organization: { website: "https://www.adazi.lv" }, signature: { website: "https://www.adazi.lv/buvvalde" } },
    });
    expect(finding.suggestions).toEqual(["https://www.adazi.lv/buvvalde"]);
  });
});
