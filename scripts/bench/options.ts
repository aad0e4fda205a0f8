// The bench's command line: `pnpm bench [--runs N] [--cycles N] [--smoke] [--port N] [--only parts]`.

export const PARTS = ['loads', 'flows', 'bytes', 'kiosk', 'search', 'profile'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  /** Loads per cell of the load-to-usable table (each in a fresh browser context). */
  runs: number;
  /** Kiosk idle cycles. */
  cycles: number;
  /** One run per cell, 3 kiosk cycles, a small search sample: proves every part runs, judges no time. */
  smoke: boolean;
  /** First of the ports the bench listens on (it takes this one and the next 8). */
  port: number;
  /** Parts to run (all by default); long tasks come with `loads`. */
  parts: readonly Part[];
}

/**
 * 21 loads per cell by default keeps a full run near 13 minutes on a 2-core machine (most of it
 * the throttled loads); more runs tighten the medians at about 30 s per extra run.
 */
export const DEFAULT_RUNS = 21;
export const DEFAULT_CYCLES = 50;

const USAGE = `usage: pnpm bench [--runs N] [--cycles N] [--smoke] [--port N] [--only ${PARTS.join(',')}]`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const smoke = argv.includes('--smoke');
  const options: BenchOptions = { runs: smoke ? 1 : DEFAULT_RUNS, cycles: smoke ? 3 : DEFAULT_CYCLES, smoke, port: 4900, parts: PARTS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    const count = (min: number) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < min) throw new Error(`${arg} needs an integer ≥ ${min}\n${USAGE}`);
      return n;
    };
    if (arg === '--smoke') continue;
    else if (arg === '--runs') options.runs = count(1);
    else if (arg === '--cycles') options.cycles = count(1);
    else if (arg === '--port') options.port = count(1024);
    else if (arg === '--only') {
      const wanted = value().split(',');
      const unknown = wanted.filter((p) => !(PARTS as readonly string[]).includes(p));
      if (unknown.length) throw new Error(`unknown part(s) ${unknown.join(', ')}\n${USAGE}`);
      options.parts = wanted as Part[];
    } else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return options;
}
