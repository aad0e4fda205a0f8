import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { DubaiPayElement } from '@dubai-pay/elements';
import '@dubai-pay/elements/define';

/** The sandbox the test runner started over HTTP, on its own origin (see web-test-runner.config.mjs). */
export const GATEWAY = 'http://127.0.0.1:4210/v1';
export const PUBLISHABLE_KEY = 'pk_test_demo';
const SECRET_KEY = 'sk_test_demo';

export async function mount(attributes: Record<string, string>, lang = 'en'): Promise<DubaiPayElement> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const element = document.createElement('dubai-pay');
  element.gateway = GATEWAY;
  element.publishableKey = PUBLISHABLE_KEY;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  wrapper.append(element);
  document.body.append(wrapper);
  await element.updateComplete;
  return element;
}

export function unmountAll(): void {
  for (const node of [...document.body.children]) if (node.tagName !== 'SCRIPT') node.remove();
}

export function shadow(element: HTMLElement): ShadowRoot {
  return element.shadowRoot!;
}

/** Waits until `check` passes (or throws after `timeout`). */
/** The focused element, looked up through open shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export async function until<T>(check: () => T | undefined | null | false, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** `until` for a check that must ask something asynchronous (the test runner, the gateway). */
export async function untilAsync(check: () => Promise<boolean | undefined>, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Events of a type dispatched by an element, collected. */
export function collect<K extends keyof GlobalEventHandlersEventMap>(element: HTMLElement, ...types: K[]): GlobalEventHandlersEventMap[K][] {
  const events: GlobalEventHandlersEventMap[K][] = [];
  for (const type of types) element.addEventListener(type, (event) => events.push(event as GlobalEventHandlersEventMap[K]));
  return events;
}

/** Waits for the hosted fields to be ready (the frame reports its size). */
export async function frameReady(element: DubaiPayElement): Promise<HTMLIFrameElement> {
  const frame = await until(() => shadow(element).querySelector<HTMLIFrameElement>('iframe[part="frame"]'));
  await until(() => Number.parseInt(frame.style.blockSize, 10) > 120 || undefined);
  return frame;
}

export const isWebKitDriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);

/**
 * Tests that type into the hosted fields: every engine. (Kept as a name so a test says it types
 * into the cross-origin frame.)
 */
export const itTypes: Mocha.TestFunction = it;

/**
 * Real key presses into the focused field of the hosted fields frame: the browser driver's own
 * keyboard in Chromium and Firefox; WebDriver's Element Send Keys inside the frame in WebKit.
 */
export async function typeInFrame(keys: { type: string } | { press: string }): Promise<void> {
  if (!isWebKitDriver) return void (await sendKeys(keys));
  await executeServerCommand('type-in-frame', { text: 'type' in keys ? keys.type : keys.press === 'Tab' ? '\uE004' : keys.press });
}

/**
 * Types into the hosted fields the way a person does: focus goes into the frame (a label click
 * asks the frame to focus its field), then real key presses from the browser driver.
 */
export async function typeCard(element: DubaiPayElement, values: { number: string; expiry?: string; cvc?: string }): Promise<void> {
  await frameReady(element);
  (shadow(element).querySelector('.details-label') as HTMLElement).click();
  // The label asks the frame, by message, to focus its first field: keys go only once a field
  // there has focus (a fixed wait lost them on a loaded machine). WebKit's command focuses the field itself.
  if (!isWebKitDriver) await untilAsync(() => executeServerCommand<boolean, undefined>('frame-field-focused'));
  await typeInFrame({ type: values.number });
  await typeInFrame({ press: 'Tab' });
  await typeInFrame({ type: values.expiry ?? '12/34' });
  await typeInFrame({ press: 'Tab' });
  await typeInFrame({ type: values.cvc ?? '123' });
}

export async function charges(sessionId: string): Promise<number> {
  const response = await fetch(`${new URL(GATEWAY).origin}/_sandbox/sessions/${sessionId}/charges`, { headers: { authorization: `Bearer ${SECRET_KEY}` } });
  return ((await response.json()) as { charges: number }).charges;
}

/** A session opened from a quote with the publishable key, as a browser may: its client secret. */
export async function openSession(
  service = 'police-good-conduct',
  inputs: Record<string, string> = { emirates_id: '784199012345671' },
): Promise<{ id: string; client_secret: string; amount: number }> {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${GATEWAY}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${PUBLISHABLE_KEY}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify(body),
    });
    return response.json();
  };
  const quote = (await post('/quotes', { service, inputs })) as { id: string };
  return (await post('/sessions', { quote_id: quote.id })) as { id: string; client_secret: string; amount: number };
}

/** Asks the sandbox to fail matching requests (packages/sandbox/src/faults.ts): dropped, delayed, unavailable. */
export async function injectFault(fault: { method: string; path: string; action: 'drop_response' | 'delay' | 'unavailable'; delay_ms?: number; times: number }): Promise<void> {
  await fetch(`${new URL(GATEWAY).origin}/_sandbox/faults`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
}

export async function advanceClock(ms: number): Promise<void> {
  await fetch(`${new URL(GATEWAY).origin}/_sandbox/clock`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ advance_ms: ms }),
  });
}
