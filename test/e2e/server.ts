import * as fs from "fs";
import * as path from "path";
import type { Server } from "http";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic } = require("../../scripts/static-server.js") as {
  serveStatic: (root: string, port?: number) => Promise<{ server: Server; url: string }>;
};

export const PREVIEW_DIR = path.join(__dirname, "..", "..", "build", "preview");

/** Serves the preview build (made by `npm run test:e2e`, or `npm run build -- --dev`). */
export async function servePreview(): Promise<{ server: Server; url: string }> {
  if (!fs.existsSync(path.join(PREVIEW_DIR, "index.html"))) {
    throw new Error(`No preview build in ${PREVIEW_DIR}: run \`npm run build -- --dev\` (npm run test:e2e does it for you).`);
  }
  return serveStatic(PREVIEW_DIR, 0);
}
