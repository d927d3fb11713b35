/** scripts/static-server.js (`npm run serve`, the e2e tests): bad escapes and paths that climb out of the root. */
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
