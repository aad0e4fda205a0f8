import { expect } from 'chai';
// The kiosk bundle's entry first: it defines <dubai-pay> as the kiosk element (support.ts's define then finds it taken).
import '../../src/kiosk/define-kiosk.ts';
import type { DubaiPayElement } from '@dubai-pay/elements';
import { collect, mount, openSession, shadow, typeCard, unmountAll, until } from './support.ts';

const part = (element: HTMLElement, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const key = (element: HTMLElement, label: string) =>
  [...shadow(element).querySelectorAll<HTMLButtonElement>('[part="keypad-key"]')].find((k) => k.getAttribute('aria-label') === label)!;

async function kiosk(attributes: Record<string, string> = {}): Promise<{ element: DubaiPayElement; input: HTMLInputElement }> {
  const element = await mount({ mode: 'kiosk', service: 'police-good-conduct', ...attributes });
  const input = await until(() => shadow(element).querySelector<HTMLInputElement>('#input-emirates_id'));
  return { element, input };
}

afterEach(unmountAll);

describe('<dubai-pay mode="kiosk">', () => {
  it('types with its keypad at the caret, never opening the system keyboard, in both languages', async () => {
    const { element, input } = await kiosk();
    expect(input.inputMode).to.equal('none');
    input.focus();
    for (const digit of ['7', '8', '4', '1']) key(element, digit).click();
    expect(input.value).to.equal('7841');
    key(element, 'Delete').click();
    expect([input.value, input.selectionStart]).to.deep.equal(['784', 3]);
    input.setSelectionRange(0, 0);
    key(element, '9').click();
    expect(input.value).to.equal('9784');
    expect(shadow(element).activeElement, 'the field keeps the focus').to.equal(input);
    // Switching the language: the event for the page, the keypad's labels in Arabic, the value kept.
    const switched = collect(element, 'dubai-pay-locale-change');
    part(element, 'language-button')!.click();
    await until(() => part(element, 'keypad')?.getAttribute('aria-label') === 'لوحة الأرقام');
    expect(switched.map((e) => e.detail.locale)).to.deep.equal(['ar']);
    key(element, 'مسح').click();
    expect(input.value).to.equal('');
  });

  it('3-D Secure: the challenge (EMV 05) is the whole screen below a compact head, has focus, and gives it back', async () => {
    const session = await openSession();
    const element = await mount({ mode: 'kiosk', 'client-secret': session.client_secret });
    await typeCard(element, { number: '4000000000003063' });
    const pay = await until(() => (!(part(element, 'pay-button') as HTMLButtonElement).disabled ? part(element, 'pay-button') : null));
    pay.click();
    const frame = await until(() => shadow(element).querySelector<HTMLIFrameElement>('iframe[part="three-ds-frame"]'));
    const dialog = part(element, 'challenge-dialog')!;
    expect(dialog.dataset.size).to.equal('05');
    // The viewport without any page scrollbar: what a modal dialog's insets are measured in.
    const { clientWidth: width, clientHeight: height } = document.documentElement;
    const round = (box: DOMRect) => [box.left, box.top, box.right, box.bottom].map(Math.round);
    expect(round(dialog.getBoundingClientRect())).to.deep.equal([0, 0, width, height]);
    await until(() => frame.getBoundingClientRect().height > 300);
    const [left, top, right, bottom] = round(frame.getBoundingClientRect());
    expect([left, right, bottom]).to.deep.equal([0, width, height]);
    expect(top).to.be.within(40, 100, 'a compact head (kiosk type) above the bank’s page');
    // The page gives the frame focus once the gateway's container is ready.
    await until(() => shadow(element).activeElement === frame);
    // Stopped: the frame goes; focus goes to the reason, not to nowhere.
    part(element, 'challenge-cancel-button')!.click();
    (await until(() => part(element, 'challenge-stop-button'))).click();
    const error = await until(() => part(element, 'error'));
    await until(() => shadow(element).activeElement === error);
    expect(part(element, 'challenge-dialog')).to.equal(null);
  });

  it('left idle: warns with a countdown, then wipes what was typed and starts over', async () => {
    const { element, input } = await kiosk({ 'idle-timeout': '10' });
    const resets = collect(element, 'dubai-pay-idle-reset');
    input.focus();
    for (const digit of ['7', '8', '4']) key(element, digit).click();
    const warning = await until(() => part(element, 'idle-warning'), 12_000);
    expect(warning.getAttribute('role')).to.equal('alert');
    expect(warning.textContent).to.match(/Starting over in \d+ s/);
    await until(() => resets.length === 1, 8_000);
    const fresh = await until(() => shadow(element).querySelector<HTMLInputElement>('#input-emirates_id'));
    expect(fresh.value).to.equal('');
    expect(part(element, 'idle-warning')).to.equal(null);
  });
});
