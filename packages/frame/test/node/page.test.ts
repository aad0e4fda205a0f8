import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const src = new URL('../../src/', import.meta.url);
const read = (name: string) => readFile(new URL(name, src), 'utf8');

/** WCAG 2.x relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('frame: the page and its stylesheet', () => {
  it('the page has no inline script or style (the CSP allows only its own files)', async () => {
    const html = await read('fields.html');
    assert.match(html, /<script type="module" src="\/frame\/fields\.js"><\/script>/);
    assert.match(html, /<link rel="stylesheet" href="\/frame\/fields\.css">/);
    assert.match(html, /<form [^>]*novalidate/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
  });

  it('default colours meet WCAG AA on the default background', async () => {
    const css = await read('fields.css');
    const value = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1] ?? assert.fail(name);
    const background = value('--dp-color-background');
    assert.ok(contrast(value('--dp-color-text'), background) >= 4.5, 'text');
    assert.ok(contrast(value('--dp-color-error'), background) >= 4.5, 'error text');
    assert.ok(contrast(value('--dp-color-border'), background) >= 3, 'input border');
    assert.ok(contrast(value('--dp-color-focus'), background) >= 3, 'focus ring');
  });

  it('uses logical properties only', async () => {
    const css = (await read('fields.css')).replace(/\/\*[\s\S]*?\*\//g, '');
    const declarations = css.split('\n').filter((line) => !line.trimStart().startsWith('@'));
    const physical =
      /^\s*(margin|padding|border|inset)-(left|right|top|bottom)\b|^\s*(left|right|top|bottom|width|height|min-width|max-width|min-height|max-height|float|clear)\s*:|text-align:\s*(left|right)/;
    for (const line of declarations) assert.doesNotMatch(line, physical, line);
  });

  it('digit inputs read left to right, large mode has 48px or more targets', async () => {
    const css = await read('fields.css');
    assert.match(css, /\.dp-digits\s*\{[^}]*direction:\s*ltr/);
    const appearance = await read('appearance.ts');
    const large = /'--dp-target-size', large \? '(\d+)px'/.exec(appearance)?.[1];
    assert.ok(Number(large) >= 48);
    assert.match(css, /min-block-size:\s*var\(--dp-target-size\)/);
    assert.match(css, /:focus\s*\{[^}]*outline:\s*3px solid/);
  });

  it('the code never writes HTML, never stores or logs, never posts to any origin', async () => {
    const files = (await readdir(src)).filter((name) => name.endsWith('.ts'));
    for (const name of files) {
      const code = await read(name);
      assert.doesNotMatch(
        code,
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|localStorage|sessionStorage|document\.cookie|indexedDB|console\.|eval\(|new Function/,
        name,
      );
      assert.doesNotMatch(code, /postMessage\([^)]*'\*'\)/, name);
    }
  });
});
