import { DubaiPayError } from '@dubai-pay/core';

/**
 * What tells the agency's developer how to fix a setup mistake: one console line per kind of
 * mistake and page, naming the fix. The citizen sees the bilingual error; only the console says more.
 */
const warned = new Set<string>();

function warnOnce(kind: string, message: string): void {
  if (warned.has(kind)) return;
  warned.add(kind);
  console.warn(`[dubai-pay] ${message}`);
}

interface Setup {
  gateway: string;
  publishableKey: string;
}

/**
 * A mistake the page's own attributes show, found before anything is sent: a key of the wrong
 * kind (a secret key must never reach the gateway from a browser), or a gateway URL that is not
 * the API's base. Warned once; the refusal the citizen is shown.
 */
export function setupMistake({ gateway, publishableKey }: Setup): DubaiPayError | undefined {
  if (!publishableKey.startsWith('pk_')) {
    const [kind, what] = publishableKey.startsWith('sk_')
      ? ['secret-key', 'is a secret key (sk_…): it belongs on the agency’s server only; revoke it if this page was public, and put the publishable key (pk_…) here']
      : publishableKey.includes('_secret_')
        ? ['client-secret', 'is a client secret: put it in client-secret, and the agency’s publishable key (pk_…) in publishable-key']
        : ['not-a-key', 'is not a publishable key: put the agency’s publishable key (pk_…) from the gateway’s dashboard here'];
    warnOnce(kind, `publishable-key ${what}.`);
    return new DubaiPayError('forbidden', { detail: `publishable-key ${what}.` });
  }
  let url: URL | undefined;
  try {
    url = new URL(gateway, document.baseURI);
  } catch {}
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !/\/v1\/?$/.test(url.pathname)) {
    const fix = `gateway="${gateway}" is not the gateway's API base URL: give the http(s) URL ending in /v1, e.g. https://gateway.example/v1.`;
    warnOnce('gateway-url', fix);
    return new DubaiPayError('forbidden', { detail: fix });
  }
  return undefined;
}

/** What the gateway's refusal says about the page's setup, for the developer (once per kind). */
export function explainRefusal(error: DubaiPayError, { gateway, publishableKey }: Setup): void {
  if (error.status === undefined) return; // not the gateway's word: a mistake found here is already warned of
  if (error.code === 'origin_not_allowed') {
    warnOnce('origin', `this page's origin is not registered for ${publishableKey}: register ${location.origin} for ${publishableKey} in the gateway's dashboard.`);
  } else if (error.code === 'unauthorized') {
    warnOnce(
      'unauthorized',
      `the gateway at ${gateway} does not know ${publishableKey}: copy the publishable key (pk_…) from that gateway's dashboard (a test key goes with the sandbox, a live key with production).`,
    );
  } else if (error.code === 'forbidden' && error.detail) {
    warnOnce('forbidden', `the gateway refused this page's setup: ${error.detail}`);
  }
}

/** Each attribute with a fixed set of values, and those values (`list`: space-separated). */
const ALLOWED: Record<string, { values: readonly string[]; list?: true }> = {
  methods: { values: ['card', 'edirham', 'direct_debit'], list: true },
  'challenge-display': { values: ['modal', 'inline'] },
  'bank-approval': { values: ['redirect', 'popup'] },
  'three-ds-decline': { values: ['attempted', 'unavailable'], list: true },
  'native-bridge': { values: ['auto', 'ios', 'android', 'react-native', 'off'] },
};

/** Warns (once per attribute and value) of a value the element ignores, naming the ones it takes. */
export function checkAttributeValues(values: Record<string, unknown>): void {
  for (const [attribute, rule] of Object.entries(ALLOWED)) {
    const value = values[attribute];
    const given = Array.isArray(value) ? value.map(String) : typeof value === 'string' && value !== '' ? (rule.list ? value.split(/\s+/).filter(Boolean) : [value]) : [];
    for (const one of given) {
      if (rule.values.includes(one)) continue;
      const takes = rule.values.map((v) => `"${v}"`).join(rule.list ? ', ' : ' or ');
      warnOnce(`${attribute}=${one}`, `${attribute}="${one}" is not a value it takes, and is ignored: use ${rule.list ? 'any of ' : ''}${takes}.`);
    }
  }
}
