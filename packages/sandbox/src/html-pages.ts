import type { Locale } from '@dubai-pay/contract';

/** Helpers for the sandbox's server-rendered pages (banks, ACS, gateway notification and hand-off pages). */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A whole HTML document. Every page the sandbox serves is made from one, so that each says its
 * language and direction (WCAG 3.1.1): the page's own where it is known, else English.
 */
export interface HtmlDocument {
  lang: Locale;
  /** Plain text: escaped here. */
  title: string;
  body: string;
  /** More of the head (stylesheets, scripts), as HTML. */
  head?: string;
  /** More attributes of `<html>`, as HTML (` data-step="method"`). */
  attributes?: string;
  viewport?: string;
}

export function htmlDocument({ lang, title, body, head = '', attributes = '', viewport = 'width=device-width, initial-scale=1' }: HtmlDocument): string {
  return `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"${attributes}><head><meta charset="utf-8"><meta name="viewport" content="${viewport}"><title>${escapeHtml(title)}</title>${head}</head><body>${body}</body></html>`;
}

export function htmlPage(status: number, page: HtmlDocument, csp: string): Response {
  return new Response(htmlDocument(page), {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': csp,
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** A hidden form the page's script posts at once (3DS notifications are form posts across origins). */
export function autoPostForm(action: string, fields: Record<string, string>): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return `<form method="post" action="${escapeHtml(action)}" data-autopost>${inputs}<noscript><button type="submit"><span lang="en">Continue</span> · <span lang="ar">متابعة</span></button></noscript></form>`;
}
