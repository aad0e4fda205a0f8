import * as z from 'zod/mini';
import { FRAME_PATH, frameQuery } from '@dubai-pay/contract';
import type { Agency } from '../agencies.ts';
import { rawRoute, type Route } from '../router.ts';

/** The hosted fields' files: the page, its script and its stylesheet. Read by the HTTP server. */
export interface FrameAssets {
  read(name: 'fields.html' | 'fields.js' | 'fields.css' | 'keypad.js' | '3ds.js' | '3ds-notify.js' | 'dubai-pay.js'): Promise<string | undefined>;
}

const TYPES = { 'fields.html': 'text/html; charset=utf-8', 'fields.js': 'text/javascript; charset=utf-8', 'keypad.js': 'text/javascript; charset=utf-8', 'fields.css': 'text/css; charset=utf-8' };

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

/**
 * The hosted fields frame, served from the gateway's origin. It answers only to a publishable
 * key and an embedding origin registered for it, and tells the browser so with
 * `frame-ancestors`: no other page can frame it (PCI DSS SAQ A: every card input is the
 * provider's, in an iframe).
 */
export function frameRoutes(agencies: readonly Agency[], assets: FrameAssets | undefined): Route[] {
  const file = (name: keyof typeof TYPES) =>
    rawRoute('GET', `/frame/${name}`, async () => {
      const body = await assets?.read(name);
      if (body === undefined) return plain(404, 'The hosted fields are not built: run `pnpm build`.');
      return new Response(body, {
        headers: { 'content-type': TYPES[name], 'cache-control': 'no-cache', 'cross-origin-resource-policy': 'same-origin', 'x-content-type-options': 'nosniff' },
      });
    });
  return [
    file('fields.js'),
    file('keypad.js'),
    file('fields.css'),
    rawRoute('GET', FRAME_PATH, async (request) => {
      const query = z.safeParse(frameQuery, Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) return plain(400, 'Invalid hosted fields URL.');
      const agency = agencies.find((a) => a.publishableKey === query.data.key);
      if (!agency) return plain(403, 'Unknown publishable key.');
      if (!agency.allowedOrigins.includes(query.data.origin)) return plain(403, 'This origin is not registered for the key.');
      const page = await assets?.read('fields.html');
      if (page === undefined) return plain(404, 'The hosted fields are not built: run `pnpm build`.');
      // Kiosks ask for the on-screen keypad; no other page loads its script.
      const keypad = new URL(request.url).searchParams.get('keypad') === '1';
      const html = keypad ? page.replace('</head>', '<script type="module" src="/frame/keypad.js"></script></head>') : page;
      return new Response(html, {
        headers: {
          'content-type': TYPES['fields.html'],
          'cache-control': 'no-store',
          'content-security-policy': [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "connect-src 'self'",
            "img-src 'self' data:",
            "base-uri 'none'",
            "form-action 'none'",
            `frame-ancestors ${query.data.origin}`,
            "require-trusted-types-for 'script'",
          ].join('; '),
          'referrer-policy': 'no-referrer',
          'x-content-type-options': 'nosniff',
        },
      });
    }),
  ];
}
