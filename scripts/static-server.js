// A small static file server with the add-in's CSP, for the e2e tests and `npm run serve`.
"use strict";
const http = require("http");
const fs = require("fs");
const path = require("path");
const { CSP } = require("./csp");

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
  ".bin": "application/octet-stream",
  ".gz": "application/gzip",
};

/**
 * The file under `base` that a request path names, or a status code: 400 for a path that does not
 * decode (bad percent-escapes, NUL), 403 for one that leads outside `base`. Containment is decided
 * on the resolved path relative to `base`, never by a string prefix: "/..%2fdist-old" must not
 * reach the sibling folder "dist-old" just because its name starts with "dist".
 */
function resolveRequestPath(base, requestUrl) {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(requestUrl, "http://localhost").pathname);
  } catch {
    return 400;
  }
  if (urlPath.includes("\0")) return 400;
  const file = path.resolve(base, "." + path.sep + (urlPath.endsWith("/") ? urlPath + "index.html" : urlPath));
  const relative = path.relative(base, file);
  if (relative === ".." || relative.startsWith(".." + path.sep) || path.isAbsolute(relative)) return 403;
  return file;
}

/** Serves `root` on 127.0.0.1; resolves with { server, url } once listening (port 0 = any free port). */
function serveStatic(root, port = 0) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let file = resolveRequestPath(base, req.url);
    if (typeof file === "number") {
      res.writeHead(file, { "Content-Type": "text/plain" }).end(file === 400 ? "Bad request" : "Forbidden");
      return;
    }
    fs.stat(file, (err, stat) => {
      if (!err && stat.isDirectory()) file = path.join(file, "index.html");
      fs.readFile(file, (readErr, data) => {
        if (readErr) {
          res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
          return;
        }
        res.writeHead(200, {
          "Content-Type": MIME[path.extname(file)] || "application/octet-stream",
          "Content-Security-Policy": CSP,
          "Cache-Control": "no-store",
          "X-Content-Type-Options": "nosniff",
        });
        res.end(data);
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

module.exports = { serveStatic, resolveRequestPath };

if (require.main === module) {
  const root = process.argv[2] || "dist";
  const port = Number(process.argv[3] || 3000);
  serveStatic(root, port).then(({ url }) => console.log(`Serving ${root} at ${url}`));
}
