import { DubaiPayError } from '@dubai-pay/core';

/**
 * What tells the agency's developer how to fix a setup mistake: one console line per kind of
 * mistake and page, naming the fix. The citizen sees the bilingual error; only the console says more.
 * (Short: every byte here is in every agency page's bundle.)
 */
const warned = new Set<string>();

export function warnOnce(kind: string, message: string): void {
  if (!warned.has(kind)) console.warn(`[dubai-pay] ${message}`);
  warned.add(kind);
}

interface Setup {
  gateway: string;
  publishableKey: string;
}

/**
 * A mistake the page's own attributes show, found before anything is sent: a key of the wrong
 * kind (a secret key must never reach the gateway from a browser), or a gateway URL that is not
 * the API's base. Warned once; the citizen is shown the setup error.
 */
export function setupMistake({ gateway, publishableKey: key }: Setup): DubaiPayError | undefined {
  let kind = key.startsWith('sk_') ? 'secret key (sk_…): keep it on your server only' : key.includes('_secret_') ? 'client secret: put it in client-secret' : '';
  let fix = key.startsWith('pk_') ? '' : `publishable-key is ${kind ? `a ${kind}` : 'not a publishable key'}; put your publishable key (pk_…) there.`;
  if (!fix) {
    kind = 'gateway';
    // Relative URLs resolve against the page; anything else that is not http(s) …/v1 is a mistake.
    let url: URL | undefined;
    try {
      url = new URL(gateway, document.baseURI);
    } catch {}
    if (!url || !/^https?:$/.test(url.protocol) || !/\/v1\/?$/.test(url.pathname))
      fix = `gateway="${gateway}" is not the API's URL: use the http(s) URL ending in /v1, e.g. https://gateway.example/v1.`;
  }
  if (!fix) return undefined;
  warnOnce(kind, fix);
  return new DubaiPayError('forbidden', { detail: fix });
}

/** What the gateway's refusal says about the page's setup, for the developer (once per kind). */
export function explainRefusal({ code, status, detail }: DubaiPayError, { gateway, publishableKey: key }: Setup): void {
  // Only the gateway's word: a mistake found here was warned of already.
  if (status === undefined) return;
  if (code === 'origin_not_allowed') warnOnce(code, `register ${location.origin} for ${key} in the gateway's dashboard: this origin is not registered for it.`);
  if (code === 'unauthorized') warnOnce(code, `the gateway at ${gateway} does not know ${key}: copy the publishable key from its dashboard.`);
  if (code === 'forbidden') warnOnce(code, `the gateway refused this page's setup: ${detail}`);
}

/** The values of the attributes that take a fixed set. */
const ALLOWED: Record<string, string> = {
  methods: 'card edirham direct_debit',
  'challenge-display': 'modal inline',
  'bank-approval': 'redirect popup',
  'three-ds-decline': 'attempted unavailable',
  'native-bridge': 'auto ios android react-native off',
};

/** Warns (once per attribute and value) of a value the element ignores, naming the ones it takes. Lists come as arrays. */
export function checkAttributeValues(values: Record<string, string | readonly string[]>): void {
  for (const [name, allowed] of Object.entries(ALLOWED)) {
    const value = values[name];
    for (const one of Array.isArray(value) ? value : value ? [value] : []) {
      if (!allowed.split(' ').includes(one)) warnOnce(`${name}=${one}`, `${name}="${one}" is ignored: it takes ${allowed.replaceAll(' ', ', ')}.`);
    }
  }
}
