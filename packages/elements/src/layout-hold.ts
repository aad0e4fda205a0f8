import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long after the pointer is released the layout still waits: the tap's `click` comes after `pointerup`. */
const RELEASE_DELAY_MS = 250;
/** A press held longer than this (or whose release never arrives) stops holding the layout. */
const MAX_HOLD_MS = 3000;

/**
 * Holds layout changes while a pointer is pressed on the host: a size the hosted fields report
 * in that time (an error line appears as the frame loses focus to the pressed button) waits until
 * the press has become a click. Otherwise the button moves between press and release, and the
 * release lands elsewhere: the tap is lost, on a kiosk or a phone as in a test driver.
 */
export class LayoutHoldController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #held = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** A pointer is down on the host (or was released a moment ago): keep the layout as it is. */
  get held(): boolean {
    return this.#held;
  }

  hostConnected(): void {
    this.#host.addEventListener('pointerdown', this.#press, true);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('pointerdown', this.#press, true);
    this.#stopListening();
    clearTimeout(this.#timer);
    this.#held = false;
  }

  readonly #press = (): void => {
    this.#held = true;
    addEventListener('pointerup', this.#release, true);
    addEventListener('pointercancel', this.#release, true);
    this.#releaseIn(MAX_HOLD_MS);
  };

  readonly #release = (): void => {
    this.#stopListening();
    this.#releaseIn(RELEASE_DELAY_MS);
  };

  #releaseIn(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#stopListening();
      this.#held = false;
      this.#host.requestUpdate();
    }, ms);
  }

  #stopListening(): void {
    removeEventListener('pointerup', this.#release, true);
    removeEventListener('pointercancel', this.#release, true);
  }
}
