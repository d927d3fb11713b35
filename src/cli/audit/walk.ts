/** Finds the exported e-mails (.eml, .msg) under the given paths, recursively, in a stable order. */
import { promises as fs } from "fs";
import * as path from "path";
import { UsageError } from "../errors";

export const MAIL_EXTENSIONS: readonly string[] = [".eml", ".msg"];

export function isMailFile(file: string): boolean {
  return MAIL_EXTENSIONS.indexOf(path.extname(file).toLowerCase()) >= 0;
}

/**
 * Every .eml/.msg file under the paths (a file path given directly is taken whatever its
 * extension). Only the paths are kept, never contents. A path that does not exist is bad usage.
 */
export async function findMailFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      throw new UsageError(`${p}: no such file or folder`);
    }
    if (stat.isDirectory()) await walk(p, out);
    else out.push(p);
  }
  return out;
}

async function walk(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable subfolder holds nothing we can audit
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile() && isMailFile(entry.name)) out.push(full);
  }
}
