import { expect } from 'chai';
import { DubaiPayServicesElement } from '@dubai-pay/elements';
import { GATEWAY, PUBLISHABLE_KEY, collect, shadow, unmountAll, until } from './support.ts';

if (!customElements.get('dubai-pay-services')) customElements.define('dubai-pay-services', DubaiPayServicesElement);

async function mountServices(lang: string): Promise<DubaiPayServicesElement> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const element = document.createElement('dubai-pay-services') as DubaiPayServicesElement;
  element.gateway = GATEWAY;
  element.publishableKey = PUBLISHABLE_KEY;
  wrapper.append(element);
  document.body.append(wrapper);
  await until(() => shadow(element).querySelector('[part="entity"]'));
  return element;
}

const parts = (element: HTMLElement, name: string) => [...shadow(element).querySelectorAll<HTMLElement>(`[part="${name}"]`)];
const status = (element: HTMLElement) => shadow(element).querySelector('[role="status"]')?.textContent?.trim() ?? '';

async function search(element: DubaiPayServicesElement, query: string): Promise<void> {
  const field = shadow(element).querySelector<HTMLInputElement>('[part="search"]')!;
  field.value = query;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await until(() => status(element) !== '' && !/Loading|جارٍ/.test(status(element)));
}

afterEach(unmountAll);

describe('<dubai-pay-services>', () => {
  it('finds a service by its Arabic keywords, says how many, and opens the checkout for the one chosen', async () => {
    const element = await mountServices('ar');
    expect(shadow(element).querySelector('div')?.getAttribute('dir')).to.equal('rtl');
    const events = collect(element, 'dubai-pay-service-select');
    await search(element, 'حسن سيرة');
    const found = parts(element, 'service');
    expect(found.length).to.be.greaterThan(0);
    // Counted by Arabic plural rules: two is a word of its own, 3–10 "خدمات", 11–99 "خدمة".
    const said = { 1: 'وُجدت خدمة واحدة', 2: 'وُجدت خدمتان' }[found.length] ?? `وُجدت ${found.length} ${found.length % 100 >= 3 && found.length % 100 <= 10 ? 'خدمات' : 'خدمة'}`;
    expect(status(element)).to.equal(said);
    const goodConduct = found.find((button) => button.textContent?.includes('حسن السيرة'));
    expect(goodConduct, 'the good conduct certificate is found').to.not.equal(undefined);
    goodConduct!.click();
    await until(() => events.length === 1);
    expect(events[0]!.detail).to.deep.equal({ serviceId: 'police-good-conduct', entityId: 'police' });
    const checkout = await until(() => shadow(element).querySelector('dubai-pay'));
    expect([checkout.getAttribute('service'), checkout.getAttribute('locale')]).to.deep.equal(['police-good-conduct', 'ar']);
    // Back to the list: the checkout goes, the search stays.
    parts(element, 'back-button')[0]!.click();
    await until(() => !shadow(element).querySelector('dubai-pay'));
    expect(parts(element, 'service').length).to.equal(found.length);
  });

  it('counts each entity’s services by the plural rules of its language ("10 خدمات", "11 خدمة"; "10 services")', async () => {
    for (const lang of ['ar', 'en']) {
      const element = await mountServices(lang);
      const counts = parts(element, 'entity').map((button) => button.querySelector('small')!.textContent!.trim());
      expect(counts.length).to.be.greaterThan(10);
      for (const text of counts) {
        const n = Number(/\d+/.exec(text)?.[0] ?? (/واحدة/.test(text) ? 1 : /خدمتان/.test(text) ? 2 : Number.NaN));
        const expected =
          lang === 'en' ? `${n} ${n === 1 ? 'service' : 'services'}` : n === 1 ? 'خدمة واحدة' : n === 2 ? 'خدمتان' : `${n} ${n % 100 >= 3 && n % 100 <= 10 ? 'خدمات' : 'خدمة'}`;
        expect(text).to.equal(expected);
      }
      unmountAll();
    }
  });

  it('says how many were found in a status region that was there, empty, before the first search (WCAG 4.1.3)', async () => {
    const element = await mountServices('en');
    // A live region inserted together with its text is not read: this one is in the page first.
    const region = shadow(element).querySelector('[role="status"]');
    expect(region !== null, 'there before any search').to.equal(true);
    expect(region!.textContent!.trim()).to.equal('');
    await search(element, 'licence');
    expect(shadow(element).querySelector('[role="status"]') === region, 'the same element').to.equal(true);
    expect(region!.textContent!.trim()).to.equal(`${parts(element, 'service').length} services found`);
  });

  it('lists an entity’s own services only, in English, and says when nothing matches', async () => {
    const element = await mountServices('en');
    const entity = parts(element, 'entity').find((button) => button.textContent?.includes('Police'))!;
    entity.click();
    await until(() => parts(element, 'service').length > 0);
    const entityName = shadow(element).querySelector('h3')!.textContent!;
    for (const service of parts(element, 'service')) expect(service.querySelector('small')!.textContent).to.equal(entityName);
    await search(element, 'zzzz no such service');
    expect(status(element)).to.include('No service matches “zzzz no such service”');
    expect(parts(element, 'service')).to.deep.equal([]);
  });
});
