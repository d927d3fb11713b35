/** scripts/static-server.js (`npm run serve`, the e2e tests): bad escapes and paths that climb out of the root. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic, resolveRequestPath } = require("../../../scripts/static-server.js") as {
  serveStatic: (root: string, port?: number) => Promise<{ server: http.Server; url: string }>;
  resolveRequestPath: (base: string, url: string) => string | number;
};

let tmp: string;
let server: http.Server;
let url: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-serve-"));
  // "dist-old" starts with "dist": a prefix check would let /..%2fdist-old through.
  for (const dir of ["dist", "dist-old", path.join("dist", "sub")]) fs.mkdirSync(path.join(tmp, dir));
  fs.writeFileSync(path.join(tmp, "dist", "index.html"), "<p>root</p>");
  fs.writeFileSync(path.join(tmp, "dist", "sub", "index.html"), "<p>sub</p>");
  fs.writeFileSync(path.join(tmp, "dist-old", "secret.txt"), "secret");
  fs.writeFileSync(path.join(tmp, "outside.txt"), "outside");
  ({ server, url } = await serveStatic(path.join(tmp, "dist"), 0));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** GET with the raw path as written (http.get does not normalise it). */
function get(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(url);
    http
      .get({ host: "127.0.0.1", port, path: rawPath }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

describe("static server", () => {
  it.each([
    ["/", 200, "<p>root</p>"],
    ["/sub/", 200, "<p>sub</p>"],
    ["/sub", 200, "<p>sub</p>"],
    ["/%E0%A4%A", 400, "Bad request"],
    ["/%", 400, "Bad request"],
    ["/a%00b", 400, "Bad request"],
    ["/..%2fdist-old/secret.txt", 403, "Forbidden"],
    ["/..%2f..%2foutside.txt", 403, "Forbidden"],
    ["/sub/..%2f..%2fdist-old%2fsecret.txt", 403, "Forbidden"],
    ["/..%5cdist-old%5csecret.txt", 404, "Not found"],
    ["/missing.js", 404, "Not found"],
  ])("GET %s -> %i", async (rawPath, status, body) => {
    const res = await get(rawPath);
    expect(res.status).toBe(status);
    expect(res.body).toBe(body);
  });

  it("keeps running after a bad request", async () => {
    await get("/%E0%A4%A");
    expect((await get("/")).status).toBe(200);
  });

  it("decides containment on the resolved path, not on a string prefix", () => {
    const base = path.join(tmp, "dist");
    expect(resolveRequestPath(base, "/..%2fdist-old")).toBe(403);
    expect(resolveRequestPath(base, "/sub/x.js")).toBe(path.join(base, "sub", "x.js"));
  });
});

// `npm start` serves through webpack-dev-server (scripts/start.js, devServer in webpack.config.js):
// the same requests must neither crash it nor reach outside what it builds.
describe("the dev server npm start uses", () => {
  // webpack-dev-server loads ES modules dynamically, which jest's VM does not allow: it runs in a child Node.
  const SCRIPT = `
    const [root, dir] = process.argv.slice(1);
    const http = require("http");
    const path = require("path");
    const load = (id) => require(require.resolve(id, { paths: [root] }));
    const webpack = load("webpack");
    const WebpackDevServer = load("webpack-dev-server");
    const compiler = webpack({ mode: "development", devtool: false, context: dir, entry: "./entry.js", output: { path: path.join(dir, "out"), filename: "main.js" }, infrastructureLogging: { level: "none" } });
    const dev = new WebpackDevServer({ port: "auto", host: "127.0.0.1", static: false, hot: false, liveReload: false, client: false, devMiddleware: { writeToDisk: false } }, compiler);
    dev.start().then(async () => {
      const port = dev.server.address().port;
      const status = (p) => new Promise((resolve) => http.get({ host: "127.0.0.1", port, path: p }, (res) => { res.resume(); res.on("end", () => resolve(res.statusCode)); }).on("error", (e) => resolve(e.message)));
      const out = {};
      for (const p of ["/main.js", "/%E0%A4%A", "/..%2fdev/entry.js", "/..%2f..%2fdist-old/secret.txt", "/main.js?again"]) out[p] = await status(p);
      await dev.stop();
      console.log(JSON.stringify(out));
    });
  `;

  it("answers a bad escape without crashing and refuses paths that climb out", () => {
    const dir = path.join(tmp, "dev");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "entry.js"), "console.log(1);");
    const root = path.join(__dirname, "..", "..", "..");
    const run = spawnSync(process.execPath, ["-e", SCRIPT, root, dir], { encoding: "utf8", timeout: 60000 });
    const statuses = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as Record<string, number>;
    expect(statuses["/main.js"]).toBe(200);
    expect([400, 404]).toContain(statuses["/%E0%A4%A"]);
    expect(statuses["/..%2fdev/entry.js"]).toBe(403);
    expect(statuses["/..%2f..%2fdist-old/secret.txt"]).toBe(403);
    expect(statuses["/main.js?again"]).toBe(200); // still serving
  }, 60000);
});
