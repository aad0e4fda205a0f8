import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { HOSTED_FONT_FAMILIES } from '@dubai-pay/contract';
import type { FontFiles } from './fonts.ts';

const require = createRequire(import.meta.url);

/** What is served of each family: the weights the frame uses (500 and 600 fall back to them) and the scripts a payment page writes. */
const WEIGHTS = [400, 700];
const SUBSETS = ['arabic', 'latin'];
/** A served file's name (`cairo-arabic-400-normal.woff2`): its family's slug, a served subset, its weight. */
const SERVED_NAME = `([a-z-]+)-(?:${SUBSETS.join('|')})-(\\d{3})-normal\\.woff2`;
const SERVED_FILE = new RegExp(`^${SERVED_NAME}$`);
const SERVED_SOURCE = new RegExp(`/files/(${SERVED_NAME})`);

/** A family's package (`@fontsource/cairo`) by the slug in its URL (`cairo`). */
const SLUGS = new Set(HOSTED_FONT_FAMILIES.map((family) => family.replaceAll(' ', '-')));

/**
 * The hosted families' files, from their Fontsource packages (dependencies of the sandbox): the
 * `@font-face` rules of the weights and subsets served, pointed at this gateway's own URLs and at
 * WOFF2 only (every browser the SDK supports reads it). Node only: the HTTP server passes it in.
 */
export function fontsourceFiles(): FontFiles {
  const stylesheets = new Map<string, Promise<string | undefined>>();
  return {
    stylesheet(slug) {
      if (!SLUGS.has(slug)) return Promise.resolve(undefined);
      let css = stylesheets.get(slug);
      if (!css) {
        css = Promise.all(WEIGHTS.map((weight) => readFile(require.resolve(`@fontsource/${slug}/${weight}.css`), 'utf8'))).then((sheets) => servedRules(sheets.join('\n')));
        stylesheets.set(slug, css);
      }
      return css;
    },
    async file(name) {
      const found = SERVED_FILE.exec(name);
      if (!found || !SLUGS.has(found[1]!) || !WEIGHTS.includes(Number(found[2]))) return undefined;
      return new Uint8Array(await readFile(require.resolve(`@fontsource/${found[1]}/files/${name}`)));
    },
  };
}

/** The `@font-face` blocks of the subsets served, each with its WOFF2 source at `/frame/fonts/files/…`. */
function servedRules(css: string): string {
  const blocks = css.match(/@font-face\s*\{[^}]*\}/g) ?? [];
  return blocks
    .flatMap((block) => {
      const file = SERVED_SOURCE.exec(block)?.[1];
      return file ? [block.replace(/src:[^;]*;/, `src: url(/frame/fonts/files/${file}) format('woff2');`)] : [];
    })
    .join('\n');
}
