import { expect } from 'chai';
import type { DubaiPayElement } from '@dubai-pay/elements';
import { collect, mount, shadow, typeCard, unmountAll, until } from './support.ts';

// The receipt as the customer reads it, in both languages.

afterEach(unmountAll);

const part = (element: HTMLElement, name: string) => shadow(element).querySelector<HTMLElement>(`[part="${name}"]`);

/** Pays the good conduct certificate (with the agency's reference) by card and returns the element showing its receipt. */
async function paidReceipt(lang: 'en' | 'ar', reference = 'APP-2026-0042'): Promise<DubaiPayElement> {
  const element = await mount({ service: 'police-good-conduct', inputs: 'emirates_id=784199012345671', reference }, lang);
  const events = collect(element, 'dubai-pay-success');
  await typeCard(element, { number: '4242424242424242' });
  await until(() => element.readyToPay);
  part(element, 'pay-button')!.click();
  await until(() => events.length === 1 && part(element, 'receipt'));
  return element;
}

/** How far each value is from its label's side: 0 when it starts where values start (right in Arabic, left in English). */
function offsets(dl: Element): [string, number][] {
  const rtl = getComputedStyle(dl).direction === 'rtl';
  return [...dl.querySelectorAll('dd')].map((dd) => {
    const range = document.createRange();
    range.selectNodeContents(dd);
    const value = range.getBoundingClientRect();
    const cell = dd.getBoundingClientRect();
    return [dd.textContent!.trim(), Math.round(rtl ? cell.right - value.right : value.left - cell.left)];
  });
}

describe('<dubai-pay> receipt', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`every value sits by its label, Latin ones too (receipt number, method, reference) (${lang})`, async () => {
      const element = await paidReceipt(lang);
      const dl = part(element, 'receipt')!.querySelector('dl')!;
      expect(getComputedStyle(dl).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      const all = offsets(dl);
      expect(all.length).to.be.greaterThan(5);
      expect(all.filter(([, offset]) => Math.abs(offset) > 2)).to.deep.equal([]);
      // Latin values keep their own order inside Arabic: isolated, not the whole cell turned LTR.
      for (const dd of dl.querySelectorAll('dd')) expect(getComputedStyle(dd).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      const number = [...dl.querySelectorAll('dd')][0]!.querySelector('bdi')!;
      expect([number.dir, getComputedStyle(number).unicodeBidi]).to.deep.equal(['ltr', 'isolate']);
    });
  }

  for (const lang of ['ar', 'en'] as const) {
    it(`says the time in Dubai with its zone, the authorisation code and what the payer typed (${lang})`, async () => {
      const element = await paidReceipt(lang);
      const rows = new Map([...part(element, 'receipt')!.querySelectorAll('dt')].map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()]));
      const issued = new Date(String((element as unknown as { checkout: { receipt: { issuedAt: string } } }).checkout.receipt.issuedAt));
      // Dubai is UTC+4 all year; this browser's own zone is whatever the machine's is.
      const hour = (issued.getUTCHours() + 4) % 24;
      const clock = `${hour % 12 || 12}:${String(issued.getUTCMinutes()).padStart(2, '0')}`;
      const time = rows.get(lang === 'ar' ? 'التاريخ والوقت' : 'Date and time')!;
      expect(time).to.include(clock);
      expect(time.endsWith(lang === 'ar' ? ' بتوقيت الإمارات' : ' GST'), time).to.equal(true);
      expect(rows.get(lang === 'ar' ? 'رمز التفويض' : 'Authorisation code')).to.match(/^[A-Z2-9]{6}$/);
      expect(rows.get(lang === 'ar' ? 'رقم الهوية الإماراتية' : 'Emirates ID number')).to.equal('784199012345671');
      expect(rows.get(lang === 'ar' ? 'الرقم المرجعي' : 'Reference')).to.equal('APP-2026-0042');
    });
  }

  for (const lang of ['ar', 'en'] as const) {
    it(`at 320 px nothing runs past the receipt's card: long numbers and references wrap (${lang})`, async () => {
      const element = await paidReceipt(lang, 'APP-2026-000000000000000042-RENEWAL-OF-A-GOOD-CONDUCT-CERTIFICATE');
      element.style.inlineSize = '320px';
      element.style.display = 'block';
      const base = part(element, 'base')!;
      const inner = base.getBoundingClientRect();
      const padding = Number.parseFloat(getComputedStyle(base).paddingInlineStart);
      const receipt = part(element, 'receipt')!;
      const past = [...receipt.querySelectorAll('dt, dd, bdi, li, span, button, p')].filter((node) => {
        const rect = node.getBoundingClientRect();
        return rect.width > 0 && (rect.left < inner.left + padding - 1 || rect.right > inner.right - padding + 1);
      });
      expect(
        past.map((node) => node.textContent!.trim().slice(0, 40)),
        'nothing past the padding',
      ).to.deep.equal([]);
      expect(base.scrollWidth <= base.clientWidth, 'no horizontal overflow').to.equal(true);
    });
  }
});
