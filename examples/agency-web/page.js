// An agency page with no build step: it sets a few attributes on <dubai-pay> and listens to its
// events. It never sees card data: the card fields are the gateway's, in an iframe.
import config from '/config.js';

const checkout = document.getElementById('checkout');
const select = document.getElementById('service');
const outcome = document.getElementById('outcome');
const TEXT = {
  en: {
    title: 'Pay for an e-service',
    choose: 'Choose a service',
    switchTo: 'العربية',
    paid: 'Paid. Receipt {number}.',
    canceled: 'Payment canceled.',
    testCards: 'Sandbox test cards',
    cardFrictionless: 'Paid at once, no 3-D Secure',
    cardMethod: '3-D Secure without a challenge',
    cardChallenge: '3-D Secure challenge: the code is 123456',
    cardMethodTimeout: 'Bank device check never answers (10 s), then paid',
    cardDeclined: 'Declined by the bank',
    edirham: 'e-Dirham card, PIN 1234',
    cardAny: 'Any future expiry date and any security code. Direct debit: choose any of the five banks and approve on its page.',
  },
  ar: {
    title: 'الدفع مقابل خدمة إلكترونية',
    choose: 'اختر الخدمة',
    switchTo: 'English',
    paid: 'تم الدفع. رقم الإيصال {number}.',
    canceled: 'أُلغيت الدفعة.',
    testCards: 'بطاقات الاختبار في البيئة التجريبية',
    cardFrictionless: 'تُدفع فورًا، دون تحقق آمن',
    cardMethod: 'تحقق آمن دون رمز',
    cardChallenge: 'تحقق آمن برمز: الرمز هو 123456',
    cardMethodTimeout: 'فحص جهاز البنك لا يستجيب (10 ثوانٍ)، ثم تُدفع',
    cardDeclined: 'يرفضها البنك',
    edirham: 'بطاقة الدرهم الإلكتروني، الرقم السري 1234',
    cardAny: 'أي تاريخ انتهاء مستقبلي وأي رمز أمان. الخصم المباشر: اختر أيًّا من البنوك الخمسة ووافق في صفحته.',
  },
};
let locale = new URLSearchParams(location.search).get('lang') === 'ar' ? 'ar' : 'en';

checkout.gateway = config.gateway;
checkout.publishableKey = config.publishableKey;

function setLocale(next) {
  locale = next;
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = TEXT[locale][node.dataset.text];
  for (const option of select.options) option.textContent = option.dataset[locale];
  const toggle = document.getElementById('language');
  toggle.textContent = TEXT[locale].switchTo;
  toggle.lang = locale === 'ar' ? 'en' : 'ar';
  checkout.locale = locale;
}

document.getElementById('language').addEventListener('click', () => setLocale(locale === 'en' ? 'ar' : 'en'));
select.addEventListener('change', () => {
  outcome.textContent = '';
  checkout.service = select.value;
});
checkout.addEventListener('dubai-pay-success', (event) => {
  outcome.textContent = TEXT[locale].paid.replace('{number}', event.detail.receipt.number);
});
checkout.addEventListener('dubai-pay-cancel', () => {
  outcome.textContent = TEXT[locale].canceled;
});
setLocale(locale);
