import { formatAmount, plural, type Locale } from '@dubai-pay/contract';
import type { AcsTransaction } from '../sessions.ts';
import { escapeHtml, type HtmlDocument } from '../html-pages.ts';

export type AcsLanguage = Locale;

export const TEXT = {
  en: {
    bank: 'Sandbox Issuer Bank',
    title: 'Verify your payment',
    payee: 'Payee',
    amount: 'Amount',
    card: 'Card',
    instructions: 'Enter the one-time code we sent to your mobile phone.',
    hint: 'Sandbox: the code is 123456.',
    code: 'One-time code',
    submit: 'Verify',
    cancel: 'Cancel',
    other: 'العربية',
    /** Counted (`plural()`): the attempts left. */
    wrong: { one: 'That code is not right. {count} attempt left.', other: 'That code is not right. {count} attempts left.' },
    waiting: 'Contacting your bank…',
    verified: 'Verified. Returning to the payment…',
    failed: 'The payment could not be verified. Returning to the payment…',
    canceled: 'Verification canceled. Returning to the payment…',
    problem: 'The bank could not complete the verification. Returning to the payment…',
    returning: 'Returning to the payment…',
    timedOut: 'The time for the verification ran out. Returning to the payment…',
    ended: 'This verification has ended.',
    refused: 'This answer did not come from the bank’s verification page.',
    invalid: 'This verification request is not valid.',
    notFound: 'This page does not exist.',
  },
  ar: {
    bank: 'البنك المُصدر التجريبي',
    title: 'تحقّق من دفعتك',
    payee: 'المستفيد',
    amount: 'المبلغ',
    card: 'البطاقة',
    instructions: 'أدخل رمز التحقق لمرة واحدة الذي أرسلناه إلى هاتفك المتحرك.',
    hint: 'بيئة تجريبية: الرمز هو 123456.',
    code: 'رمز التحقق',
    submit: 'تحقّق',
    cancel: 'إلغاء',
    other: 'English',
    wrong: {
      zero: 'الرمز غير صحيح. لم تبقَ أي محاولة.',
      one: 'الرمز غير صحيح. بقيت محاولة واحدة.',
      two: 'الرمز غير صحيح. بقيت محاولتان.',
      few: 'الرمز غير صحيح. بقيت {count} محاولات.',
      many: 'الرمز غير صحيح. بقيت {count} محاولة.',
      other: 'الرمز غير صحيح. بقيت {count} محاولة.',
    },
    waiting: 'جارٍ الاتصال بالبنك…',
    verified: 'تم التحقق. جارٍ العودة إلى الدفع…',
    failed: 'تعذّر التحقق من الدفعة. جارٍ العودة إلى الدفع…',
    canceled: 'أُلغي التحقق. جارٍ العودة إلى الدفع…',
    problem: 'تعذّر على البنك إتمام التحقق. جارٍ العودة إلى الدفع…',
    returning: 'جارٍ العودة إلى الدفع…',
    timedOut: 'انتهى وقت التحقق. جارٍ العودة إلى الدفع…',
    ended: 'انتهت عملية التحقق هذه.',
    refused: 'لم تأتِ هذه الإجابة من صفحة التحقق الخاصة بالبنك.',
    invalid: 'طلب التحقق هذا غير صالح.',
    notFound: 'هذه الصفحة غير موجودة.',
  },
} as const;

function shell(lang: AcsLanguage, body: string): HtmlDocument {
  return {
    lang,
    title: `${TEXT[lang].bank}: ${TEXT[lang].title}`,
    head: '<link rel="stylesheet" href="/3ds/acs.css"><script src="/3ds/acs.js" defer></script>',
    body: `<main>${body}</main>`,
  };
}

/**
 * The one-time code form. `left`: codes the cardholder may still try; `wrong`: the last one was
 * wrong. A test card whose ACS times out posts `timeout` itself after a few seconds.
 */
export function challengePage(transaction: AcsTransaction, lang: AcsLanguage, left: number, wrong = false): HtmlDocument {
  const t = TEXT[lang];
  const hidden = `<input type="hidden" name="acs_trans_id" value="${escapeHtml(transaction.acsTransId)}"><input type="hidden" name="page_token" value="${escapeHtml(transaction.pageToken)}"><input type="hidden" name="lang" value="${lang}">`;
  return shell(
    lang,
    `<header><strong>${escapeHtml(t.bank)}</strong><form method="post" action="/3ds/challenge/answer">${hidden}<button class="link" name="action" value="language" lang="${lang === 'ar' ? 'en' : 'ar'}">${t.other}</button></form></header>
<h1>${escapeHtml(t.title)}</h1>
<dl><dt>${t.payee}</dt><dd>${escapeHtml(transaction.payee[lang])}</dd><dt>${t.amount}</dt><dd><bdi>${escapeHtml(formatAmount(transaction.amount, lang))}</bdi></dd><dt>${t.card}</dt><dd><bdi dir="ltr">•••• ${escapeHtml(transaction.last4)}</bdi></dd></dl>
<form class="challenge" method="post" action="/3ds/challenge/answer">${hidden}
<p id="instructions">${t.instructions}</p>
<label for="code">${t.code}</label>
<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="12" required aria-describedby="instructions${wrong ? ' wrong' : ''} hint"${wrong ? ' aria-invalid="true"' : ''} autofocus>
${wrong ? `<p id="wrong" class="error" role="alert">${escapeHtml(plural(lang, left, t.wrong))}</p>` : ''}
<p id="hint" class="hint">${t.hint}</p>
<div class="actions"><button class="primary" name="action" value="submit">${t.submit}</button><button class="secondary" name="action" value="cancel" formnovalidate>${t.cancel}</button></div>
</form>${transaction.behaviour === 'erro_timeout' ? `<form method="post" action="/3ds/challenge/answer" data-autopost data-delay="${ACS_TIMEOUT_MS}">${hidden}<input type="hidden" name="action" value="timeout"></form>` : ''}`,
  );
}

/** A silent test card's ACS: it says it is working and never answers. */
export function silentPage(lang: AcsLanguage): HtmlDocument {
  return shell(lang, `<h1>${escapeHtml(TEXT[lang].bank)}</h1><div class="spinner" aria-hidden="true"></div><p role="status">${TEXT[lang].waiting}</p>`);
}

/** How long the sandbox ACS of the `erro_timeout` test card waits for the cardholder. */
export const ACS_TIMEOUT_MS = 5000;

/** An Erro instead of a result: says the verification ended, and posts the Erro to the gateway's notification URL. */
export function erroPage(lang: AcsLanguage, timedOut: boolean, form: string): HtmlDocument {
  return shell(lang, `<h1>${escapeHtml(TEXT[lang].bank)}</h1><p role="status">${timedOut ? TEXT[lang].timedOut : TEXT[lang].problem}</p>${form}`);
}

/** After the result: says it, and posts the CRes to the gateway's notification URL. */
export function resultPage(lang: AcsLanguage, said: 'verified' | 'failed' | 'canceled' | 'returning', form: string): HtmlDocument {
  const t = TEXT[lang];
  const text = t[said];
  return shell(lang, `<h1>${escapeHtml(t.bank)}</h1><p role="status">${text}</p>${form}`);
}

/** Why there is no challenge to show, in the page's language, then in the other one. */
export function endedPage(lang: AcsLanguage, why: 'ended' | 'refused' | 'invalid' | 'notFound'): HtmlDocument {
  const other = lang === 'ar' ? 'en' : 'ar';
  return shell(
    lang,
    `<h1>${escapeHtml(TEXT[lang].bank)}</h1><p>${escapeHtml(TEXT[lang][why])}</p><p lang="${other}" dir="${other === 'ar' ? 'rtl' : 'ltr'}">${escapeHtml(TEXT[other][why])}</p>`,
  );
}
