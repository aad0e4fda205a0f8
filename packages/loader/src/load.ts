import { type Bundle, bundleUrl, DEFAULT_CDN, type Pins } from './bundles.ts';
import { DubaiPayLoadError } from './errors.ts';

export interface LoadOptions {
  /** The version to load; only the loader's own is accepted (the one whose hashes it carries). */
  version?: string;
  /** A CDN that mirrors npm (default jsDelivr), or your own mirror of the packages' files, e.g. `/npm`. */
  cdn?: string;
  /** `web` (default): `<dubai-pay>`; `kiosk`: `<dubai-pay>` with kiosk mode and `<dubai-pay-services>`; `core`: `@dubai-pay/core`'s exports. */
  bundle?: Bundle;
}

/** The name of the Trusted Types policy the loader creates to set the script's `src`: allow it in `trusted-types`. */
export const TRUSTED_TYPES_POLICY = 'dubai-pay-loader';

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string };
}

/** One load per URL and page: a second call gets the same promise; a failed one is forgotten, so a later call tries again. */
const loads = new Map<string, Promise<unknown>>();
/** Every URL the loader built: the only ones its Trusted Types policy lets through. */
const built = new Set<string>();
let policy: ReturnType<TrustedTypesFactory['createPolicy']> | undefined;

/** The script URL as the page's Trusted Types enforcement wants it (the string itself where there is none). */
function scriptUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  try {
    policy ??= factory.createPolicy(TRUSTED_TYPES_POLICY, {
      createScriptURL: (input) => {
        if (!built.has(input)) throw new TypeError(input);
        return input;
      },
    });
  } catch (cause) {
    throw new DubaiPayLoadError('trusted_types_blocked', `add ${TRUSTED_TYPES_POLICY} to the CSP's trusted-types (${cause})`);
  }
  return policy.createScriptURL(url);
}

const defined = () => customElements.get('dubai-pay');

async function load(url: string, integrity: string, bundle: Bundle): Promise<unknown> {
  const web = bundle !== 'core';
  // <dubai-pay> defined already (the page's own bundle): nothing to add.
  if (web && defined()) return defined();
  const failed = (why: string) => new DubaiPayLoadError('load_failed', `${url} ${why}: see the console`);
  if (![...document.scripts].some((script) => script.src === url)) {
    const script = document.createElement('script');
    script.type = 'module';
    script.integrity = integrity;
    script.crossOrigin = 'anonymous';
    script.src = scriptUrl(url);
    // A module script's load event comes after it ran.
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => {
        script.remove();
        reject(failed('did not load or failed its integrity check'));
      };
      document.head.append(script);
    });
  }
  // The module the script tag ran, or (a tag the page has) is fetching with its own integrity:
  // a page fetches a module once, so this is that instance, never a second unchecked download.
  const exports = await import(/* @vite-ignore */ /* webpackIgnore: true */ url).catch(() => {
    throw failed('did not load or failed its integrity check');
  });
  if (!web) return exports;
  if (!defined()) throw failed('defined no <dubai-pay>');
  return defined();
}

/** `loadDubaiPay` for a build's pins (none when run from the sources: then it refuses every version). */
export function createLoader(pins: Pins | undefined) {
  function loadDubaiPay(options?: LoadOptions & { bundle?: 'web' | 'kiosk' }): Promise<CustomElementConstructor>;
  function loadDubaiPay<Core = Record<string, unknown>>(options: LoadOptions & { bundle: 'core' }): Promise<Core>;
  function loadDubaiPay(options: LoadOptions = {}): Promise<unknown> {
    try {
      const version = options.version ?? pins?.version;
      const bundle = options.bundle ?? 'web';
      if (!pins || version !== pins.version)
        throw new DubaiPayLoadError('version_not_pinned', `it pins ${pins?.version ?? 'nothing'}, not ${version}: install @dubai-pay/loader@${version}`);
      if (typeof document === 'undefined') throw new DubaiPayLoadError('not_in_browser', 'no document: call it in the browser');
      const cdn = options.cdn ?? DEFAULT_CDN;
      const url = bundleUrl(bundle, version, cdn, document.baseURI);
      if (!url) throw new DubaiPayLoadError('invalid_options', `bundle ${bundle} or cdn ${cdn}`);
      built.add(url);
      let pending = loads.get(url);
      if (!pending) {
        pending = load(url, pins.integrity[bundle], bundle);
        loads.set(url, pending);
        pending.catch(() => loads.delete(url));
      }
      return pending;
    } catch (error) {
      return Promise.reject(error);
    }
  }
  return loadDubaiPay;
}
