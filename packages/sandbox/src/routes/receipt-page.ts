import { BANKS, endpoints, formatAmount, localeOrEnglish, type Locale, type Wire } from '@dubai-pay/contract';
import { escapeHtml, htmlPage } from '../html-pages.ts';
import type { PaymentDescription } from '../payee.ts';
import { RECEIPT_PAGE_PATH, type ReceiptLinkBook } from '../receipt-links.ts';
import { rawRoute, route, type Route } from '../router.ts';
import type { SessionBook } from '../sessions.ts';

const TEXT = {
  en: {
    title: 'Payment receipt',
    paid: 'Payment successful',
    number: 'Receipt number',
    time: 'Date and time',
    zone: 'GST',
    payee: 'Paid to',
    method: 'Paid with',
    authorization: 'Authorisation code',
    channel: 'Paid through',
    total: 'Total',
    edirham: 'e-Dirham',
    channels: { web: 'Website', kiosk: 'Self-service kiosk', mobile: 'Mobile app', ivr: 'Phone' },
    print: 'Print or save as PDF',
    keep: 'This link stops working soon: save or print the receipt to keep it.',
    gone: 'This receipt link has expired or is not valid. Ask for a new one where you paid.',
    other: 'العربية',
  },
  ar: {
    title: 'إيصال الدفع',
    paid: 'تمت عملية الدفع بنجاح',
    number: 'رقم الإيصال',
    time: 'التاريخ والوقت',
    zone: 'بتوقيت الإمارات',
    payee: 'المدفوع له',
    method: 'وسيلة الدفع',
    authorization: 'رمز التفويض',
    channel: 'قناة الدفع',
    total: 'المجموع',
    edirham: 'الدرهم الإلكتروني',
    channels: { web: 'الموقع الإلكتروني', kiosk: 'جهاز الخدمة الذاتية', mobile: 'التطبيق', ivr: 'الهاتف' },
    print: 'اطبع أو احفظ بصيغة PDF',
    keep: 'سيتوقف هذا الرابط عن العمل قريبًا: احفظ الإيصال أو اطبعه للاحتفاظ به.',
    gone: 'انتهت صلاحية رابط الإيصال هذا أو أنه غير صالح. اطلب رابطًا جديدًا حيث دفعت.',
    other: 'English',
  },
} as const;

// A4-friendly in print: the page's controls go, the receipt keeps its layout in both directions.
const STYLE = `body{font:16px/1.5 system-ui,'Noto Sans Arabic',sans-serif;margin:0;background:#f4f6f8;color:#1b1f23}:lang(ar){font-family:'Noto Sans Arabic',system-ui,sans-serif}
main{max-inline-size:36rem;margin:0 auto;padding:1rem}nav{text-align:end}h1{font-size:1.25rem;margin-block:.5rem}
article{background:#fff;border:1px solid #8c959f;border-radius:8px;padding:1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}dd{margin:0;min-inline-size:0;overflow-wrap:anywhere}dt{color:#57606a}
ul{list-style:none;margin:1rem 0 0;padding:0}li,.total{display:flex;justify-content:space-between;gap:1rem}
.total{font-weight:700;border-block-start:1px solid #8c959f;padding-block-start:.5rem;margin-block-end:0}bdi{unicode-bidi:isolate}.amount{white-space:nowrap}
button{font:inherit;min-block-size:48px;inline-size:100%;margin-block-start:1rem;border:0;border-radius:8px;background:#00665e;color:#fff}
:focus-visible{outline:3px solid #b25e00;outline-offset:2px}.error{color:#b42318;font-weight:600}.muted{color:#57606a}
@media print{@page{size:A4;margin:15mm}body{background:#fff;font-size:11pt}main{max-inline-size:none;padding:0}nav,button,.muted{display:none}article{border:0;padding:0}}`;

// The print button works only with script (CSP: script-src 'self'), so the script shows it.
const SCRIPT = `const b=document.querySelector('[data-print]');if(b){b.hidden=false;b.addEventListener('click',()=>print())}`;

const CSP = ["default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "form-action 'none'", "base-uri 'none'", "frame-ancestors 'none'"].join('; ');

const asset = (body: string, type: string) =>
  new Response(body, { headers: { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' } });

type Text = (typeof TEXT)[Locale];

function dubaiTime(iso: string, lang: Locale, t: Text): string {
  const time = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-AE-u-nu-latn' : 'en-AE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Dubai' }).format(new Date(iso));
  return `${time} ${t.zone}`;
}

function paidWith(method: Wire.PaymentMethodSummary, lang: Locale, t: Text): string {
  if (method.type === 'direct_debit') return Object.hasOwn(BANKS, method.bank) ? BANKS[method.bank as keyof typeof BANKS][lang] : method.bank.toUpperCase();
  return `${method.type === 'card' ? method.brand.toUpperCase() : t.edirham} •••• ${method.last4}`;
}

/** The receipt as HTML: every value escaped, Latin values isolated (`<bdi>`) inside Arabic. */
function receiptHtml({ receipt, payee, references }: { receipt: Wire.Receipt } & PaymentDescription, lang: Locale): string {
  const t = TEXT[lang];
  const row = (label: string, value: string, dir = 'auto') => `<dt>${escapeHtml(label)}</dt><dd><bdi dir="${dir}">${escapeHtml(value)}</bdi></dd>`;
  const amount = (fils: number) => `<bdi class="amount" dir="ltr">${escapeHtml(formatAmount(fils, lang, receipt.currency))}</bdi>`;
  return `<article aria-labelledby="paid"><h1 id="paid">${escapeHtml(t.paid)}</h1><dl>
${row(t.payee, payee[lang])}${row(t.number, receipt.number, 'ltr')}${row(t.time, dubaiTime(receipt.issued_at, lang, t))}
${row(t.method, paidWith(receipt.payment_method, lang, t), receipt.payment_method.type === 'direct_debit' ? 'auto' : 'ltr')}
${receipt.authorization_code ? row(t.authorization, receipt.authorization_code, 'ltr') : ''}${row(t.channel, t.channels[receipt.channel])}
${references.map((r) => row(r.label[lang], r.value)).join('')}</dl>
<ul>${receipt.items.map((item) => `<li><span>${escapeHtml(item.description[lang])}</span>${amount(item.amount)}</li>`).join('')}</ul>
<p class="total"><span>${escapeHtml(t.total)}</span>${amount(receipt.amount)}</p></article>`;
}

/**
 * "Send to my phone": the API call that makes a receipt link (a paid session only), and the
 * gateway's bilingual receipt page it opens. The page shows that receipt and nothing else of the
 * session: no client secret, no session id, nothing that pays or cancels; it only reads, so a
 * link preview or a reload changes nothing. An unknown, replaced or expired token gets 410.
 */
export function receiptRoutes(sessions: SessionBook, links: ReceiptLinkBook): Route[] {
  return [
    route(endpoints.createReceiptLink, ({ caller, params, body }) => {
      const id = params.id ?? '';
      sessions.receiptOf(id, caller.agency); // 409 session_not_paid before any link exists
      return links.create(id, caller.agency, body.locale);
    }),
    rawRoute('GET', '/pay/receipt.js', async () => asset(SCRIPT, 'text/javascript')),
    rawRoute('GET', '/pay/receipt.css', async () => asset(STYLE, 'text/css')),
    rawRoute('GET', `${RECEIPT_PAGE_PATH}{token}`, async (request, params) => {
      const url = new URL(request.url);
      const lang = localeOrEnglish(url.searchParams.get('lang'));
      const t = TEXT[lang];
      const other = lang === 'ar' ? 'en' : 'ar';
      const found = links.find(params.token ?? '');
      const head = '<link rel="stylesheet" href="/pay/receipt.css"><script type="module" src="/pay/receipt.js"></script>';
      if (!found)
        return htmlPage(410, { lang, title: t.title, head, body: `<main><h1>${escapeHtml(t.title)}</h1><p class="error" role="alert">${escapeHtml(t.gone)}</p></main>` }, CSP);
      const body = `<main><nav><a href="?lang=${other}" lang="${other}">${TEXT[lang].other}</a></nav>${receiptHtml(sessions.receiptOf(found.sessionId, found.agency), lang)}
<button type="button" data-print hidden>${escapeHtml(t.print)}</button><p class="muted">${escapeHtml(t.keep)}</p></main>`;
      return htmlPage(200, { lang, title: t.title, head, body }, CSP);
    }),
  ];
}
