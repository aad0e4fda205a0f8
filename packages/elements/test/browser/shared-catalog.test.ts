import { expect } from 'chai';
// The kiosk bundle's entry first: it defines <dubai-pay> as the kiosk element, and <dubai-pay-services>.
import '../../src/kiosk/define-kiosk.ts';
import type { CheckoutController, DubaiPayElement, DubaiPayServicesElement } from '@dubai-pay/elements';
import { GATEWAY, mount, PUBLISHABLE_KEY, shadow, unmountAll, until } from './support.ts';

/** The page's requests to the gateway (`METHOD /path`), counted through the page's fetch (the client's ky calls it). */
const requests: string[] = [];
const pageFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
  if (url.startsWith(GATEWAY)) requests.push(`${method.toUpperCase()} ${new URL(url).pathname}`);
  return pageFetch(input, init);
};
const asked = (request: string) => requests.filter((r) => r === request).length;

const part = (element: HTMLElement, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const clientOf = (element: DubaiPayElement) => (element as unknown as { checkout: CheckoutController }).checkout.client;

afterEach(unmountAll);

describe('one catalog for the page', () => {
  it('a kiosk loads the catalog once, not once per customer; a checkout reset for the next customer does not start over as it goes', async function () {
    this.timeout(90_000);
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    const services = document.createElement('dubai-pay-services') as DubaiPayServicesElement;
    services.gateway = GATEWAY;
    services.publishableKey = PUBLISHABLE_KEY;
    services.setAttribute('mode', 'kiosk');
    services.setAttribute('idle-timeout', '10');
    wrapper.append(services);
    document.body.append(wrapper);
    await until(() => part(services, 'entity'));
    for (let customer = 1; customer <= 3; customer++) {
      const field = part(services, 'search') as HTMLInputElement;
      field.value = 'good conduct';
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const chosen = await until(() => [...shadow(services).querySelectorAll<HTMLElement>('[part="service"]')].find((b) => b.textContent!.includes('Good conduct certificate')));
      chosen.click();
      const checkout = await until(() => shadow(services).querySelector('dubai-pay'));
      await until(() => shadow(checkout).querySelector('#input-emirates_id'));
      if (customer === 3) break;
      // Left idle: the checkout resets for the next customer and the service browser takes it away.
      // Counted from the reset itself: the checkout would start over right after its event.
      let atReset = -1;
      checkout.addEventListener('dubai-pay-idle-reset', () => (atReset = requests.length));
      await until(() => atReset >= 0, 15_000);
      await until(() => !shadow(services).querySelector('dubai-pay') && part(services, 'entity'));
      await sleep(1_000);
      expect(requests.slice(atReset), 'nothing is asked for the checkout taken away (it does not start over)').to.deep.equal([]);
      expect(checkout.isConnected, 'the checkout is gone').to.equal(false);
    }
    expect([asked('GET /v1/catalog/services'), asked('GET /v1/catalog/entities')], 'the list and the entities, once for three customers').to.deep.equal([1, 1]);
    expect(asked('GET /v1/catalog/services/police-good-conduct'), 'the chosen service is read from the page’s catalog').to.equal(0);
    expect(asked('POST /v1/quotes'), 'no quote before the customer has typed the inputs').to.equal(0);
  });

  it('a second <dubai-pay> on the page reads the same catalog, and has sessions of its own', async () => {
    const first = await mount({ service: 'police-good-conduct' });
    await until(() => shadow(first).querySelector('#input-emirates_id'));
    const before = requests.length;
    const second = await mount({ service: 'police-good-conduct' });
    await until(() => shadow(second).querySelector('#input-emirates_id'));
    const catalogAsks = requests.slice(before).filter((r) => r.startsWith('GET /v1/catalog/'));
    expect(catalogAsks, 'nothing of the catalog asked again').to.deep.equal([]);
    // What is about a customer is each checkout's own: its quotes' and sessions' memory, its 3-D Secure.
    const [a, b] = [clientOf(first)!, clientOf(second)!];
    expect(a !== b && a.sessions !== b.sessions && a.actions !== b.actions, 'sessions of its own').to.equal(true);
  });
});
