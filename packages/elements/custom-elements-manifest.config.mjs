// `custom-elements.json` (built by scripts/build.ts): every element from the JSDoc on its class,
// completed from the code by the plugin below, for what JSDoc alone leaves wrong or out:
// - an event's type: its class in events.ts (`static readonly type = 'dubai-pay-…'`), and the name
//   of events the analyzer found only as `new DubaiPay…Event(…)`;
// - internal state (`{ state: true }`) is no attribute;
// - a CSS property's default: the documented one (Default `…`), else the fallback the styles give it;
// - module paths name the published files (dist/….js), not the sources, which are not shipped.
import { readdirSync, readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');
const sources = readdirSync(new URL('src/', import.meta.url), { recursive: true })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `src/${file}`);

const EVENT_CLASSES = new Map(
  [...read('src/events.ts').matchAll(/export class (\w+) extends Event \{\s*static readonly type = '([\w-]+)'/g)].map(([, name, type]) => [type, name]),
);
const EVENT_NAMES = new Map([...EVENT_CLASSES].map(([type, name]) => [name, type]));

/** `var(--dubai-pay-x, fallback)` anywhere in the styles: the first fallback given to each property. */
const FALLBACKS = new Map();
for (const file of sources)
  for (const [, name, fallback] of read(file).matchAll(/var\((--dubai-pay-[\w-]+),\s*([^;()]+?)\)/g)) if (!FALLBACKS.has(name)) FALLBACKS.set(name, fallback.trim());

const publishedPath = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');

function toPublishedPaths(node) {
  if (Array.isArray(node)) return node.forEach(toPublishedPaths);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'module' || key === 'path') && typeof value === 'string') node[key] = publishedPath(value);
    else toPublishedPaths(value);
  }
}

/** The internal state properties (`name: { state: true }`) a module's element declares. */
const statesOf = (path) => new Set([...read(path).matchAll(/(\w+): \{ state: true \}/g)].map(([, name]) => name));

function complete(element, path, cssNames) {
  // An inherited attribute or field is the state of the class it comes from.
  const isState = (item) => statesOf(item.inheritedFrom?.module ?? path).has(item.fieldName ?? item.name);
  element.attributes = (element.attributes ?? []).filter((a) => !isState(a));
  element.members = (element.members ?? []).filter((m) => !isState(m));
  const events = new Map();
  for (const event of element.events ?? []) {
    const name = event.name ?? EVENT_NAMES.get(event.type?.text);
    if (!name) continue;
    const known = events.get(name);
    events.set(name, { ...known, ...event, name, description: event.description ?? known?.description, type: { text: EVENT_CLASSES.get(name) ?? event.type?.text ?? 'Event' } });
  }
  element.events = [...events.values()];
  const css = new Map((element.cssProperties ?? []).map((p) => [p.name, p]));
  // Properties the element's own styles read but its JSDoc does not list (the services browser's).
  for (const name of cssNames) if (!css.has(name)) css.set(name, { name, description: "The same as `<dubai-pay>`'s." });
  element.cssProperties = [...css.values()].map((p) => ({ ...p, default: p.default ?? /Default `([^`]+)`/.exec(p.description ?? '')?.[1] ?? FALLBACKS.get(p.name) }));
}

function completeManifest() {
  return {
    name: 'dubai-pay-complete-manifest',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const cssNames = new Set([...read(module.path).matchAll(/var\((--dubai-pay-[\w-]+)/g)].map(([, name]) => name));
        for (const declaration of module.declarations ?? []) if (declaration.customElement) complete(declaration, module.path, cssNames);
      }
      toPublishedPaths(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/dubai-pay.ts', 'src/services/dubai-pay-services.ts', 'src/kiosk/dubai-pay-kiosk.ts'],
  outdir: '.',
  litelement: true,
  plugins: [completeManifest()],
};
