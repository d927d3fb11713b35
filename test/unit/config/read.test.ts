/**
 * readOrganizationConfig (the on-send handler's reader, no schema validator) against resolveConfig
 * (the validator's path, for `config check` and the pane): the same config for every file — valid,
 * and with each part broken in each way the schema forbids — so one error never discards the rest.
 * The handler's reader leaves the model answers out (sending never suggests one), so it is compared
 * with resolveConfig's config less its answers.
 */
import * as fs from "fs";
import * as path from "path";
import { readOrganizationConfig } from "../../../src/core/config/read";
import { cloneDefaultConfig, resolveConfig } from "../../../src/core/config";

const PREVIEW = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "..", "src", "preview", "organization.json"), "utf8")) as Record<string, unknown>;

/** The preview's file with every section of the schema present. */
const FULL: Record<string, unknown> = {
  ...PREVIEW,
  specialists: [{ name: "Ilze Kalniņa", position: "būvvaldes speciāliste", unit: "Būvvalde", topics: ["būvatļauja"], phone: "67997005", email: "ilze.kalnina@adazi.lv" }],
  answers: [
    {
      id: "building-permit",
      title: "Būvatļauja",
      questions: ["Vai šķūnim vajag būvatļauju?"],
      body: ["Būvniecības ieceri iesniedz Būvniecības informācijas sistēmā."],
      links: [{ title: "Būvniecības informācijas sistēma", url: "https://bis.gov.lv/" }],
      nextSteps: ["Iesniedziet ieceri."],
      specialist: "Ilze Kalniņa",
      scenario: "referral",
      en: { title: "Building permit", body: ["Submit the plan in the Construction Information System."], nextSteps: ["Submit the plan."] },
      tags: ["būvniecība"],
      owner: "Būvvalde",
      reviewDate: "2027-01-31",
    },
  ],
  complaintAuthority: { lv: "Ādažu novada domes Administratīvo aktu strīdu komisija", email: "dome@adazi.lv", url: "https://www.adazunovads.lv/" },
  rules: { "long-sentence": { enabled: true, severity: "info" }, tone: { enabled: false } },
  sentenceLimit: 30,
  jargon: { add: [{ phrase: "veik* apmaks*", alternatives: ["samaksāt"] }], remove: ["minēt"] },
  knownWords: ["Ādaži"],
  placeNames: ["Carnikava"],
  onSend: { mode: "warn", rules: ["greeting", "signature-phone"], spelling: true, warningsMode: "prompt", budgetMs: 2500 },
  signature: {
    policy: "organization",
    insertOnNewMessage: true,
    disableClientSignature: false,
    requiredFields: ["name", "phone"],
    closing: { lv: "Ar cieņu", en: "Kind regards" },
    institution: { lv: "Ādažu novada pašvaldība" },
    phone: "67997005",
    website: "https://www.adazunovads.lv",
  },
  englishReplies: true,
  calendar: { holidays: [{ date: "2026-11-19", name: "Pašvaldības diena" }], workingDayTransfers: [{ dayOff: "2026-11-20", workday: "2026-11-28" }] },
};

/** Every path in a JSON value (objects' keys and lists' items), parents first. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === "object") for (const k of Object.keys(value)) out.push(...paths((value as Record<string, unknown>)[k], [...at, k]));
  return out;
}

function replaced(root: unknown, at: (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(root)) as Record<string, unknown>;
  let node = copy as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = at[at.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

/** Wrong values of every kind: types, empty and over-long text, numbers out of range, bad dates, unknown keys. */
const BREAKAGES: unknown[] = [undefined, null, 7, 12.5, -1, 99999, true, "", "x", "x".repeat(2100), "2026-02-30", "javascript:alert(1)", "nav adrese", [], ["x"], {}, { bogus: 1 }];

/** resolveConfig's config as the on-send handler needs it: without the model answers. */
function forSending(raw: unknown) {
  return { ...resolveConfig(raw).config, answers: [] };
}

describe("readOrganizationConfig", () => {
  it("reads a valid file as resolveConfig does", () => {
    expect(resolveConfig(FULL).errors).toEqual([]);
    expect(readOrganizationConfig(FULL)).toEqual(forSending(FULL));
    expect(resolveConfig(FULL).config.answers).toHaveLength(1);
    expect(readOrganizationConfig(PREVIEW)).toEqual(forSending(PREVIEW));
  });

  it("anything but an object means the defaults", () => {
    for (const raw of [null, undefined, 5, "text", [], [FULL]]) expect(readOrganizationConfig(raw)).toEqual(cloneDefaultConfig());
  });

  it("keeps the valid parts when one part is broken, exactly as resolveConfig does", () => {
    const all = paths(FULL).filter((p) => p.length > 0);
    let compared = 0;
    for (const at of all) {
      for (const breakage of BREAKAGES) {
        const broken = replaced(FULL, at, breakage);
        expect({ at: at.join("/"), breakage, config: readOrganizationConfig(broken) }).toEqual({ at: at.join("/"), breakage, config: forSending(broken) });
        compared++;
      }
      // An unknown key beside a known one.
      const parent = at.slice(0, -1);
      const holder = parent.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], FULL);
      if (holder && typeof holder === "object" && !Array.isArray(holder)) {
        const extra = replaced(FULL, [...parent, "unknownKey"], 1);
        expect(readOrganizationConfig(extra)).toEqual(forSending(extra));
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("one unknown key does not undo mode off (issue 13, defect 7)", () => {
    const file = { ...PREVIEW, onSend: { mode: "off" }, colour: "zils" };
    expect(resolveConfig(file).errors.length).toBeGreaterThan(0);
    expect(readOrganizationConfig(file).onSend.mode).toBe("off");
  });
});
