// An agency page with no build step that loads the checkout with @dubai-pay/loader: the bundle of
// the loader's own version, from a CDN that mirrors npm (here the demo server under its other
// name, 127.0.0.1), with the SRI hash the loader carries. The page's CSP allows that CDN in
// script-src and the Trusted Types policies lit-html and dubai-pay-loader.
import config from '/config.js';
// An agency installs @dubai-pay/loader and bundles it; the demo serves its build.
import { loadDubaiPay } from '/vendor/dubai-pay-loader.js';

const checkout = document.getElementById('checkout');
checkout.setAttribute('gateway', config.gateway);
checkout.setAttribute('publishable-key', config.publishableKey);
checkout.addEventListener('dubai-pay-success', (event) => {
  document.getElementById('outcome').textContent = `Paid. Receipt ${event.detail.receipt.number}. تم الدفع.`;
});

loadDubaiPay({ cdn: config.cdn }).catch((error) => {
  // What the customer reads (both languages); the developer's fix is in the console.
  const shown = document.getElementById('load-error');
  shown.dataset.code = error.code;
  shown.textContent = `${error.messages.en} ${error.messages.ar}`;
  shown.hidden = false;
  console.error(error.detail);
});
