/**
 * Native apps that host the checkout in a webview receive its events as JSON strings, through
 * the bridge their platform gives a page:
 * - iOS WKWebView: `window.webkit.messageHandlers.dubaiPay.postMessage(json)`
 *   (the app adds a script message handler named `dubaiPay`);
 * - Android WebView: `window.DubaiPayAndroid.postMessage(json)`
 *   (the app adds a JavaScript interface named `DubaiPayAndroid` with a `postMessage(String)` method);
 * - React Native WebView: `window.ReactNativeWebView.postMessage(json)` (its `onMessage`).
 */
import type { NATIVE_EVENTS } from './events.ts';

export type NativeBridgeKind = 'ios' | 'android' | 'react-native';

/** One event as native code receives it (`JSON.parse` of the string). */
export interface NativeMessage {
  source: 'dubai-pay';
  version: 1;
  /** The event without its `dubai-pay-` prefix. */
  type: (typeof NATIVE_EVENTS)[number]['type'] extends `dubai-pay-${infer Name}` ? Name : never;
  /** The event's `detail`, as documented for the DOM event. */
  detail: unknown;
}

interface PostMessageTarget {
  postMessage(message: string): void;
}

interface BridgeWindow {
  webkit?: { messageHandlers?: { dubaiPay?: PostMessageTarget } };
  DubaiPayAndroid?: PostMessageTarget;
  ReactNativeWebView?: PostMessageTarget;
}

function target(kind: NativeBridgeKind, win: BridgeWindow): PostMessageTarget | undefined {
  if (kind === 'ios') return win.webkit?.messageHandlers?.dubaiPay;
  if (kind === 'android') return win.DubaiPayAndroid;
  return win.ReactNativeWebView;
}

/** The bridge the hosting app put in this page, if any. */
export function detectNativeBridge(win: BridgeWindow = window as BridgeWindow): NativeBridgeKind | null {
  for (const kind of ['ios', 'android', 'react-native'] as const) {
    if (typeof target(kind, win)?.postMessage === 'function') return kind;
  }
  return null;
}

/** Sends one event to native code; false when that bridge is not in the page. */
export function postToNative(kind: NativeBridgeKind, message: NativeMessage, win: BridgeWindow = window as BridgeWindow): boolean {
  const bridge = target(kind, win);
  if (typeof bridge?.postMessage !== 'function') return false;
  bridge.postMessage(JSON.stringify(message));
  return true;
}
