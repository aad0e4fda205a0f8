import { expect } from 'chai';
import { mount, openSession, shadow, unmountAll, until } from './support.ts';

// A native app hosting the checkout in a webview gets its events as JSON strings (native-bridge.ts).
// The bridges are what the platforms put in the page; here a recorder stands in for the app.

type Bridged = Window & { ReactNativeWebView?: unknown; DubaiPayAndroid?: unknown };

function recordBridge(name: 'ReactNativeWebView' | 'DubaiPayAndroid'): string[] {
  const received: string[] = [];
  (window as Bridged)[name] = { postMessage: (message: string) => received.push(message) };
  return received;
}

/** Cancel, then "Yes, cancel" (the checkout asks first). */
const cancelPayment = async (element: HTMLElement) => {
  (await until(() => shadow(element).querySelector<HTMLButtonElement>('[part~="cancel-button"]'))).click();
  (await until(() => shadow(element).querySelector<HTMLButtonElement>('[part~="cancel-confirm-button"]'))).click();
};

afterEach(() => {
  unmountAll();
  delete (window as Bridged).ReactNativeWebView;
  delete (window as Bridged).DubaiPayAndroid;
});

describe('<dubai-pay> in a native webview', () => {
  it('sends each event to the app as one JSON string, ending with exactly one terminal event', async () => {
    const received = recordBridge('ReactNativeWebView');
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    await cancelPayment(element);
    await until(() => received.some((m) => JSON.parse(m).type === 'cancel'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const messages = received.map((m) => JSON.parse(m) as { source: string; version: number; type: string; detail: unknown });
    for (const message of messages) expect([message.source, message.version]).to.deep.equal(['dubai-pay', 1]);
    expect(messages[0]?.type).to.equal('ready');
    expect(messages.filter((m) => ['success', 'error', 'cancel'].includes(m.type)).map((m) => m.type)).to.deep.equal(['cancel']);
    expect(JSON.stringify(messages)).to.not.include(session.client_secret);
  });

  it('finds the Android bridge on its own, and sends nothing when told native-bridge="off"', async () => {
    const android = recordBridge('DubaiPayAndroid');
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    await until(() => android.length > 0);
    expect(JSON.parse(android[0]!).type).to.equal('ready');
    unmountAll();
    android.length = 0;
    const quiet = await mount({ 'client-secret': (await openSession()).client_secret, 'native-bridge': 'off' });
    await cancelPayment(quiet);
    await until(() => shadow(quiet).textContent?.includes('not been charged'));
    expect(android).to.deep.equal([]);
    expect(element.isConnected).to.equal(false);
  });
});
