import { rawRoute, type Route } from '../router.ts';
import { htmlPage } from '../html-pages.ts';

/**
 * Where a bank sends the customer back when the page gave no return URL: a bank approval opened
 * in a popup. The page closes itself (a window a script opened may close itself); the checkout
 * that opened it reads the outcome from the session.
 */
export function returnRoutes(): Route[] {
  return [
    rawRoute(
      'GET',
      '/return/close.js',
      async () => new Response('window.close();', { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' } }),
    ),
    rawRoute('GET', '/return', async () =>
      htmlPage(
        200,
        {
          // No language is known here: English first, Arabic beside it.
          lang: 'en',
          title: 'Payment · الدفع',
          head: '<script src="/return/close.js" defer></script>',
          body: '<main><p>Your bank has answered. You can close this window and return to the payment.</p><p lang="ar" dir="rtl">وصل رد البنك. يمكنك إغلاق هذه النافذة والعودة إلى الدفع.</p></main>',
        },
        "default-src 'none'; script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      ),
    ),
  ];
}
