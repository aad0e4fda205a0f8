import type { Sandbox } from '../app.ts';
import type { FrameAssets } from '../routes/built-assets.ts';

/** A hosted fields page for sandboxes made without the built files: enough for the gateway to write its proof and payee into. */
export const STUB_FRAME_ASSETS: FrameAssets = {
  read: async (name) => (name === 'fields.html' ? '<!doctype html><html><head></head><body><form class="dp-form"></form></body></html>' : `/* ${name} */`),
};

const call = async (sandbox: Sandbox, path: string, body: unknown, key = 'pk_test_demo') => {
  const response = await sandbox.fetch(
    new Request(`${sandbox.origins.gateway}/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify(body),
    }),
  );
  return (await response.json()) as Record<string, unknown>;
};

/** A session opened from a quote with the publishable key, as a browser does. */
export async function openTestSession(sandbox: Sandbox): Promise<{ id: string; client_secret: string; quote_id: string; amount: number }> {
  const quote = await call(sandbox, '/quotes', { service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } });
  return (await call(sandbox, '/sessions', { quote_id: quote.id })) as { id: string; client_secret: string; quote_id: string; amount: number };
}

/** The Accept header Chromium sends for a document. */
export const DOCUMENT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8';

/**
 * What the hosted fields page of a payment carries, as the gateway serves it (the sandbox must
 * have frame assets, real or `STUB_FRAME_ASSETS`): its proof, and the payee line it shows.
 */
export async function framePage(
  sandbox: Sandbox,
  payment: string,
  origin = sandbox.origins.gateway,
): Promise<{ status: number; proof: string | null; payee: string | null; html: string }> {
  const query = new URLSearchParams({ key: 'pk_test_demo', origin, channel: 'channel-0123456789', locale: 'en', method: 'card', payment });
  // A browser asks for a framed document with its HTML Accept header.
  const response = await sandbox.fetch(new Request(`${sandbox.origins.gateway}/frame/fields?${query}`, { headers: { accept: DOCUMENT_ACCEPT } }));
  const html = await response.text();
  return {
    status: response.status,
    proof: /<meta name="dubai-pay-proof" content="([^"]+)">/.exec(html)?.[1] ?? null,
    payee: /data-en="([^"]+)"/.exec(html)?.[1] ?? null,
    html,
  };
}
