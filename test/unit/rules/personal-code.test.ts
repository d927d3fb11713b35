import { rule } from "../../../src/core/rules/personal-code";
import { isNewFormatCode, isValidOldFormatCode } from "../../../src/core/rules/support/personalCode";
import { MAX_FINDINGS_PER_RULE } from "../../../src/core/rules/support/limits";
import { contextFor, expectMessage, expectOwnExamples, runRule } from "./harness";

/** Independent check-digit computation for the tests: Σ of negated weights, the stdnum form. */
function checkDigit(tenDigits: string): number {
  const negated = [10, 5, 8, 4, 2, 1, 6, 3, 7, 9];
  let sum = 1;
  for (let k = 0; k < 10; k++) sum += negated[k] * Number(tenDigits[k]);
  return (sum % 11) % 10;
}

describe("personal-code", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    ["150385-10412", true],
    ["010190-12349", true],
    ["171062-19993", true],
    ["161175-19997", true], // python-stdnum's documented example
    ["081299-12340", true], // remainder 10: check digit 0
    ["010190-12345", false], // wrong check digit
    ["310290-12349", false], // 31 February
    ["290201-10000", false], // 1901 was not a leap year
    ["010120-20003", false], // born 2020: old-format codes were no longer issued
    ["010190-32342", false], // century digit 3
  ])("validates the old-format code %s → %s", (code, valid) => {
    expect(isValidOldFormatCode(code.replace("-", ""))).toBe(valid);
  });

  it("agrees with an independent check-digit computation over many dates", () => {
    let checked = 0;
    for (let day = 1; day <= 28; day += 3) {
      for (let month = 1; month <= 12; month++) {
        for (const serial of ["1000", "1234", "0567", "2031"]) {
          const yy = String((day * 7 + month) % 100).padStart(2, "0");
          const ten = String(day).padStart(2, "0") + String(month).padStart(2, "0") + yy + serial;
          if (serial.startsWith("2") && Number(yy) > 16) continue;
          const digit = checkDigit(ten);
          expect(isValidOldFormatCode(ten + digit)).toBe(true);
          expect(isValidOldFormatCode(ten + ((digit + 1) % 10))).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it.each([
    ["32058714523", true],
    ["39000000001", true],
    ["31058714523", false],
    ["3205871452", false],
  ])("recognises the new-format code %s → %s", (digits, valid) => {
    expect(isNewFormatCode(digits)).toBe(valid);
  });

  it.each([
    ["hyphenated old format", "Klienta personas kods ir 150385-10412.", "150385-10412", "150385-*****"],
    ["hyphenated old format without any context", "Lūdzu, pārbaudiet 010190-12349 un atbildiet.", "010190-12349", "010190-*****"],
    ["an en dash", "Persona 150385–10412 ir reģistrēta.", "150385–10412", "150385–*****"],
    ["new format", "Bērna personas kods 320587-14523.", "320587-14523", "320587-*****"],
    ["new format without context", "Iesniedzējs: 325412-90876, Ādaži.", "325412-90876", "325412-*****"],
    ["unhyphenated after personas kods", "Jūsu personas kods 15038510412 ir norādīts pareizi.", "15038510412", "150385*****"],
    ["unhyphenated after p.k.", "Anna Kalniņa, p.k. 01019012349.", "01019012349", "010190*****"],
    ["a space instead of a hyphen after pers. kods", "Pers. kods 150385 10412", "150385 10412", "150385 *****"],
    ["English context", "Your personal code 32058714523 is in the register.", "32058714523", "320587*****"],
  ])("reports %s", (_name, body, code, masked) => {
    const findings = runRule(rule, body);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.excerpt).toBe(code);
    expect(f.severity).toBe("warning");
    expect(f.clause).toBe("5.2");
    expect(f.suggestions).toEqual([masked]);
    expectMessage(f, rule, "code", { masked });
    // The fix replaces exactly the last five digits.
    const { draft } = contextFor(body);
    const fix = f.fix!;
    expect(draft.text.slice(0, fix.start) + fix.text + draft.text.slice(fix.end)).toContain(masked);
    expect(draft.text.slice(f.start, f.end)).toBe(code);
  });

  it.each([
    ["a code with a wrong check digit", "Personas kods 010190-12345."],
    ["an impossible date", "Personas kods 310290-12349."],
    ["eleven digits without context (cadastral number)", "Kadastra numurs 80440070123."],
    ["a valid code's digits without context", "Rēķina numurs 15038510412."],
    ["a phone number with country code", "Zvaniet +371 67997350 vai 37167997350."],
    ["a code inside a longer number", "Lieta 2024-150385-10412-1 ir arhīvā."],
    ["a code inside a URL", "Skatīt https://www.adazi.lv/lieta/150385-10412."],
    ["a masked code", "Personas kods 150385-*****."],
    ["a registration number", "Reģistrācijas Nr. 90000024205."],
  ])("does not report %s", (_name, body) => {
    expect(runRule(rule, body)).toEqual([]);
  });

  it("reports every code in the new text and none in the quoted thread", () => {
    const body =
      "Labdien!\n\nPārbaudījām: 150385-10412 un 320587-14523 ir reģistrēti.\n\nAr cieņu\nIlze Ozola\n\n" +
      "-----Original Message-----\nFrom: Jānis Bērziņš\nSent: Monday\nTo: soc@adazi.lv\nSubject: Pabalsts\n\nMans personas kods ir 010190-12349.";
    expect(runRule(rule, body).map((f) => f.excerpt)).toEqual(["150385-10412", "320587-14523"]);
  });

  it("stops at MAX_FINDINGS_PER_RULE on a pasted register", () => {
    expect(runRule(rule, "150385-10412\n".repeat(MAX_FINDINGS_PER_RULE + 5))).toHaveLength(MAX_FINDINGS_PER_RULE);
  });

  it("works on an Outlook HTML reply and its fix maps back into the HTML", () => {
    const body =
      "<div class=WordSection1><p class=MsoNormal>Labdien!</p><p class=MsoNormal>Jūsu personas kods 150385-10412 ir reģistrā.</p>" +
      "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>No:</b> Jānis<br><b>Nosūtīts:</b> pirmdiena<br><b>Kam:</b> dome@adazi.lv<br><b>Tēma:</b> Kods</p></div>" +
      "<p class=MsoNormal>Mans kods 010190-12349.</p></div>";
    const findings = runRule(rule, body, { format: "html" });
    expect(findings.map((f) => f.excerpt)).toEqual(["150385-10412"]);
    const { draft } = contextFor(body, { format: "html" });
    const fixed = draft.sourceMap.applyEdits(body, [findings[0].fix!]);
    expect(fixed).toContain("personas kods 150385-***** ir reģistrā");
    expect(fixed).toContain("Mans kods 010190-12349");
  });

  it("applies to messages only to colleagues and to English text (personal data is personal data)", () => {
    expect(runRule(rule, "Sveiki! Klienta kods 150385-10412.", { recipients: [{ email: "janis.kalns@adazi.lv", kind: "to" }] })).toHaveLength(1);
    const [en] = runRule(rule, "Dear Ms Smith, the code 150385-10412 is registered.", { lang: "en" });
    expectMessage(en, rule, "code", { masked: "150385-*****" }, "en");
  });
});
