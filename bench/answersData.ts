/**
 * The labelled client messages of test/fixtures/answers for the bench and the unit test: each file's
 * name says the answer it expects ("road-repair.2.txt") or none ("none.3.txt"); the evaluation
 * library (library.json) is not the product's or the demo's.
 */
import * as fs from "fs";
import * as path from "path";
import { readClientMessage } from "../src/cli/commands/answers";
import { resolveConfig } from "../src/core/config";
import type { LabelledMessage } from "../src/core/answers";
import type { ModelAnswer } from "../src/core/config/types";

export function fixturesDir(root: string): string {
  return path.join(root, "test", "fixtures", "answers");
}

export function loadEvaluationLibrary(root: string): ModelAnswer[] {
  const { config, errors } = resolveConfig(fs.readFileSync(path.join(fixturesDir(root), "library.json"), "utf8"));
  if (errors.length) throw new Error(`library.json: ${errors.map((e) => `${e.path} ${e.message.en}`).join("; ")}`);
  return config.answers;
}

export async function loadLabelledSet(root: string, set: "dev" | "test"): Promise<LabelledMessage[]> {
  const dir = path.join(fixturesDir(root), set);
  const out: LabelledMessage[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const label = name.slice(0, name.indexOf("."));
    const message = await readClientMessage(path.join(dir, name));
    out.push({ name: `${set}/${name}`, ...message, expected: label === "none" ? null : label });
  }
  return out;
}
