/**
 * The README's first command: `npm start` serves the preview (the pane, the handler bundle, the
 * demo config) on port 3000 and prints the address.
 */
import { spawn, type ChildProcess } from "child_process";
import * as http from "http";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

function get(url: string): Promise<{ status: number; csp: string | undefined }> {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, csp: res.headers["content-security-policy"] as string | undefined });
    }).on("error", reject);
  });
}

function portFree(): Promise<boolean> {
  return new Promise((resolve) => {
    const server = http.createServer();
    server.once("error", () => resolve(false));
    server.listen(3000, "localhost", () => server.close(() => resolve(true)));
  });
}

describe("npm start", () => {
  let child: ChildProcess | null = null;

  afterAll(() => {
    if (child && child.exitCode === null) child.kill("SIGTERM");
  });

  it("serves the preview on localhost:3000 and prints its address", async () => {
    if (!(await portFree())) {
      console.warn("Skipping the npm start test: port 3000 is in use.");
      return;
    }
    child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.js"), "--no-open"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    const started = Date.now();
    let status = 0;
    while (Date.now() - started < 150000) {
      await new Promise((r) => setTimeout(r, 1000));
      if (!/compiled successfully/.test(output)) continue;
      status = (await get("http://localhost:3000/taskpane.html").catch(() => ({ status: 0, csp: undefined }))).status;
      if (status === 200) break;
    }
    expect(output).toMatch(/Atbilde preview: https?:\/\/localhost:3000\//);
    expect(status).toBe(200);
    for (const file of ["", "launchevent.js", "commands.html", "organization.json", "office-js/office.js", "assets/spelling/manifest.json"]) {
      const res = await get(`http://localhost:3000/${file}`);
      expect([file, res.status]).toEqual([file, 200]);
      if (file === "") expect(res.csp).toContain("default-src 'self'");
    }
  }, 180000);
});
