import * as z from 'zod/mini';
import { FRAME_PATH, frameQuery } from '@dubai-pay/contract';
import type { Agency } from '../agencies.ts';
import { rawRoute, type Route } from '../router.ts';
import { builtFileRoute, embeddingAgency, plain, type FrameAssets } from './built-assets.ts';

/**
 * The hosted fields frame, served from the gateway's origin. It answers only to a publishable
 * key and an embedding origin registered for it, and tells the browser so with
 * `frame-ancestors`: no other page can frame it (PCI DSS SAQ A: every card input is the
 * provider's, in an iframe).
 */
export function frameRoutes(agencies: readonly Agency[], assets: FrameAssets | undefined): Route[] {
  return [
    builtFileRoute('/frame/fields.js', 'fields.js', assets),
    builtFileRoute('/frame/keypad.js', 'keypad.js', assets),
    builtFileRoute('/frame/fields.css', 'fields.css', assets),
    rawRoute('GET', FRAME_PATH, async (request) => {
      const query = z.safeParse(frameQuery, Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) return plain(400, 'Invalid hosted fields URL.');
      const refused = embeddingAgency(agencies, query.data.key, query.data.origin);
      if (refused instanceof Response) return refused;
      const page = await assets?.read('fields.html');
      if (page === undefined) return plain(404, 'The hosted fields are not built: run `pnpm build`.');
      // Kiosks ask for the on-screen keypad; no other page loads its script.
      const keypad = new URL(request.url).searchParams.get('keypad') === '1';
      const html = keypad ? page.replace('</head>', '<script type="module" src="/frame/keypad.js"></script></head>') : page;
      return new Response(html, {
        headers: {
          'content-type': 'text/html; charset=utf-8',
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
