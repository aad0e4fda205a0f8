// `pnpm fuzz [cases] [seed]`: the response fuzzer over many cases (default 10,000, seed 1).
// Each case runs one core operation against the sandbox with its answers broken the seeded way
// (packages/core/test/fuzz/response-fuzzer.ts) and must end by its deadline with a value the
// contract accepts or a typed DubaiPayError. Prints the outcomes by class; exits 1 on any case
// that broke a rule (and prints it, with its seed and index to replay it).
import { runFuzz } from '../packages/core/test/fuzz/response-fuzzer.ts';

const cases = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 1);
const started = performance.now();
const { byOutcome, problems } = await runFuzz({ seed, cases, concurrency: 16 });
const rows = Object.entries(byOutcome).sort((a, b) => b[1] - a[1]);
console.log(`response fuzzer: ${cases} cases, seed ${seed}, ${Math.round((performance.now() - started) / 1000)} s\n`);
console.log('| outcome | cases |\n|---|---:|');
for (const [outcome, count] of rows) console.log(`| ${outcome} | ${count} |`);
console.log(`\nbroken: ${problems.length}`);
for (const problem of problems.slice(0, 20)) console.log(`  case ${problem.index} (${problem.operation}): ${problem.problem}`);
process.exitCode = problems.length > 0 ? 1 : 0;
