// The unified (JSON) manifest for Microsoft 365, made from the same facts as manifest.xml, and
// its offline validation against the schema that ships in @microsoft/app-manifest (draft-04).
"use strict";
const fs = require("fs");
const path = require("path");
const AdmZip = require("adm-zip");
const Ajv = require("ajv-draft-04");
const { pngSize } = require("./png");

const MANIFEST_VERSION = "1.22";
const SCHEMA_FILE = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`);
const LOCALIZATION_SCHEMA_FILE = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`);

const TEXT = {
  lv: {
    short: "Atbilde",
    full: "Atbilde — atbildes klientiem pēc standarta",
    descriptionShort: "Sagatavo un pārbauda atbildes klientiem pēc apkalpošanas standarta.",
    descriptionFull:
      "Atbilde palīdz pašvaldību darbiniekiem sagatavot atbildes klientiem klientu apkalpošanas standarta struktūrā un pirms nosūtīšanas pārbauda melnrakstu: uzrunu, atsauci, vienkāršu valodu, saites, pareizrakstību un pilnu parakstu. Vēstules teksts netiek sūtīts trešajām personām.",
    group: "Atbilde",
    draft: "Sagatavot atbildi",
    draftTip: "Atver Atbildi, lai sagatavotu atbildi klientam pēc standarta struktūras.",
    check: "Pārbaudīt",
    checkTip: "Atver Atbildi, lai pārbaudītu melnrakstu pirms nosūtīšanas.",
  },
  en: {
    short: "Atbilde",
    full: "Atbilde — replies to clients by the standard",
    descriptionShort: "Drafts and checks replies to clients by the customer-service standard.",
    descriptionFull:
      "Atbilde helps municipal employees draft replies to clients in the structure of the customer-service standard and checks drafts before sending: greeting, reference, plain language, links, spelling and a full signature. Mail text is never sent to third parties.",
    group: "Atbilde",
    draft: "Draft a reply",
    draftTip: "Opens Atbilde to draft a reply to the client in the standard's structure.",
    check: "Check draft",
    checkTip: "Opens Atbilde to check the draft before you send it.",
  },
};

function icons(base) {
  return [16, 32, 80].map((size) => ({ size, url: `${base}/assets/icon-${size}.png` }));
}

/** The manifest object. options: { baseUrl, id, version, sendMode: "softBlock" | "block" } */
function unifiedManifest({ baseUrl, id, version, sendMode = "softBlock" }) {
  const base = baseUrl.replace(/\/+$/, "");
  const t = TEXT.lv;
  const control = (controlId, label, tip) => ({
    id: controlId,
    type: "button",
    label,
    icons: icons(base),
    supertip: { title: label, description: tip },
    actionId: "openTaskPane",
  });
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    id,
    manifestVersion: MANIFEST_VERSION,
    version,
    name: { short: t.short, full: t.full },
    description: { short: t.descriptionShort, full: t.descriptionFull },
    developer: { name: "Atbilde", websiteUrl: `${base}/help.html`, privacyUrl: `${base}/help.html`, termsOfUseUrl: `${base}/help.html` },
    icons: { outline: "outline.png", color: "color.png" },
    accentColor: "#0B5C8A",
    localizationInfo: { defaultLanguageTag: "lv-lv", additionalLanguages: [{ languageTag: "en-us", file: "en-us.json" }] },
    authorization: { permissions: { resourceSpecific: [{ name: "MailboxItem.ReadWrite.User", type: "Delegated" }] } },
    validDomains: [new URL(base).host],
    extensions: [
      {
        requirements: { scopes: ["mail"], capabilities: [{ name: "Mailbox", minVersion: "1.3" }] },
        runtimes: [
          {
            id: "TaskPaneRuntime",
            type: "general",
            code: { page: `${base}/taskpane.html` },
            lifetime: "short",
            actions: [{ id: "openTaskPane", type: "openPage", pinnable: true }],
          },
          {
            requirements: { capabilities: [{ name: "Mailbox", minVersion: "1.12" }] },
            id: "EventRuntime",
            type: "general",
            code: { page: `${base}/commands.html`, script: `${base}/launchevent.js` },
            lifetime: "short",
            actions: [
              { id: "onMessageSendHandler", type: "executeFunction" },
              { id: "onNewMessageComposeHandler", type: "executeFunction" },
            ],
          },
        ],
        ribbons: [
          {
            contexts: ["mailRead"],
            tabs: [{ builtInTabId: "TabDefault", groups: [{ id: "atbildeReadGroup", label: t.group, icons: icons(base), controls: [control("atbildeDraftReplyButton", t.draft, t.draftTip)] }] }],
          },
          {
            contexts: ["mailCompose"],
            tabs: [{ builtInTabId: "TabDefault", groups: [{ id: "atbildeComposeGroup", label: t.group, icons: icons(base), controls: [control("atbildeCheckDraftButton", t.check, t.checkTip)] }] }],
          },
        ],
        autoRunEvents: [
          {
            requirements: { scopes: ["mail"], capabilities: [{ name: "Mailbox", minVersion: "1.12" }] },
            events: [
              { type: "newMessageComposeCreated", actionId: "onNewMessageComposeHandler" },
              { type: "messageSending", actionId: "onMessageSendHandler", options: { sendMode } },
            ],
          },
        ],
      },
    ],
  };
}

/** The English strings, as the localization file of the package. */
function englishLocalization() {
  const t = TEXT.en;
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`,
    "name.short": t.short,
    "name.full": t.full,
    "description.short": t.descriptionShort,
    "description.full": t.descriptionFull,
  };
}

function compile(file) {
  // Microsoft's schemas hold patterns that are valid only without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, logger: false, unicodeRegExp: false });
  return ajv.compile(JSON.parse(fs.readFileSync(file, "utf8")));
}

/** Schema errors plus our own: https everywhere, no localhost in production, ids and icons right. */
function validateUnifiedManifest(manifest, { production = true, iconDir = null } = {}) {
  const errors = [];
  const validate = compile(SCHEMA_FILE);
  if (!validate(manifest)) for (const e of validate.errors) errors.push(`${e.instancePath || "/"} ${e.message}${e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`);
  const urls = JSON.stringify(manifest).match(/https?:\/\/[^"]+/g) || [];
  for (const url of urls) {
    if (url.startsWith("https://developer.microsoft.com/json-schemas/")) continue;
    if (!url.startsWith("https://")) errors.push(`URL is not https: ${url}`);
    if (production && /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/.test(url)) errors.push(`production manifest still points at ${url}`);
  }
  const actions = new Set();
  for (const ext of manifest.extensions || []) for (const rt of ext.runtimes || []) for (const a of rt.actions || []) actions.add(a.id);
  for (const ext of manifest.extensions || []) {
    for (const ar of ext.autoRunEvents || []) for (const ev of ar.events || []) if (!actions.has(ev.actionId)) errors.push(`autoRunEvents: no runtime action "${ev.actionId}"`);
  }
  if (iconDir) {
    for (const [name, size] of [["color.png", 192], ["outline.png", 32]]) {
      const file = path.join(iconDir, name);
      const dims = fs.existsSync(file) ? pngSize(fs.readFileSync(file)) : null;
      if (!dims) errors.push(`${name} is missing or not a PNG`);
      else if (dims.width !== size || dims.height !== size) errors.push(`${name} is ${dims.width}×${dims.height}, needs ${size}×${size}`);
    }
  }
  const localization = compile(LOCALIZATION_SCHEMA_FILE);
  if (!localization(englishLocalization())) for (const e of localization.errors) errors.push(`en-us.json ${e.instancePath || "/"} ${e.message}`);
  return errors;
}

/** Writes manifest.json and the uploadable package (zip) into outDir; returns the package path. */
function writeUnifiedPackage(outDir, options, assetsDir) {
  const manifest = unifiedManifest(options);
  const errors = validateUnifiedManifest(manifest, { production: options.production !== false, iconDir: assetsDir });
  if (errors.length) throw new Error(`unified manifest: ${errors.join("; ")}`);
  const name = options.sendMode === "block" ? "atbilde-unified-block" : "atbilde-unified";
  const zip = new AdmZip();
  zip.addFile("manifest.json", Buffer.from(JSON.stringify(manifest, null, 2)));
  zip.addFile("en-us.json", Buffer.from(JSON.stringify(englishLocalization(), null, 2)));
  zip.addFile("color.png", fs.readFileSync(path.join(assetsDir, "color.png")));
  zip.addFile("outline.png", fs.readFileSync(path.join(assetsDir, "outline.png")));
  const zipPath = path.join(outDir, `${name}.zip`);
  zip.writeZip(zipPath);
  if (options.sendMode !== "block") fs.writeFileSync(path.join(outDir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return zipPath;
}

module.exports = { unifiedManifest, englishLocalization, validateUnifiedManifest, writeUnifiedPackage, MANIFEST_VERSION };
