import type { SandboxServer } from '@dubai-pay/sandbox/server';

/** The path of the hosted fields for a fresh quote, as a checkout on `page` opens them with the demo key. */
export async function framePagePath(server: SandboxServer, page: string): Promise<string> {
  const response = await fetch(`${server.apiUrl}/quotes`, {
    method: 'POST',
    headers: { authorization: 'Bearer pk_test_demo', origin: page, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } }),
  });
  const quote = (await response.json()) as { id: string };
  return `/frame/fields?${new URLSearchParams({ key: 'pk_test_demo', origin: page, channel: 'channel-0123456789', locale: 'en', method: 'card', payment: quote.id })}`;
}
