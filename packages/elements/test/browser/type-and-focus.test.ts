import { expect } from 'chai';
import '../../src/kiosk/define-kiosk.ts';
import type { DubaiPayServicesElement } from '@dubai-pay/elements';
import { GATEWAY, mount, PUBLISHABLE_KEY, shadow, unmountAll, until } from './support.ts';

// Arabic is set in an Arabic face first (system-ui first gave Firefox DejaVu Sans for Arabic), and
// headings that take focus by script show no focus ring (the kiosk's showed a box on load).

afterEach(unmountAll);

const firstFace = (element: Element) => getComputedStyle(element).fontFamily.split(',')[0]!.trim().replace(/["']/g, '');

describe('type faces by language', () => {
  it('<dubai-pay>: Noto Sans Arabic first in Arabic (by the page’s lang or its locale), system-ui first in English', async () => {
    const arabicPage = await mount({}, 'ar');
    const arabicLocale = await mount({ locale: 'ar' }, 'en');
    const englishLocale = await mount({ locale: 'en' }, 'ar');
    const english = await mount({}, 'en');
    const base = (element: HTMLElement) => shadow(element).querySelector('[part="base"]')!;
    expect([arabicPage, arabicLocale, englishLocale, english].map((e) => firstFace(base(e)))).to.deep.equal(['Noto Sans Arabic', 'Noto Sans Arabic', 'system-ui', 'system-ui']);
    // The hosted fields get the same, through the appearance forwarded to them.
    const forwarded = getComputedStyle(arabicPage).getPropertyValue('--dubai-pay-font-family').trim();
    expect(/^["']Noto Sans Arabic["']/.test(forwarded), forwarded).to.equal(true);
  });

  it('a page’s own font still wins, in Arabic too', async () => {
    const element = await mount({ style: '--dubai-pay-font-family: Georgia, serif' }, 'ar');
    expect(firstFace(shadow(element).querySelector('[part="base"]')!)).to.equal('Georgia');
  });
});

describe('headings focused by script', () => {
  it('the kiosk’s service browser: its heading shows no focus ring, on load or after a view change', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'ar';
    const element = document.createElement('dubai-pay-services') as DubaiPayServicesElement;
    element.gateway = GATEWAY;
    element.publishableKey = PUBLISHABLE_KEY;
    element.setAttribute('mode', 'kiosk');
    wrapper.append(element);
    document.body.append(wrapper);
    const entity = await until(() => shadow(element).querySelector<HTMLElement>('[part="entity"]'));
    const heading = shadow(element).querySelector<HTMLElement>('h2[tabindex="-1"]')!;
    expect(firstFace(heading)).to.equal('Noto Sans Arabic');
    heading.focus();
    expect(shadow(element).activeElement === heading, 'focused').to.equal(true);
    expect(getComputedStyle(heading).outlineStyle).to.equal('none');
    entity.click();
    const view = await until(() => shadow(element).querySelector<HTMLElement>('h3[data-view-heading]'));
    await until(() => shadow(element).activeElement === view);
    expect(getComputedStyle(view).outlineStyle).to.equal('none');
    // A control keeps its ring.
    const back = shadow(element).querySelector<HTMLElement>('[part="back-button"]')!;
    back.focus();
    if (back.matches(':focus-visible')) expect(getComputedStyle(back).outlineStyle).to.equal('solid');
  });
});
