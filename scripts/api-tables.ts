// `pnpm api-tables`: the API tables of packages/elements/README.md, rendered from its
// custom-elements.json (attributes and properties, methods, events, slots, CSS parts, CSS custom
// properties, per element) and written between `<!-- api:start -->` and `<!-- api:end -->`.
// scripts/test/api-tables.test.ts fails when the README's tables are not what the manifest renders.
// Only what the manifest says: a description missing there is fixed in the element's JSDoc.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ELEMENTS_DIR = resolve(import.meta.dirname, '..', 'packages', 'elements');
export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

interface Type {
  text: string;
}
interface Item {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: Type;
  inheritedFrom?: { name: string };
}
interface Member extends Item {
  kind: 'field' | 'method';
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: { name: string; type?: Type; optional?: boolean }[];
  return?: { type?: Type };
}
interface Attribute extends Item {
  fieldName?: string;
}
export interface Declaration extends Item {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  superclass?: { name: string };
  attributes?: Attribute[];
  members?: Member[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
export interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

/** Text for one table cell: one line, pipes escaped (also inside code spans, as GFM wants). */
const cell = (text: string | undefined) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('|', '\\|')
    .trim() || '—';
const code = (text: string | undefined) => (text ? cell(`\`${text}\``) : '—');

function table(headers: string[], rows: string[][]): string {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

const isPublic = (member: Member) => (member.privacy ?? 'public') === 'public' && !member.static && !member.name.startsWith('#');

/** An event's `detail: …` (the descriptions' convention) apart from the rest of its description. */
function splitDetail(description = ''): { detail?: string; text: string } {
  const match = /`detail: ([^`]+)`/.exec(description);
  if (!match) return { text: description };
  return {
    detail: match[1],
    text: description
      .replace(match[0], '')
      .replace(/\s+([.,;])/g, '$1')
      .trim(),
  };
}

/** Items of a list the element inherits from another element listed above: shown there, once. */
function own<T extends Item>(items: T[] | undefined, inherited: T[] | undefined): T[] {
  const names = new Set((inherited ?? []).map((item) => item.name));
  return (items ?? []).filter((item) => !item.inheritedFrom && !names.has(item.name));
}

function renderElement(element: Declaration, parent: Declaration | undefined): string {
  const title = parent ? `\`<${element.tagName}>\` (\`${element.name}\`, extends \`${parent.name}\`)` : `\`<${element.tagName}>\` (\`${element.name}\`)`;
  const intro = [element.summary, element.description].filter(Boolean).join('\n\n');
  const out = [`### ${title}`];
  if (intro) out.push(intro);
  if (parent) out.push(`Everything \`<${parent.tagName}>\` (\`${parent.name}\`) has, and:`);

  const members = own((element.members ?? []).filter(isPublic), parent?.members?.filter(isPublic));
  const fields = members.filter((m) => m.kind === 'field');
  const attributes = own(element.attributes, parent?.attributes);
  const byField = new Map(attributes.map((a) => [a.fieldName ?? a.name, a]));
  const rows = fields.map((field) => {
    const attribute = byField.get(field.name);
    byField.delete(field.name);
    const description = [field.readonly ? 'Read-only.' : '', field.description ?? attribute?.description ?? ''].filter(Boolean).join(' ');
    return [
      code(field.attribute ?? attribute?.name),
      code(field.name),
      code(field.type?.text ?? attribute?.type?.text),
      code(field.default ?? attribute?.default),
      cell(description),
    ];
  });
  // Attributes with no public field of their own (none today; kept so that none is ever left out).
  for (const attribute of byField.values()) rows.push([code(attribute.name), '—', code(attribute.type?.text), code(attribute.default), cell(attribute.description)]);
  if (rows.length) out.push('#### Attributes and properties', table(['attribute', 'property', 'type', 'default', 'description'], rows));

  const methods = members.filter((m) => m.kind === 'method');
  if (methods.length) {
    const signature = (m: Member) => `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`).join(', ')})`;
    out.push(
      '#### Methods',
      table(
        ['method', 'returns', 'description'],
        methods.map((m) => [code(signature(m)), code(m.return?.type?.text ?? 'void'), cell(m.description)]),
      ),
    );
  }

  const events = own(element.events, parent?.events);
  if (events.length) {
    const rows = events.map((event) => {
      const { detail, text } = splitDetail(event.description);
      return [code(event.name), code(event.type?.text), code(detail), cell(text)];
    });
    out.push('#### Events', table(['event', 'class', 'detail', 'description'], rows));
  }

  const slots = own(element.slots, parent?.slots);
  if (slots.length)
    out.push(
      '#### Slots',
      table(
        ['slot', 'description'],
        slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      ),
    );
  const parts = own(element.cssParts, parent?.cssParts);
  if (parts.length)
    out.push(
      '#### CSS parts',
      table(
        ['part', 'description'],
        parts.map((p) => [code(p.name), cell(p.description)]),
      ),
    );
  const properties = own(element.cssProperties, parent?.cssProperties);
  // "Default `x`." in a description says what the default column already does.
  const withoutDefault = (p: Item) => (p.description ?? '').replace(`Default \`${p.default}\`.`, '').replace(/\s+/g, ' ').trim();
  if (properties.length)
    out.push(
      '#### CSS custom properties',
      table(
        ['property', 'default', 'description'],
        properties.map((p) => [code(p.name), code(p.default), cell(withoutDefault(p))]),
      ),
    );
  return out.join('\n\n');
}

/** The Markdown for every custom element of the manifest, in its order. */
export function renderApiTables(manifest: Manifest): string {
  const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName));
  const header = '<!-- Generated from custom-elements.json by `pnpm api-tables`: edit the elements’ JSDoc, not these tables. -->';
  return [
    header,
    ...elements.map((element) =>
      renderElement(
        element,
        elements.find((other) => other.name === element.superclass?.name),
      ),
    ),
  ].join('\n\n');
}

/** The README with `tables` between its markers; throws if they are missing or out of order. */
export function withApiTables(readme: string, tables: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the README needs ${START} and then ${END}`);
  return `${readme.slice(0, start + START.length)}\n\n${tables}\n\n${readme.slice(end)}`;
}

export const readManifest = (): Manifest => JSON.parse(readFileSync(resolve(ELEMENTS_DIR, 'custom-elements.json'), 'utf8')) as Manifest;
export const README = resolve(ELEMENTS_DIR, 'README.md');

if (import.meta.main) {
  const readme = readFileSync(README, 'utf8');
  const next = withApiTables(readme, renderApiTables(readManifest()));
  if (next !== readme) writeFileSync(README, next);
  console.log(next === readme ? 'packages/elements/README.md: API tables already up to date' : 'packages/elements/README.md: API tables written');
}
