/**
 * The browser bundles the loader can inject: which npm package ships each one and where in it
 * (`dist/browser/`). A CDN that mirrors npm (jsDelivr, unpkg) serves them at the same path. Also
 * read by the loader's build (rollup.config.mjs), which pins each one's SRI hash.
 */
export const BUNDLES = {
  /** `<dubai-pay>` for an agency's page. */
  web: ['elements', 'dubai-pay.js'],
  /** `<dubai-pay>` with kiosk mode, and `<dubai-pay-services>`. */
  kiosk: ['elements', 'dubai-pay-kiosk.js'],
  /** `@dubai-pay/core`, headless: its exports. */
  core: ['core', 'dubai-pay-core.js'],
} as const;

export type Bundle = keyof typeof BUNDLES;

/** What a build of the loader knows: its own version, and the sha384 integrity of each bundle of that version. */
export interface Pins {
  version: string;
  integrity: Record<Bundle, string>;
}

/** jsDelivr's npm mirror: `${cdn}/@dubai-pay/elements@0.1.0/dist/browser/dubai-pay.js` is the file npm has. */
export const DEFAULT_CDN = 'https://cdn.jsdelivr.net/npm';

/**
 * The URL of a bundle of a version on a CDN that mirrors npm. `cdn` may be relative (a mirror on
 * the page's own origin): it is resolved against `base`. Only http(s); undefined otherwise.
 */
export function bundleUrl(bundle: Bundle, version: string, cdn: string, base?: string): string | undefined {
  const where = Object.hasOwn(BUNDLES, bundle) ? BUNDLES[bundle] : undefined;
  let root: URL | undefined;
  try {
    root = new URL(cdn, base);
  } catch {}
  if (!where || !root || !/^https?:$/.test(root.protocol) || root.search || root.hash) return undefined;
  return `${root.href.replace(/\/+$/, '')}/@dubai-pay/${where[0]}@${version}/dist/browser/${where[1]}`;
}
