import type { Clock } from './clock.ts';
import type { KeyEvent } from './keypad.ts';
import type { Language } from './prompts.ts';

/**
 * One leg of a phone call as the IVR's code sees it: it speaks, reads DTMF keys with a timeout,
 * hangs up, and transfers. A voice platform (or the terminal, in `pnpm ivr`) implements it.
 */
export interface PhoneLine {
  readonly clock: Clock;
  /** Spoken to the caller (text-to-speech). */
  say(text: string): void;
  /** The next key the caller pressed (type-ahead kept), `timeout` after `ms`, or `hung_up`. */
  next(ms: number): Promise<KeyEvent>;
  /** Written to the call's log: what the caller keyed (card data masked), a silence. Never spoken. */
  note(text: string): void;
  hangUp(): void;
  /** False once either side has hung up. */
  connected(): boolean;
  /**
   * Connects the caller to another line (e.g. the gateway's own payment line) with a little call
   * data (as SIP User-to-User data: the session id, the language; never card data); the caller's
   * keys go there until it hands the caller back. False: no such line.
   */
  transfer(destination: string, data: TransferData): Promise<boolean>;
}

export interface TransferData {
  session: string;
  language: Language;
}

/** Bidi controls (LRM, RLM, ALM, embeddings, isolates): invisible on screen, noise to a speech engine. */
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** Text as a speech engine should get it: no direction marks, no runs of spaces. */
export function speakable(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
}
