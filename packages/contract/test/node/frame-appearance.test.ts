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
    const names = ['color-text', 'color-background', 'radius', 'font-size', 'font-family'];
    const pieces = ['#', 'fff', '12', 'px', '-', ' ', ',', '"', 'a', 'url(', ';', '9999', '٣', 'e3'];
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
});
