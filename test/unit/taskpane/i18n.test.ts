import { languageFromDisplayLanguage, strings } from "../../../src/ui/i18n";
import { themeFromOffice } from "../../../src/taskpane/theme";

describe("task pane strings", () => {
  it("has the same keys in Latvian and English, none empty", () => {
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.lv).sort());
    for (const table of [strings.lv, strings.en]) {
      for (const [key, value] of Object.entries(table)) expect([key, value.trim().length > 0]).toEqual([key, true]);
    }
  });

  it.each([
    ["lv-LV", "lv"],
    ["lv", "lv"],
    ["LV-lv", "lv"],
    ["en-US", "en"],
    ["ru-RU", "en"],
    ["", "en"],
    [undefined, "en"],
  ] as const)("display language %s gives UI language %s", (tag, expected) => {
    expect(languageFromDisplayLanguage(tag)).toBe(expected);
  });
});

describe("theme choice", () => {
  it.each([
    [{ bodyBackgroundColor: "#1f1f1f" }, false, "dark"],
    [{ bodyBackgroundColor: "#ffffff" }, true, "light"],
    [{ bodyBackgroundColor: "not-a-colour" }, true, "dark"],
    [null, true, "dark"],
    [null, false, "light"],
  ] as const)("office %j with system dark %s gives %s", (colors, systemDark, expected) => {
    const theme = colors ? { bodyForegroundColor: "", controlBackgroundColor: "", controlForegroundColor: "", ...colors } : null;
    expect(themeFromOffice(theme, systemDark)).toBe(expected);
  });
});
