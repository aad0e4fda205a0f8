/**
 * `loadDubaiPay()`: puts the pinned dubai-pay browser bundle on the page, from a CDN that mirrors
 * npm, with its SRI hash, and resolves once `<dubai-pay>` is defined (or with core's exports). The
 * version and the hashes are this package's build's: it loads the bundles of its own version only.
 */
import type { Pins } from './bundles.ts';
import { createLoader } from './load.ts';

export { type Bundle, bundleUrl, DEFAULT_CDN } from './bundles.ts';
export { DubaiPayLoadError, type LoadErrorCode } from './errors.ts';
export { type LoadOptions, TRUSTED_TYPES_POLICY } from './load.ts';

// Written by the build (packages/loader/rollup.config.mjs) from the released bundles' sri.json.
declare const __DUBAI_PAY_LOADER_PINS__: Pins | undefined;
const pins = typeof __DUBAI_PAY_LOADER_PINS__ === 'undefined' ? undefined : __DUBAI_PAY_LOADER_PINS__;

/** The version this loader loads (undefined when run from the sources, unbuilt). */
export const VERSION: string | undefined = pins?.version;

export const loadDubaiPay = createLoader(pins);
