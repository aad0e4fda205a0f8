import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { DubaiPay, DubaiPayServices } from '@dubai-pay/react';

// Server rendering, in plain Node (no DOM): the components render their tag with its plain
// attributes, never an object as a string, and define nothing (that happens in the browser).
describe('@dubai-pay/react on the server', () => {
  it('renders <dubai-pay> with attributes, not properties, and defines nothing', () => {
    const html = renderToString(
      createElement(DubaiPay, {
        id: 'checkout',
        className: 'agency-checkout',
        gateway: 'https://gateway.example/v1',
        service: 'rta-fines',
        inputs: { plate_number: 'A 12345' },
        onSuccess: () => {},
      }),
    );
    assert.match(html, /^<dubai-pay id="checkout" class="agency-checkout"><\/dubai-pay>$/);
    assert.doesNotMatch(html, /object Object|onSuccess|inputs/);
    assert.equal((globalThis as { customElements?: CustomElementRegistry }).customElements?.get('dubai-pay'), undefined);
  });

  it('renders <dubai-pay-services>', () => {
    assert.equal(renderToString(createElement(DubaiPayServices, { locale: 'ar', onServiceSelect: () => {} })), '<dubai-pay-services></dubai-pay-services>');
  });
});
