/**
 * A small argument parser: long options (--format json, --format=json), short aliases (-f json),
 * flags (--help), repeated options, "--" to end options, and positionals. Errors are
 * UsageErrors, so the CLI prints one line and exits with 2.
 */
import { UsageError } from "./errors";

export interface OptionSpec {
  /** Long name without dashes: "format". */
  name: string;
  short?: string;
  /** Takes a value; its placeholder in help ("FORMAT") and the allowed values, if fixed. */
  value?: { placeholder: string; choices?: readonly string[] };
  /** May be given more than once (values collect into an array). */
  multiple?: boolean;
  description: string;
}

export interface ParsedArgs {
  values: Record<string, string | string[] | boolean>;
  positionals: string[];
}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const values: ParsedArgs["values"] = {};
  const positionals: string[] = [];
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));

  const store = (spec: OptionSpec, value: string | boolean): void => {
    if (typeof value === "string" && spec.value?.choices && !spec.value.choices.includes(value)) {
      throw new UsageError(`--${spec.name} must be one of ${spec.value.choices.join(", ")} (got "${value}")`);
    }
    if (spec.multiple) {
      const list = (values[spec.name] as string[] | undefined) ?? [];
      list.push(String(value));
      values[spec.name] = list;
    } else {
      if (values[spec.name] !== undefined) throw new UsageError(`--${spec.name} is given more than once`);
      values[spec.name] = value;
    }
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
      spec = byLong.get(name);
      if (!spec) throw new UsageError(`unknown option --${name}`);
    } else if (arg.startsWith("-") && arg.length > 1) {
      spec = byShort.get(arg.slice(1, 2));
      if (!spec) throw new UsageError(`unknown option ${arg}`);
      if (arg.length > 2) inline = arg.slice(2);
    } else {
      positionals.push(arg);
      continue;
    }
    if (spec.value) {
      let value = inline;
      if (value === undefined) {
        if (i + 1 >= argv.length) throw new UsageError(`--${spec.name} needs a value (${spec.value.placeholder})`);
        value = argv[++i];
      }
      store(spec, value);
    } else {
      if (inline !== undefined) throw new UsageError(`--${spec.name} takes no value`);
      store(spec, true);
    }
  }
  return { values, positionals };
}

/** The options part of a command's help: one line per option. */
export function describeOptions(specs: readonly OptionSpec[]): string {
  const rows = specs.map((s) => {
    const names = (s.short ? `-${s.short}, ` : "    ") + `--${s.name}` + (s.value ? ` ${s.value.placeholder}` : "");
    return [names, s.description] as const;
  });
  const width = Math.max(0, ...rows.map(([names]) => names.length));
  return rows.map(([names, description]) => `  ${names.padEnd(width)}  ${description}`).join("\n");
}
