import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { type Declaration, END, type Manifest, README, readManifest, renderApiTables, START, withApiTables } from '../api-tables.ts';

// packages/elements/README.md's API tables are what custom-elements.json renders: an element
// changed (and its manifest rebuilt) without `pnpm api-tables` fails here.
describe('the elements README API tables', () => {
  it('are exactly what custom-elements.json renders (run `pnpm api-tables` after changing an element)', () => {
    const readme = readFileSync(README, 'utf8');
    assert.equal(readme, withApiTables(readme, renderApiTables(readManifest())));
  });

  it('cover every element of the manifest', () => {
    const readme = readFileSync(README, 'utf8');
    const tables = readme.slice(readme.indexOf(START), readme.indexOf(END));
    const elements = readManifest().modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement));
    assert.equal(elements.length, 3);
    for (const element of elements) assert.ok(tables.includes(`(\`${element.name}\``), element.name);
  });
});

const element = (declaration: Partial<Declaration>): Declaration => ({ kind: 'class', customElement: true, name: 'XElement', tagName: 'x-el', ...declaration });
const manifestOf = (...declarations: Declaration[]): Manifest => ({ modules: declarations.map((d) => ({ path: 'dist/x.js', declarations: [d] })) });

describe('renderApiTables', () => {
  const base = element({
    name: 'BaseElement',
    tagName: 'base-el',
    attributes: [{ name: 'display', fieldName: 'display', type: { text: "'modal' | 'inline'" } }],
    members: [
      { kind: 'field', name: 'display', attribute: 'display', type: { text: "'modal' | 'inline'" }, default: "'modal'", description: 'Where it is\nshown.' },
      { kind: 'field', name: 'ready', readonly: true, type: { text: 'boolean' }, description: 'Ready.' },
      { kind: 'field', name: 'internal', privacy: 'protected', type: { text: 'string' } },
      { kind: 'field', name: '#secret', privacy: 'private' },
      {
        kind: 'method',
        name: 'submit',
        parameters: [{ name: 'force', optional: true, type: { text: 'boolean' } }],
        return: { type: { text: 'Promise<void>' } },
        description: 'Pays.',
      },
    ],
    events: [{ name: 'x-done', type: { text: 'XDoneEvent' }, description: 'Terminal: paid. `detail: { id }`' }],
    slots: [{ name: '', description: 'Anything.' }],
    cssParts: [{ name: 'base', description: 'The box.' }],
    cssProperties: [{ name: '--x-color', default: '#fff', description: 'Text. Default `#fff`.' }],
  });

  it('renders attributes with their property, type (pipes escaped), default and description on one line', () => {
    const out = renderApiTables(manifestOf(base));
    assert.match(out, /^\| `display` \| `display` \| `'modal' \\\| 'inline'` \| `'modal'` \| Where it is shown\. \|$/m);
    assert.match(out, /^\| — \| `ready` \| `boolean` \| — \| Read-only\. Ready\. \|$/m);
  });

  it('leaves out what is not public', () => {
    const out = renderApiTables(manifestOf(base));
    assert.doesNotMatch(out, /internal|#secret/);
  });

  it('renders methods, events with their class and detail, slots, parts and CSS properties', () => {
    const out = renderApiTables(manifestOf(base));
    assert.match(out, /^\| `submit\(force\?: boolean\)` \| `Promise<void>` \| Pays\. \|$/m);
    assert.match(out, /^\| `x-done` \| `XDoneEvent` \| `{ id }` \| Terminal: paid\. \|$/m);
    assert.match(out, /^\| \(default\) \| Anything\. \|$/m);
    assert.match(out, /^\| `base` \| The box\. \|$/m);
    assert.match(out, /^\| `--x-color` \| `#fff` \| Text\. \|$/m);
  });

  it('shows an element that extends another with only what it adds', () => {
    const kiosk = element({
      name: 'KioskElement',
      tagName: 'base-el',
      superclass: { name: 'BaseElement' },
      attributes: [...base.attributes!, { name: 'mode', fieldName: 'mode', type: { text: 'string' } }],
      members: [...base.members!.map((m) => ({ ...m, inheritedFrom: { name: 'BaseElement' } })), { kind: 'field', name: 'mode', attribute: 'mode', type: { text: 'string' } }],
      cssParts: [...base.cssParts!, { name: 'keypad', description: 'The keypad.' }],
    });
    const out = renderApiTables(manifestOf(base, kiosk));
    const section = out.slice(out.indexOf('### `<base-el>` (`KioskElement`'));
    assert.match(section, /Everything `<base-el>` \(`BaseElement`\) has, and:/);
    assert.match(section, /`mode`/);
    assert.match(section, /`keypad`/);
    assert.doesNotMatch(section, /`display`|`submit|`base`/);
  });
});

describe('withApiTables', () => {
  it('replaces what is between the markers and keeps the rest', () => {
    const readme = `# X\n\nProse.\n\n${START}\nold\n${END}\n\nMore prose.\n`;
    assert.equal(withApiTables(readme, 'new'), `# X\n\nProse.\n\n${START}\n\nnew\n\n${END}\n\nMore prose.\n`);
  });

  it('refuses a README without its markers', () => {
    assert.throws(() => withApiTables('# X\n', 'new'), /api:start/);
    assert.throws(() => withApiTables(`${END}\n${START}\n`, 'new'), /api:start/);
  });
});
