// The Content-Security-Policy from docs/architecture.md, in one place: the pages' <meta> tags,
// the dev server, the e2e test server and (later) the hosting samples all take it from here.
"use strict";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

const CSP = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_CDN}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

module.exports = { CSP, OFFICE_CDN, OFFICE_JS_CDN_URL: `${OFFICE_CDN}/lib/1/hosted/office.js` };
