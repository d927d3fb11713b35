/** The user's roaming settings: one set of keys, tolerant readers, and the one signature fallback. */
import { cloneDefaultConfig } from "../../../src/core/config";
import { effectiveSignature, personalDictionaryFrom, ROAMING_KEYS, savedSignature, uiLanguageFrom } from "../../../src/core/config/userSettings";

describe("user settings", () => {
  it("names each roaming setting once, with distinct keys", () => {
    const keys = Object.values(ROAMING_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    expect(ROAMING_KEYS).toEqual({ uiLanguage: "uiLanguage", signature: "signature", personalDictionary: "personalDictionary", insertSignature: "insertSignature" });
  });

  it("reads only what has the right shape", () => {
    expect(savedSignature({ name: "Ilze Ozola", phone: 67997005, extra: "x" })).toEqual({ name: "Ilze Ozola" });
    expect(savedSignature("Ilze")).toEqual({});
    expect(personalDictionaryFrom(["Ādažnieks", "", 5, " "])).toEqual(["Ādažnieks"]);
    expect(personalDictionaryFrom("Ādažnieks")).toEqual([]);
    expect(uiLanguageFrom("en")).toBe("en");
    expect(uiLanguageFrom("de")).toBeNull();
  });

  it("fills the signature: the user's setting, else the profile, else the signature settings, else the organization", () => {
    const config = cloneDefaultConfig();
    config.organization = { ...config.organization, name: { lv: "Ādažu novada pašvaldība", en: "Ādaži Municipality" }, phone: "67997005", website: "https://www.adazunovads.lv" };
    const profile = { displayName: "Ilze Ozola", emailAddress: "ilze.ozola@adazi.lv" };
    expect(effectiveSignature({}, profile, config, "en")).toEqual({
      name: "Ilze Ozola",
      position: "",
      institution: "Ādaži Municipality",
      phone: "67997005",
      email: "ilze.ozola@adazi.lv",
      website: "https://www.adazunovads.lv",
    });
    config.signature = { ...config.signature, phone: "67990000", institution: { lv: "Ādažu bibliotēka" } };
    const filled = effectiveSignature({ name: " Anna Liepa ", position: "bibliotekāre", phone: "" }, profile, config, "en");
    expect(filled).toMatchObject({ name: "Anna Liepa", position: "bibliotekāre", institution: "Ādažu bibliotēka", phone: "67990000" });
  });
});
