// Offline checks of the XML add-in manifest (Microsoft's validator needs its online service; see
// `npm run validate`). Usage: node scripts/check-manifest.js [--production] [--built DIR] [FILE...]
"use strict";
const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");
const { pngSize } = require("./png");

const DEV_BASE_URL = "https://localhost:3000";

// Child element order from Microsoft's manifest schemas (OfficeApp 1.1, MailApp VersionOverrides 1.0/1.1).
const ORDER = {
  OfficeApp: [
    "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
    "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings", "Permissions",
    "Rule", "DisableEntityHighlighting", "VersionOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "EquivalentAddins", "VersionOverrides"],
  Host: ["Runtimes", "DesktopFormFactor", "MobileFormFactor"],
  DesktopFormFactor: ["SupportsSharedFolders", "FunctionFile", "ExtensionPoint"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Action: ["FunctionName", "SourceLocation", "TaskpaneId", "Title", "SupportsPinning", "SupportsNoItemContext", "SupportsMultiSelect"],
  Runtime: ["Override"],
};

// Which resource table a resid must come from, by the element that carries it.
const RESID_KIND = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  Override: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

function elementChildren(node) {
  const out = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c);
  return out;
}

function allElements(node, out = []) {
  for (const child of elementChildren(node)) {
    out.push(child);
    allElements(child, out);
  }
  return out;
}

function parseXml(text) {
  const problems = [];
  const onError = (level) => (msg) => problems.push(`XML ${level}: ${String(msg).split("\n")[0]}`);
  let doc = null;
  try {
    doc = new DOMParser({ onError: (level, msg) => onError(level)(msg) }).parseFromString(text, "application/xml");
  } catch (e) {
    problems.push(`XML fatalError: ${String(e && e.message ? e.message : e).split("\n")[0]}`);
  }
  return { doc, problems };
}

function checkOrder(el, errors) {
  const order = ORDER[el.localName];
  if (order) {
    let last = -1;
    for (const child of elementChildren(el)) {
      const index = order.indexOf(child.localName);
      if (index === -1) {
        errors.push(`<${child.localName}> is not allowed inside <${el.localName}>`);
        continue;
      }
      if (index < last) errors.push(`<${child.localName}> must come before <${order[last]}> inside <${el.localName}>`);
      last = Math.max(last, index);
    }
  }
  for (const child of elementChildren(el)) checkOrder(child, errors);
}

/** The nearest VersionOverrides' own Resources tables: { Images: Map(id -> el), ... }. */
function resourcesOf(versionOverrides) {
  const tables = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  const resources = elementChildren(versionOverrides).find((c) => c.localName === "Resources");
  if (!resources) return tables;
  for (const table of elementChildren(resources)) {
    const map = tables[table.localName];
    if (!map) continue;
    for (const entry of elementChildren(table)) map.set(entry.getAttribute("id"), entry);
  }
  return tables;
}

function nearestVersionOverrides(el) {
  for (let p = el.parentNode; p; p = p.parentNode) if (p.localName === "VersionOverrides") return p;
  return null;
}

/** Maps an add-in URL to a local file: under builtDir when given, else the repository's assets. */
function localFileFor(url, baseUrl, builtDir, repoRoot) {
  if (!url.startsWith(baseUrl + "/")) return null;
  const rel = url.slice(baseUrl.length + 1).split(/[?#]/)[0];
  const candidates = builtDir ? [path.join(builtDir, rel)] : [path.join(repoRoot, rel)];
  return candidates.find((c) => fs.existsSync(c)) || candidates[0];
}

function detectBaseUrl(doc) {
  const source = allElements(doc.documentElement).find((e) => e.localName === "SourceLocation" && e.getAttribute("DefaultValue"));
  if (!source) return DEV_BASE_URL;
  const u = new URL(source.getAttribute("DefaultValue"));
  const dir = u.pathname.replace(/[^/]*$/, "").replace(/\/$/, "");
  return `${u.origin}${dir}`;
}

/**
 * The names the built handler files register with Office.actions.associate. Each .js file that calls
 * it is run in a bare vm context (as Outlook's JavaScript-only runtime would run it: no DOM, an
 * Office with only actions.associate) and the registrations are recorded, so a bundle that
 * registers through a helper or a loop is judged by what it does, not by how the text is spelt.
 */
function associatedNames(builtDir) {
  const vm = require("vm");
  const names = new Set();
  if (!builtDir || !fs.existsSync(builtDir)) return names;
  for (const file of fs.readdirSync(builtDir)) {
    if (!file.endsWith(".js")) continue;
    const code = fs.readFileSync(path.join(builtDir, file), "utf8");
    if (!code.includes("actions.associate")) continue;
    const Office = { actions: { associate: (name) => names.add(String(name)) } };
    const sandbox = { Office, console: { log() {}, warn() {}, error() {}, info() {}, debug() {} }, setTimeout, clearTimeout, Promise };
    sandbox.self = sandbox;
    sandbox.globalThis = sandbox;
    try {
      vm.runInNewContext(code, sandbox, { filename: file, timeout: 5000 });
    } catch {
      // A file that needs more than the handler runtime offers (a page bundle) registers nothing here.
    }
  }
  return names;
}

/**
 * Checks one manifest's text. options: { production, builtDir, repoRoot }.
 * Returns { errors: string[], warnings: string[] }.
 */
function checkManifestText(text, options = {}) {
  const repoRoot = options.repoRoot || path.join(__dirname, "..");
  const errors = [];
  const warnings = [];
  const { doc, problems } = parseXml(text);
  const fatal = problems.filter((p) => !p.startsWith("XML warning"));
  if (fatal.length || !doc || !doc.documentElement || doc.documentElement.localName !== "OfficeApp") {
    errors.push(...(fatal.length ? fatal : ["the root element must be <OfficeApp>"]));
    return { errors, warnings };
  }
  const root = doc.documentElement;
  const elements = allElements(root);
  checkOrder(root, errors);

  // Every resid resolves in its own VersionOverrides' resources, in the right table.
  for (const el of elements) {
    const resid = el.getAttribute && el.getAttribute("resid");
    if (!resid) continue;
    const vo = nearestVersionOverrides(el);
    if (!vo) {
      errors.push(`resid "${resid}" on <${el.localName}> is outside any <VersionOverrides>`);
      continue;
    }
    if (resid.length > 32) errors.push(`resid "${resid}" is longer than 32 characters`);
    const kind = RESID_KIND[el.localName];
    const tables = resourcesOf(vo);
    const found = kind ? tables[kind].get(resid) : Object.values(tables).find((t) => t.has(resid));
    if (!found) errors.push(`resid "${resid}" on <${el.localName}> does not resolve${kind ? ` in bt:${kind}` : ""}`);
  }

  // URLs: https only in production, no localhost; every icon exists at its declared size.
  const baseUrl = detectBaseUrl(doc);
  const urlValues = [];
  for (const el of elements) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute && el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) urlValues.push({ el, url: v });
    }
    if (el.localName === "AppDomain") urlValues.push({ el, url: el.textContent.trim() });
  }
  for (const { el, url } of urlValues) {
    if (options.production) {
      if (/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/i.test(url)) errors.push(`production manifest still points at ${url} (<${el.localName}>)`);
      if (!url.startsWith("https://")) errors.push(`production manifest URL is not https: ${url}`);
    } else if (!url.startsWith("https://")) {
      errors.push(`manifest URL is not https: ${url} (Outlook refuses http add-ins)`);
    }
  }

  const sizeChecks = [];
  const iconUrl = elements.find((e) => e.localName === "IconUrl");
  const hiRes = elements.find((e) => e.localName === "HighResolutionIconUrl");
  if (iconUrl) sizeChecks.push({ url: iconUrl.getAttribute("DefaultValue"), size: 64, where: "IconUrl" });
  if (hiRes) sizeChecks.push({ url: hiRes.getAttribute("DefaultValue"), size: 128, where: "HighResolutionIconUrl" });
  for (const img of elements.filter((e) => e.localName === "Image" && e.getAttribute("size") && e.getAttribute("resid"))) {
    const resource = resourcesOf(nearestVersionOverrides(img)).Images.get(img.getAttribute("resid"));
    if (resource) sizeChecks.push({ url: resource.getAttribute("DefaultValue"), size: Number(img.getAttribute("size")), where: `bt:Image ${img.getAttribute("resid")}` });
  }
  for (const check of sizeChecks) {
    const file = localFileFor(check.url, baseUrl, options.builtDir, repoRoot);
    if (!file) {
      warnings.push(`${check.where}: ${check.url} is not on the add-in's host; size not checked`);
      continue;
    }
    if (!fs.existsSync(file)) {
      errors.push(`${check.where}: ${check.url} has no file (${path.relative(repoRoot, file)})`);
      continue;
    }
    const size = pngSize(fs.readFileSync(file));
    if (!size) errors.push(`${check.where}: ${path.relative(repoRoot, file)} is not a PNG`);
    else if (size.width !== check.size || size.height !== check.size) {
      errors.push(`${check.where}: ${path.relative(repoRoot, file)} is ${size.width}×${size.height}, declared ${check.size}×${check.size}`);
    }
  }

  // Event-based activation: every FunctionName must be registered with Office.actions.associate.
  const launchEvents = elements.filter((e) => e.localName === "LaunchEvent");
  if (launchEvents.length) {
    if (!options.builtDir) {
      errors.push("the manifest declares LaunchEvents: check it against a build (--built DIR) so FunctionNames can be matched");
    } else {
      const names = associatedNames(options.builtDir);
      for (const ev of launchEvents) {
        const fn = ev.getAttribute("FunctionName");
        if (!names.has(fn)) errors.push(`LaunchEvent ${ev.getAttribute("Type")} calls ${fn}, which no built file registers with Office.actions.associate`);
      }
    }
  }
  return { errors, warnings };
}

module.exports = { checkManifestText, DEV_BASE_URL, ORDER };
