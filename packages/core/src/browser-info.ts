import type { BrowserInfo } from '@dubai-pay/contract';

/** Colour depths EMV 3DS accepts (`browserColorDepth`). */
const COLOR_DEPTHS = [1, 4, 8, 15, 16, 24, 32, 48] as const;

/** The screen depth as EMV accepts it: the nearest allowed value at or below, and 30 (HDR) as 32. */
export function emvColorDepth(depth: number): number {
  // HDR screens report 30 bits; acquirers expect 32 for them (EMV has no 30).
  if (depth === 30) return 32;
  let chosen: number = COLOR_DEPTHS[0];
  for (const allowed of COLOR_DEPTHS) if (allowed <= depth) chosen = allowed;
  return chosen;
}

/**
 * The browser data 3-D Secure needs (EMV 3DS 2.x, browser channel). Accept header and IP
 * address are read by the gateway from the request itself.
 */
export function collectBrowserInfo(): BrowserInfo {
  return {
    language: navigator.language.slice(0, 35),
    colorDepth: emvColorDepth(screen.colorDepth),
    screenHeight: screen.height,
    screenWidth: screen.width,
    // EMV's browserTZ is UTC minus local time in minutes: exactly getTimezoneOffset().
    timeZoneOffset: new Date().getTimezoneOffset(),
    userAgent: navigator.userAgent.slice(0, 2048),
    javaEnabled: false,
    javascriptEnabled: true,
  };
}

export function inBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined';
}
