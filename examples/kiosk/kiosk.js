// A kiosk page: <dubai-pay-services mode="kiosk"> (entities, search, then <dubai-pay mode="kiosk">).
// The customer's language switch sets the whole kiosk's language; idle resets bring the next
// customer back to the start with nothing of the last one left.
import config from '/config.js';

const TEXT = { en: 'Government services', ar: 'الخدمات الحكومية' };
const services = document.getElementById('services');
const query = new URLSearchParams(location.search);

services.gateway = config.gateway;
services.publishableKey = config.publishableKey;
if (Number(query.get('idle')) > 0) services.idleTimeout = Number(query.get('idle'));

function setLocale(locale) {
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  document.querySelector('[data-text="title"]').textContent = TEXT[locale];
  services.locale = locale;
}

document.addEventListener('dubai-pay-locale-change', (event) => setLocale(event.detail.locale));
services.addEventListener('dubai-pay-receipt', (event) => console.info('[kiosk] receipt for the printer:', event.detail.lines.en.join(' | ')));
setLocale(query.get('lang') === 'ar' ? 'ar' : 'en');
