import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchWords, type Service } from '@dubai-pay/contract';
import { createClient } from '@dubai-pay/core';
import { createSandbox } from '@dubai-pay/sandbox';

/** A client on an in-process sandbox, with the requests it makes counted by path (and a way to hold or fail them). */
function counted(options: { hold?: Promise<void>; network?: { down: boolean } } = {}) {
  const sandbox = createSandbox();
  const requests: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    await options.hold;
    if (options.network?.down) throw new TypeError('fetch failed');
    return sandbox.fetch(request);
  };
  const client = createClient({ gateway: `${sandbox.origins.gateway}/v1`, publishableKey: sandbox.agencies[0]!.publishableKey, fetch, deadline: 300 });
  const count = (path: string) => requests.filter((r) => r === `GET /v1${path}`).length;
  return { client, requests, count };
}

/** The search as it was first written (a prefix regex per comparison, ranking by a sort): what the index must agree with. */
function referenceSearch(services: Service[], query: string, options: { entity?: string; limit?: number } = {}): string[] {
  const strip = (word: string) => word.replace(/^(?:[\u0648\u0628\u0644\u0641\u0643]?\u0627\u0644|[\u0648\u0628\u0644])(?=[\u0621-\u064a]{2})/, '');
  const matches = (q: string[], h: string[]) => q.every((w) => h.some((word) => word.startsWith(w) || strip(word).startsWith(strip(w))));
  const index = services.map((service) => {
    const nameWords = searchWords(`${service.name.en} ${service.name.ar}`);
    const extra = searchWords([service.description?.en ?? '', service.description?.ar ?? '', ...service.keywords].join(' '));
    return { service, nameWords, allWords: [...nameWords, ...extra] };
  });
  const words = searchWords(query);
  const hits = index.filter((entry) => (!options.entity || entry.service.entityId === options.entity) && (words.length === 0 || matches(words, entry.allWords)));
  const ranked = words.length === 0 ? hits : [...hits].sort((a, b) => Number(matches(words, b.nameWords)) - Number(matches(words, a.nameWords)));
  return ranked.slice(0, options.limit ?? ranked.length).map((entry) => entry.service.id);
}

const QUERIES = [
  '',
  'licence',
  'driving licence renewal',
  'renew',
  'lic',
  'visa',
  'traffic fines',
  'good conduct certificate',
  'zzqqxx',
  'رخصة',
  'الرخصة',
  'بالرخصة',
  'رخصة القيادة',
  'قيادة',
  'والمخالفات',
  'للمركبة',
  'تجديد',
  'فاتورة الكهرباء',
  'تأشيرة',
  'مخالف',
  'ال',
  'و',
];

describe('fees: the catalog, loaded once, searched locally', () => {
  it('loads the entities and the services once; a search reads the services already loaded', async () => {
    const { client, count } = counted();
    const [services, again, entities] = await Promise.all([client.fees.services(), client.fees.services(), client.fees.entities()]);
    await client.fees.entities();
    assert.equal(again, services);
    assert.ok(entities.length > 0);
    assert.ok((await client.fees.search('licence')).length > 0);
    assert.ok((await client.fees.services({ entity: 'rta' })).every((s) => s.entityId === 'rta'));
    assert.deepEqual([count('/catalog/services'), count('/catalog/entities')], [1, 1]);
  });

  it('a search before anything else loads the services once, then searches without asking again', async () => {
    const { client, count } = counted();
    await Promise.all([client.fees.search('رخصة'), client.fees.search('licence')]);
    await client.fees.search('visa');
    assert.equal(count('/catalog/services'), 1);
  });

  it('finds what the first search found, in the same order, for Arabic and English queries, with entity and limit', async () => {
    const { client } = counted();
    const services = await client.fees.services();
    for (const query of QUERIES) {
      assert.deepEqual(
        (await client.fees.search(query)).map((s) => s.id),
        referenceSearch(services, query),
        query,
      );
      for (const options of [{ entity: 'rta' }, { limit: 3 }, { entity: 'police', limit: 2 }]) {
        assert.deepEqual(
          (await client.fees.search(query, options)).map((s) => s.id),
          referenceSearch(services, query, options),
          `${query} ${JSON.stringify(options)}`,
        );
      }
    }
  });

  it('does not keep a failed load: the next call asks again', async () => {
    const network = { down: true };
    const { client, count } = counted({ network });
    await assert.rejects(client.fees.search('licence'), { code: 'network_error' });
    await assert.rejects(client.fees.entities(), { code: 'network_error' });
    const failedAsks = count('/catalog/services');
    assert.ok(failedAsks >= 1);
    network.down = false;
    assert.ok((await client.fees.search('licence')).length > 0, 'found once the catalog loads');
    assert.ok((await client.fees.entities()).length > 0);
    assert.equal(count('/catalog/services'), failedAsks + 1, 'asked again after the failure');
    await client.fees.services();
    assert.equal(count('/catalog/services'), failedAsks + 1, 'then kept');
  });

  it("a caller's signal ends its own wait, not the load another caller waits for", async () => {
    let release = () => {};
    const { client, count } = counted({ hold: new Promise<void>((resolve) => (release = resolve)) });
    const leaving = new AbortController();
    const first = client.fees.services({ signal: leaving.signal });
    const second = client.fees.search('licence');
    leaving.abort(new Error('the checkout went away'));
    await assert.rejects(first, { message: 'the checkout went away' });
    release();
    assert.ok((await second).length > 0);
    await assert.rejects(client.fees.entities({ signal: leaving.signal }), { message: 'the checkout went away' });
    assert.equal(count('/catalog/services'), 1);
    assert.equal(count('/catalog/entities'), 0, 'nothing asked for a caller already gone');
  });

  it('one service with its entity: asked for alone (once) until the catalog is loaded, then read from it', async () => {
    const { client, count } = counted();
    const [detail, again] = await Promise.all([client.fees.service('police-good-conduct'), client.fees.service('police-good-conduct')]);
    assert.equal(detail.id, 'police-good-conduct');
    assert.equal(detail.entity.id, detail.entityId);
    assert.deepEqual(again, detail);
    assert.equal(count('/catalog/services/police-good-conduct'), 1);
    assert.deepEqual([count('/catalog/services'), count('/catalog/entities')], [0, 0], 'not the whole catalog');
    await Promise.all([client.fees.services(), client.fees.entities()]);
    const fromCatalog = await client.fees.service('rta-vehicle-renewal');
    assert.deepEqual([fromCatalog.id, fromCatalog.entity.id], ['rta-vehicle-renewal', 'rta']);
    assert.equal(count('/catalog/services/rta-vehicle-renewal'), 0);
    await assert.rejects(client.fees.service('no-such-service'), { code: 'service_not_found' });
    await assert.rejects(client.fees.service('no-such-service'), { code: 'service_not_found' });
    assert.equal(count('/catalog/services/no-such-service'), 2, 'a failure is not kept');
  });

  it('withCatalogOf: reads the other client’s catalog (loaded once for both) and quotes through its own', async () => {
    const page = counted();
    const own = counted();
    const fees = own.client.fees.withCatalogOf(page.client.fees);
    const other = counted().client.fees.withCatalogOf(page.client.fees);
    await Promise.all([fees.services(), fees.entities(), other.services(), other.search('رخصة'), page.client.fees.services()]);
    assert.deepEqual([page.count('/catalog/services'), page.count('/catalog/entities')], [1, 1]);
    assert.deepEqual(own.requests, []);
    const { quote } = await fees.quote({ service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } });
    assert.ok(quote);
    assert.deepEqual(own.requests, ['POST /v1/quotes']);
    assert.equal(page.requests.filter((r) => r.startsWith('POST')).length, 0);
  });
});
