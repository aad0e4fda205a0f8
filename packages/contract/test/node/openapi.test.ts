import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildOpenApi } from '../../src/openapi.ts';
import { endpoints } from '@dubai-pay/contract';

describe('contract: OpenAPI document', () => {
  it('the committed openapi.json is what the schemas generate (run `pnpm openapi` after changing them)', () => {
    const committed = readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8');
    assert.equal(committed, `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
  });

  it('documents every endpoint, with Idempotency-Key on every mutating call (and not on a read sent as POST)', () => {
    const doc = buildOpenApi() as { paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
    for (const endpoint of Object.values(endpoints)) {
      const operation = doc.paths[endpoint.path]?.[endpoint.method.toLowerCase()];
      assert.ok(operation, `${endpoint.method} ${endpoint.path}`);
      assert.equal(operation.parameters?.some((p) => p.name === 'Idempotency-Key') ?? false, endpoint.idempotent);
    }
  });
});
