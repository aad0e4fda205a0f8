import { expect } from 'chai';
// The kiosk bundle's entry first: it defines <dubai-pay> as the kiosk element (support.ts's define then finds it taken).
import '../../src/kiosk/define-kiosk.ts';
import type { DubaiPayElement } from '@dubai-pay/elements';
import { collect, mount, shadow, unmountAll, until } from './support.ts';

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
