import { FRAME_PATH } from '@dubai-pay/contract';

export interface PrerenderedFrame {
  iframe: HTMLIFrameElement;
  url: string;
  channel: string;
}

/** Once per page: what was wrong with a prerendered frame, for the developer who rendered it. */
const warned = new Set<string>();

function refuse(iframe: HTMLIFrameElement, why: string): undefined {
  if (!warned.has(why)) {
    warned.add(why);
    console.warn(
      `<dubai-pay>: the iframe in slot="fields" is not used (${why}); the checkout makes its own. Render it with prerenderedFields() from @dubai-pay/core/server for this session and page.`,
    );
  }
  iframe.remove();
  return undefined;
}

/**
 * The hosted fields' iframe an agency's server put inside `<dubai-pay>` (`prerenderedFields`), if
 * it is exactly the frame this checkout would make: the gateway's fields page, for this key, this
 * payment, this page's origin and this method. Anything else is removed (and said in the console):
 * a frame is never adopted on trust.
 */
export function prerenderedFrame(host: Element, wanted: { gateway: string; publishableKey: string; payment: string; method: 'card' | 'edirham' }): PrerenderedFrame | undefined {
  const iframe = host.querySelector(':scope > iframe[slot="fields"]');
  if (!(iframe instanceof HTMLIFrameElement)) return undefined;
  let url: URL;
  try {
    url = new URL(iframe.src);
  } catch {
    return refuse(iframe, 'its src is not a URL');
  }
  const query = url.searchParams;
  if (url.origin !== new URL(wanted.gateway).origin || url.pathname !== FRAME_PATH) return refuse(iframe, 'it is not the gateway’s card fields page');
  if (query.get('key') !== wanted.publishableKey) return refuse(iframe, 'it was made for another publishable key');
  if (query.get('origin') !== location.origin) return refuse(iframe, `it was made for another page origin than ${location.origin}`);
  if (query.get('payment') !== wanted.payment) return refuse(iframe, 'it was made for another session');
  if (query.get('method') !== wanted.method) return refuse(iframe, `the checkout starts on ${wanted.method}, not ${query.get('method')}`);
  const channel = query.get('channel') ?? '';
  if (channel.length < 8 || channel.length > 64) return refuse(iframe, 'its channel is missing');
  return { iframe, url: iframe.src, channel };
}
