import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { handoffCodePage } from '@dubai-pay/contract';
import type { FrameAppearance, Locale, Service } from '@dubai-pay/core';
import type { CheckoutConfig } from '../checkout-controller.ts';
import { DubaiPayElement, translations } from '../dubai-pay.ts';
import { type DubaiPayChangeEvent, DubaiPayLocaleChangeEvent, DubaiPayReceiptEvent } from '../events.ts';
import { format, type Translation } from '../i18n/translation.ts';
import { HandoffController } from './handoff-controller.ts';
import { IdleWarning } from './idle-warning.ts';
import { applyKey, keypad, type KeypadKey } from './keypad.ts';
import { KIOSK_STRINGS } from './kiosk-strings.ts';
import { idleWarningStyles, kioskStyles } from './kiosk-styles.ts';
import { receiptLines } from './receipt-lines.ts';
import { KIOSK_DEADLINE_MS } from '../shared-client.ts';

const isNumeric = (kind: string) => kind === 'integer' || kind === 'digits';

/** The kiosk's version of each language's strings, made once. */
const KIOSK_TRANSLATIONS = new WeakMap<Translation, Translation>();

/**
 * `<dubai-pay>` with kiosk mode, from the kiosk bundle (`dubai-pay-kiosk.js`). With
 * `mode="kiosk"`: touch targets of 56 px and more, larger type, no text selection or context
 * menu; the language switch always shown; an on-screen keypad for every numeric field (the hosted
 * fields have their own, inside the frame); an idle reset with a visible countdown that cancels the
 * unpaid session, wipes every field and starts over (`dubai-pay-idle-reset`); nothing kept in
 * storage; full-screen 3-D Secure, with "finish on your phone" when the bank's page wants typing;
 * receipts for 80 mm printers and a `dubai-pay-receipt` event.
 * Without `mode="kiosk"` it is the plain checkout.
 *
 * @tagname dubai-pay
 * @event dubai-pay-idle-reset - Kiosk: left idle; the unpaid session was canceled and everything wiped. `detail: { sessionId }`
 * @event dubai-pay-receipt - Kiosk: the receipt with printable lines. `detail: { receipt, lines: { en, ar } }`
 * @event dubai-pay-locale-change - Kiosk: the customer switched the language. `detail: { locale }`
 * @csspart kiosk-bar - The bar with the language switch.
 * @csspart language-button - Switches between Arabic and English.
 * @csspart idle-warning - The countdown before an idle reset.
 * @csspart idle-continue-button - "I am still here".
 * @csspart idle-alert - The (visually hidden) alert that reads the warning out.
 * @csspart challenge-handoff-button - In a 3-D Secure challenge: stops it and hands the payment to the phone.
 * @csspart keypad - The on-screen numeric keypad.
 * @csspart keypad-key - One key of it.
 * @csspart handoff-button - "Pay on your phone": starts the hand-off of this payment.
 * @csspart handoff-error - Why the hand-off could not start.
 * @csspart handoff - The hand-off: its QR code, its code and the way back.
 * @csspart handoff-qr - The QR code of the single-use hand-off link.
 * @csspart handoff-code - The 8-digit code, for typing on the gateway's page instead.
 * @csspart handoff-back-button - Back to paying here.
 */
export class DubaiPayKioskElement extends DubaiPayElement {
  static override styles = [DubaiPayElement.styles, kioskStyles, idleWarningStyles];

  static override properties: PropertyDeclarations = {
    mode: { attribute: 'mode', reflect: true },
    idleTimeout: { attribute: 'idle-timeout', type: Number },
  };

  /** `kiosk` for a touch-screen kiosk; default `web` (the plain checkout). */
  declare mode: 'web' | 'kiosk';
  /** Kiosk: seconds without a touch before the checkout starts over (a countdown shows first). Default 90. */
  declare idleTimeout: number;

  /** "Pay on your phone instead", with its own watch of the session. */
  private readonly handoff = new HandoffController(this, this.checkout);

  /** The input the keypad types into. */
  private keypadTarget: string | null = null;
  /** The idle reset: the countdown, then the reset for the next customer. */
  private readonly idle = new IdleWarning(this, {
    onExpire: () => {
      // The customer walked away, hand-off or not: its code and QR go with everything else
      // (the next person must not be able to pay, or see, this session from here).
      this.handoff.stop();
      this.keypadTarget = null;
      void this.checkout.resetForIdle().then(() => this.idle.activity());
    },
  });

  constructor() {
    super();
    this.mode = 'web';
    this.idleTimeout = 90;
  }

  get kiosk(): boolean {
    return this.mode === 'kiosk';
  }

  protected override checkoutConfig(): CheckoutConfig {
    const config = super.checkoutConfig();
    if (!this.kiosk) return config;
    // A kiosk is one machine for many people: no popups, nothing remembered, its own channel. Nor,
    // unless the page lists it, direct debit: the bank's site would take over the kiosk's screen
    // (its idle reset cannot run there); "pay on your phone" takes the customer to their bank instead.
    const methods = config.methods.length ? config.methods : (['card', 'edirham'] as const);
    return { ...config, methods: [...methods], kiosk: true, channel: 'kiosk', bankApproval: 'redirect', deadline: KIOSK_DEADLINE_MS, onActivity: this.idle.activity };
  }

  /** While the kiosk shows the hand-off, it stands in for the payment form. */
  protected override paymentReplaced(): boolean {
    return this.handoff.handoff !== null;
  }

  /** Kiosk: larger type and targets in the hosted fields too. */
  protected override fieldsAppearance(): FrameAppearance {
    return this.kiosk ? { ...super.fieldsAppearance(), size: 'large' } : super.fieldsAppearance();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('contextmenu', this.onContextMenu);
    this.addEventListener('dubai-pay-success', this.onSuccess);
    this.renderRoot.addEventListener('focusin', this.onFocusIn);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('contextmenu', this.onContextMenu);
    this.removeEventListener('dubai-pay-success', this.onSuccess);
    this.renderRoot.removeEventListener('focusin', this.onFocusIn);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.numericInputMode = this.kiosk ? 'none' : 'numeric';
    if (changed.has('mode') || changed.has('idleTimeout')) this.idle.configure(this.kiosk ? this.idleTimeout : null);
  }

  /** Kiosk: the checkout's strings with the kiosk's own wording where a paper printer changes it. */
  protected override get t(): Translation {
    const t = super.t;
    if (!this.kiosk) return t;
    const made = KIOSK_TRANSLATIONS.get(t);
    if (made) return made;
    const kiosk = { ...t, print: KIOSK_STRINGS[t.$lang].print };
    KIOSK_TRANSLATIONS.set(t, kiosk);
    return kiosk;
  }

  protected override renderTop(): unknown {
    if (!this.kiosk) return nothing;
    const other = this.t.$lang === 'ar' ? 'en' : 'ar';
    return html`<div part="kiosk-bar">
        <button part="language-button" type="button" lang=${other} @click=${() => this.switchLanguage(other)}>${KIOSK_STRINGS[other].languageName}</button>
      </div>
      ${this.idle.render(this.t.$lang)}`;
  }

  protected override renderInputsExtras(service: Service): TemplateResult | typeof nothing {
    if (!this.kiosk || !service.inputs.some((input) => isNumeric(input.kind))) return nothing;
    return keypad(this.t.$lang, this.onKeypad);
  }

  /** Paying on the phone instead: a button, then the QR code and the code while the kiosk waits. */
  protected override renderPaymentExtras(): unknown {
    if (!this.kiosk) return nothing;
    const k = KIOSK_STRINGS[this.t.$lang];
    const handoff = this.handoff.handoff;
    if (!handoff) {
      return html`<button part="handoff-button" type="button" ?disabled=${this.handoff.active} @click=${() => void this.handoff.start()}>${k.handoff}</button>
        ${this.handoff.error ? html`<p part="handoff-error" role="alert">${this.handoff.error.messages[this.t.$lang]}</p>` : nothing}`;
    }
    const qr = this.handoff.qr;
    return html`<section part="handoff" aria-labelledby="handoff-title">
      <h3 id="handoff-title" tabindex="-1" data-focus-target>${k.handoffTitle}</h3>
      ${
        qr
          ? html`<svg part="handoff-qr" viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-label=${k.handoffQr}><rect width="100%" height="100%" fill="#fff"></rect><path d=${qr.path} fill="#000"></path></svg>
              <p>${k.handoffScan}</p>`
          : nothing
      }
      <p>${format(k.handoffCode, { url: handoffCodePage(handoff.url) })}</p>
      <p class="ltr" part="handoff-code">${handoff.code.slice(0, 4)} ${handoff.code.slice(4)}</p>
      <button part="handoff-back-button" type="button" @click=${() => this.handoff.stop()}>${k.handoffBack}</button>
    </section>`;
  }

  /**
   * 3-D Secure on a kiosk: a bank page that asks for a code has no keypad here (a touch-only kiosk
   * cannot finish it), so the phone can: see `finishOnPhone`.
   */
  protected override renderChallengeExtras(): unknown {
    if (!this.kiosk) return nothing;
    return html`<button part="challenge-handoff-button" type="button" @click=${this.finishOnPhone}>${KIOSK_STRINGS[this.t.$lang].challengeHandoff}</button>`;
  }

  /**
   * Stops the verification (the attempt ends as `authentication_canceled`, nothing charged, the
   * session stays open), then hands that session to the phone once the checkout is ready for it
   * again (the hand-off starts only then; a challenge that meanwhile ended paid or failed starts none).
   */
  private finishOnPhone = (): void => {
    const next = (event: Event) => {
      if ((event as DubaiPayChangeEvent).detail.step === 'ready') void this.handoff.start();
    };
    this.addEventListener('dubai-pay-change', next, { once: true });
    this.checkout.stopAuthentication();
  };

  /** The kiosk's language: this checkout's, and (by the event) the page's and the service browser's. */
  private switchLanguage(locale: Locale): void {
    this.locale = locale;
    this.dispatchEvent(new DubaiPayLocaleChangeEvent({ locale }));
  }

  /** No context menu on a kiosk (a long press must not open one). */
  private onContextMenu = (event: Event): void => {
    if (this.kiosk) event.preventDefault();
  };

  private onFocusIn = (event: Event): void => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.dataset['numeric'] !== undefined) this.keypadTarget = target.name;
  };

  /** The receipt as printable lines in both languages, for shells with their own printer. */
  private onSuccess = (event: Event): void => {
    if (!this.kiosk) return;
    const { receipt } = (event as GlobalEventHandlersEventMap['dubai-pay-success']).detail;
    const entity = this.checkout.entity;
    this.dispatchEvent(
      new DubaiPayReceiptEvent({
        receipt,
        lines: {
          en: receiptLines(receipt, translations.en, entity?.name.en ?? null, this.checkout.service),
          ar: receiptLines(receipt, translations.ar, entity?.name.ar ?? null, this.checkout.service),
        },
      }),
    );
  };

  /** A keypad key into the chosen input (or the first numeric one), as if typed there. */
  private onKeypad = (key: KeypadKey): void => {
    const inputs = [...this.renderRoot.querySelectorAll<HTMLInputElement>('[part="inputs-form"] input[data-numeric]')];
    const input = inputs.find((i) => i.name === this.keypadTarget) ?? inputs[0];
    if (!input) return;
    const next = applyKey(input.value, input.selectionStart ?? input.value.length, key);
    input.value = next.value;
    this.checkout.setInput(input.name, next.value);
    input.focus();
    input.setSelectionRange(next.caret, next.caret);
  };
}
