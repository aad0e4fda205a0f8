import { BANKS, formatAmount, localeOrEnglish, type BankId, type Locale, type LocalizedText } from '@dubai-pay/contract';
import { readForm } from '../http.ts';
import type { SessionBook } from '../sessions.ts';
import { escapeHtml, htmlPage, type HtmlDocument } from '../html-pages.ts';

const STYLE = `body{font:16px/1.5 system-ui,'Noto Sans Arabic',sans-serif;margin:0;background:#f4f6f8;color:#1b1f23}:lang(ar){font-family:'Noto Sans Arabic',system-ui,sans-serif}
main{max-inline-size:28rem;margin:2rem auto;background:#fff;border-radius:8px;padding:1.5rem;box-shadow:0 1px 3px rgb(0 0 0/.15);overflow-wrap:anywhere}
h1{font-size:1.25rem;margin-block-start:0}dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.25rem 1rem}dd{margin:0}
dd{text-align:start}bdi{unicode-bidi:isolate}form{display:inline}.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-block-start:1.5rem}
button{font:inherit;min-block-size:44px;padding-inline:1.25rem;border-radius:6px;border:1px solid #1f4e79;cursor:pointer}
.approve{background:#1f4e79;color:#fff}.reject{background:#fff;color:#8a1c1c;border-color:#8a1c1c}.abandon{background:none;border:0;color:#1f4e79;text-decoration:underline}
:focus-visible{outline:3px solid #b25e00;outline-offset:2px}nav{text-align:end}`;

const TEXT = {
  en: {
    title: 'Approve a payment',
    merchant: 'Payee',
    amount: 'Amount',
    approve: 'Approve payment',
    reject: 'Reject',
    abandon: 'Cancel and go back',
    other: 'العربية',
    sandbox: 'Sandbox bank: no real account is debited.',
    notFound: 'Page not found.',
    gone: 'This payment request is no longer waiting for approval.',
    refused: 'This answer did not come from the bank’s page.',
    badRequest: 'This request is not valid.',
    notAllowed: 'This page cannot be used that way.',
  },
  ar: {
    title: 'الموافقة على دفعة',
    merchant: 'المستفيد',
    amount: 'المبلغ',
    approve: 'الموافقة على الدفع',
    reject: 'رفض',
    abandon: 'إلغاء والعودة',
    other: 'English',
    sandbox: 'بنك تجريبي: لا يُخصم أي مبلغ من حساب حقيقي.',
    notFound: 'الصفحة غير موجودة.',
    gone: 'لم يعد طلب الدفع هذا بانتظار الموافقة.',
    refused: 'لم تأتِ هذه الإجابة من صفحة البنك.',
    badRequest: 'هذا الطلب غير صالح.',
    notAllowed: 'لا يمكن استخدام هذه الصفحة بهذه الطريقة.',
  },
} satisfies Record<Locale, Record<string, string>>;

/** `returnOrigin`: where the decision's redirect goes (CSP's form-action also governs a form's redirects). */
function page(status: number, document: HtmlDocument, returnOrigin = ''): Response {
  return htmlPage(status, document, `default-src 'none'; style-src 'self'; form-action 'self' ${returnOrigin}; frame-ancestors 'none'; base-uri 'none'`.replace(' ;', ';'));
}

type Problem = 'notFound' | 'gone' | 'refused' | 'badRequest' | 'notAllowed';

/** A page that only says what went wrong, in the language of the page it came from. */
function problemPage(status: number, lang: Locale, problem: Problem): Response {
  const text = TEXT[lang][problem];
  return page(status, { lang, title: text, head: STYLESHEET, body: `<main><h1>${escapeHtml(text)}</h1><p><small>${TEXT[lang].sandbox}</small></p></main>` });
}

const STYLESHEET = '<link rel="stylesheet" href="/banks/bank.css">';

/**
 * The five banks' approval pages, on the bank origin. The customer approves, rejects or abandons
 * the direct debit; the bank tells the gateway (here, directly: the server-to-server leg) and
 * sends the customer back to the return URL. Plain forms, no script.
 */
export function createBankApp(sessions: SessionBook) {
  return async function bankFetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/banks/bank.css') return new Response(STYLE, { headers: { 'content-type': 'text/css; charset=utf-8' } });
    // The page's language: in the approval page's address, and sent back by its forms.
    const form = request.method === 'POST' ? await readForm(request) : undefined;
    const lang = localeOrEnglish(form ? form.get('lang') : url.searchParams.get('lang'));
    const match = /^\/banks\/([a-z]+)\/(approve|decide)$/.exec(url.pathname);
    const bank = match?.[1] as BankId | undefined;
    if (!match || !bank || !(bank in BANKS)) return problemPage(404, lang, 'notFound');
    if (match[2] === 'approve' && request.method === 'GET') {
      const sessionId = url.searchParams.get('session') ?? '';
      const pending = sessions.pendingBankPayment(sessionId, bank);
      if (!pending) return problemPage(410, lang, 'gone');
      const t = TEXT[lang];
      const name: LocalizedText = BANKS[bank];
      const other = new URL(url);
      other.searchParams.set('lang', lang === 'ar' ? 'en' : 'ar');
      // The form says the page's language too, so that an answer's error page speaks it.
      const button = (decision: string, label: string) =>
        `<form method="post" action="/banks/${bank}/decide"><input type="hidden" name="session" value="${escapeHtml(sessionId)}"><input type="hidden" name="page_token" value="${escapeHtml(pending.pageToken)}"><input type="hidden" name="lang" value="${lang}"><input type="hidden" name="decision" value="${decision}"><button class="${decision}" type="submit">${escapeHtml(label)}</button></form>`;
      return page(
        200,
        {
          lang,
          title: `${name[lang]}: ${t.title}`,
          head: STYLESHEET,
          body: `<main><nav><a href="${escapeHtml(other.pathname + other.search)}" lang="${lang === 'ar' ? 'en' : 'ar'}">${t.other}</a></nav><h1>${escapeHtml(name[lang])}</h1><p>${escapeHtml(t.title)}</p>
<dl><dt>${t.merchant}</dt><dd>${escapeHtml(pending.payee[lang])}</dd><dt>${t.amount}</dt><dd><bdi>${escapeHtml(formatAmount(pending.amount, lang))}</bdi></dd>${pending.references.map((r) => `<dt>${escapeHtml(r.label[lang])}</dt><dd><bdi>${escapeHtml(r.value)}</bdi></dd>`).join('')}</dl>
<div class="actions">${button('approve', t.approve)}${button('reject', t.reject)}${button('abandon', t.abandon)}</div><p><small>${t.sandbox}</small></p></main>`,
        },
        new URL(pending.returnUrl).origin,
      );
    }
    if (match[2] === 'decide' && form) {
      const decision = form.get('decision');
      if (decision !== 'approve' && decision !== 'reject' && decision !== 'abandon') return problemPage(400, lang, 'badRequest');
      const returnUrl = sessions.completeBankPayment(form.get('session') ?? '', bank, decision, form.get('page_token') ?? '');
      if (!returnUrl) return problemPage(410, lang, 'gone');
      // Only the bank's own page carries its token: a form on another site, or a bot with the session id, is refused.
      if (returnUrl === 'not_from_the_page') return problemPage(403, lang, 'refused');
      return new Response(null, { status: 303, headers: { location: returnUrl, 'cache-control': 'no-store' } });
    }
    return problemPage(405, lang, 'notAllowed');
  };
}
