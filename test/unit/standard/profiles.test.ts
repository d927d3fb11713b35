/**
 * Every clause a profile cites must exist in its standard's text, and the quoted wording must appear in
 * that clause (whitespace and line-break hyphenation normalised). The standards are read from the copies
 * in test/fixtures/standards/.
 */
import * as fs from "fs";
import * as path from "path";
import { RULE_IDS } from "../../../src/core/rules/types";
import {
  GOOD_PRACTICE,
  clauseFor,
  clauseLabel,
  clauseRefsFor,
  describeProfile,
  getProfile,
  isProfileId,
  profiles,
} from "../../../src/core/standard";
import type { ClauseRef, Profile } from "../../../src/core/standard";

const fixtures = path.join(__dirname, "../../fixtures/standards");

function normalise(text: string): string {
  return text
    .replace(/-[ \t]*\r?\n\s*/g, "-") // "e-\n\npasta" printed across a line break
    .replace(/\s+/g, " ")
    .trim();
}

/** Splits a standard into clauses: a clause starts on a new line with "N." or "N.N." followed by space. */
function clauseSegments(raw: string): Map<string, string[]> {
  const lines = raw.replace(/\r/g, "").split("\n");
  const segments = new Map<string, string[]>();
  let current: string | null = null;
  let buffer: string[] = [];
  const flush = () => {
    if (current !== null) {
      const list = segments.get(current) ?? [];
      list.push(normalise(buffer.join("\n")));
      segments.set(current, list);
    }
  };
  for (const line of lines) {
    const m = /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.\s/.exec(line);
    if (m) {
      flush();
      current = m[1];
      buffer = [line];
    } else {
      buffer.push(line);
    }
  }
  flush();
  return segments;
}

function allRefs(profile: Profile): ClauseRef[] {
  const refs: ClauseRef[] = [];
  for (const id of RULE_IDS) refs.push(...clauseRefsFor(profile, id));
  if (profile.holdingReply) refs.push(...profile.holdingReply.clauses);
  if (profile.referral) refs.push(...profile.referral.clauses);
  if (profile.apology) {
    refs.push(...profile.apology.clauses);
    if (profile.apology.complaintClause) refs.push(profile.apology.complaintClause);
  }
  refs.push(...profile.complaints.clauses, ...profile.internalClients, ...profile.emailClauses);
  return refs;
}

describe.each(profiles.map((p) => [p.id, p] as const))("profile %s", (_id, profile) => {
  const raw = fs.readFileSync(path.join(fixtures, profile.source.fixture), "utf8");
  const segments = clauseSegments(raw);

  it.each(allRefs(profile).map((r) => [r.clause, r.quote] as const))(
    "clause %s exists and contains “%s”",
    (clause, quote) => {
      const candidates = segments.get(clause);
      expect(candidates).toBeDefined();
      const q = normalise(quote);
      expect(candidates!.some((segment) => segment.includes(q))).toBe(true);
    },
  );

  it("names its source document and organization in both languages", () => {
    expect(profile.name.lv.length).toBeGreaterThan(5);
    expect(profile.name.en.length).toBeGreaterThan(5);
    expect(profile.source.title.length).toBeGreaterThan(5);
    expect(normalise(raw)).toContain(normalise(profile.source.title.replace(/ \(iekšējie noteikumi\)$/, "")));
  });

  it("has a plain-words summary in both languages for every e-mail clause", () => {
    expect(profile.emailClauses.length).toBeGreaterThanOrEqual(5);
    for (const c of profile.emailClauses) {
      expect(c.summary.lv).toMatch(/[a-zāčēģīķļņšūž]/i);
      expect(c.summary.en).toMatch(/[a-z]/i);
    }
  });

  it("gives a clause or “laba prakse” for every rule", () => {
    for (const id of RULE_IDS) {
      const value = clauseFor(profile, id);
      expect(value === GOOD_PRACTICE || /^\d+(?:\.\d+)*(?:, \d+(?:\.\d+)*)*$/.test(value)).toBe(true);
    }
  });
});

describe("the Ādaži 2023 profile (default)", () => {
  const adazi = getProfile("adazi-2023");
  it.each([
    ["greeting", "9.1"],
    ["reference", "9.1"],
    ["closing", "9.3"],
    ["thanks-or-apology", "9.3"],
    ["signature-name", "9.4"],
    ["signature-website", "9.4"],
    ["spelling", "9.5"],
    ["jargon", "9.2, 5.7.4"],
    ["long-sentence", "9.2"],
    ["personal-code", "5.2"],
    ["tone", "5.1.5, 5.1.2"],
    ["polite-you", "5.1.2"],
  ] as const)("%s → %s", (rule, clause) => {
    expect(clauseFor(adazi, rule)).toBe(clause);
  });

  it("is what unknown ids fall back to", () => {
    expect(getProfile("no-such-profile").id).toBe("adazi-2023");
    expect(getProfile(undefined).id).toBe("adazi-2023");
  });
});

describe("clauses the composer needs", () => {
  it("holding replies: Garkalne 10.1 allows at most two working days; Ādaži 8.5.1 applies by analogy", () => {
    const g = getProfile("garkalne");
    expect(g.holdingReply?.clauses[0].clause).toBe("10.1");
    expect(g.holdingReply?.maxWorkingDays).toBe(2);
    const a = getProfile("adazi-2023");
    expect(a.holdingReply?.clauses[0].clause).toBe("8.5.1");
    expect(a.holdingReply?.byAnalogy).toBe(true);
    expect(getProfile("riga").holdingReply).toBeNull();
  });

  it.each([
    ["riga", "4.2.3"],
    ["rezekne-2018", "4.2.3"],
    ["jaunpiebalga-2017", "5.2.3"],
    ["garkalne", "10.3"],
  ])("referral to a specialist: %s %s", (id, clause) => {
    expect(getProfile(id).referral?.clauses[0].clause).toBe(clause);
    expect(getProfile(id).referral?.byAnalogy).toBe(false);
  });

  it.each([
    ["riga", "4.1.2", true],
    ["rezekne-2018", "4.1.2", true],
    ["jaunpiebalga-2017", "5.1.2", true],
    ["garkalne", "5.1.4", false],
    ["adazi-2023", "5.2.4", false],
  ] as const)("apology: %s %s, right to complain required: %s", (id, clause, required) => {
    const apology = getProfile(id).apology!;
    expect(apology.clauses[0].clause).toBe(clause);
    expect(apology.complaintRightRequired).toBe(required);
    expect(apology.complaintClause === null).toBe(!required);
  });

  it.each([
    ["adazi-2023", "14"],
    ["riga", "12"],
    ["jaunpiebalga-2017", "13"],
    ["rezekne-2018", "11"],
    ["garkalne", "13"],
  ])("complaints: %s clause %s", (id, clause) => {
    const p = getProfile(id);
    expect(p.complaints.clauses[0].clause).toBe(clause);
    expect(p.complaints.handler.lv.length).toBeGreaterThan(5);
  });
});

describe("labels", () => {
  it("formats clause values for people in both languages", () => {
    const a = getProfile("adazi-2023");
    expect(clauseLabel(a, "9.4", "lv")).toBe("Ādaži 2023, 9.4. punkts");
    expect(clauseLabel(a, "9.2, 5.7.4", "en")).toBe("Ādaži 2023, clauses 9.2, 5.7.4");
    expect(clauseLabel(a, GOOD_PRACTICE, "en")).toBe("good practice");
    expect(describeProfile(a, "lv")).toContain("Nr. 26");
    expect(isProfileId("garkalne")).toBe(true);
    expect(isProfileId("Garkalne")).toBe(false);
  });

  it("labels missing clauses as good practice, never with a number", () => {
    expect(clauseFor(getProfile("riga"), "signature-website")).toBe(GOOD_PRACTICE);
    expect(clauseFor(getProfile("garkalne"), "spelling")).toBe(GOOD_PRACTICE);
  });
});
