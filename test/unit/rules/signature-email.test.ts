import { rule } from "../../../src/core/rules/signature-email";
import { runRule } from "./harness";
import { outlookReply } from "./replyFixtures";
import { signatureSuite } from "./signatureSuite";

const BODY = "Labdien!\n\nPaldies par Jūsu e-pastu. Būvatļauja ir sagatavota, to varat saņemt Klientu apkalpošanas centrā.";
const TOP = "Ar cieņu,\nIlze Ozola\nKlientu apkalpošanas speciāliste\nĀdažu novada pašvaldība\nTālr. 67895400";

describe("signature-email", () => {
  signatureSuite({
    rule,
    field: "email",
    withoutField: ["Ilze Ozola", "Klientu apkalpošanas speciāliste", "Ādažu novada pašvaldība", "Tālr. 67895400", "www.adazi.lv"],
    suggestion: { config: {}, userEmail: "ilze.ozola@adazi.lv", expected: "ilze.ozola@adazi.lv" },
  });

  it.each([
    ["a labelled address", "E-pasts: ilze.ozola@adazi.lv"],
    ["a general address", "pasts@adazi.lv"],
    ["addresses on one line with the phone", "Tālr. 67895400 | ilze.ozola@adazi.lv"],
  ])("accepts %s", (_what, line) => {
    expect(runRule(rule, `${BODY}\n\n${TOP}\n${line}\nwww.adazi.lv`)).toEqual([]);
  });

  it("accepts a mailto link in an Outlook signature", () => {
    const html = outlookReply(["Labdien!", "", "Paldies par Jūsu e-pastu.", "", ...TOP.split("\n"), "ilze.ozola@adazi.lv", "www.adazi.lv"]).replace(
      "ilze.ozola@adazi.lv<o:p>",
      '<a href="mailto:ilze.ozola@adazi.lv">ilze.ozola@adazi.lv</a><o:p>',
    );
    expect(html).toContain("mailto:");
    expect(runRule(rule, html, { format: "html" })).toEqual([]);
  });

  it("falls back to the organization's address when the user's is unknown", () => {
    const [finding] = runRule(rule, `${BODY}\n\n`, { userEmail: "", config: { organization: { email: "pasts@adazi.lv" } } });
    expect(finding.suggestions).toEqual(["pasts@adazi.lv"]);
  });
});
