/**
 * The value checks of organization.json and what follows them: domains, URLs, e-mail, phones, dates,
 * duplicate link titles (checks.ts) are checked, whatever is wrong is marked and swept away, and the
 * rest is laid over the defaults. Shared by resolveConfig (behind the schema validator, for `config
 * check` and the task pane) and readOrganizationConfig (behind the typed reader, for the on-send
 * handler, which ships no validator).
 */
import { cloneDefaultConfig } from "./defaults";
import { checkWebUrl, domainProblem, isEmailAddress, isIsoDate, isPhoneNumber, normaliseDomain, weekday } from "./checks";
import type { ConfigIssue, OrganizationConfig } from "./types";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const DROP = { dropped: true } as const;

export function issue(
  path: string,
  severity: ConfigIssue["severity"],
  code: string,
  message: { lv: string; en: string },
  fix: { lv: string; en: string },
): ConfigIssue {
  return { path, severity, code, message, fix };
}

export function pointerTokens(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Marks the value at `pointer` for removal (removed afterwards, so other paths stay valid meanwhile). */
export function markDropped(root: { [key: string]: Json }, pointer: string): void {
  const tokens = pointerTokens(pointer);
  if (tokens.length === 0) return;
  let node: unknown = root;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (node === null || typeof node !== "object") return;
    node = (node as Record<string, unknown>)[tokens[i]];
  }
  if (node !== null && typeof node === "object") {
    const key = tokens[tokens.length - 1];
    if (key in (node as object)) (node as Record<string, unknown>)[key] = DROP;
  }
}

export function sweep(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((v) => v !== DROP).map(sweep);
  if (node !== null && typeof node === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(node)) {
      const v = (node as Record<string, unknown>)[key];
      if (v !== DROP) out[key] = sweep(v);
    }
    return out;
  }
  return node;
}

/** A YYYY-MM-DD that names no day ("2026-02-30"). */
export function calendarDateIssue(path: string, value: string): ConfigIssue {
  return issue(
    path,
    "error",
    "date",
    { lv: `“${value}” nav īsts kalendāra datums.`, en: `“${value}” is not a real calendar date.` },
    { lv: "Pārbaudiet mēnesi un dienu (GGGG-MM-DD).", en: "Check the month and day (YYYY-MM-DD)." },
  );
}

/**
 * A section's value checks kept out of checkValues, so a reader that leaves the section out (the
 * on-send handler's, read.ts) does not bundle them: the model answers' (answerValues.ts).
 */
export type SectionCheck = (
  data: { [key: string]: Json },
  errors: ConfigIssue[],
  warnings: ConfigIssue[],
  drops: string[],
  checkUrlAt: (path: string, url: unknown, dropOnError: string) => void,
) => void;

export function checkValues(data: { [key: string]: Json }, errors: ConfigIssue[], warnings: ConfigIssue[], sections: readonly SectionCheck[] = []): string[] {
  const drops: string[] = [];
  const asRecord = (v: unknown) => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
  const asList = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []);

  const checkUrlAt = (path: string, url: unknown, dropOnError: string) => {
    if (typeof url !== "string") return;
    const verdict = checkWebUrl(url);
    if (verdict.ok) return;
    if (verdict.reason === "http") {
      warnings.push(
        issue(
          path,
          "warning",
          "url-not-https",
          { lv: `Adrese “${url}” nav droša (http).`, en: `“${url}” is not secure (http).` },
          { lv: `Izmantojiet https://${verdict.host}…, ja vietne to atbalsta.`, en: `Use https://${verdict.host}… if the site supports it.` },
        ),
      );
      return;
    }
    const reasons: Record<string, { lv: string; en: string }> = {
      scheme: { lv: `shēma “${verdict.scheme}:” nav atļauta`, en: `the “${verdict.scheme}:” scheme is not allowed` },
      "no-scheme": { lv: "trūkst “https://”", en: "“https://” is missing" },
      "no-host": { lv: "trūkst vietnes nosaukuma", en: "the host name is missing" },
      "bad-host": { lv: `nederīgs vietnes nosaukums “${verdict.host}”`, en: `invalid host name “${verdict.host}”` },
      whitespace: { lv: "adresē ir atstarpes", en: "the address contains spaces" },
    };
    const r = reasons[verdict.reason];
    errors.push(
      issue(
        path,
        "error",
        "url-invalid",
        { lv: `Nederīga adrese “${url}”: ${r.lv}.`, en: `Invalid address “${url}”: ${r.en}.` },
        { lv: "Ierakstiet pilnu adresi, piemēram, https://www.adazi.lv/.", en: "Write the full address, e.g. https://www.adazi.lv/." },
      ),
    );
    drops.push(dropOnError);
  };

  const checkEmailAt = (path: string, email: unknown) => {
    if (typeof email === "string" && !isEmailAddress(email)) {
      errors.push(
        issue(
          path,
          "error",
          "email-invalid",
          { lv: `“${email}” nav e-pasta adrese.`, en: `“${email}” is not an e-mail address.` },
          { lv: "Rakstiet, piemēram, dome@adazi.lv.", en: "Write, for example, dome@adazi.lv." },
        ),
      );
      drops.push(path);
    }
  };

  const checkPhoneAt = (path: string, phone: unknown) => {
    if (typeof phone === "string" && !isPhoneNumber(phone)) {
      errors.push(
        issue(
          path,
          "error",
          "phone-invalid",
          { lv: `“${phone}” nav tālruņa numurs.`, en: `“${phone}” is not a phone number.` },
          { lv: "Rakstiet tikai ciparus, atstarpes un, ja vajag, +371 (piemēram, 67997005).", en: "Use digits, spaces and, if needed, +371 (e.g. 67997005)." },
        ),
      );
      drops.push(path);
    }
  };

  const org = asRecord(data.organization);
  if (org) {
    checkUrlAt("/organization/website", org.website, "/organization/website");
    checkEmailAt("/organization/email", org.email);
    checkPhoneAt("/organization/phone", org.phone);
  }

  asList(data.internalDomains).forEach((d, i) => {
    if (typeof d !== "string") return;
    const problem = domainProblem(normaliseDomain(d));
    if (problem) {
      const hints: Record<string, { lv: string; en: string }> = {
        "has-scheme": { lv: "Rakstiet tikai domēnu bez “https://”", en: "Write the domain only, without “https://”" },
        "has-path": { lv: "Rakstiet tikai domēnu bez “/…”", en: "Write the domain only, without “/…”" },
        "has-at": { lv: "Rakstiet domēnu, nevis e-pasta adresi", en: "Write the domain, not an e-mail address" },
      };
      const hint = hints[problem] ?? { lv: "Rakstiet, piemēram, “adazi.lv”", en: "Write, for example, “adazi.lv”" };
      errors.push(
        issue(
          `/internalDomains/${i}`,
          "error",
          "domain-invalid",
          { lv: `“${d}” nav derīgs domēns.`, en: `“${d}” is not a valid domain.` },
          { lv: `${hint.lv}.`, en: `${hint.en}.` },
        ),
      );
      drops.push(`/internalDomains/${i}`);
    }
  });

  const seenTitles = new Map<string, number>();
  asList(data.links).forEach((link, i) => {
    const l = asRecord(link);
    if (!l) return;
    checkUrlAt(`/links/${i}/url`, l.url, `/links/${i}`);
    if (typeof l.title === "string") {
      const key = l.title.trim().toLowerCase();
      const first = seenTitles.get(key);
      if (first !== undefined) {
        errors.push(
          issue(
            `/links/${i}/title`,
            "error",
            "duplicate-title",
            {
              lv: `Saites nosaukums “${l.title}” jau ir izmantots (/links/${first}).`,
              en: `Link title “${l.title}” is already used (/links/${first}).`,
            },
            { lv: "Dodiet katrai saitei atšķirīgu nosaukumu vai izdzēsiet dublikātu.", en: "Give each link its own title or remove the duplicate." },
          ),
        );
        drops.push(`/links/${i}`);
      } else {
        seenTitles.set(key, i);
      }
    }
  });

  asList(data.specialists).forEach((s, i) => {
    const sp = asRecord(s);
    if (!sp) return;
    checkEmailAt(`/specialists/${i}/email`, sp.email);
    checkPhoneAt(`/specialists/${i}/phone`, sp.phone);
  });

  for (const check of sections) check(data, errors, warnings, drops, checkUrlAt);

  const complaint = asRecord(data.complaintAuthority);
  if (complaint) {
    checkEmailAt("/complaintAuthority/email", complaint.email);
    checkUrlAt("/complaintAuthority/url", complaint.url, "/complaintAuthority/url");
  }

  const signature = asRecord(data.signature);
  if (signature) {
    checkUrlAt("/signature/website", signature.website, "/signature/website");
    checkPhoneAt("/signature/phone", signature.phone);
  }

  const calendar = asRecord(data.calendar);
  if (calendar) {
    const badDate = (path: string, value: unknown) => {
      if (typeof value === "string" && !isIsoDate(value)) {
        errors.push(calendarDateIssue(path, value));
        return true;
      }
      return false;
    };
    asList(calendar.holidays).forEach((h, i) => {
      const rec = asRecord(h);
      if (rec && badDate(`/calendar/holidays/${i}/date`, rec.date)) drops.push(`/calendar/holidays/${i}`);
    });
    asList(calendar.workingDayTransfers).forEach((t, i) => {
      const rec = asRecord(t);
      if (!rec) return;
      const bad1 = badDate(`/calendar/workingDayTransfers/${i}/dayOff`, rec.dayOff);
      const bad2 = badDate(`/calendar/workingDayTransfers/${i}/workday`, rec.workday);
      if (bad1 || bad2) {
        drops.push(`/calendar/workingDayTransfers/${i}`);
        return;
      }
      if (typeof rec.workday === "string") {
        const wd = weekday(rec.workday);
        if (wd !== 0 && wd !== 6) {
          warnings.push(
            issue(
              `/calendar/workingDayTransfers/${i}/workday`,
              "warning",
              "transfer-not-weekend",
              { lv: `${rec.workday} jau ir darbdiena (nav sestdiena vai svētdiena).`, en: `${rec.workday} is already a working day (not a Saturday or Sunday).` },
              { lv: "Pārbaudiet Ministru kabineta rīkojumu par darbdienu pārcelšanu.", en: "Check the Cabinet order on the working-day transfer." },
            ),
          );
        }
      }
    });
  }

  const jargon = asRecord(data.jargon);
  if (jargon) {
    asList(jargon.add).forEach((a, i) => {
      const rec = asRecord(a);
      if (rec && typeof rec.phrase === "string" && !/\p{L}/u.test(rec.phrase)) {
        errors.push(
          issue(
            `/jargon/add/${i}/phrase`,
            "error",
            "phrase-invalid",
            { lv: "Frāzē nav neviena vārda.", en: "The phrase contains no word." },
            { lv: "Ierakstiet vārdus, piemēram, “veik* apmaks*”.", en: "Write words, e.g. “veik* apmaks*”." },
          ),
        );
        drops.push(`/jargon/add/${i}`);
      }
    });
  }
  return drops;
}

export function merge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (Array.isArray(override) || override === null || typeof override !== "object") return override;
  if (base === null || typeof base !== "object" || Array.isArray(base)) return override;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const key of Object.keys(override)) out[key] = merge(out[key], (override as Record<string, unknown>)[key]);
  return out;
}

export function finish(config: OrganizationConfig): OrganizationConfig {
  const domains: string[] = [];
  for (const d of config.internalDomains) {
    const n = normaliseDomain(d);
    if (domains.indexOf(n) < 0) domains.push(n);
  }
  config.internalDomains = domains;
  config.links = config.links.map((l) => ({ ...l, kind: l.kind ?? "service", tags: l.tags ?? [] }));
  config.specialists = config.specialists.map((s) => ({ ...s, topics: s.topics ?? [] }));
  config.answers = config.answers.map((a) => ({ ...a, links: a.links ?? [], nextSteps: a.nextSteps ?? [], tags: a.tags ?? [] }));
  for (const id of Object.keys(config.rules) as (keyof OrganizationConfig["rules"])[]) {
    const setting = config.rules[id];
    if (setting) config.rules[id] = { ...setting, enabled: setting.enabled !== false };
  }
  return config;
}

/** The complete config from data whose structure is already sound: value checks, then the defaults. */
export function completeConfig(data: { [key: string]: Json }, errors: ConfigIssue[], warnings: ConfigIssue[], sections: readonly SectionCheck[] = []): OrganizationConfig {
  const drops = checkValues(data, errors, warnings, sections);
  for (const d of drops) markDropped(data, d);
  const swept = sweep(data) as { [key: string]: Json };
  return finish(merge(cloneDefaultConfig(), swept) as OrganizationConfig);
}
