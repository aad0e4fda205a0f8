import { html, nothing, type LitElement, type ReactiveController } from 'lit';
import type { Locale } from '@dubai-pay/core';
import { plural } from '@dubai-pay/contract';
import { IdleTimer } from './idle-timer.ts';
import { KIOSK_STRINGS } from './kiosk-strings.ts';

/** The one point in the countdown that is read out again, in seconds left (the `idleAlertLeft` string). */
const ANNOUNCE_AGAIN_AT = 10;

/** The deepest element with focus, through shadow roots (a cross-origin frame is as deep as it goes). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Focus is nowhere: the element that had it was removed (the body, or a shadow host with nothing focused inside, has it). */
export function focusLost(): boolean {
  const active = deepActiveElement();
  return !active || active === document.body || active.shadowRoot !== null;
}

/**
 * A kiosk's idle reset with its warning, the same for the checkout and the service browser:
 * after `idle-timeout` seconds without a touch, a countdown with "I am still here", then
 * `onExpire`. The countdown's number is not live (a screen reader would read every second): an
 * alert, in the page from the start, says the warning once when it appears and once more at ten
 * seconds left (WCAG 4.1.3). Focus goes to the button, and back to where it was after it (2.4.3).
 * `warn()`: whether there is anything to warn about (the service browser's start screen has not).
 */
export class IdleWarning implements ReactiveController {
  /** Seconds left while the warning shows, else null. */
  secondsLeft: number | null = null;
  /** The seconds the alert said when the warning appeared (null: it says nothing); `late`: it said "10 seconds left" since. */
  #alert: { seconds: number; late: boolean } | null = null;
  #timer: IdleTimer | null = null;
  /** Seconds, or null: off. */
  #timeout: number | null = null;
  #shown = false;
  #focusBefore: HTMLElement | null = null;
  readonly #host: LitElement;
  readonly #onExpire: () => void;
  readonly #warn: () => boolean;

  constructor(host: LitElement, options: { onExpire: () => void; warn?: () => boolean }) {
    this.#host = host;
    this.#onExpire = options.onExpire;
    this.#warn = options.warn ?? (() => true);
    host.addController(this);
  }

  /** Turns the timer on with a timeout in seconds (at least 10; 90 if not a number), or off with null. */
  configure(timeout: number | null): void {
    this.#timeout = timeout === null ? null : Math.max(10, Number.isFinite(timeout) ? timeout : 90);
    if (this.#host.isConnected) this.hostConnected();
  }

  /** A touch, a key, a change in the hosted fields: the customer is still there. */
  activity = (): void => this.#timer?.activity();

  hostConnected(): void {
    this.hostDisconnected();
    for (const type of ['pointerdown', 'keydown', 'input']) this.#host.addEventListener(type, this.activity, true);
    if (this.#timeout === null) return;
    const timeoutMs = this.#timeout * 1000;
    this.#timer = new IdleTimer({
      timeoutMs,
      warnMs: Math.min(20_000, timeoutMs / 3),
      onTick: (seconds) => this.#tick(seconds),
      onExpire: () => {
        this.#tick(null);
        this.#onExpire();
      },
    });
    this.#timer.start();
  }

  hostDisconnected(): void {
    for (const type of ['pointerdown', 'keydown', 'input']) this.#host.removeEventListener(type, this.activity, true);
    this.#timer?.stop();
    this.#timer = null;
    this.#tick(null);
  }

  #tick(next: number | null): void {
    const seconds = next !== null && this.#warn() ? next : null;
    if (seconds === this.secondsLeft) return;
    if (seconds === null) this.#alert = null;
    else if (this.secondsLeft === null) this.#alert = { seconds, late: false };
    else if (this.#alert && this.#alert.seconds > ANNOUNCE_AGAIN_AT && seconds <= ANNOUNCE_AGAIN_AT) this.#alert = { ...this.#alert, late: true };
    this.secondsLeft = seconds;
    this.#host.requestUpdate();
  }

  /** What the alert says now. */
  alertText(lang: Locale): string {
    const k = KIOSK_STRINGS[lang];
    if (!this.#alert) return '';
    return this.#alert.late ? plural(lang, ANNOUNCE_AGAIN_AT, k.idleAlertLeft) : plural(lang, this.#alert.seconds, k.idleQuestion);
  }

  hostUpdated(): void {
    const shown = this.secondsLeft !== null;
    if (shown === this.#shown) return;
    this.#shown = shown;
    if (shown) {
      const active = deepActiveElement();
      this.#focusBefore = active instanceof HTMLElement && active !== document.body ? active : null;
      this.#host.renderRoot.querySelector<HTMLElement>('[part=idle-continue-button]')?.focus();
      return;
    }
    // The button had focus and is gone: back to where the customer was (unless they touched something else).
    if (focusLost() && this.#focusBefore?.isConnected) this.#focusBefore.focus();
    this.#focusBefore = null;
  }

  /** The alert (always there, so that what is put in it is read) and, while it shows, the warning. */
  render(lang: Locale): unknown {
    const k = KIOSK_STRINGS[lang];
    return html`<div part="idle-alert" class="visually-hidden" role="alert">${this.alertText(lang)}</div>
      ${
        this.secondsLeft === null
          ? nothing
          : html`<div part="idle-warning">
            <p>${plural(lang, this.secondsLeft, k.idleQuestion)}</p>
            <button part="idle-continue-button" type="button" @click=${this.activity}>${k.idleContinue}</button>
          </div>`
      }`;
  }
}
