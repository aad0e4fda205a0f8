import { endpoints, HANDOFF_PAGE_PATH, localeOrEnglish, normalizeDigits, type Locale } from '@dubai-pay/contract';
import type { HandoffBook, RedeemedHandoff } from '../handoffs.ts';
import { readForm } from '../http.ts';
import { randomId } from '../ids.ts';
import { clientOf } from './payments.ts';
import { rawRoute, route, type Route } from '../router.ts';
import type { SessionBook } from '../sessions.ts';
import { escapeHtml, htmlPage } from '../html-pages.ts';
import { builtChunkRoute, builtFileRoute, type FrameAssets } from './built-assets.ts';

type Lang = Locale;

const TEXT = {
  en: {
    title: 'Finish a payment on this phone',
    codeIntro: 'Enter the 8-digit code the kiosk showed or the phone call read out.',
    code: 'Payment code',
    open: 'Open the payment',
    linkIntro: 'A payment was passed to this phone. Continue to see what is owed and pay.',
    continue: 'Continue to the payment',
    wrongCode: 'That code is not valid, has been used, or has expired.',
    locked: 'Too many wrong codes. Wait a minute and try again.',
    gone: 'This link has been used or has expired. Ask for a new one at the kiosk or on the call.',
    done: 'This payment is no longer waiting to be paid.',
    other: 'العربية',
  },
  ar: {
    title: 'إتمام دفعة على هذا الهاتف',
    codeIntro: 'أدخل الرمز المكوّن من 8 أرقام الذي ظهر على جهاز الخدمة الذاتية أو قُرئ في المكالمة.',
    code: 'رمز الدفع',
    open: 'فتح الدفعة',
    linkIntro: 'نُقلت دفعة إلى هذا الهاتف. تابع لترى المبلغ المستحق وتدفعه.',
    continue: 'متابعة إلى الدفع',
    wrongCode: 'هذا الرمز غير صالح أو مستخدم أو منتهي الصلاحية.',
    locked: 'رموز خاطئة كثيرة. انتظر دقيقة ثم حاول مرة أخرى.',
    gone: 'استُخدم هذا الرابط أو انتهت صلاحيته. اطلب رابطًا جديدًا من جهاز الخدمة الذاتية أو في المكالمة.',
    done: 'لم تعد هذه الدفعة بانتظار السداد.',
    other: 'English',
  },
} as const;

// The page is on the customer's phone already: the receipt's "send to my phone" is not offered there.
const STYLE = `body{font:16px/1.5 system-ui,'Noto Sans Arabic',sans-serif;margin:0;background:#f4f6f8;color:#1b1f23}:lang(ar){font-family:'Noto Sans Arabic',system-ui,sans-serif}
main{max-inline-size:32rem;margin:0 auto;padding:max(1rem,env(safe-area-inset-top)) max(1rem,env(safe-area-inset-right)) 1rem max(1rem,env(safe-area-inset-left))}
h1{font-size:1.25rem}label{display:block;font-weight:600;margin-block:1rem .25rem}nav{text-align:end}
input{font:inherit;font-size:1.5rem;letter-spacing:.2em;inline-size:100%;box-sizing:border-box;min-block-size:48px;direction:ltr;text-align:center;border:1px solid #5a6570;border-radius:8px}
button{font:inherit;min-block-size:48px;inline-size:100%;margin-block-start:1rem;border:0;border-radius:8px;background:#00665e;color:#fff}
.error{color:#b42318;font-weight:600}:focus-visible{outline:3px solid #b25e00;outline-offset:2px}
dubai-pay::part(send-to-phone-button){display:none}`;

// The checkout page's script: the client secret arrives in the URL fragment (never sent to a
// server, never in a Referer), moves to this tab's sessionStorage, and leaves the address bar.
// Once the payment ends (paid, failed, canceled) the secret leaves storage too: nothing of it is
// left on a shared phone.
const PAGE_SCRIPT = `const k='dubai-pay:handoff',h=new URLSearchParams(location.hash.slice(1)).get('cs'),d=document.querySelector('dubai-pay');
if(h){sessionStorage.setItem(k,h);history.replaceState(history.state,'',location.pathname+location.search)}
for(const e of['dubai-pay-success','dubai-pay-error','dubai-pay-cancel'])d.addEventListener(e,()=>sessionStorage.removeItem(k));
d.clientSecret=sessionStorage.getItem(k)??'';`;

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  // The hosted fields and the 3-D Secure container are this origin's frames.
  "frame-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

function langOf(request: Request): Lang {
  return localeOrEnglish(new URL(request.url).searchParams.get('lang'));
}

function page(status: number, lang: Lang, body: string, scripts = ''): Response {
  return htmlPage(
    status,
    {
      lang,
      title: TEXT[lang].title,
      head: `<link rel="stylesheet" href="/pay/pay.css">${scripts}`,
      body: `<main>${body}</main>`,
      viewport: 'width=device-width, initial-scale=1, viewport-fit=cover',
    },
    CSP,
  );
}

const asset = (body: string, type: string) =>
  new Response(body, { headers: { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' } });

/**
 * The hand-off: an API call that makes one (for the kiosk's QR code and the IVR's code), and the
 * gateway's own pages on the customer's phone that use it up once and open the session in
 * `<dubai-pay>`. The link's page asks before using the link, so that a link preview does not.
 */
export function handoffRoutes(sessions: SessionBook, handoffs: HandoffBook, assets: FrameAssets | undefined): Route[] {
  /** Where a used hand-off leads: the checkout page, the client secret in the fragment. */
  function toCheckout(redeemed: RedeemedHandoff | null, lang: Lang): Response {
    if (!redeemed) return page(410, lang, `<h1>${escapeHtml(TEXT[lang].title)}</h1><p class="error" role="alert">${escapeHtml(TEXT[lang].gone)}</p>`);
    const session = sessions.get(redeemed.sessionId, redeemed.agency);
    if (session.status !== 'open' && session.status !== 'requires_action') {
      return page(409, lang, `<h1>${escapeHtml(TEXT[lang].title)}</h1><p class="error" role="alert">${escapeHtml(TEXT[lang].done)}</p>`);
    }
    const query = new URLSearchParams({ key: redeemed.agency.publishableKey, lang });
    return new Response(null, { status: 303, headers: { location: `/pay/s?${query}#cs=${encodeURIComponent(session.client_secret)}`, 'cache-control': 'no-store' } });
  }

  /** The switch to the other language: the same page, the same query but `lang` (the checkout page's secret stays in this tab's storage). */
  const switchTo = (request: Request, lang: Lang) => {
    const other = lang === 'ar' ? 'en' : 'ar';
    const query = new URL(request.url).searchParams;
    query.set('lang', other);
    return `<nav><a href="?${escapeHtml(query.toString())}" lang="${other}">${TEXT[lang].other}</a></nav>`;
  };

  const codeForm = (lang: Lang, error = '') =>
    `<nav><a href="?lang=${lang === 'ar' ? 'en' : 'ar'}" lang="${lang === 'ar' ? 'en' : 'ar'}">${TEXT[lang === 'ar' ? 'ar' : 'en'].other}</a></nav><h1>${escapeHtml(TEXT[lang].title)}</h1>
<form method="post" action="/pay/code?lang=${lang}"><input type="hidden" name="page" value="${randomId('cp', 16)}"><p id="intro">${escapeHtml(TEXT[lang].codeIntro)}</p><label for="code">${escapeHtml(TEXT[lang].code)}</label>
<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="12" required aria-describedby="intro${error ? ' error' : ''}"${error ? ' aria-invalid="true"' : ''}>
${error ? `<p id="error" class="error" role="alert">${escapeHtml(error)}</p>` : ''}<button>${escapeHtml(TEXT[lang].open)}</button></form>`;

  return [
    route(endpoints.createHandoff, ({ caller, params, body }) => {
      // Only a session that can still be paid is handed off; else the same reason a payment would get.
      const session = sessions.payable(params.id ?? '', caller.agency);
      return handoffs.create(session.id, caller.agency, body.locale);
    }),
    rawRoute('GET', '/pay/pay.css', async () => asset(STYLE, 'text/css')),
    rawRoute('GET', '/pay/page.js', async () => asset(PAGE_SCRIPT, 'text/javascript')),
    builtFileRoute('/pay/dubai-pay.js', 'dubai-pay.js', assets),
    builtChunkRoute('/pay/chunks/{file}', assets),
    rawRoute('GET', HANDOFF_PAGE_PATH, async (request) => page(200, langOf(request), codeForm(langOf(request)))),
    rawRoute('POST', '/pay/code', async (request) => {
      const lang = langOf(request);
      const form = await readForm(request);
      const code = normalizeDigits(form.get('code') ?? '').replace(/[\s-]/g, '');
      const trier = { client: clientOf(request), page: form.get('page') ?? 'none' };
      const redeemed = /^\d{8}$/.test(code) ? handoffs.redeemCode(code, trier) : null;
      if (redeemed === 'locked') return page(429, lang, codeForm(lang, TEXT[lang].locked));
      if (!redeemed) return page(400, lang, codeForm(lang, TEXT[lang].wrongCode));
      return toCheckout(redeemed, lang);
    }),
    rawRoute('GET', '/pay/h/{token}', async (request, params) => {
      const lang = langOf(request);
      const t = TEXT[lang];
      if (!handoffs.peek(params.token ?? '')) return toCheckout(null, lang);
      return page(
        200,
        lang,
        `${switchTo(request, lang)}<h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.linkIntro)}</p><form method="post" action="/pay/h/${escapeHtml(params.token ?? '')}?lang=${lang}"><button>${escapeHtml(t.continue)}</button></form>`,
      );
    }),
    rawRoute('POST', '/pay/h/{token}', async (request, params) => toCheckout(handoffs.redeemToken(params.token ?? ''), langOf(request))),
    rawRoute('GET', '/pay/s', async (request) => {
      const url = new URL(request.url);
      const lang = langOf(request);
      const key = url.searchParams.get('key') ?? '';
      return page(
        200,
        lang,
        `${switchTo(request, lang)}<h1>${escapeHtml(TEXT[lang].title)}</h1><dubai-pay gateway="${escapeHtml(url.origin)}/v1" publishable-key="${escapeHtml(key)}" locale="${lang}"></dubai-pay>`,
        '<script type="module" src="/pay/dubai-pay.js"></script><script type="module" src="/pay/page.js"></script>',
      );
    }),
  ];
}
