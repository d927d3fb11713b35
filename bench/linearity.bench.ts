/**
 * Linearity benchmark (issue 13, defect 4): every adversarial body family of
 * bench/adversarialBodies.ts at 0.5 MB and 1 MB, through the whole engine as `atbilde check` runs
 * it (checkDocument: parse, context, every rule, spelling included). Targets per family:
 *  - the 1 MB body in ≤ 1 s (median of RUNS runs);
 *  - 2× the input in ≤ 2.3× the time.
 * "Time" is the CPU time of this process (process.cpuUsage: the check's thread and the garbage
 * collector's helpers), not the wall clock: on a 2-core machine shared with other work the wall
 * clock measures the scheduler (at a load average of 15 it is three times the CPU time), while on
 * an idle machine the wall clock is at most the CPU time. The table shows both, and the load.
 */
import * as os from "os";
import { checkDocument, messageFacts } from "../src/cli/commands/check";
import { cliRules } from "../src/cli/rules";
import type { InputDocument } from "../src/cli/readInput";
import { resolveConfig } from "../src/core/config";
import { checkDraftDetailed } from "../src/core/check/checkDraft";
import { prepareMessage } from "../src/core/check/message";
import type { OrganizationConfig } from "../src/core/config/types";
import type { Rule } from "../src/core/rules/types";
import { ADVERSARIAL_FAMILIES, type AdversarialFamily } from "./adversarialBodies";

const MB = 1024 * 1024;
const SIZES = [MB / 2, MB];
const TARGET_MS_PER_MB = 1000;
const TARGET_RATIO = 2.3;
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function document(family: AdversarialFamily, body: string): InputDocument {
  return { path: `${family.name}.${family.format === "html" ? "html" : "txt"}`, kind: family.format, body, format: family.format, charset: "utf-8", message: null, warnings: [] };
}

interface Timing {
  wall: number;
  cpu: number;
  findings: number;
}

function timeCheck(input: InputDocument, config: OrganizationConfig, rules: readonly Rule[]): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  let findings = 0;
  for (let k = 0; k < RUNS; k++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    findings = checkDocument(input, config, "lv", rules).findings.length;
    walls.push(performance.now() - t0);
    cpus.push(cpuMs() - c0);
  }
  return { wall: median(walls), cpu: median(cpus), findings };
}

/** Preparing (parse and context) and the three slowest rules on one body, in CPU ms, to say where the time goes. */
function breakdown(input: InputDocument, config: OrganizationConfig, rules: readonly Rule[]): string {
  const c0 = cpuMs();
  const { draft, context } = prepareMessage(messageFacts(input), config, "lv");
  const prepare = cpuMs() - c0;
  const times = rules.map((r) => {
    const c = cpuMs();
    checkDraftDetailed(draft, context, [r]);
    return { id: r.meta.id, ms: cpuMs() - c };
  });
  times.sort((a, b) => b.ms - a.ms);
  return `prepare ${prepare.toFixed(0)} ms, ` + times.slice(0, 3).map((t) => `${t.id} ${t.ms.toFixed(0)} ms`).join(", ");
}

export async function run(): Promise<{ ok: boolean }> {
  const config = resolveConfig({}).config;
  const rules = await cliRules(config);
  const load = os.loadavg().map((l) => l.toFixed(1)).join(" ");
  console.log(`${rules.length} rules with spelling; median of ${RUNS} runs; ${os.cpus().length} CPUs, load average ${load}`);
  console.log(`targets (CPU time): 1 MB ≤ ${TARGET_MS_PER_MB} ms; time(1 MB) / time(0.5 MB) ≤ ${TARGET_RATIO}`);
  const header = `${"family".padEnd(36)} ${"format".padEnd(6)} ${"0.5 MB cpu".padStart(10)} ${"1 MB cpu".padStart(9)} ${"ratio".padStart(6)} ${"1 MB wall".padStart(9)} ${"findings".padStart(9)}  verdict`;
  console.log(header);
  console.log("-".repeat(header.length));
  // One warm-up on a small real-looking body, so the first family does not pay for the JIT alone.
  checkDocument(document(ADVERSARIAL_FAMILIES[0], "Labdien! Paldies par Jūsu iesniegumu, skatiet www.adazi.lv.\n\nAr cieņu\nIlze Ozola"), config, "lv", rules);
  let ok = true;
  const slow: string[] = [];
  for (const family of ADVERSARIAL_FAMILIES) {
    const timings = SIZES.map((size) => timeCheck(document(family, family.make(size)), config, rules));
    const [half, full] = timings;
    const ratio = full.cpu / Math.max(half.cpu, 1);
    const fastEnough = full.cpu <= TARGET_MS_PER_MB;
    const linear = ratio <= TARGET_RATIO;
    const verdict = fastEnough && linear ? "PASS" : `FAIL${fastEnough ? "" : " (time)"}${linear ? "" : " (ratio)"}`;
    if (!(fastEnough && linear)) {
      ok = false;
      slow.push(`  ${family.name}: ${breakdown(document(family, family.make(MB)), config, rules)}`);
    }
    console.log(
      `${family.name.padEnd(36)} ${family.format.padEnd(6)} ${half.cpu.toFixed(0).padStart(10)} ${full.cpu.toFixed(0).padStart(9)} ${ratio.toFixed(2).padStart(6)} ${full.wall.toFixed(0).padStart(9)} ${String(full.findings).padStart(9)}  ${verdict}`,
    );
  }
  if (slow.length) console.log(`where the time went (1 MB, one run):\n${slow.join("\n")}`);
  console.log(ok ? "linearity bench: all targets met" : "linearity bench: some targets missed");
  return { ok };
}
