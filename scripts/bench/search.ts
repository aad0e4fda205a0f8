// Part 6: the client's service search (core `fees.search`, used by <dubai-pay-services> on every
// keystroke), in Node, with core's real client over a fetch that answers the catalog from the
// sandbox's data: the catalog as it is (1×), and twenty times larger (20×: each service again
// under other ids and names), as a gateway with many more agencies would send.
import { createClient } from '@dubai-pay/core';
import { createSandbox } from '@dubai-pay/sandbox';
import { median } from './stats.ts';

/** What people type: English and Arabic, whole and partial words, with the article and prefixes (و ب ل). */
export const QUERIES = [
  'driving licence',
  'licence renewal',
  'renew',
  'visa',
  'traffic fines',
  'electricity bill',
  'good conduct certificate',
  'lic',
  'registr',
  'trade licence',
  'رخصة',
  'الرخصة',
  'رخصة القيادة',
  'بالرخصة',
  'والمخالفات',
  'للمركبة',
  'تجديد',
  'فاتورة الكهرباء',
  'تأشيرة',
  'مخالف',
] as const;

export interface SearchScale {
  multiplier: number;
  services: number;
  /** The first search of a client: the catalog fetched, checked against the contract, and its index built (median of 5 clients). */
  firstCallMs: number;
  /** Median over the queries of each query's mean time (`repeats` calls each). */
  medianMs: number;
  maxMs: number;
  perQuery: { query: string; ms: number; hits: number }[];
}

export interface SearchResults {
  repeats: number;
  scales: SearchScale[];
}

const GATEWAY = 'http://gateway.bench.invalid/v1';

/** The sandbox's own answers to the two catalog calls, as JSON. */
async function sandboxCatalog(): Promise<{
  services: Record<string, unknown> & { data: Record<string, unknown>[] };
  entities: Record<string, unknown> & { data: Record<string, unknown>[] };
}> {
  const sandbox = createSandbox({});
  const key = sandbox.agencies[0]!.publishableKey;
  const get = async (path: string) => {
    const response = await sandbox.fetch(new Request(`${sandbox.origins.gateway}/v1${path}`, { headers: { authorization: `Bearer ${key}` } }));
    if (!response.ok) throw new Error(`sandbox ${path}: ${response.status}`);
    return response.json();
  };
  return { services: await get('/catalog/services'), entities: await get('/catalog/entities') };
}

/** The catalog `multiplier` times over: copies get their own ids and a numbered name. */
function scaled(catalog: Awaited<ReturnType<typeof sandboxCatalog>>, multiplier: number) {
  const services = catalog.services.data.flatMap((service) =>
    Array.from({ length: multiplier }, (_, copy) => {
      if (copy === 0) return service;
      const name = service.name as { en: string; ar: string };
      return { ...service, id: `${service.id as string}-copy${copy}`, name: { en: `${name.en} (${copy + 1})`, ar: `${name.ar} (${copy + 1})` } };
    }),
  );
  const entities = catalog.entities.data.map((entity) => ({ ...entity, service_count: (entity.service_count as number) * multiplier }));
  return { services: JSON.stringify({ ...catalog.services, data: services }), entities: JSON.stringify({ ...catalog.entities, data: entities }), count: services.length };
}

async function measureScale(catalog: Awaited<ReturnType<typeof sandboxCatalog>>, multiplier: number, queries: readonly string[], repeats: number): Promise<SearchScale> {
  const bodies = scaled(catalog, multiplier);
  const answer: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    const body = path.endsWith('/catalog/services') ? bodies.services : path.endsWith('/catalog/entities') ? bodies.entities : undefined;
    if (body === undefined) return new Response(JSON.stringify({ error: { code: 'not_found', message: path } }), { status: 404, headers: { 'content-type': 'application/json' } });
    return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
  };
  const newClient = () => createClient({ gateway: GATEWAY, publishableKey: 'pk_test_demo', fetch: answer });
  // The first search of a client, on fresh clients (the median of 5: it runs once per page).
  const firsts: number[] = [];
  let client = newClient();
  let start = 0;
  for (let i = 0; i < (repeats > 2 ? 5 : 1); i++) {
    client = newClient();
    start = performance.now();
    await client.fees.search(queries[0]!);
    firsts.push(performance.now() - start);
  }
  const firstCallMs = median(firsts);
  // One pass unmeasured, so that every query runs on optimised code.
  for (const query of queries) await client.fees.search(query);
  const perQuery: SearchScale['perQuery'] = [];
  for (const query of queries) {
    start = performance.now();
    let hits = 0;
    for (let i = 0; i < repeats; i++) hits = (await client.fees.search(query)).length;
    perQuery.push({ query, ms: (performance.now() - start) / repeats, hits });
  }
  const times = perQuery.map((q) => q.ms);
  return { multiplier, services: bodies.count, firstCallMs, medianMs: median(times), maxMs: Math.max(...times), perQuery };
}

export async function measureSearch(smoke: boolean): Promise<SearchResults> {
  const catalog = await sandboxCatalog();
  const queries = smoke ? QUERIES.filter((_, i) => i % 5 === 0) : QUERIES;
  const repeats = smoke ? 2 : 20;
  return { repeats, scales: [await measureScale(catalog, 1, queries, repeats), await measureScale(catalog, 20, queries, repeats)] };
}
