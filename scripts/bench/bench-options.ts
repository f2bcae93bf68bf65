import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Measured seconds per scenario. */
  duration: number;
  /** Seconds of warm-up per scenario, not measured. */
  warmup: number;
  connections: number;
  /** Also measure each page as a Remix data request (client-side navigation). */
  data: boolean;
  /** Check the query plans only; no server, no load. */
  plansOnly: boolean;
  /** Exit non-zero when a scenario misses its p95 target too. */
  enforceTargets: boolean;
}

export const usage =
  'Usage: npm run bench [-- --duration 10] [--warmup 2] [--connections 10] [--data] ' +
  '[--plans-only] [--enforce-targets]';

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number ≥ 0`);
  return value;
}

export function readBenchOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '10' },
      data: { type: 'boolean', default: false },
      'plans-only': { type: 'boolean', default: false },
      'enforce-targets': { type: 'boolean', default: false },
    },
  });
  return {
    duration: positive('duration', values.duration),
    warmup: positive('warmup', values.warmup),
    connections: Math.max(1, Math.round(positive('connections', values.connections))),
    data: values.data,
    plansOnly: values['plans-only'],
    enforceTargets: values['enforce-targets'],
  };
}
