import type { ToFrameMessage } from '@dubai-pay/contract';
import { appearanceFromQuery, applyAppearance } from './appearance.ts';
import { fieldKeyOf } from './field-rules.ts';
import { FieldsForm } from './form.ts';
import { translations, type FrameStrings } from './i18n.ts';
import { ParentChannel, readFrameQuery, type FrameQuery } from './parent-channel.ts';
import { fieldOfGatewayError, summarize, type DetailsSummary } from './payment-details.ts';
import { submitDetails } from './submit.ts';
import { Tokenizer } from './tokenize.ts';

const ACTIVITY_REPORT_MS = 1000;

/**
 * The hosted fields page's script: `/frame/fields.js`, loaded by `fields.html` from the gateway's
 * origin. Without a valid query (a key, the exact embedding origin, a channel) it does nothing.
 */
function start(query: FrameQuery): void {
  const root = document.documentElement;
  const formElement = document.querySelector('form') ?? document.body.appendChild(document.createElement('form'));
  const now = () => new Date();
  let lastSummary = '';

  const reportChange = () => {
    const method = form.method ?? query.method;
    const summary: DetailsSummary = summarize(method, form.values, now());
    const key = JSON.stringify(summary);
    if (key === lastSummary) return;
    lastSummary = key;
    channel.send({ type: 'dubai-pay:change', ...summary });
  };

  const form = new FieldsForm({ form: formElement, now, onEdit: reportChange });
  // The gateway wrote into this page the proof that binds its tokens to this payment.
  const proof = document.querySelector<HTMLMetaElement>('meta[name="dubai-pay-proof"]')?.content ?? '';
  const tokenizer = new Tokenizer({ publishableKey: query.key, proof });
  // What is about to be paid, and to whom, as the gateway wrote it (a swapped payment shows here).
  const payee = document.getElementById('dp-payee');

  const show = (strings: FrameStrings, method: FrameQuery['method']) => {
    root.lang = strings.$code;
    root.dir = strings.$dir;
    document.title = strings.title;
    if (payee) payee.textContent = payee.dataset[strings.$code] ?? '';
    form.render(method, strings);
  };

  const onMessage = (message: ToFrameMessage) => {
    switch (message.type) {
      case 'dubai-pay:configure':
        show(translations[message.locale], message.method);
        applyAppearance(root, message.appearance);
        reportChange();
        break;
      case 'dubai-pay:submit':
        void submitDetails(form, tokenizer, message.request_id).then((report) => {
          channel.send(report);
          reportChange();
        });
        break;
      case 'dubai-pay:focus': {
        const key = fieldKeyOf(message.field, form.method ?? query.method);
        if (key) form.focus(key);
        break;
      }
      case 'dubai-pay:clear':
        form.clear();
        tokenizer.forget();
        reportChange();
        break;
      case 'dubai-pay:hello':
        if (announced) {
          channel.send({ type: 'dubai-pay:ready', height: channel.height });
          reportChange();
        }
        break;
      case 'dubai-pay:show-problems': {
        // A decline about one detail marks that field (without taking focus: the reason is read first).
        const declined = message.declined && fieldOfGatewayError(form.method ?? 'card', message.declined, undefined);
        if (declined) form.markInvalid(declined);
        else if (!message.declined) form.validateAll();
        break;
      }
    }
  };

  const channel = new ParentChannel({ window, parentOrigin: query.origin, channel: query.channel, onMessage });
  /** `ready` was sent: a parent that says hello later (it loaded after this frame) hears it again. */
  let announced = false;
  show(translations[query.locale], query.method);
  applyAppearance(root, appearanceFromQuery(query.appearance));
  channel.start();
  // Touches and keys inside the frame are the customer's activity too (a kiosk's idle timer
  // cannot see them from outside): told to the parent, at most once a second. A tap on the kiosk
  // keypad counts even without a pointer (a screen reader's activation): each key is an `input`.
  let lastActivity = 0;
  const activity = () => {
    if (Date.now() - lastActivity < ACTIVITY_REPORT_MS) return;
    lastActivity = Date.now();
    channel.send({ type: 'dubai-pay:activity' });
  };
  for (const type of ['pointerdown', 'keydown', 'input']) document.addEventListener(type, activity, { capture: true, passive: true });
  // Ready once the first layout is the final one: every script of the page has run (a kiosk's
  // keypad is another module, run before DOMContentLoaded) and the fonts are in. The parent shows
  // what sits below the frame only then: nothing moves under a finger on its way down.
  void pageSettled().then(() => {
    channel.send({ type: 'dubai-pay:ready', height: channel.observeHeight(document.body) });
    announced = true;
    reportChange();
  });
}

/** Resolves when the document's scripts have run and its fonts have loaded (at most a second for fonts). */
async function pageSettled(): Promise<void> {
  if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  await Promise.race([document.fonts.ready, new Promise((resolve) => setTimeout(resolve, 1000))]);
}

const query = readFrameQuery(location.search);
if (query) start(query);
