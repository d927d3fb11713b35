// `npm start`: builds the add-in with the browser preview and serves it on port 3000.
// https when trusted Office dev certificates exist (`npm run certs`), otherwise http on localhost,
// which browsers treat as a secure context, so the preview works on a machine with no certs.
"use strict";
const fs = require("fs");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config.js");

function trustedDevCerts() {
  try {
    const certs = require("office-addin-dev-certs");
    const { localhostCertificatePath, localhostKeyPath, caCertificatePath } = require("office-addin-dev-certs/lib/defaults");
    if (![localhostCertificatePath, localhostKeyPath, caCertificatePath].every((p) => fs.existsSync(p))) return null;
    if (!certs.isCaCertificateInstalled()) return null;
    return { key: fs.readFileSync(localhostKeyPath), cert: fs.readFileSync(localhostCertificatePath), ca: fs.readFileSync(caCertificatePath) };
  } catch {
    return null; // No certs, or the platform check failed: fall back to http.
  }
}

async function main() {
  const open = !process.argv.includes("--no-open") && !process.env.CI;
  const built = makeConfig({ preview: true, outDir: "build/dev-server" }, { mode: "development" });
  // The pane and, beside it, the event-handler bundle (launchevent.js): one dev server for both.
  const configs = Array.isArray(built) ? built : [built];
  for (const c of configs) c.stats = "errors-warnings";
  const config = configs[0];
  const certs = trustedDevCerts();
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      server: certs ? { type: "https", options: certs } : { type: "http" },
      open: open ? ["/"] : false,
      devMiddleware: { writeToDisk: false },
    },
    webpack(configs.length > 1 ? configs : config),
  );
  await server.start();
  const url = `${certs ? "https" : "http"}://localhost:${config.devServer.port}/`;
  console.log("");
  console.log(`Atbilde preview: ${url}`);
  console.log(`Task pane only:  ${url}taskpane.html (needs Outlook or the preview page around it)`);
  if (!certs) console.log("Serving over http: no trusted dev certificates (run `npm run certs` to sideload in Outlook).");
  console.log("Press Ctrl+C to stop.");
}

main().catch((e) => {
  console.error(`npm start failed: ${e && e.message ? e.message : e}`);
  process.exit(1);
});
