// An agency page in React: the licence renewal fee, paid with <DubaiPay>. The traffic file number
// comes from the agency's own form state as an object (`inputs`); the receipt number comes from
// `onSuccess`. Written with createElement so it runs as is in React 18 and 19 (see bundle.ts).
import { createElement as h, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import { DubaiPay } from '@dubai-pay/react';

interface Config {
  gateway: string;
  publishableKey: string;
}

const TEXT = {
  title: { en: 'Renew your driving licence', ar: 'جدّد رخصة القيادة' },
  paid: { en: 'Paid. Receipt {number}.', ar: 'تم الدفع. رقم الإيصال {number}.' },
  failed: { en: 'The payment could not go on: {message}', ar: 'تعذّر إكمال الدفع: {message}' },
};

function App({ config }: { config: Config }) {
  const [outcome, setOutcome] = useState('');
  return h(
    'main',
    { className: 'page' },
    h('h1', null, TEXT.title.en, ' ', h('span', { lang: 'ar', dir: 'rtl' }, TEXT.title.ar)),
    h('p', { id: 'framework', className: 'note' }, `React ${version}`),
    h(DubaiPay, {
      id: 'checkout',
      gateway: config.gateway,
      publishableKey: config.publishableKey,
      service: 'rta-driving-licence-renewal',
      inputs: { traffic_file_number: '12345678' },
      onSuccess: (event) => setOutcome(`${TEXT.paid.en} ${TEXT.paid.ar}`.replaceAll('{number}', event.detail.receipt.number)),
      onError: (event) => setOutcome(`${TEXT.failed.en.replace('{message}', event.detail.message.en)} ${TEXT.failed.ar.replace('{message}', event.detail.message.ar)}`),
    }),
    h('p', { id: 'outcome', role: 'status' }, outcome),
  );
}

// The demo server's settings (gateway URL, publishable key), loaded at run time, not bundled.
const configUrl = '/config.js';
const config = ((await import(configUrl)) as { default: Config }).default;
createRoot(document.getElementById('app')!).render(h(App, { config }));
