// An agency page in Vue 3: the licence renewal fee, paid with the bare <dubai-pay> element. Vue
// sets `inputs` as a property (the element is defined before the app mounts) and listens to
// `dubai-pay-success` through `onDubaiPaySuccess`. A render function, so no template compiler
// (and no `eval`) is needed under the page's strict CSP.
import '@dubai-pay/elements/define';
import { createApp, defineComponent, h, ref, version } from 'vue';

interface Config {
  gateway: string;
  publishableKey: string;
}

const TEXT = {
  title: { en: 'Renew your driving licence', ar: 'جدّد رخصة القيادة' },
  paid: { en: 'Paid. Receipt {number}.', ar: 'تم الدفع. رقم الإيصال {number}.' },
  failed: { en: 'The payment could not go on: {message}', ar: 'تعذّر إكمال الدفع: {message}' },
};

const configUrl = '/config.js';
const config = ((await import(configUrl)) as { default: Config }).default;

const App = defineComponent(() => {
  const outcome = ref('');
  const inputs = { traffic_file_number: '12345678' };
  return () =>
    h('main', { class: 'page' }, [
      h('h1', [TEXT.title.en, ' ', h('span', { lang: 'ar', dir: 'rtl' }, TEXT.title.ar)]),
      h('p', { id: 'framework', class: 'note' }, `Vue ${version}`),
      h('dubai-pay', {
        id: 'checkout',
        gateway: config.gateway,
        publishableKey: config.publishableKey,
        service: 'rta-driving-licence-renewal',
        inputs,
        onDubaiPaySuccess: (event: HTMLElementEventMap['dubai-pay-success']) => {
          outcome.value = `${TEXT.paid.en} ${TEXT.paid.ar}`.replaceAll('{number}', event.detail.receipt.number);
        },
        onDubaiPayError: (event: HTMLElementEventMap['dubai-pay-error']) => {
          outcome.value = `${TEXT.failed.en.replace('{message}', event.detail.message.en)} ${TEXT.failed.ar.replace('{message}', event.detail.message.ar)}`;
        },
      }),
      h('p', { id: 'outcome', role: 'status' }, outcome.value),
    ]);
});

createApp(App).mount('#app');
