import { BANKS, formatAmount, type BankId, type Locale, type LocalizedText } from '@dubai-pay/contract';
import { readForm } from '../http.ts';
import type { SessionBook } from '../sessions.ts';
import { escapeHtml, htmlPage } from '../html-pages.ts';

const STYLE = `body{font:16px/1.5 system-ui,'Noto Sans Arabic',sans-serif;margin:0;background:#f4f6f8;color:#1b1f23}
main{max-inline-size:28rem;margin:2rem auto;background:#fff;border-radius:8px;padding:1.5rem;box-shadow:0 1px 3px rgb(0 0 0/.15)}
h1{font-size:1.25rem;margin-block-start:0}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dd{margin:0}
.ltr{direction:ltr;unicode-bidi:isolate}form{display:inline}.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-block-start:1.5rem}
button{font:inherit;min-block-size:44px;padding-inline:1.25rem;border-radius:6px;border:1px solid #1f4e79;cursor:pointer}
.approve{background:#1f4e79;color:#fff}.reject{background:#fff;color:#8a1c1c;border-color:#8a1c1c}.abandon{background:none;border:0;color:#1f4e79;text-decoration:underline}
:focus-visible{outline:3px solid #b25e00;outline-offset:2px}nav{text-align:end}`;

const TEXT = {
  en: {
    title: 'Approve a payment',
    merchant: 'Payee',
    amount: 'Amount',
    reference: 'Reference',
    approve: 'Approve payment',
    reject: 'Reject',
    abandon: 'Cancel and go back',
    other: 'العربية',
    sandbox: 'Sandbox bank: no real account is debited.',
  },
  ar: {
    title: 'الموافقة على دفعة',
    merchant: 'المستفيد',
    amount: 'المبلغ',
    reference: 'المرجع',
    approve: 'الموافقة على الدفع',
    reject: 'رفض',
    abandon: 'إلغاء والعودة',
    other: 'English',
    sandbox: 'بنك تجريبي: لا يُخصم أي مبلغ من حساب حقيقي.',
  },
} satisfies Record<Locale, Record<string, string>>;

/** `returnOrigin`: where the decision's redirect goes (CSP's form-action also governs a form's redirects). */
function page(status: number, html: string, returnOrigin = ''): Response {
  return htmlPage(status, html, `default-src 'none'; style-src 'self'; form-action 'self' ${returnOrigin}; frame-ancestors 'none'; base-uri 'none'`.replace(' ;', ';'));
}

/**
 * The five banks' approval pages, on the bank origin. The customer approves, rejects or abandons
 * the direct debit; the bank tells the gateway (here, directly: the server-to-server leg) and
 * sends the customer back to the return URL. Plain forms, no script.
 */
export function createBankApp(sessions: SessionBook) {
  return async function bankFetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/banks/bank.css') return new Response(STYLE, { headers: { 'content-type': 'text/css; charset=utf-8' } });
    const match = /^\/banks\/([a-z]+)\/(approve|decide)$/.exec(url.pathname);
    const bank = match?.[1] as BankId | undefined;
    if (!match || !bank || !(bank in BANKS)) return page(404, '<!doctype html><title>Not found</title><p>Not found.</p>');
    if (match[2] === 'approve' && request.method === 'GET') {
      const lang = url.searchParams.get('lang') === 'ar' ? 'ar' : 'en';
      const sessionId = url.searchParams.get('session') ?? '';
      const pending = sessions.pendingBankPayment(sessionId, bank);
      if (!pending) return page(410, `<!doctype html><title>${escapeHtml(TEXT[lang].title)}</title><p>This payment request is no longer waiting for approval.</p>`);
      const t = TEXT[lang];
      const name: LocalizedText = BANKS[bank];
      const other = new URL(url);
      other.searchParams.set('lang', lang === 'ar' ? 'en' : 'ar');
      const button = (decision: string, label: string) =>
        `<form method="post" action="/banks/${bank}/decide"><input type="hidden" name="session" value="${escapeHtml(sessionId)}"><input type="hidden" name="page_token" value="${escapeHtml(pending.pageToken)}"><input type="hidden" name="decision" value="${decision}"><button class="${decision}" type="submit">${escapeHtml(label)}</button></form>`;
      return page(
        200,
        `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(name[lang])}: ${escapeHtml(t.title)}</title><link rel="stylesheet" href="/banks/bank.css"></head>
<body><main><nav><a href="${escapeHtml(other.pathname + other.search)}" lang="${lang === 'ar' ? 'en' : 'ar'}">${t.other}</a></nav><h1>${escapeHtml(name[lang])}</h1><p>${escapeHtml(t.title)}</p>
<dl><dt>${t.merchant}</dt><dd>${escapeHtml(pending.payee)}</dd><dt>${t.amount}</dt><dd class="ltr">${escapeHtml(formatAmount(pending.amount, lang))}</dd><dt>${t.reference}</dt><dd class="ltr">${escapeHtml(sessionId)}</dd></dl>
<div class="actions">${button('approve', t.approve)}${button('reject', t.reject)}${button('abandon', t.abandon)}</div><p><small>${t.sandbox}</small></p></main></body></html>`,
        new URL(pending.returnUrl).origin,
      );
    }
    if (match[2] === 'decide' && request.method === 'POST') {
      const form = await readForm(request);
      const decision = form.get('decision');
      if (decision !== 'approve' && decision !== 'reject' && decision !== 'abandon') return page(400, '<!doctype html><title>Bad request</title><p>Bad request.</p>');
      const returnUrl = sessions.completeBankPayment(form.get('session') ?? '', bank, decision, form.get('page_token') ?? '');
      if (!returnUrl) return page(410, '<!doctype html><title>Gone</title><p>This payment request is no longer waiting for approval.</p>');
      // Only the bank's own page carries its token: a form on another site, or a bot with the session id, is refused.
      if (returnUrl === 'not_from_the_page') return page(403, '<!doctype html><title>Refused</title><p>This answer did not come from the bank’s page.</p>');
      return new Response(null, { status: 303, headers: { location: returnUrl, 'cache-control': 'no-store' } });
    }
    return page(405, '<!doctype html><title>Method not allowed</title><p>Method not allowed.</p>');
  };
}
