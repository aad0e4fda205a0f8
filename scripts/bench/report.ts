// The printed report: one Markdown document, every part side by side with its baseline.
import { CONDITIONS } from './browser.ts';
import type { BytesResults, VisitBytes } from './bytes.ts';
import type { FlowCounts, FlowResults } from './flows.ts';
import type { GatewayCounts } from './gateway-counter.ts';
import type { KioskResults } from './kiosk-heap.ts';
import type { LoadResults } from './loads.ts';
import { LOAD_KINDS, PAGE_KINDS, PAGE_LABELS, SERVICE } from './pages.ts';
import type { MainThreadResults } from './main-thread.ts';
import type { SearchResults } from './search.ts';
import { kb, ms, ratio } from './stats.ts';

export interface BenchMeta {
  date: string;
  commit: string;
  browser: string;
  node: string;
  cpus: number;
  runs: number;
  cycles: number;
  smoke: boolean;
  durationMs: number;
  /** The machine's 1-minute load average just before the run: other work on the same CPUs slows every cell. */
  loadAverage: number;
  notes: string[];
}

export interface BenchResults {
  meta: BenchMeta;
  loads?: LoadResults;
  flows?: FlowResults;
  bytes?: BytesResults;
  kiosk?: KioskResults;
  search?: SearchResults;
  mainThread?: MainThreadResults;
  failures: { part: string; message: string }[];
}

const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const label = (kind: keyof typeof PAGE_LABELS) => PAGE_LABELS[kind].replace(/</g, '&lt;');

function loadsSection(loads: LoadResults): string {
  const t = loads.throttling;
  const base = loads.cells.none.baseline.median;
  const net = loads.cells.network.baseline.median;
  const rows = LOAD_KINDS.map((kind) => [
    label(kind),
    ...CONDITIONS.map((c) => `${ms(loads.cells[c.id][kind].median)} (${ratio(loads.cells[c.id][kind].median, loads.cells[c.id].baseline.median)})`),
  ]);
  return [
    `## 1. Load to usable`,
    '',
    `Median of ${loads.runs} load${loads.runs === 1 ? '' : 's'} per cell, each in a fresh browser context (nothing cached), from just before \`page.goto\` until the card number input in the gateway's frame is visible and editable and, with the component, its status line is empty. In brackets: the ratio to the bare iframe under the same condition.`,
    '',
    table(['page', ...CONDITIONS.map((c) => c.label)], rows),
    '',
    `The floors are pages with no SDK: one module of a few hundred bytes makes the iframe as the bare one is, beside a read of the session, or once the quote (whose id the frame's URL holds) has come. They show the least that a page whose script makes the frame pays, before any SDK: a target under a floor's ratio can only be met by a frame in the page's HTML (the server-rendered row).`,
    '',
    `Spread of the loads (25th–75th percentile): ${LOAD_KINDS.map((kind) => `${label(kind).replace(/ \(baseline\)$/, '')} ${CONDITIONS.map((c) => `${Math.round(loads.cells[c.id][kind].p25)}–${Math.round(loads.cells[c.id][kind].p75)}`).join(' / ')} ms`).join('; ')}.`,
    '',
    `Throttling: Chromium runs with \`--disable-site-isolation-trials\`, so the gateway's cross-site frame shares the agency page's renderer and the page's CDP session throttles both (\`Emulation.setCPUThrottlingRate\` 4; \`Network.emulateNetworkConditions\` latency 150 ms, 200 000 bytes/s each way). Checked in this run: ${t.iframeTargets} out-of-process iframe target${t.iframeTargets === 1 ? '' : 's'} with the fields open; the same busy loop took ${t.cpuSlowdown.page.toFixed(1)}× as long at CPU 4× in the page and ${t.cpuSlowdown.frame.toFixed(1)}× in the gateway frame; the bare iframe took ${ratio(net, base)} as long under the network condition as unthrottled.`,
    '',
    `Baseline URL: ${loads.frameUrlCheck.same ? 'the component asked for the same frame path and parameters as the bare iframe' : '**differs from the component’s**'} (\`${loads.frameUrlCheck.component}\`${loads.frameUrlCheck.same ? '' : ` vs \`${loads.frameUrlCheck.baseline}\``}).`,
  ].join('\n');
}

function countRows(columns: GatewayCounts[][]): string[][] {
  const rows: [string, (c: GatewayCounts) => number][] = [
    ['API calls (`/v1/…`)', (c) => c.api],
    ['CORS preflights (OPTIONS)', (c) => c.preflight],
    ['frame documents', (c) => c.frameDocument],
    ['frame assets', (c) => c.frameAsset],
    ['other gateway requests', (c) => c.other],
    ['all gateway requests', (c) => c.total],
    ['of which 304 Not Modified', (c) => c.notModified],
    ['ACS / bank requests', (c) => c.acs + c.bank],
  ];
  return rows.map(([name, pick]) => [
    name,
    ...columns.map((parts) => (parts.length === 1 ? String(pick(parts[0]!)) : `${pick(parts[2]!)} (${pick(parts[0]!)} + ${pick(parts[1]!)})`)),
  ]);
}

/** The requests in order, `GET /v1/x 200` shortened to `GET /v1/x` (other statuses kept). */
const sequence = (counts: GatewayCounts) => counts.sequence.map((entry) => `\`${entry.replace(/ 200$/, '')}\``).join(' → ');

function flowsSection(flows: FlowResults): string {
  const parts = (f: FlowCounts) => [f.load, f.payment, f.total];
  const columns = [
    [flows.baselineLoad],
    parts(flows.modes['client-secret'].first),
    parts(flows.modes['client-secret'].repeat),
    parts(flows.modes.service.first),
    parts(flows.modes.service.repeat),
  ];
  return [
    `## 2. Gateway requests per payment`,
    '',
    `One card payment without 3-D Secure (${flows.card}), typed in the frame, Pay pressed, until the receipt; counted by the gateway's HTTP server. Cells: total (until usable + after). "Repeat": a second payment in the same browser context, on a fresh page of the same kind.`,
    '',
    table(['requests to the gateway', 'bare iframe (load only)', 'client-secret, first', 'client-secret, repeat', 'service, first', 'service, repeat'], countRows(columns)),
    '',
    `Time to the receipt (unthrottled, typing included): client-secret ${ms(flows.modes['client-secret'].first.ms)}, service ${ms(flows.modes.service.first.ms)}.`,
    '',
    ...(['client-secret', 'service'] as const).flatMap((mode) => {
      const { first, repeat } = flows.modes[mode];
      const same = first.total.sequence.join() === repeat.total.sequence.join();
      return [
        `Requests in order, ${mode}${same ? ' (first and repeat alike)' : ', first'}: ${sequence(first.total)}.`,
        '',
        ...(same ? [] : [`Repeat: ${sequence(repeat.total)}.`, '']),
      ];
    }),
  ].join('\n');
}

function bytesSection(bytes: BytesResults): string {
  const visit = (v: VisitBytes) => `${kb(v.bytes)} (${kb(v.pageBytes)} + ${kb(v.gatewayBytes)}), ${v.requests} req`;
  const cached = (v: VisitBytes) => `${v.fromCache} / ${v.notModified}`;
  const rows = PAGE_KINDS.map((kind) => [label(kind), visit(bytes[kind].first), visit(bytes[kind].repeat), cached(bytes[kind].repeat)]);
  return [
    `## 3. Bytes on the wire`,
    '',
    'Until usable and the network quiet, unthrottled; CDP `Network.loadingFinished` `encodedDataLength` (headers and body as received) over every request, the frame’s included. In brackets: to the agency origin + to the gateway. Repeat: same context, a fresh page of the same kind.',
    '',
    table(['page', 'first visit', 'repeat visit', 'repeat: from cache / 304'], rows),
  ].join('\n');
}

function longTasksSection(loads: LoadResults): string {
  const cell = (c: { count: number; totalMs: number }) => `${c.count} / ${ms(c.totalMs)}`;
  const rows = PAGE_KINDS.map((kind) => [label(kind), cell(loads.longTasks[kind].page), cell(loads.longTasks[kind].gateway)]);
  return [
    `## 4. Long tasks at CPU 4×`,
    '',
    `Tasks over 50 ms until usable (the CPU 4× loads of part 1; medians of ${loads.runs}), each frame counting its own (\`PerformanceObserver\` \`longtask\`, buffered, put in every frame by \`context.addInitScript\`). Cells: count / total duration.`,
    '',
    table(['page', 'agency page', 'gateway frame'], rows),
  ].join('\n');
}

function kioskSection(kiosk: KioskResults): string {
  const rows = kiosk.points.map((p) => [String(p.cycle), kb(p.usedBytes), String(p.documents), String(p.frames), String(p.nodes), String(p.listeners)]);
  const from = kiosk.points.find((p) => p.cycle === Math.min(10, kiosk.cycles) && p.cycle < kiosk.cycles) ?? kiosk.points[0]!;
  // By route and status (`POST /v1/quotes 400` apart from the 200s): a request that fails every cycle shows.
  const byAnswer = new Map<string, number>();
  for (const entry of kiosk.counts.sequence) if (entry.includes(' /v1/')) byAnswer.set(entry, (byAnswer.get(entry) ?? 0) + 1);
  const perCycleRoutes = [...byAnswer].map(([entry, n]) => `\`${entry.replace(/ 200$/, '')}\` ${(n / kiosk.cycles).toFixed(1)}`).join(', ');
  return [
    `## 5. Kiosk over ${kiosk.cycles} idle cycles`,
    '',
    `examples/kiosk (\`<dubai-pay-services mode=kiosk>\`, /vendor/dubai-pay-kiosk.js) with \`?idle=10\`. A cycle: the RTA, the driving licence renewal, the traffic file number, Continue, card fields usable; then the idle reset (Playwright's clock jumps past the timeout). Heap after two forced GCs (\`HeapProfiler.collectGarbage\`, \`Runtime.getHeapUsage\` usedSize: page and gateway frame, one renderer).`,
    '',
    table(['after cycle', 'JS heap used', 'documents', 'frames', 'DOM nodes', 'listeners'], rows),
    '',
    `Heap growth: ${kb(kiosk.growthPerCycle)} per cycle (cycles ${from.cycle}→${kiosk.points[kiosk.points.length - 1]!.cycle}). A cycle took ${ms(kiosk.cycleMs.slice().sort((a, b) => a - b)[kiosk.cycleMs.length >> 1] ?? Number.NaN)} (median) from the entity tap to usable card fields.`,
    '',
    `Gateway requests per cycle: catalog reads (\`GET /v1/catalog/…\`) ${kiosk.perCycle.catalog.toFixed(1)}, API ${kiosk.perCycle.api.toFixed(1)}, frame documents ${kiosk.perCycle.frameDocument.toFixed(1)}, all ${kiosk.perCycle.total.toFixed(1)}. By route: ${perCycleRoutes}.`,
  ].join('\n');
}

function searchSection(search: SearchResults): string {
  const rows = search.scales.map((s) => {
    const worst = s.perQuery.reduce((a, b) => (b.ms > a.ms ? b : a));
    return [`${s.multiplier}×`, String(s.services), ms(s.firstCallMs), `${s.medianMs.toFixed(3)} ms`, `${s.maxMs.toFixed(3)} ms (“${worst.query}”)`];
  });
  const one = search.scales[0]!;
  const noHits = one.perQuery.filter((q) => q.hits === 0).map((q) => `“${q.query}”`);
  return [
    `## 6. Service search (Node, core \`fees.search\`)`,
    '',
    `core's \`createClient\` over a fetch answering the catalog from the sandbox's data. ${one.perQuery.length} queries (English and Arabic, partial words, ال and و/ب/ل prefixes, two-word); each query's time is the mean of ${search.repeats} calls; the first call of a client (fetch, contract check, index build) is apart.`,
    '',
    table(['catalog', 'services', 'first call', 'median per query', 'slowest query'], rows),
    ...(noHits.length ? ['', `Queries with no hits at 1×: ${noHits.join(', ')}.`] : []),
  ].join('\n');
}

function mainThreadSection(main: MainThreadResults): string {
  const { ms: evaluation, zodMs } = main.moduleEvaluation;
  return [
    `## 7. Main thread by source, CPU 4×`,
    '',
    `CPU profiles (CDP \`Profiler\`, one sample every 0.2 ms) of ${main.loads} load${main.loads === 1 ? '' : 's'} of the \`<dubai-pay client-secret>\` page at CPU 4×, from \`page.goto\` until usable; the gateway's frame shares the renderer, so its scripts are in them. Self time per load (median), the bundle's given back to its sources through \`dist/browser/dubai-pay.js.map\`. \`(program)\` is the renderer's own work outside script: parsing, style, layout, paint, compiling.`,
    '',
    table(
      ['where', 'ms per load'],
      main.bySource.map((row) => [row.source, ms(row.ms)]),
    ),
    '',
    `The bundle's module evaluation (its top-level code and everything it calls, before the element's first render): ${ms(evaluation)} per load, of which zod ${ms(zodMs)}.`,
  ].join('\n');
}

export function renderReport(results: BenchResults): string {
  const m = results.meta;
  const out = [
    '# dubai-pay bench',
    '',
    `${m.commit} · ${m.browser} · Node ${m.node} · ${m.cpus} CPUs (load average ${m.loadAverage.toFixed(1)} before the run) · ${m.date} · ${m.smoke ? 'SMOKE (1 load per cell: times are not meaningful)' : `${m.runs} loads per cell`} · ${m.cycles} kiosk cycles · took ${Math.round(m.durationMs / 1000)} s`,
    ...m.notes.map((n) => `\n${n}`),
  ];
  if (results.loads) out.push('', loadsSection(results.loads));
  if (results.flows) out.push('', flowsSection(results.flows));
  if (results.bytes) out.push('', bytesSection(results.bytes));
  if (results.loads) out.push('', longTasksSection(results.loads));
  if (results.kiosk) out.push('', kioskSection(results.kiosk));
  if (results.search) out.push('', searchSection(results.search));
  if (results.mainThread) out.push('', mainThreadSection(results.mainThread));
  out.push(
    '',
    '## Limits',
    '',
    [
      '- One machine, loopback servers in the bench process: absolute times are this machine’s; compare ratios within one run.',
      '- With site isolation off the frame shares the page’s main thread (as on most Android phones); desktop Chrome gives it a process of its own.',
      `- The service page quotes \`${SERVICE.id}\`; the client-secret page and the bare iframe get a session the bench’s “agency server” created before the load (not timed).`,
      '- DevTools throttling: latency is added per request, not per round trip of TCP; CPU throttling slows the renderer only, not the browser process or the servers.',
      '- Kiosk time is Playwright’s fake clock (jumped past the idle timeout), so idle timers fire once rather than every 250 ms.',
    ].join('\n'),
  );
  if (results.failures.length) out.push('', '## Failures', '', ...results.failures.map((f) => `- **${f.part}**: ${f.message}`));
  return `${out.join('\n')}\n`;
}
