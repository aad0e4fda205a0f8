import { expect } from 'chai';
import { BACKSPACE_SIGN, type Locale } from '@dubai-pay/contract';
import { HostedFields, type HostedFieldsOptions } from '@dubai-pay/core';

// The hosted fields frame's own code (main.ts, form.ts, the kiosk keypad) in an iframe, driven by
// core's HostedFields as a checkout drives it. The frame's page comes from the test runner on this
// page's origin (packages/frame/test/browser/fields.html, the sources of what the sandbox serves
// built) so that the test can read the frame's document: what is focused, aria-invalid, the
// error text. Every message still goes through both sides' checks of origin, window, channel
// and shape.

const PAGE = '/packages/frame/test/browser/fields.html';

interface Mounted {
  fields: HostedFields;
  iframe: HTMLIFrameElement;
  doc: Document;
  activity: () => number;
}

async function until<T>(check: () => T | undefined | null | false, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function mountFields(options: Partial<HostedFieldsOptions> = {}): Promise<Mounted> {
  const iframe = document.createElement('iframe');
  iframe.style.inlineSize = '420px';
  iframe.style.blockSize = '720px';
  let activity = 0;
  let ready: () => void = () => {};
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const fields = new HostedFields({
    gateway: `${location.origin}/v1`,
    publishableKey: 'pk_test_demo',
    method: 'card',
    payment: 'qt_harness123',
    locale: 'en',
    frameWindow: () => iframe.contentWindow,
    onReady: () => ready(),
    onActivity: () => activity++,
    ...options,
  });
  iframe.src = `${PAGE}${new URL(fields.url).search}`;
  document.body.append(iframe);
  await isReady;
  return { fields, iframe, doc: iframe.contentDocument!, activity: () => activity };
}

/** Puts text into a field of the frame as a paste does: the frame's own input handling formats and checks it. */
function paste(input: HTMLInputElement, text: string): void {
  input.focus();
  input.value = text;
  input.setSelectionRange(text.length, text.length);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}

/** The text of the elements an input's aria-describedby names, in order. */
function description(input: HTMLInputElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => input.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
}

afterEach(() => {
  for (const node of [...document.body.children]) if (node.tagName === 'IFRAME') node.remove();
});

describe('hosted fields: showProblems() when Pay is pressed with details missing (WCAG 3.3.1)', () => {
  const expected: Record<Locale, { cvc: string; number: string }> = {
    en: { cvc: 'Enter the security code (CVC).', number: 'Enter the card number.' },
    ar: { cvc: 'أدخل رمز الأمان (CVC).', number: 'أدخل رقم البطاقة.' },
  };

  for (const locale of ['en', 'ar'] as const) {
    it(`marks the empty CVC invalid, tells what to enter, and focuses it (${locale})`, async () => {
      const { fields, iframe, doc } = await mountFields({ locale });
      const input = (key: string) => doc.querySelector<HTMLInputElement>(`#dp-${key}`)!;
      paste(input('number'), '4242424242424242');
      paste(input('expiry'), '12/34');
      expect(input('cvc').getAttribute('aria-invalid')).to.equal('false');
      // As the checkout does: the iframe gets focus first, so that the frame may move it.
      iframe.focus();
      fields.showProblems();
      await until(() => input('cvc').getAttribute('aria-invalid') === 'true');
      expect(description(input('cvc'))).to.contain(expected[locale].cvc);
      const error = doc.getElementById(`${input('cvc').id}-error`)!;
      expect(error.textContent).to.equal(expected[locale].cvc);
      expect(error.getBoundingClientRect().height, 'the message is shown').to.be.greaterThan(0);
      // Ids, not elements: chai would print a whole DOM into a failure.
      expect(doc.activeElement?.id, 'focus on the first field with a problem').to.equal('dp-cvc');
      expect(document.activeElement === iframe, 'the iframe has the focus').to.equal(true);
      // The complete fields and the optional name are not marked.
      for (const key of ['number', 'expiry', 'name']) expect(input(key).getAttribute('aria-invalid'), key).to.equal('false');
    });
  }

  it('marks every empty required field and focuses the first', async () => {
    const { fields, iframe, doc } = await mountFields();
    const input = (key: string) => doc.querySelector<HTMLInputElement>(`#dp-${key}`)!;
    iframe.focus();
    fields.showProblems();
    await until(() => doc.activeElement?.id === 'dp-number');
    expect(['number', 'expiry', 'cvc', 'name'].map((key) => input(key).getAttribute('aria-invalid'))).to.deep.equal(['true', 'true', 'true', 'false']);
    expect(description(input('number'))).to.contain(expected.en.number);
  });

  it('a decline about one detail (a wrong PIN) marks that field alone, with its message, and leaves focus where it is', async () => {
    const { fields, doc } = await mountFields({ method: 'edirham', locale: 'ar' });
    const input = (key: string) => doc.querySelector<HTMLInputElement>(`#dp-${key}`)!;
    await until(() => input('pin'));
    paste(input('edirhamNumber'), '7840000000000009');
    paste(input('pin'), '1234');
    input('edirhamNumber').focus();
    fields.showProblems('incorrect_pin');
    await until(() => input('pin').getAttribute('aria-invalid') === 'true');
    expect(description(input('pin'))).to.contain('الرقم السري');
    expect(input('edirhamNumber').getAttribute('aria-invalid')).to.equal('false');
    expect(doc.activeElement?.id, 'focus not moved').to.equal('dp-edirhamNumber');
  });

  it('marks a field emptied as it is left; one only passed through (Tab to look around) stays unmarked until Pay', async () => {
    const { doc } = await mountFields();
    const input = (key: string) => doc.querySelector<HTMLInputElement>(`#dp-${key}`)!;
    input('number').focus();
    input('expiry').focus();
    expect(input('number').getAttribute('aria-invalid'), 'passed through').to.equal('false');
    paste(input('number'), '42');
    paste(input('number'), '');
    input('expiry').focus();
    expect(input('number').getAttribute('aria-invalid'), 'emptied').to.equal('true');
    expect(description(input('number'))).to.contain(expected.en.number);
    input('name').focus();
    input('cvc').focus();
    expect(input('name').getAttribute('aria-invalid')).to.equal('false');
  });
});

describe('hosted fields: the kiosk keypad inside the frame', () => {
  it('a key tap is activity for the parent, as typing is (a kiosk idle timer starts over, WCAG 2.2.1)', async () => {
    const { doc, activity } = await mountFields({ keypad: true });
    const key = (name: string) => doc.querySelector<HTMLButtonElement>(`.dp-keypad button[data-key="${name}"]`)!;
    await until(() => key('4'));
    for (const name of ['4', 'backspace', 'clear']) {
      // The frame reports at most once a second: wait that long before each tap.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const before = activity();
      key(name).click();
      await until(() => activity() > before);
    }
    key('4').click();
    expect(doc.querySelector<HTMLInputElement>('#dp-number')!.value).to.equal('4');
  });

  /** The words of a text, for "the name contains the visible label" (WCAG 2.5.3): "C" is not in "Clear". */
  const words = (text: string) => ` ${text.toLowerCase().split(/\s+/).filter(Boolean).join(' ')} `;

  it('names each key with the text it shows, in English and in Arabic (WCAG 2.5.3)', async () => {
    const { fields, doc } = await mountFields({ keypad: true });
    const check = async (lang: Locale, clear: string, backspace: string) => {
      await until(() => doc.querySelector('.dp-keypad')?.getAttribute('aria-label') === (lang === 'en' ? 'Number keypad' : 'لوحة الأرقام'));
      const keys = [...doc.querySelectorAll<HTMLButtonElement>('.dp-keypad button')];
      expect(keys.length).to.equal(12);
      for (const key of keys) {
        // What is shown, less the backspace sign (a picture, not text); the name as a screen reader computes it here.
        const shown = key.textContent!.replace(BACKSPACE_SIGN, '').trim();
        const hidden = [...key.querySelectorAll('[aria-hidden="true"]')].map((node) => node.textContent ?? '');
        const name = key.getAttribute('aria-label') ?? hidden.reduce((text, part) => text.replace(part, ''), key.textContent ?? '').trim();
        expect(shown, key.dataset['key']).not.to.equal('');
        expect(words(name), key.dataset['key']).to.contain(words(shown));
      }
      expect(doc.querySelector<HTMLButtonElement>('[data-key="clear"]')!.textContent!.trim()).to.equal(clear);
      expect(doc.querySelector<HTMLButtonElement>('[data-key="backspace"]')!.textContent!.replace(BACKSPACE_SIGN, '').trim()).to.equal(backspace);
    };
    await check('en', 'Clear', 'Delete');
    // A language change redraws the keypad in that language.
    fields.configure('ar');
    await check('ar', 'مسح', 'حذف');
  });
});

describe('hosted fields: a frame already in the page (server-rendered) is taken over', () => {
  it('says ready again when the new listener greets it, with where its fields stand', async () => {
    // The frame loads and says ready with nobody to hear it (the page's script has not run yet)...
    const first = await mountFields();
    first.fields.destroy();
    paste(first.doc.querySelector<HTMLInputElement>('input[autocomplete="cc-number"]')!, '4242 4242 4242 4242');
    // ...then the checkout starts, with the frame's URL and channel: it asks, the frame answers.
    let readyHeight: number | undefined = -1;
    let empty: boolean | undefined;
    const taken = new HostedFields({
      gateway: `${location.origin}/v1`,
      publishableKey: 'pk_test_demo',
      method: 'card',
      payment: 'qt_harness123',
      locale: 'en',
      frameWindow: () => first.iframe.contentWindow,
      prerendered: { url: first.fields.url, channel: first.fields.channel },
      onReady: (height) => (readyHeight = height),
      onChange: (state) => (empty = state.empty),
    });
    try {
      expect(taken.prerendered).to.equal(true);
      expect(taken.channel).to.equal(first.fields.channel);
      expect(taken.url).to.equal(first.fields.url);
      await until(() => taken.ready);
      expect(readyHeight, 'the frame told its height again').to.be.greaterThan(0);
      await until(() => empty === false);
    } finally {
      taken.destroy();
    }
  });

  it('a frame greeted on another channel stays silent', async () => {
    const first = await mountFields();
    first.fields.destroy();
    const stranger = new HostedFields({
      gateway: `${location.origin}/v1`,
      publishableKey: 'pk_test_demo',
      method: 'card',
      payment: 'qt_harness123',
      locale: 'en',
      frameWindow: () => first.iframe.contentWindow,
      prerendered: { url: first.fields.url, channel: 'another-channel-0123' },
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(stranger.ready, 'no ready for a channel the frame was not made with').to.equal(false);
    } finally {
      stranger.destroy();
    }
  });
});
