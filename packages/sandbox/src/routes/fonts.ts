import { rawRoute, type Route } from '../router.ts';
import { plain } from './built-assets.ts';

/** The hosted font families' files (`HOSTED_FONT_FAMILIES`). Read by the HTTP server; absent in msw-only browser tests. */
export interface FontFiles {
  /** A family's `@font-face` rules by its slug (`ibm-plex-sans-arabic`); undefined for any other. */
  stylesheet(slug: string): Promise<string | undefined>;
  /** One WOFF2 file named in those rules; undefined for any other name. */
  file(name: string): Promise<Uint8Array<ArrayBuffer> | undefined>;
}

/** A day for the stylesheets (their URL is not versioned); a year for the files (fixed with the package's version). */
const STYLESHEET_CACHE = 'public, max-age=86400';
const FILE_CACHE = 'public, max-age=31536000, immutable';

/**
 * The hosted fonts, for the gateway's own frame (CORP same-origin; its CSP's `font-src 'self'`):
 * a page names a family in its appearance, and the frame links the family's stylesheet here.
 * Only names the font files know are read: never a path from the request.
 */
export function fontRoutes(fonts: FontFiles | undefined): Route[] {
  const headers = (type: string, cache: string) => ({
    'content-type': type,
    'cache-control': cache,
    'cross-origin-resource-policy': 'same-origin',
    'x-content-type-options': 'nosniff',
  });
  return [
    rawRoute('GET', '/frame/fonts/{family}.css', async (_request, params) => {
      const css = await fonts?.stylesheet(params.family ?? '');
      return css === undefined ? plain(404, 'No such font.') : new Response(css, { headers: headers('text/css; charset=utf-8', STYLESHEET_CACHE) });
    }),
    rawRoute('GET', '/frame/fonts/files/{file}', async (_request, params) => {
      const body = await fonts?.file(params.file ?? '');
      return body === undefined ? plain(404, 'No such font.') : new Response(body, { headers: headers('font/woff2', FILE_CACHE) });
    }),
  ];
}
