/**
 * The cheat sheet (learn.html?print=cheatsheet, issue 22): one A4 page with the e-mail clauses of
 * the active profile in plain words and the ten most common fixes — the rules that report most
 * often on the project's bad drafts (core/learn/commonFixes.ts says how they are counted), each
 * with what it asks and one good example from its own metadata.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RuleId, UiLanguage } from "../core/rules/types";
import { clauseFor, clauseLabel, GOOD_PRACTICE, type Profile } from "../core/standard";
import { commonFixes } from "../core/learn/commonFixes";
import { clauseNumbers } from "../core/learn/content";
import { stringsFor } from "../ui/i18n";

export const CHEAT_SHEET_TEXT = {
  lv: {
    link: "Īsā atgādne",
    title: "Īsā atgādne",
    clauses: "Standarta prasības e-pastiem",
    fixes: "Desmit biežākie labojumi",
    fixesNote: "Secībā pēc tā, cik bieži pārbaude tos prasa atbilžu paraugos ar kļūdām.",
    example: "Piemērs",
    full: "Visas mācības",
  },
  en: {
    link: "Cheat sheet",
    title: "Cheat sheet",
    clauses: "What the standard asks of e-mail",
    fixes: "The ten most common fixes",
    fixesNote: "In order of how often the checker asks for them in sample replies with mistakes.",
    example: "Example",
    full: "Full Learn page",
  },
} as const;

const useStyles = makeStyles({
  heading2: { fontSize: "1.25em", fontWeight: tokens.fontWeightSemibold, margin: "0.5em 0 0.2em" },
  list: { margin: "0.2em 0", paddingLeft: "1.4em" },
  item: { margin: "0.15em 0", breakInside: "avoid" },
  label: { fontWeight: tokens.fontWeightSemibold },
  example: { fontStyle: "italic" },
  note: { margin: "0.2em 0", fontSize: "0.9em" },
});

/** A rule's clause in the profile, as a label ("Ādaži, 9.3. punkts" or "laba prakse"). */
function ruleClause(profile: Profile, rule: RuleId, language: UiLanguage): string {
  const clause = clauseFor(profile, rule);
  if (clause === GOOD_PRACTICE) return stringsFor(language).goodPractice;
  return clauseNumbers(clause)
    .map((n) => clauseLabel(profile, n, language))
    .join("; ");
}

export function CheatSheet({ profile, language }: { profile: Profile; language: UiLanguage }): React.ReactElement {
  const styles = useStyles();
  const text = CHEAT_SHEET_TEXT[language];
  const fixes = React.useMemo(() => commonFixes(), []);
  return (
    <div data-testid="learn-cheatsheet">
      <section aria-labelledby="cheat-clauses-h">
        <h2 className={styles.heading2} id="cheat-clauses-h">
          {text.clauses}
        </h2>
        <ul className={styles.list}>
          {profile.emailClauses.map((c) => (
            <li key={c.clause} className={styles.item} data-testid="cheat-clause">
              <span className={styles.label}>{clauseLabel(profile, c.clause, language)}:</span> {c.summary[language]}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="cheat-fixes-h">
        <h2 className={styles.heading2} id="cheat-fixes-h">
          {text.fixes}
        </h2>
        <p className={styles.note}>{text.fixesNote}</p>
        <ol className={styles.list}>
          {fixes.map(({ meta }) => (
            <li key={meta.id} className={styles.item} data-testid="cheat-fix" data-rule={meta.id}>
              <span className={styles.label}>{meta.title[language]}</span> ({ruleClause(profile, meta.id, language)}). {meta.description[language]}
              {meta.examples.good[0] && (
                <>
                  {" "}
                  {text.example}: <span className={styles.example}>{firstLine(meta.examples.good[0])}</span>
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** An example's first line without markup: the cheat sheet has room for one line each. */
function firstLine(example: string): string {
  return example.replace(/<[^>]*>/g, "").split("\n").find((l) => l.trim().length > 0)?.trim() ?? "";
}
