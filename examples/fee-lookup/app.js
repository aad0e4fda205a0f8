// Fee lookup and payment with the headless client, on a plain page with no build step.
// Everything shown comes from the gateway; the page only formats it. Text is always set with
// textContent (never as HTML), and the page runs under a CSP that enforces Trusted Types.
import { BANKS, createClient, formatAmount } from '/vendor/dubai-pay-core.js';
import config from '/config.js';

const client = createClient({ gateway: config.gateway, publishableKey: config.publishableKey });

const TEXT = {
  en: {
    title: 'Pay a government fee',
    note: 'Sandbox demo of @dubai-pay/core. Card details are only ever typed in the gateway’s hosted fields; this page pays with the sandbox’s test payment methods.',
    findTitle: '1. Find the service',
    entity: 'Entity',
    allEntities: 'All entities',
    search: 'Search services',
    noResults: 'No service matches.',
    getFees: 'Show the fees',
    quoteTitle: '2. What you owe',
    item: 'Item',
    qty: 'Qty',
    amount: 'Amount',
    total: 'Total',
    expires: 'These fees are valid until {time}.',
    testCard: 'Test payment method',
    pay: 'Pay {amount}',
    paying: 'Paying…',
    paid: 'Payment received',
    receiptNumber: 'Receipt number',
    paidAt: 'Paid on',
    paidWith: 'Paid with',
    timeInDubai: '{time} GST',
    edirham: 'e-Dirham',
    payAnother: 'Pay another fee',
    needsAction: 'This payment method needs 3-D Secure or bank approval, which this page does not run.',
    switchTo: 'العربية',
  },
  ar: {
    title: 'دفع رسوم حكومية',
    note: 'عرض تجريبي لـ \u2068@dubai-pay/core\u2069. لا تُدخل بيانات البطاقة إلا في الحقول المستضافة لدى بوابة الدفع؛ تدفع هذه الصفحة بوسائل الدفع التجريبية.',
    findTitle: '1. ابحث عن الخدمة',
    entity: 'الجهة',
    allEntities: 'جميع الجهات',
    search: 'ابحث في الخدمات',
    noResults: 'لا توجد خدمة مطابقة.',
    getFees: 'اعرض الرسوم',
    quoteTitle: '2. المبلغ المستحق',
    item: 'البند',
    qty: 'الكمية',
    amount: 'المبلغ',
    total: 'الإجمالي',
    expires: 'هذه الرسوم صالحة حتى {time}.',
    testCard: 'وسيلة دفع تجريبية',
    pay: 'ادفع {amount}',
    paying: 'جارٍ الدفع…',
    paid: 'تم استلام الدفعة',
    receiptNumber: 'رقم الإيصال',
    paidAt: 'تاريخ الدفع',
    paidWith: 'وسيلة الدفع',
    timeInDubai: '{time} بتوقيت الإمارات',
    edirham: 'الدرهم الإلكتروني',
    payAnother: 'ادفع رسومًا أخرى',
    needsAction: 'تتطلب وسيلة الدفع هذه التحقق الآمن أو موافقة البنك، وهو ما لا تشغّله هذه الصفحة.',
    switchTo: 'English',
  },
};

const state = { locale: 'en', entities: [], service: null, quote: null, session: null, fieldErrors: {} };
const $ = (id) => document.getElementById(id);
const t = (key, values = {}) => TEXT[state.locale][key].replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
const local = (text) => text[state.locale];
const element = (tag, props = {}, children = []) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

function setLocale(locale) {
  state.locale = locale;
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  const toggle = $('language');
  toggle.textContent = t('switchTo');
  toggle.lang = locale === 'ar' ? 'en' : 'ar';
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = t(node.dataset.text);
  renderEntities();
  void renderServices();
  renderDetails();
  renderQuote();
  renderReceipt();
  renderError(state.error);
}

function renderEntities() {
  const select = $('entity');
  const current = select.value;
  select.replaceChildren(element('option', { value: '', textContent: t('allEntities') }), ...state.entities.map((e) => element('option', { value: e.id, textContent: local(e.name) })));
  select.value = current;
}

let searchRun = 0;
async function renderServices() {
  const run = ++searchRun;
  const services = await client.fees.search($('query').value, { entity: $('entity').value || undefined, limit: 12 });
  if (run !== searchRun) return; // a newer keystroke won
  const list = $('services');
  list.replaceChildren(
    ...(services.length === 0
      ? [element('li', { className: 'muted', textContent: t('noResults') })]
      : services.map((service) =>
          element('li', {}, [
            element('button', { type: 'button', className: 'service', textContent: local(service.name), onclick: () => chooseService(service) }),
          ]),
        )),
  );
}

function chooseService(service) {
  state.service = service;
  state.quote = null;
  state.session = null;
  state.fieldErrors = {};
  showError(null);
  renderDetails();
  renderQuote();
  renderReceipt();
  if (service.inputs.length === 0) void getQuote();
  else $('details').querySelector('input')?.focus();
}

function renderDetails() {
  const service = state.service;
  $('details').hidden = !service;
  if (!service) return;
  $('service-name').textContent = local(service.name);
  $('service-description').textContent = service.description ? local(service.description) : '';
  const fields = $('fields');
  const values = Object.fromEntries([...fields.querySelectorAll('input')].map((i) => [i.name, i.value]));
  fields.replaceChildren(
    ...service.inputs.map((input) => {
      const id = `input-${input.name}`;
      const error = state.fieldErrors[input.name];
      const field = element('input', {
        id,
        name: input.name,
        required: input.required,
        value: values[input.name] ?? '',
        inputMode: input.kind === 'integer' || input.kind === 'digits' ? 'numeric' : 'text',
        autocomplete: 'off',
        dir: 'ltr',
      });
      if (input.kind === 'integer') Object.assign(field, { type: 'number', min: String(input.min ?? 1), max: String(input.max ?? '') });
      // The error is read with the field: aria-errormessage names it (axe requires it to be among
      // the descriptions or a live region), aria-describedby reads it where errormessage is not supported.
      const described = [input.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
      if (described) field.setAttribute('aria-describedby', described);
      if (error) {
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-errormessage', `${id}-error`);
      }
      return element('div', { className: 'field' }, [
        element('label', { htmlFor: id, textContent: local(input.label) }),
        field,
        ...(input.hint ? [element('small', { id: `${id}-hint`, className: 'muted', textContent: local(input.hint) })] : []),
        ...(error ? [element('small', { id: `${id}-error`, className: 'error', textContent: error })] : []),
      ]);
    }),
  );
}

async function getQuote() {
  const inputs = Object.fromEntries([...$('fields').querySelectorAll('input')].map((i) => [i.name, i.value]));
  const { quote, error } = await client.fees.quote({ service: state.service.id, inputs });
  state.fieldErrors = {};
  if (error) {
    for (const issue of error.issues) if (issue.path.startsWith('inputs.')) state.fieldErrors[issue.path.slice(7)] = local(error.messages);
    renderDetails();
    return showError(error);
  }
  showError(null);
  state.quote = quote;
  state.session = null;
  renderQuote();
  $('quote-title').scrollIntoView({ block: 'nearest' });
}

function renderQuote() {
  const quote = state.quote;
  $('quote').hidden = !quote;
  if (!quote) return;
  $('items').replaceChildren(
    ...quote.items.map((item) =>
      element('tr', {}, [
        element('td', { textContent: local(item.description) }),
        element('td', { className: 'ltr', textContent: String(item.quantity) }),
        element('td', { className: 'money', textContent: formatAmount(item.amount, state.locale) }),
      ]),
    ),
  );
  $('total').textContent = formatAmount(quote.total, state.locale);
  const time = new Intl.DateTimeFormat(state.locale === 'ar' ? 'ar-AE-u-nu-latn' : 'en-AE', { timeStyle: 'short' }).format(new Date(quote.expiresAt));
  $('expires').textContent = t('expires', { time });
  const select = $('method');
  const chosen = select.value;
  select.replaceChildren(...config.testPaymentMethods.map((m) => element('option', { value: m.token, textContent: local(m.label) })));
  if (chosen) select.value = chosen;
  $('pay').textContent = t('pay', { amount: formatAmount(quote.total, state.locale) });
}

async function pay() {
  const button = $('pay');
  button.disabled = true;
  button.textContent = t('paying');
  try {
    // One session per quote; a declined attempt keeps it open for another method.
    if (!state.session) {
      const opened = await client.sessions.createFromQuote(state.quote.id, { channel: 'web' });
      if (opened.error) return showError(opened.error);
      state.session = opened.session;
    }
    const { session, error } = await client.sessions.confirm(state.session.clientSecret, { paymentMethod: $('method').value });
    state.session = session;
    if (error) return showError(error);
    if (session.status === 'requires_action') return showError({ messages: { en: TEXT.en.needsAction, ar: TEXT.ar.needsAction } });
    showError(null);
    renderReceipt();
    $('receipt').focus();
  } catch (error) {
    showError(error.messages ? error : { messages: { en: String(error), ar: String(error) } });
  } finally {
    button.disabled = false;
    if (state.quote) button.textContent = t('pay', { amount: formatAmount(state.quote.total, state.locale) });
  }
}

function renderReceipt() {
  const receipt = state.session?.status === 'succeeded' ? state.session.receipt : null;
  $('receipt').hidden = !receipt;
  $('find').hidden = Boolean(receipt);
  $('details').hidden = Boolean(receipt) || !state.service;
  $('quote').hidden = Boolean(receipt) || !state.quote;
  if (!receipt) return;
  $('receipt-number').textContent = receipt.number;
  // Dubai time, with its zone said, whatever the device's zone (as the checkout's receipt).
  const time = new Intl.DateTimeFormat(state.locale === 'ar' ? 'ar-AE-u-nu-latn' : 'en-AE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Dubai' }).format(new Date(receipt.issuedAt));
  $('receipt-time').textContent = t('timeInDubai', { time });
  const method = receipt.paymentMethod;
  $('receipt-method').textContent = method.type === 'card' ? `${method.brand.toUpperCase()} •••• ${method.last4}` : method.type === 'edirham' ? `${t('edirham')} •••• ${method.last4}` : (BANKS[method.bank]?.[state.locale] ?? method.bank);
  $('receipt-total').textContent = formatAmount(receipt.amount, state.locale);
}

function showError(error) {
  state.error = error;
  renderError(error);
}

function renderError(error) {
  const box = $('error');
  box.hidden = !error;
  box.textContent = error ? local(error.messages) : '';
}

$('language').addEventListener('click', () => setLocale(state.locale === 'en' ? 'ar' : 'en'));
$('entity').addEventListener('change', () => void renderServices());
$('query').addEventListener('input', () => void renderServices());
$('inputs').addEventListener('submit', (event) => {
  event.preventDefault();
  void getQuote();
});
$('pay').addEventListener('click', () => void pay());
$('again').addEventListener('click', () => {
  Object.assign(state, { service: null, quote: null, session: null });
  renderReceipt();
  renderDetails();
  $('query').focus();
});

state.entities = await client.fees.entities();
setLocale(new URLSearchParams(location.search).get('lang') === 'ar' ? 'ar' : 'en');
