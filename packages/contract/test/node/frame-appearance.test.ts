import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { appearanceFromCss, frameAppearance } from '../../src/index.ts';

const from = (properties: Record<string, string>) => appearanceFromCss((name) => properties[name] ?? '');

describe('the appearance a page’s CSS asks for, as the frame accepts it', () => {
  const cases: [string, Record<string, string>, object][] = [
    ['nothing set: nothing sent', {}, {}],
    ['hex colours pass, spaces trimmed', { '--dubai-pay-color-text': ' #112233 ', '--dubai-pay-color-focus': '#abc' }, { color_text: '#112233', color_focus: '#abc' }],
    ['a colour that is not hex is dropped (no url(), no var())', { '--dubai-pay-color-text': 'url(x)', '--dubai-pay-color-border': 'red' }, {}],
    ['sizes are clamped to their bounds', { '--dubai-pay-radius': '99px', '--dubai-pay-font-size': '4px' }, { radius_px: 24, font_size_px: 12 }],
    ['a font list passes', { '--dubai-pay-font-family': '"Noto Sans Arabic", system-ui' }, { font_family: '"Noto Sans Arabic", system-ui' }],
    ['a font with a ; is dropped', { '--dubai-pay-font-family': 'a; color: red' }, {}],
    // The gateway's list: a family it does not show is left out, so the next in the list is used.
    ['families the gateway does not show are left out', { '--dubai-pay-font-family': "'Brand Sans', Dubai, Comic Sans MS, sans-serif" }, { font_family: 'Dubai, sans-serif' }],
    ['no family the gateway shows: nothing sent', { '--dubai-pay-font-family': 'Brand Sans' }, {}],
    [
      'the fields’ border, background and label weight',
      { '--dubai-pay-input-border-width': '2px', '--dubai-pay-input-background': '#f6f8fa', '--dubai-pay-label-font-weight': '500' },
      { input_border_width_px: 2, input_background: '#f6f8fa', label_font_weight: 500 },
    ],
    ['a weight off the scale and a border too wide', { '--dubai-pay-label-font-weight': '550', '--dubai-pay-input-border-width': '9px' }, { input_border_width_px: 4 }],
    // Sent, this once made the frame refuse the whole appearance.
    ['a font list longer than the frame takes is dropped', { '--dubai-pay-font-family': `${'a,'.repeat(150)}b` }, {}],
  ];
  for (const [name, properties, expected] of cases)
    it(name, () => {
      const appearance = from(properties);
      assert.deepEqual(appearance, expected);
      assert.ok(z.safeParse(frameAppearance, appearance).success, 'the frame accepts it');
    });

  it('whatever the CSS says, the frame accepts what is sent (200 random values)', () => {
    const names = ['color-text', 'color-background', 'radius', 'font-size', 'font-family', 'input-border-width', 'input-background', 'label-font-weight'];
    const pieces = ['#', 'fff', '12', 'px', '-', ' ', ',', '"', 'a', 'url(', ';', '9999', '٣', 'e3', 'Dubai', 'sans-serif', '500', "'"];
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 200; i++) {
      const properties: Record<string, string> = {};
      for (const name of names) properties[`--dubai-pay-${name}`] = Array.from({ length: Math.floor(next() * 120) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      assert.ok(z.safeParse(frameAppearance, from(properties)).success, JSON.stringify(properties));
    }
  });

  it('the frame refuses a family it does not show, sent by anything but the checkout', () => {
    assert.equal(z.safeParse(frameAppearance, { font_family: 'Brand Sans, sans-serif' }).success, false);
    assert.equal(z.safeParse(frameAppearance, { font_family: '"Noto Sans Arabic", sans-serif' }).success, true);
    assert.equal(z.safeParse(frameAppearance, { label_font_weight: 550 }).success, false);
  });
});
