/** Declined forms of Latvian names from their nominative. */
import { declinedNameForms } from "../../../src/core/spelling";

describe("declinedNameForms", () => {
  it.each([
    ["Bērziņš", ["Bērziņa", "Bērziņam", "Bērziņu", "Bērziņā", "Bērziņ", "Bērziņi", "Bērziņiem"]],
    ["Kalns", ["Kalna", "Kalnam", "Kalnu", "Kalnā", "Kaln"]],
    ["Jānis", ["Jāņa", "Jānim", "Jāni", "Jānī", "Jāņi"]],
    ["Mikus", ["Mikum", "Miku", "Mikū"]],
    ["Kalniņa", ["Kalniņas", "Kalniņai", "Kalniņu", "Kalniņā", "Kalniņām"]],
    ["Līze", ["Līzes", "Līzei", "Līzi", "Līzē"]],
  ])("%s", (name, expected) => {
    const forms = declinedNameForms(name);
    expect(forms).toContain(name);
    for (const form of expected) expect(forms).toContain(form);
  });

  it("leaves names that do not decline as they are", () => {
    expect(declinedNameForms("Hugo")).toEqual(["Hugo"]);
    expect(declinedNameForms("Klāss")).toEqual(["Klāss"]);
  });
});
