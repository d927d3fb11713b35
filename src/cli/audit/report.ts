/** The audit's outputs: the stdout summary, a self-contained HTML report (inline CSS and SVG), CSV and JSON. */
import type { UiLanguage } from "../../core/rules/types";
import type { AuditResult } from "./runAudit";

const TEXTS = {
  lv: {
    title: "Atbilžu klientiem audits",
    profile: "Standarts",
    found: "Atrasti e-pasti",
    read: "Nolasīti",
    unreadable: "Nenolasāmi",
    notFromOrganization: "Nav organizācijas sūtīti (ienākošie u. c.)",
    internalOnly: "Tikai iekšējiem adresātiem",
    beforeSince: "Sūtīti pirms",
    undated: "Bez datuma (izlaisti --since dēļ)",
    counted: "Pārbaudītas atbildes klientiem",
    compliant: "Pilnībā atbilst (nav kļūdu un brīdinājumu)",
    findings: "Konstatējumi: kļūdas {e}, brīdinājumi {w}, ieteikumi {i}",
    perRule: "Konstatējumi pa noteikumiem",
    perClause: "Konstatējumi pa standarta punktiem",
    trend: "Tendence pa ISO nedēļām",
    senders: "Pa darbiniekiem",
    unreadableList: "Nenolasāmie faili",
    rule: "Noteikums",
    clause: "Punkts",
    emails: "E-pasti",
    findingsCol: "Konstatējumi",
    week: "Nedēļa",
    checked: "Pārbaudīti",
    compliantCol: "Atbilst",
    sender: "Sūtītājs",
    file: "Fails",
    reason: "Iemesls",
    excerptsTitle: "Fragmenti",
    none: "nav",
    more: "… un vēl {n} (pilns saraksts: --report vai --json)",
    domainOption: "Organizācijas domēni (norādīti ar --domain): {d}.",
    domainConfig: "Organizācijas domēni (no konfigurācijas internalDomains): {d}.",
    domainInferred: "Organizācijas domēns noteikts automātiski kā biežākais sūtītāju domēns: {d} ({n} no {m} e-pastiem ar sūtītāju). Ja tas nav pareizi, norādiet --domain vai internalDomains konfigurācijā.",
    domainNone: "Organizācijas domēnu nevarēja noteikt (nevienam e-pastam nav sūtītāja); nav ko skaitīt.",
    bySenderOn: "Dalījums pa darbiniekiem iekļauts (--by-sender).",
    bySenderOff: "Dalījums pa darbiniekiem nav iekļauts (to var pieprasīt ar --by-sender).",
    excerptsOn: "Iekļauti īsi fragmenti no e-pastu teksta (--excerpts).",
    excerptsOff: "E-pastu teksts atskaitē nav iekļauts (fragmentus var pieprasīt ar --excerpts).",
    generated: "Sagatavots",
    chartRule: "E-pasti ar konstatējumu pa noteikumiem",
    chartTrend: "Pārbaudītās atbildes un atbilstības daļa pa nedēļām",
    answers: "Klientu jautājumu tēmas pa parauga atbildēm (klientu e-pasti)",
    answersNone: "Nevienai parauga atbildei neatbilst",
  },
  en: {
    title: "Audit of replies to clients",
    profile: "Standard",
    found: "E-mails found",
    read: "Read",
    unreadable: "Unreadable",
    notFromOrganization: "Not sent by the organization (incoming etc.)",
    internalOnly: "Internal recipients only",
    beforeSince: "Sent before",
    undated: "Undated (skipped because of --since)",
    counted: "Replies to clients checked",
    compliant: "Fully compliant (no errors or warnings)",
    findings: "Findings: {e} errors, {w} warnings, {i} suggestions",
    perRule: "Findings per rule",
    perClause: "Findings per clause of the standard",
    trend: "Trend by ISO week",
    senders: "Per employee",
    unreadableList: "Unreadable files",
    rule: "Rule",
    clause: "Clause",
    emails: "E-mails",
    findingsCol: "Findings",
    week: "Week",
    checked: "Checked",
    compliantCol: "Compliant",
    sender: "Sender",
    file: "File",
    reason: "Reason",
    excerptsTitle: "Excerpts",
    none: "none",
    more: "… and {n} more (full list: --report or --json)",
    domainOption: "Organization domains (given with --domain): {d}.",
    domainConfig: "Organization domains (from the config's internalDomains): {d}.",
    domainInferred: "Organization domain inferred as the most common sender domain: {d} ({n} of {m} e-mails with a sender). If that is wrong, give --domain or internalDomains in the config.",
    domainNone: "The organization's domain could not be decided (no e-mail has a sender); nothing to count.",
    bySenderOn: "Per-employee breakdown included (--by-sender).",
    bySenderOff: "No per-employee breakdown (ask for it with --by-sender).",
    excerptsOn: "Short excerpts of the e-mails' text included (--excerpts).",
    excerptsOff: "No e-mail text in this report (ask for excerpts with --excerpts).",
    generated: "Generated",
    chartRule: "E-mails with a finding, per rule",
    chartTrend: "Replies checked and share compliant, per week",
    answers: "Client topics by model answer (client e-mails)",
    answersNone: "Matching no model answer",
  },
} as const;

type Texts = (typeof TEXTS)["lv"];

export function auditTexts(lang: UiLanguage): Texts {
  return TEXTS[lang] as Texts;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? "—" : `${((100 * part) / whole).toFixed(1)} %`;
}

/** The sentences that say how the domains were decided and what the report includes. */
export function disclosures(r: AuditResult): string[] {
  const t = auditTexts(r.lang);
  const d = r.domains.join(", ");
  const domain =
    r.domainSource === "option"
      ? fill(t.domainOption, { d })
      : r.domainSource === "config"
        ? fill(t.domainConfig, { d })
        : r.domainSource === "inferred"
          ? fill(t.domainInferred, { d, n: r.inferredFrom?.senders ?? 0, m: r.inferredFrom?.withSender ?? 0 })
          : t.domainNone;
  return [domain, r.bySender ? t.bySenderOn : t.bySenderOff, r.excerpts ? t.excerptsOn : t.excerptsOff];
}

const STDOUT_UNREADABLE_LIMIT = 50;

export function formatSummary(r: AuditResult): string {
  const t = auditTexts(r.lang);
  const out: string[] = [`${t.title} — ${t.profile}: ${r.profile.name}`, ...disclosures(r), ""];
  const line = (label: string, value: string | number): void => void out.push(`  ${label}: ${value}`);
  line(t.found, r.found);
  line(t.read, r.read);
  line(t.unreadable, r.unreadable.length);
  line(t.notFromOrganization, r.notFromOrganization);
  line(t.internalOnly, r.internalOnly);
  if (r.since) line(`${t.beforeSince} ${r.since}`, r.beforeSince);
  if (r.undated) line(t.undated, r.undated);
  line(t.counted, r.counted);
  line(t.compliant, `${r.compliant} (${percent(r.compliant, r.counted)})`);
  out.push("  " + fill(t.findings, { e: r.findings.error, w: r.findings.warning, i: r.findings.info }));
  if (r.unreadable.length) {
    out.push("", `${t.unreadableList}:`);
    for (const u of r.unreadable.slice(0, STDOUT_UNREADABLE_LIMIT)) out.push(`  ${u.file}: ${u.reason}`);
    if (r.unreadable.length > STDOUT_UNREADABLE_LIMIT) out.push("  " + fill(t.more, { n: r.unreadable.length - STDOUT_UNREADABLE_LIMIT }));
  }
  out.push("", `${t.perRule} (${t.emails.toLowerCase()} / ${t.findingsCol.toLowerCase()}):`);
  if (!r.perRule.length) out.push(`  ${t.none}`);
  for (const p of r.perRule) out.push(`  ${p.rule.padEnd(24)} ${String(p.emails).padStart(6)} ${String(p.findings).padStart(7)}  ${p.title} (${p.clauseLabel})`);
  out.push("", `${t.perClause} (${t.emails.toLowerCase()} / ${t.findingsCol.toLowerCase()}):`);
  if (!r.perClause.length) out.push(`  ${t.none}`);
  for (const c of r.perClause) out.push(`  ${c.label.padEnd(32)} ${String(c.emails).padStart(6)} ${String(c.findings).padStart(7)}`);
  out.push("", `${t.trend} (${t.checked.toLowerCase()} / ${t.compliantCol.toLowerCase()}):`);
  if (!r.weeks.length) out.push(`  ${t.none}`);
  for (const w of r.weeks) out.push(`  ${w.week.padEnd(9)} ${String(w.counted).padStart(6)}  ${percent(w.compliant, w.counted)}`);
  if (r.answers) {
    out.push("", `${t.answers}:`);
    for (const a of r.answers.tallies) out.push(`  ${a.id.padEnd(32)} ${String(a.messages).padStart(6)}  ${a.title}`);
    out.push(`  ${t.answersNone.padEnd(32)} ${String(r.answers.unmatched).padStart(6)}`);
  }
  if (r.senders) {
    out.push("", `${t.senders} (${t.checked.toLowerCase()} / ${t.compliantCol.toLowerCase()}):`);
    if (!r.senders.length) out.push(`  ${t.none}`);
    for (const s of r.senders) out.push(`  ${s.sender.padEnd(32)} ${String(s.counted).padStart(6)}  ${percent(s.compliant, s.counted)}`);
  }
  return out.join("\n") + "\n";
}

// ------------------------------------------------------------------ CSV / JSON

/**
 * One CSV cell. Text a spreadsheet would read as a formula (=, +, -, @, or a leading tab or CR:
 * file names and excerpts come from e-mail subjects and bodies, i.e. from strangers) gets a
 * leading apostrophe, the OWASP remedy against CSV injection, and is quoted.
 */
export function csvCell(value: string | number): string {
  if (typeof value === "number") return String(value);
  const s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return s !== value || /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(r: Pick<AuditResult, "bySender" | "excerpts">): string[] {
  return ["file", "date", "week", ...(r.bySender ? ["sender"] : []), "errors", "warnings", "infos", "rules", ...(r.excerpts ? ["excerpts"] : []), "unreadable"];
}

export function formatCsv(r: AuditResult): string {
  const lines = [csvHeader(r).join(",")];
  for (const row of r.rows) {
    const cells: (string | number)[] = [row.file, row.date ?? "", row.week ?? ""];
    if (r.bySender) cells.push(row.sender ?? "");
    cells.push(row.errors, row.warnings, row.infos, row.rules.join(" "));
    if (r.excerpts) cells.push((row.excerpts ?? []).map((e) => `${e.rule}: ${e.excerpt}`).join(" | "));
    cells.push("");
    lines.push(cells.map(csvCell).join(","));
  }
  // Unreadable files get a row too (with the reason and no counts), so the CSV lists every file that was not counted for that reason.
  const blanks = csvHeader(r).length - 2;
  for (const u of r.unreadable) lines.push([u.file, ...Array.from({ length: blanks }, () => ""), u.reason].map(csvCell).join(","));
  return lines.join("\r\n") + "\r\n";
}

export function formatJson(r: AuditResult): string {
  return JSON.stringify({ ...r, notes: disclosures(r) }, null, 2) + "\n";
}

// ------------------------------------------------------------------ HTML

function esc(s: string | number): string {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Horizontal bars: one per rule, the number of e-mails with a finding. */
function ruleChart(r: AuditResult, title: string): string {
  const rows = r.perRule;
  if (!rows.length) return "";
  const barHeight = 22;
  const labelWidth = 220;
  const chartWidth = 420;
  const height = rows.length * barHeight + 10;
  const max = Math.max(...rows.map((p) => p.emails), 1);
  const bars = rows
    .map((p, k) => {
      const y = 5 + k * barHeight;
      const w = Math.max(1, Math.round((p.emails / max) * chartWidth));
      return `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${esc(p.rule)}</text><rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${barHeight - 6}" class="bar"/><text x="${labelWidth + w + 4}" y="${y + 15}">${p.emails}</text>`;
    })
    .join("");
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${labelWidth + chartWidth + 60} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg"><title>${esc(title)}</title>${bars}</svg>`;
}

/** Weekly bars (replies checked) with a line for the share compliant (right axis, 0–100 %). */
function trendChart(r: AuditResult, title: string): string {
  const weeks = r.weeks;
  if (!weeks.length) return "";
  const left = 40;
  const top = 10;
  const plotHeight = 180;
  const step = Math.max(24, Math.min(60, Math.floor(640 / weeks.length)));
  const width = left + weeks.length * step + 50;
  const max = Math.max(...weeks.map((w) => w.counted), 1);
  const parts: string[] = [];
  parts.push(`<line x1="${left}" y1="${top + plotHeight}" x2="${left + weeks.length * step}" y2="${top + plotHeight}" class="axis"/>`);
  parts.push(`<text x="${left - 4}" y="${top + 10}" text-anchor="end">${max}</text><text x="${left - 4}" y="${top + plotHeight}" text-anchor="end">0</text>`);
  parts.push(`<text x="${left + weeks.length * step + 4}" y="${top + 10}">100 %</text>`);
  const points: string[] = [];
  weeks.forEach((w, k) => {
    const x = left + k * step;
    const h = Math.round((w.counted / max) * plotHeight);
    parts.push(`<rect x="${x + 4}" y="${top + plotHeight - h}" width="${step - 8}" height="${h}" class="bar"><title>${esc(w.week)}: ${w.counted}</title></rect>`);
    parts.push(`<text x="${x + step / 2}" y="${top + plotHeight + 14}" text-anchor="middle" class="small">${esc(w.week.replace(/^\d{4}-/, ""))}</text>`);
    const share = w.counted ? w.compliant / w.counted : 0;
    points.push(`${x + step / 2},${Math.round(top + plotHeight - share * plotHeight)}`);
  });
  parts.push(`<polyline points="${points.join(" ")}" class="line"/>`);
  for (const p of points) {
    const [cx, cy] = p.split(",");
    parts.push(`<circle cx="${cx}" cy="${cy}" r="3" class="dot"/>`);
  }
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${top + plotHeight + 24}" width="100%" xmlns="http://www.w3.org/2000/svg"><title>${esc(title)}</title>${parts.join("")}</svg>`;
}

const CSS = `
body{font:14px/1.45 "Segoe UI",Arial,sans-serif;color:#1b1b1b;margin:2em auto;max-width:60em;padding:0 1em}
h1{font-size:1.6em;margin:0 0 .3em}h2{font-size:1.2em;margin:1.6em 0 .5em;border-bottom:1px solid #ccc}
.notes{background:#f3f6fa;border-left:4px solid #0f6cbd;padding:.5em 1em}.notes p{margin:.3em 0}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid #e2e2e2;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.kpi{display:flex;gap:1em;flex-wrap:wrap}.kpi div{border:1px solid #ccc;border-radius:6px;padding:.5em 1em;min-width:10em}.kpi b{display:block;font-size:1.6em}
svg text{font-size:12px;fill:#1b1b1b}svg .small{font-size:10px}svg .bar{fill:#0f6cbd}svg .axis{stroke:#888}svg .line{fill:none;stroke:#c50f1f;stroke-width:2}svg .dot{fill:#c50f1f}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}table,svg{break-inside:avoid}.notes{border-left-color:#000}@page{size:A4;margin:15mm}}
`;

export function formatHtml(r: AuditResult): string {
  const t = auditTexts(r.lang);
  const table = (head: string[], rows: (string | number)[][], numeric: boolean[]): string =>
    `<table><thead><tr>${head.map((h, k) => `<th${numeric[k] ? ' class="n"' : ""}>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows
      .map((row) => `<tr>${row.map((c, k) => `<td${numeric[k] ? ' class="n"' : ""}>${esc(c)}</td>`).join("")}</tr>`)
      .join("")}</tbody></table>`;
  const parts: string[] = [];
  parts.push(`<h1>${esc(t.title)}</h1><p>${esc(t.profile)}: ${esc(r.profile.name)} · ${esc(t.generated)}: ${esc(r.generatedAt.slice(0, 10))}${r.since ? ` · ${esc(t.beforeSince)} ${esc(r.since)}: ${r.beforeSince}` : ""}</p>`);
  parts.push(`<div class="notes">${disclosures(r).map((d) => `<p>${esc(d)}</p>`).join("")}</div>`);
  parts.push(
    `<div class="kpi"><div>${esc(t.counted)}<b>${r.counted}</b></div><div>${esc(t.compliant)}<b>${esc(percent(r.compliant, r.counted))}</b></div><div>${esc(t.found)}<b>${r.found}</b></div><div>${esc(t.unreadable)}<b>${r.unreadable.length}</b></div></div>`,
  );
  parts.push(
    table(
      ["", ""],
      [
        [t.found, r.found],
        [t.read, r.read],
        [t.unreadable, r.unreadable.length],
        [t.notFromOrganization, r.notFromOrganization],
        [t.internalOnly, r.internalOnly],
        ...(r.since ? [[`${t.beforeSince} ${r.since}`, r.beforeSince]] : []),
        ...(r.undated ? [[t.undated, r.undated]] : []),
        [t.counted, r.counted],
        [t.compliant, `${r.compliant} (${percent(r.compliant, r.counted)})`],
      ],
      [false, true],
    ),
  );
  parts.push(`<p>${esc(fill(t.findings, { e: r.findings.error, w: r.findings.warning, i: r.findings.info }))}</p>`);
  parts.push(`<h2>${esc(t.perRule)}</h2>${ruleChart(r, t.chartRule)}`);
  parts.push(r.perRule.length ? table([t.rule, "", t.clause, t.emails, t.findingsCol], r.perRule.map((p) => [p.rule, p.title, p.clauseLabel, p.emails, p.findings]), [false, false, false, true, true]) : `<p>${esc(t.none)}</p>`);
  parts.push(`<h2>${esc(t.perClause)}</h2>`);
  parts.push(r.perClause.length ? table([t.clause, t.emails, t.findingsCol], r.perClause.map((c) => [c.label, c.emails, c.findings]), [false, true, true]) : `<p>${esc(t.none)}</p>`);
  parts.push(`<h2>${esc(t.trend)}</h2>${trendChart(r, t.chartTrend)}`);
  parts.push(table([t.week, t.checked, t.compliantCol], r.weeks.map((w) => [w.week, w.counted, percent(w.compliant, w.counted)]), [false, true, true]));
  if (r.senders) {
    parts.push(`<h2>${esc(t.senders)}</h2>`);
    parts.push(table([t.sender, t.checked, t.compliantCol, t.findingsCol], r.senders.map((s) => [s.sender, s.counted, percent(s.compliant, s.counted), s.findings]), [false, true, true, true]));
  }
  if (r.excerpts) {
    const rows = r.rows.filter((row) => row.excerpts && row.excerpts.length).flatMap((row) => (row.excerpts ?? []).map((e) => [row.file, e.rule, e.excerpt]));
    parts.push(`<h2>${esc(t.excerptsTitle)}</h2>`);
    parts.push(rows.length ? table([t.file, t.rule, t.excerptsTitle], rows, [false, false, false]) : `<p>${esc(t.none)}</p>`);
  }
  if (r.unreadable.length) {
    parts.push(`<h2>${esc(t.unreadableList)}</h2>`);
    parts.push(table([t.file, t.reason], r.unreadable.map((u) => [u.file, u.reason]), [false, false]));
  }
  return `<!DOCTYPE html>\n<html lang="${r.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(t.title)}</title><style>${CSS}</style></head><body>${parts.join("\n")}</body></html>\n`;
}
