/** Runs the real CLI in-process and captures what it prints (for the answers and audit tests of issue 21). */
import { runCli } from "../../../src/cli/cli";

export async function runCaptured(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}
