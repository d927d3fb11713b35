/**
 * UI strings of the task pane in Latvian (first) and English. Every Latvian string here is
 * user-facing and must be correct Latvian; a test checks both tables have the same keys.
 */
export type UiLanguage = "lv" | "en";

export const strings = {
  lv: {
    appName: "Atbilde",
    loading: "Ielādē…",
    languageLabel: "Valoda",
    languageLv: "Latviešu",
    languageEn: "English",
    viewOverview: "Pārskats",
    messageHeading: "Atvērtā vēstule",
    composeHeading: "Melnraksts",
    noItem: "Nav atvērtas vēstules. Izvēlieties vēstuli sarakstā.",
    from: "No",
    to: "Kam",
    cc: "Kopija",
    subject: "Temats",
    date: "Datums",
    attachments: "Pielikumi",
    noSubject: "(bez temata)",
    none: "nav",
    composeTypeLabel: "Veids",
    composeType_newMail: "jauna vēstule",
    composeType_reply: "atbilde",
    composeType_replyAll: "atbilde visiem",
    composeType_forward: "pārsūtīšana",
    composeType_unknown: "nav zināms",
    organizationHeading: "Iestādes iestatījumi",
    organizationFresh: "Iestatījumi ielādēti no organization.json.",
    organizationCached: "Izmantota pēdējā derīgā iestatījumu kopija.",
    organizationDefaults: "Izmantoti noklusējuma iestatījumi.",
    organizationUnnamed: "Iestāde nav norādīta",
    problem_missing: "Fails organization.json nav atrasts.",
    problem_unreachable: "Failu organization.json neizdevās ielādēt.",
    problem_invalidJson: "Failā organization.json ir JSON kļūda.",
    problem_invalid: "Fails organization.json neatbilst shēmai.",
    notConnectedTitle: "Atbildi neizdevās savienot ar pastkastīti",
    notConnectedBody: "Atveriet Atbildi no Outlook vai pārlūka priekšskatījuma (npm start).",
    officeErrorTitle: "Outlook kļūda",
    previewBadge: "Priekšskatījums",
  },
  en: {
    appName: "Atbilde",
    loading: "Loading…",
    languageLabel: "Language",
    languageLv: "Latviešu",
    languageEn: "English",
    viewOverview: "Overview",
    messageHeading: "Open message",
    composeHeading: "Draft",
    noItem: "No message is open. Select a message in the list.",
    from: "From",
    to: "To",
    cc: "Cc",
    subject: "Subject",
    date: "Date",
    attachments: "Attachments",
    noSubject: "(no subject)",
    none: "none",
    composeTypeLabel: "Kind",
    composeType_newMail: "new message",
    composeType_reply: "reply",
    composeType_replyAll: "reply all",
    composeType_forward: "forward",
    composeType_unknown: "unknown",
    organizationHeading: "Organization settings",
    organizationFresh: "Settings loaded from organization.json.",
    organizationCached: "Using the last good copy of the settings.",
    organizationDefaults: "Using the default settings.",
    organizationUnnamed: "No organization named",
    problem_missing: "organization.json was not found.",
    problem_unreachable: "organization.json could not be loaded.",
    problem_invalidJson: "organization.json is not valid JSON.",
    problem_invalid: "organization.json does not match the schema.",
    notConnectedTitle: "Atbilde could not connect to a mailbox",
    notConnectedBody: "Open Atbilde from Outlook or from the browser preview (npm start).",
    officeErrorTitle: "Outlook error",
    previewBadge: "Preview",
  },
} as const;

export type StringKey = keyof (typeof strings)["lv"];
export type Strings = Record<StringKey, string>;

/** Latvian for any Latvian display language, English otherwise. */
export function languageFromDisplayLanguage(tag: string | null | undefined): UiLanguage {
  return /^lv\b/i.test(tag ?? "") ? "lv" : "en";
}

export function stringsFor(language: UiLanguage): Strings {
  return strings[language];
}
