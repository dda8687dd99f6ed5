import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export interface CliArgSpec {
  /** Boolean switches, e.g. `jsonl` for `--jsonl`. */
  flags?: string[];
  /** Options taking a value, e.g. `format` for `--format json`. */
  options?: string[];
  minPositionals?: number;
}

export interface CliArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** Parses a command's arguments strictly; unknown options raise a UsageError (exit code 2). */
export function parseCliArgs(argv: string[], spec: CliArgSpec): CliArgs {
  const config: Record<string, { type: 'boolean' | 'string' }> = {};
  for (const f of spec.flags ?? []) config[f] = { type: 'boolean' };
  for (const o of spec.options ?? []) config[o] = { type: 'string' };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: config, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (const [k, v] of Object.entries(parsed.values)) {
    if (v === true) flags.add(k);
    else if (typeof v === 'string') options.set(k, v);
  }
  if (parsed.positionals.length < (spec.minPositionals ?? 0)) throw new UsageError('missing FILE argument');
  return { positionals: parsed.positionals, flags, options };
}

/** Reads a positive integer option, or the default. */
export function intOption(args: CliArgs, name: string, fallback: number): number {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`--${name} must be a positive integer, got "${raw}"`);
  return n;
}
