import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appearanceProperties } from '@dubai-pay/frame';

describe('frame: appearance', () => {
  it('maps every value to its custom property', () => {
    const properties = new Map(
      appearanceProperties({
        color_text: '#111111',
        color_background: '#fafafa',
        color_border: '#767676',
        color_focus: '#005fcc',
        color_error: '#b3261e',
        radius_px: 8,
        font_size_px: 18,
        font_family: '"Dubai", sans-serif',
        size: 'large',
        input_border_width_px: 2,
        input_background: '#f6f8fa',
        label_font_weight: 500,
      }),
    );
    assert.deepEqual(Object.fromEntries(properties), {
      '--dp-color-text': '#111111',
      '--dp-color-background': '#fafafa',
      '--dp-color-border': '#767676',
      '--dp-color-focus': '#005fcc',
      '--dp-color-error': '#b3261e',
      '--dp-radius': '8px',
      '--dp-font-size': '18px',
      '--dp-font-family': '"Dubai", sans-serif',
      '--dp-scale': '1.25',
      '--dp-target-size': '56px',
      '--dp-input-border-width': '2px',
      '--dp-input-background': '#f6f8fa',
      '--dp-label-font-weight': '500',
    });
  });

  it('puts the defaults back for what an appearance leaves out', () => {
    for (const [name, value] of appearanceProperties({})) assert.equal(value, undefined, name);
    assert.equal(new Map(appearanceProperties({ size: 'normal', radius_px: 0 })).get('--dp-scale'), undefined);
    assert.equal(new Map(appearanceProperties({ radius_px: 0 })).get('--dp-radius'), '0px');
  });

  it('sets only properties the stylesheet declares', async () => {
    const { readFile } = await import('node:fs/promises');
    const css = await readFile(new URL('../../src/fields.css', import.meta.url), 'utf8');
    for (const [name] of appearanceProperties({})) assert.match(css, new RegExp(`${name}:`), name);
  });
});
