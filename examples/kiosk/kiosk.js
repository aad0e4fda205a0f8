// A kiosk page: a grid of services, then <dubai-pay mode="kiosk"> for the one chosen. The idle
// reset (dubai-pay-idle-reset) and a finished payment bring the next customer back to the grid.
import config from '/config.js';

const TEXT = {
  en: { title: 'Government services', choose: 'Choose a service to pay' },
  ar: { title: 'الخدمات الحكومية', choose: 'اختر خدمة لدفع رسومها' },
};
const checkout = document.getElementById('checkout');
const services = document.querySelector('.services');
let locale = new URLSearchParams(location.search).get('lang') === 'ar' ? 'ar' : 'en';

checkout.gateway = config.gateway;
checkout.publishableKey = config.publishableKey;
const idle = Number(new URLSearchParams(location.search).get('idle'));
if (idle > 0) checkout.idleTimeout = idle;

function setLocale(next) {
  locale = next;
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = TEXT[locale][node.dataset.text];
  for (const button of document.querySelectorAll('[data-service]')) button.textContent = button.dataset[locale];
  checkout.locale = locale;
}

function showServices() {
  checkout.hidden = true;
  services.hidden = false;
}

for (const button of document.querySelectorAll('[data-service]')) {
  button.addEventListener('click', () => {
    services.hidden = true;
    checkout.hidden = false;
    checkout.service = button.dataset.service;
  });
}
// The checkout's own language switch changes the whole kiosk's language.
new MutationObserver(() => {
  if (checkout.locale && checkout.locale !== locale) setLocale(checkout.locale);
}).observe(checkout, { attributes: true, attributeFilter: ['locale'] });
checkout.addEventListener('dubai-pay-idle-reset', showServices);
checkout.addEventListener('dubai-pay-receipt', (event) => console.info('[kiosk] receipt for the printer:', event.detail.lines[locale].join(' | ')));
setLocale(locale);
