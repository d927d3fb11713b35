/**
 * ReplyPlan -> reply in the standard's structure (greeting and reference, reasoned body with
 * links, closing with next steps and thanks or apology, full signature), as HTML that Outlook
 * keeps (semantic tags only, no scripts, no styles) and as plain text.
 */
import { planGreeting } from "../lv/names/greeting";
import { addWorkingDays, type CalendarExtras } from "../lv/calendar";
import type { Profile } from "../standard/types";
import type { RuleId } from "../rules/types";
import { displayWebsite, escapeHtml, safeHref, websiteHref } from "./html";
import * as phrase from "./phrases";
import { SIGNATURE_FIELD_WORDS } from "../rules/generated/onSendNames";
import type { ComposedReply, ComposeNote, PlanSignature, ReplyPart, ReplyPartKind, ReplyPlan } from "./types";

export interface ComposeOptions {
  /** The day of sending (YYYY-MM-DD); working-day deadlines count from it, exclusive. */
  today: string;
  /** The active standard: the holding reply's limit and the complaint duty come from it. */
  profile: Profile;
  calendar?: CalendarExtras;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function paragraph(text: string): string {
  return `<p>${escapeHtml(text)}</p>`;
}

function lines(texts: string[]): string {
  return `<p>${texts.map(escapeHtml).join("<br>")}</p>`;
}

function list(items: string[]): string {
  return `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`;
}

function part(kind: ReplyPartKind, rule: RuleId | null, text: string, html: string): ReplyPart {
  return { kind, rule, text, html };
}

function note(code: ComposeNote["code"], lv: string, en: string): ComposeNote {
  return { code, message: { lv, en } };
}

function resolveDeadline(plan: ReplyPlan, options: ComposeOptions): string | null {
  const d = plan.deadline;
  if (d === undefined) return null;
  if (typeof d === "string") {
    if (!ISO_DATE.test(d)) throw new RangeError(`deadline must be YYYY-MM-DD or { workingDays }, got ${JSON.stringify(d)}`);
    return d;
  }
  if (!Number.isInteger(d.workingDays) || d.workingDays < 0 || d.workingDays > 365) {
    throw new RangeError(`deadline.workingDays must be a whole number from 0 to 365, got ${JSON.stringify(d.workingDays)}`);
  }
  return addWorkingDays(options.today, d.workingDays, options.calendar);
}

/** The signature block's lines as text (without the closing words). */
export function signatureLines(sig: PlanSignature, language: ReplyPlan["language"]): string[] {
  const labels = phrase.signatureLabels(language);
  const out: string[] = [];
  if (sig.name.trim()) out.push(sig.name.trim());
  if (sig.position.trim()) out.push(sig.position.trim());
  if (sig.institution.trim()) out.push(sig.institution.trim());
  if (sig.phone.trim()) out.push(`${labels.phone} ${sig.phone.trim()}`);
  if (sig.email.trim()) out.push(`${labels.email} ${sig.email.trim()}`);
  if (sig.website.trim()) out.push(displayWebsite(sig.website));
  return out;
}

/** The signature block as HTML Outlook keeps, closing words first (used by the on-new-message handler too). */
export function signatureHtml(sig: PlanSignature, language: ReplyPlan["language"], signOff: string): string {
  const labels = phrase.signatureLabels(language);
  const rows: string[] = [escapeHtml(signOff)];
  if (sig.name.trim()) rows.push(escapeHtml(sig.name.trim()));
  if (sig.position.trim()) rows.push(escapeHtml(sig.position.trim()));
  if (sig.institution.trim()) rows.push(escapeHtml(sig.institution.trim()));
  if (sig.phone.trim()) {
    const tel = sig.phone.replace(/[^\d+]/g, "");
    const text = escapeHtml(sig.phone.trim());
    rows.push(`${escapeHtml(labels.phone)} ${tel.length >= 8 ? `<a href="tel:${escapeHtml(tel)}">${text}</a>` : text}`);
  }
  if (sig.email.trim()) {
    const email = sig.email.trim();
    const href = safeHref(`mailto:${email}`);
    rows.push(`${escapeHtml(labels.email)} ${href && /^[^\s@]+@[^\s@]+$/.test(email) ? `<a href="${escapeHtml(href)}">${escapeHtml(email)}</a>` : escapeHtml(email)}`);
  }
  if (sig.website.trim()) {
    const href = safeHref(websiteHref(sig.website));
    const shown = escapeHtml(displayWebsite(sig.website));
    rows.push(href ? `<a href="${escapeHtml(href)}">${shown}</a>` : shown);
  }
  return `<p>${rows.join("<br>")}</p>`;
}

export function composeReply(plan: ReplyPlan, options: ComposeOptions): ComposedReply {
  const language = plan.language;
  const notes: ComposeNote[] = [];
  const parts: ReplyPart[] = [];
  const profile = options.profile;

  // Greeting (9.1): named and formal only when gender and declension are certain.
  let greetingText = plan.greetingText?.trim();
  if (!greetingText) {
    const greeting = planGreeting({ fullName: plan.client.name, language, register: plan.greeting ?? "neutral" });
    greetingText = greeting.text;
    if (greeting.register !== greeting.requested) {
      notes.push(note("greeting-fallback", "Uzruna ar vārdu nav droša, tāpēc izmantota neitrāla uzruna. To var labot.", "A named greeting was not certain, so the neutral one is used. You can edit it."));
    }
  }
  parts.push(part("greeting", "greeting", greetingText, paragraph(greetingText)));

  // Reference to the client's request (9.1).
  // No reference at all when there is no client message to refer to (a new message).
  const reference = plan.referenceText?.trim() || (plan.original ? phrase.referenceLine(language, plan.original) : "");
  if (reference) parts.push(part("reference", "reference", reference, paragraph(reference)));

  const deadline = resolveDeadline(plan, options);
  if (deadline && deadline < options.today) {
    notes.push(note("deadline-past", "Termiņš ir pagātnē.", "The deadline is in the past."));
  }

  if (plan.scenario === "holding") {
    const limit = profile.holdingReply?.maxWorkingDays ?? null;
    if (deadline && limit !== null && addWorkingDays(options.today, limit, options.calendar) < deadline) {
      notes.push(
        note(
          "deadline-too-late",
          `Standarts atbildei atvēl ne vairāk kā ${limit} darbdienas; izvēlētais termiņš ir vēlāks.`,
          `The standard allows at most ${limit} working days for the answer; the chosen deadline is later.`,
        ),
      );
    }
    const holding = phrase.holdingLines(language, deadline ?? addWorkingDays(options.today, limit ?? 2, options.calendar), plan.answerForm ?? "e-pasts");
    parts.push(part("deadline", null, holding.join(" "), paragraph(holding.join(" "))));
  }

  if (plan.scenario === "apology") {
    const text = phrase.apologyLine(language);
    parts.push(part("body", "thanks-or-apology", text, paragraph(text)));
  }

  // Reasoned body in the employee's words (9.2).
  const body = plan.body.map((b) => b.trim()).filter(Boolean);
  if (body.length) parts.push(part("body", "long-sentence", body.join("\n\n"), body.map(paragraph).join("")));

  let referredTo: string | null = null;
  if (plan.scenario === "referral") {
    const s = plan.specialist;
    if (!s || !s.name.trim()) {
      notes.push(note("missing-specialist", "Pāradresācijai izvēlieties speciālistu.", "Choose a specialist for the referral."));
    } else {
      const name = s.name.trim();
      const labels = phrase.referralLabels(language);
      const rows: string[] = [];
      if (s.location?.trim()) rows.push(`${labels.location}: ${s.location.trim()}`);
      if (s.hours?.trim()) rows.push(`${labels.hours}: ${s.hours.trim()}`);
      if (s.phone?.trim()) rows.push(`${labels.phone}: ${s.phone.trim()}`);
      if (s.email?.trim()) rows.push(`${labels.email}: ${s.email.trim()}`);
      const intro = phrase.referralLine(language, name, s.position.trim());
      parts.push(part("referral", null, [intro, ...rows].join("\n"), paragraph(intro) + (rows.length ? lines(rows) : "")));
      referredTo = phrase.referralNextLine(language, Boolean(s.forwarded));
    }
  }

  // Links (9.2): only https, http, mailto and tel.
  const links = (plan.links ?? []).filter((l) => {
    const ok = safeHref(l.url) !== null && l.title.trim() !== "";
    if (!ok) notes.push(note("link-dropped", `Saite „${l.title}” izlaista: atļautas tikai https, http, mailto un tel adreses.`, `Link “${l.title}” left out: only https, http, mailto and tel addresses are allowed.`));
    return ok;
  });
  if (links.length) {
    const heading = phrase.linksHeading(language);
    const text = [heading, ...links.map((l) => `- ${l.title.trim()}: ${l.url.trim()}`)].join("\n");
    const html =
      paragraph(heading) +
      `<ul>${links.map((l) => `<li><a href="${escapeHtml(safeHref(l.url) as string)}">${escapeHtml(l.title.trim())}</a></li>`).join("")}</ul>`;
    parts.push(part("links", "link-text", text, html));
  }

  // Next steps and the deadline (9.3).
  const steps = (plan.nextSteps ?? []).map((s) => s.trim()).filter(Boolean);
  if (steps.length) {
    const heading = phrase.nextStepsHeading(language);
    parts.push(part("nextSteps", "closing", [heading, ...steps.map((s) => `- ${s}`)].join("\n"), paragraph(heading) + list(steps)));
  }
  if (deadline && plan.scenario !== "holding") {
    const text = phrase.deadlineLine(language, deadline);
    parts.push(part("deadline", "closing", text, paragraph(text)));
  }

  // The right to complain: required by some profiles; every profile's apology says where to write
  // (the handler from organization.json's complaintAuthority, else the profile's complaints clause).
  if (plan.scenario === "apology") {
    const handler = plan.complaintAuthority?.trim() || profile.complaints.handler[language];
    const complaint = phrase.complaintLines(language, handler, plan.complaintAddress);
    parts.push(part("complaint", null, complaint.join(" "), paragraph(complaint.join(" "))));
  }

  // Closing summary with thanks or an apology (9.3); thanks and apology said once. After a
  // referral the client contacts the specialist, not the writer.
  const closing = referredTo ?? phrase.closingLine(language, plan.signature.phone);
  const said = parts.map((p) => p.text).join("\n");
  const thanks = phrase.thanksOrApologyLine(language, plan.closing ?? (plan.scenario === "apology" ? "apology" : "thanks"), plan.scenario, {
    thanked: phrase.thanksIn(said),
    apologised: phrase.apologyIn(said),
    noOriginal: plan.original === null,
  });
  const closingTexts = [closing, thanks].filter((x): x is string => Boolean(x));
  if (closingTexts.length) parts.push(part("closing", "closing", closingTexts.join("\n\n"), closingTexts.map(paragraph).join("")));

  // Signature (9.4).
  const signOff = plan.signOff?.trim() || phrase.defaultSignOff(language);
  for (const field of ["name", "position", "institution", "phone", "email", "website"] as const) {
    if (!plan.signature[field].trim()) {
      const name = fieldName(field);
      notes.push(note("missing-signature-field", `Parakstā trūkst lauka: ${name.lv}.`, `The signature lacks: ${name.en}.`));
    }
  }
  const sigLines = signatureLines(plan.signature, language);
  parts.push(part("signature", "signature-name", [signOff, ...sigLines].join("\n"), signatureHtml(plan.signature, language, signOff)));

  const text = parts.map((p) => p.text).join("\n\n") + "\n";
  const html = `<div>${parts.map((p) => p.html).join("")}</div>`;
  return { html, text, parts, notes, deadline };
}

/** The fields' names as the signature rules give them (never the raw keys — issue 17). */
function fieldName(field: keyof PlanSignature): { lv: string; en: string } {
  return SIGNATURE_FIELD_WORDS[`signature-${field}`] ?? { lv: field, en: field };
}
