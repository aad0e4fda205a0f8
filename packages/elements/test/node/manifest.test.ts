import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import * as elements from '@dubai-pay/elements';

// custom-elements.json (built from the JSDoc by custom-elements-manifest.config.mjs) against the
// elements themselves: attributes as the classes observe them at run time, events as the event
// classes name them, parts and CSS properties as the templates and styles use them.
const PACKAGE = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(PACKAGE, path), 'utf8');

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
}
const manifest = JSON.parse(read('custom-elements.json')) as { modules: { path: string; declarations?: Declaration[] }[] };
const declared = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, path: module.path })));

/** The files whose templates and styles make up each element (its own, what it inherits, the helpers that render into it). */
const SOURCES: Record<string, string[]> = {
  DubaiPayElement: ['src/dubai-pay.ts', 'src/styles.ts', 'src/receipt-view.ts', 'src/receipt-pending.ts', 'src/scheme-marks.ts'],
  DubaiPayKioskElement: [
    'src/dubai-pay.ts',
    'src/styles.ts',
    'src/receipt-view.ts',
    'src/receipt-pending.ts',
    'src/scheme-marks.ts',
    'src/kiosk/dubai-pay-kiosk.ts',
    'src/kiosk/kiosk-styles.ts',
    'src/kiosk/idle-warning.ts',
    'src/kiosk/keypad.ts',
  ],
  DubaiPayServicesElement: ['src/services/dubai-pay-services.ts', 'src/kiosk/idle-warning.ts'],
};

const partsIn = (files: string[]) => new Set(files.flatMap((file) => [...read(file).matchAll(/\spart="([^"$]+)"/g)].flatMap(([, parts]) => parts!.split(/\s+/))));
const cssPropertiesIn = (files: string[]) => new Set(files.flatMap((file) => [...read(file).matchAll(/var\((--dubai-pay-[\w-]+)/g)].map(([, name]) => name!)));
const sorted = (values: Iterable<string>) => [...values].sort();

describe('custom-elements.json against the elements', () => {
  it('lists every element the package exports', () => {
    assert.deepEqual(sorted(declared.map((d) => d.name)), sorted(Object.keys(SOURCES)));
    for (const d of declared) assert.equal(typeof (elements as Record<string, unknown>)[d.name], 'function', `${d.name} is exported`);
  });

  for (const d of declared) {
    describe(`<${d.tagName}> (${d.name})`, () => {
      const element = (elements as unknown as Record<string, { observedAttributes: string[] }>)[d.name]!;
      const files = SOURCES[d.name] ?? [];

      it('attributes: exactly those the class observes at run time', () => {
        assert.deepEqual(sorted((d.attributes ?? []).map((a) => a.name)), sorted(element.observedAttributes));
      });

      it('events: each with its event class, whose type is the event name', () => {
        assert.ok((d.events ?? []).length > 0);
        for (const event of d.events ?? []) {
          const type = (elements as unknown as Record<string, { type?: string }>)[event.type?.text ?? ''];
          assert.equal(type?.type, event.name, `${event.name}: ${event.type?.text}`);
        }
      });

      it('parts: exactly those its templates have', () => {
        assert.deepEqual(sorted((d.cssParts ?? []).map((p) => p.name)), sorted(partsIn(files)));
      });

      it('CSS properties: every one its styles read, each with its default', () => {
        assert.deepEqual(sorted((d.cssProperties ?? []).map((p) => p.name)), sorted(cssPropertiesIn(files)));
        for (const p of d.cssProperties ?? []) assert.ok(p.default, `${p.name} has a default`);
      });

      it('module path: the published file, built from a source that exists', () => {
        assert.match(d.path, /^dist\/.*\.js$/);
        assert.ok(existsSync(resolve(PACKAGE, d.path.replace(/^dist\/(.*)\.js$/, 'src/$1.ts'))));
      });
    });
  }

  it('every event class is some element’s event', () => {
    const classes = Object.entries(elements).filter(([name, value]) => /^DubaiPay\w+Event$/.test(name) && typeof value === 'function');
    const listed = new Set(declared.flatMap((d) => (d.events ?? []).map((e) => e.type?.text)));
    assert.deepEqual(sorted(classes.map(([name]) => name).filter((name) => !listed.has(name))), []);
  });
});
