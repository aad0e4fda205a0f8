import { html, LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { formatAmount, type BankId, type Locale, type FrameAppearance, type InputValues, type PaymentMethodType, type Service } from '@dubai-pay/core';
import { appearanceFromCss, BANKS, plural } from '@dubai-pay/contract';
import { appearanceStyle, type DubaiPayAppearance } from './appearance.ts';
import { checkAttributeValues, warnOnce } from './diagnostics.ts';
import { CheckoutController, type CheckoutConfig, type CheckoutMounts } from './checkout-controller.ts';
import { ar } from './i18n/ar.ts';
import { en } from './i18n/en.ts';
import { format, localeOf, type Translation } from './i18n/translation.ts';
import { LayoutHoldController } from './layout-hold.ts';
import { prerenderedFrame } from './prerendered-frame.ts';
import { ReceiptLoader } from './receipt-loader.ts';
import { receiptPending, receiptPendingStyles } from './receipt-pending.ts';
import { SCHEMES_ID, schemeMarks } from './scheme-marks.ts';
import { WEB_DEADLINE_MS } from './shared-client.ts';
import { problemText, type InputProblem } from './input-rules.ts';
import { detectNativeBridge, postToNative, type NativeBridgeKind, type NativeMessage } from './native-bridge.ts';
import { NATIVE_EVENTS } from './events.ts';
import { styles } from './styles.ts';
import { attemptEnd, type DubaiPaySubmitResult } from './submit-result.ts';

export const translations = { en, ar } as const;
const METHOD_LABEL = { card: 'methodCard', edirham: 'methodEdirham', direct_debit: 'methodDirectDebit' } as const;

/**
 * @tagname dubai-pay
 * @summary The drop-in checkout: shows what is owed, takes card or e-Dirham details in the
 * gateway's hosted fields (the page never sees them), pays once, and ends on a receipt.
 *
 * @event dubai-pay-ready - Loaded and ready to pay. `detail: { sessionId, amount, currency }`
 * @event dubai-pay-change - Step, method, completeness or a declined attempt changed. `detail: { step, method, complete, error }`
 * @event dubai-pay-success - Terminal: paid. `detail: { sessionId, receipt }`
 * @event dubai-pay-error - Terminal: the payment cannot go on. `detail: { code, message: { en, ar }, sessionId }`
 * @event dubai-pay-cancel - Terminal: canceled by the customer. `detail: { sessionId }`
 *
 * @slot header - The agency's content at the top of the checkout (a logo, an introduction).
 * @slot footer - The agency's content at the bottom of the checkout (terms, a help line).
 * @slot pay-button - The agency's own Pay button, in place of the checkout's: a click on a button in it pays, as `submit()` does.
 * @slot fields - The card fields' iframe, rendered by the agency's server with the page (`prerenderedFields` from `@dubai-pay/core/server`): taken over when it is exactly the frame this checkout would make, removed otherwise.
 * @csspart base - The checkout's box.
 * @csspart entity - The entity's name.
 * @csspart summary - What is owed.
 * @csspart line-item - One line of what is owed.
 * @csspart total - The total line.
 * @csspart inputs-form - The form for a service's inputs.
 * @csspart field - One input with its label.
 * @csspart submit-button - The button that asks for the fees.
 * @csspart methods - The payment method group.
 * @csspart method - One payment method option (and one bank).
 * @csspart banks - The bank group, for direct debit.
 * @csspart bank - One bank option.
 * @csspart frame - The hosted fields iframe.
 * @csspart error - The error message.
 * @csspart issuer-message - Text the card's bank sent for the customer in 3-D Secure, as it sent it.
 * @csspart pay-button - The pay button.
 * @csspart cancel-button - The cancel button (it asks before it cancels).
 * @csspart cancel-confirm - The question "cancel this payment?".
 * @csspart cancel-confirm-button - Cancels the payment.
 * @csspart cancel-keep-button - Goes back to the payment.
 * @csspart canceled - What a canceled payment says.
 * @csspart start-again-button - A new payment for the same service, after a cancel or an end (a quoted service only).
 * @csspart status - What the checkout is doing (loading, paying, checking, showing the receipt): a live region, always there.
 * @csspart receipt - The receipt.
 * @csspart receipt-pending - Paid, while the receipt is still loading or could not be loaded: its number and amount.
 * @csspart receipt-retry-button - On receipt-pending, after a failed load: loads the receipt again.
 * @csspart print-button - The print button.
 * @csspart scheme-marks - The card schemes' marks beside "Credit or debit card".
 * @csspart scheme-mark - One card scheme's mark (an image named after its scheme).
 * @csspart send-to-phone-button - On the receipt: makes a link to it for the customer's phone.
 * @csspart send-to-phone - The receipt link as a QR code and a link (or why it could not be made).
 * @csspart send-to-phone-qr - The receipt link's QR code.
 * @csspart send-to-phone-link - The receipt link.
 * @csspart challenge-dialog - The modal dialog a 3-D Secure challenge is shown in.
 * @csspart challenge - The inline place of a challenge (`challenge-display="inline"`).
 * @csspart challenge-cancel-button - Asks to stop the verification.
 * @csspart challenge-confirm - The question "stop verifying?".
 * @csspart challenge-stop-button - Stops the verification.
 * @csspart challenge-keep-button - Goes on with the verification.
 * @csspart challenge-timeout - The warning that the verification is about to be given up.
 * @csspart challenge-more-time-button - Gives the verification its whole time again.
 *
 * @cssproperty --dubai-pay-color-primary - Buttons, selection. Default `#00665e`.
 * @cssproperty --dubai-pay-color-on-primary - Text on primary. Default `#ffffff`.
 * @cssproperty --dubai-pay-color-text - Text; forwarded to the hosted fields. Default `#1b1f23`.
 * @cssproperty --dubai-pay-color-muted - Secondary text. Default `#57606a`.
 * @cssproperty --dubai-pay-color-background - Background; forwarded. Default `#ffffff`.
 * @cssproperty --dubai-pay-color-border - Borders; forwarded. Default `#8c959f`.
 * @cssproperty --dubai-pay-color-error - Errors; forwarded. Default `#b42318`.
 * @cssproperty --dubai-pay-color-focus - Focus ring; forwarded. Default `#b25e00`.
 * @cssproperty --dubai-pay-radius - Corner radius; forwarded. Default `8px`.
 * @cssproperty --dubai-pay-font-family - Font; forwarded. Default system UI, with Noto Sans Arabic first in Arabic.
 * @cssproperty --dubai-pay-font-size - Base size; forwarded. Default `16px`.
 * @cssproperty --dubai-pay-input-border-width - Fields' border width; forwarded. Default `1px`.
 * @cssproperty --dubai-pay-input-background - Fields' background; forwarded. Default `var(--dubai-pay-color-background)`.
 * @cssproperty --dubai-pay-label-font-weight - Labels' weight; forwarded. Default `600`.
 * @cssproperty --dubai-pay-button-font-weight - Buttons' weight. Default `400`.
 *
 * Colours are forwarded to the hosted fields when given as hex (`#rgb`, `#rrggbb`); fonts, the
 * families in the list that the gateway shows. The `appearance` property sets all of these as one object.
 */
export class DubaiPayElement extends LitElement {
  static override styles: CSSResultGroup = [styles, receiptPendingStyles];

  /**
   * Reactive properties and their attributes. (Declared here rather than with decorators: the
   * decorator helpers cost the agency-page bundle about a kilobyte.)
   */
  static override properties: PropertyDeclarations = {
    gateway: { attribute: 'gateway' },
    publishableKey: { attribute: 'publishable-key' },
    clientSecret: { attribute: 'client-secret' },
    service: { attribute: 'service' },
    reference: { attribute: 'reference' },
    inputs: { attribute: 'inputs', converter: { fromAttribute: (value: string | null) => Object.fromEntries(new URLSearchParams(value ?? '')) } },
    locale: { attribute: 'locale', reflect: true },
    methods: { attribute: 'methods', converter: { fromAttribute: (value: string | null) => (value ?? '').split(/\s+/).filter(Boolean) } },
    challengeDisplay: { attribute: 'challenge-display' },
    challengeTimeout: { attribute: 'challenge-timeout', type: Number },
    bankApproval: { attribute: 'bank-approval' },
    threeDsDecline: { attribute: 'three-ds-decline', converter: { fromAttribute: (value: string | null) => (value ?? '').split(/\s+/).filter(Boolean) } },
    nativeBridge: { attribute: 'native-bridge' },
    appearance: { attribute: false },
    askingToCancel: { state: true },
    missingBank: { state: true },
  };

  /** The gateway's API base URL, e.g. `https://gateway.example/v1`. */
  declare gateway: string;
  /** The agency's publishable key (`pk_…`). */
  declare publishableKey: string;
  /** A session created by the agency's server: its client secret. */
  declare clientSecret: string;
  /** Or a service to quote and pay in the browser: its catalog id. */
  declare service: string;
  /**
   * Service mode: the agency's own reference for this payment (an application or case number, at
   * most 64 characters), kept on the session, on the receipt and in every event and webhook. A
   * session made by the agency's server carries the one the server gave.
   */
  declare reference: string;
  /**
   * The service's inputs. As an attribute, URL-encoded (`plate_number=A%2012345&years=2`);
   * as a property, an object.
   */
  declare inputs: InputValues;
  /** `ar` or `en`; by default the nearest `lang` attribute's language. */
  declare locale: Locale | '';
  /** Space-separated methods to offer, among `card edirham direct_debit`; default all the session allows. */
  declare methods: PaymentMethodType[];
  /** Where a 3-D Secure challenge is shown: `modal` (a dialog, the default) or `inline` (in place of the form). */
  declare challengeDisplay: 'modal' | 'inline';
  /** Seconds before an unanswered 3-D Secure challenge is given up. Default 600 (10 minutes). */
  declare challengeTimeout: number;
  /** How the customer reaches their bank for direct debit: `redirect` (default; webviews, kiosks) or `popup`. */
  declare bankApproval: 'redirect' | 'popup';
  /**
   * 3-D Secure outcomes to decline although the gateway's policy for the agency would pay them,
   * space-separated: `attempted` (`A`: only an attempt was recorded) and `unavailable` (`U`).
   * It can only make the gateway's policy stricter.
   */
  declare threeDsDecline: ('attempted' | 'unavailable')[];
  /**
   * Events also go to the app hosting this page in a webview, as JSON: `auto` (default) when the
   * page finds a bridge (iOS WKWebView, Android WebView, React Native WebView), or the one named, or `off`.
   */
  declare nativeBridge: 'auto' | NativeBridgeKind | 'off';
  /**
   * The looks as one object: `{ variables: { colorPrimary, radius, fontFamily, … }, rules: { input,
   * label, button } }`, the same values as the custom properties, checked (a value out of bounds
   * is left out, with a console warning) and forwarded to the card fields.
   */
  declare appearance: DubaiPayAppearance | null;
  /** "Cancel payment" was pressed: the checkout asks before it cancels. */
  declare protected askingToCancel: boolean;
  constructor() {
    super();
    Object.assign(this, {
      gateway: '',
      publishableKey: '',
      clientSecret: '',
      service: '',
      reference: '',
      inputs: {},
      locale: '',
      methods: [],
      challengeDisplay: 'modal',
      challengeTimeout: 600,
      bankApproval: 'redirect',
      threeDsDecline: [],
      nativeBridge: 'auto',
      appearance: null,
      askingToCancel: false,
      missingBank: false,
    });
  }

  /** Everything needed is given (card details complete, or a bank chosen): Pay will pay. */
  get readyToPay(): boolean {
    return this.checkout.canPay;
  }

  /** The attempt `submit()` started, while it is under way: a second call gets the same one. */
  #submission: Promise<DubaiPaySubmitResult> | null = null;

  /**
   * Pays with what the customer entered, as Pay does (for the agency's own button, or its own
   * flow): resolves when the attempt ends, with what the gateway said (`DubaiPaySubmitResult`).
   * Details missing: nothing is sent, and the checkout shows what is missing. Called again while
   * an attempt is under way, it returns that attempt: one payment, never two. A bank reached by
   * redirect leaves the page, so the promise does not resolve there.
   */
  submit(): Promise<DubaiPaySubmitResult> {
    this.#submission ??= this.#submit().finally(() => (this.#submission = null));
    return this.#submission;
  }

  async #submit(): Promise<DubaiPaySubmitResult> {
    const c = this.checkout;
    if (c.step !== 'ready') return { outcome: 'not_ready', step: c.step };
    if (!c.canPay) {
      this.onPay();
      return { outcome: 'incomplete' };
    }
    const end = attemptEnd(this, () => {
      const error = c.error;
      return error ? { code: error.code, message: error.messages } : null;
    });
    this.onPay();
    return end;
  }

  /**
   * Back to the start of this payment: what was typed in the card fields is wiped, the chosen
   * method, bank, error and questions are gone (a service's inputs are kept, for the customer to
   * correct). After a cancel or an unpaid end, a quoted service starts a new payment. Never while
   * a payment is under way or once it is paid: then it returns false and changes nothing.
   */
  reset(): boolean {
    this.askingToCancel = false;
    this.missingBank = false;
    return this.checkout.reset();
  }

  /** The webview bridge in use, if any. In a webview there are no popups: the bank is reached by redirect. */
  get activeNativeBridge(): NativeBridgeKind | null {
    if (this.nativeBridge === 'off') return null;
    return this.nativeBridge === 'auto' ? detectNativeBridge() : this.nativeBridge;
  }

  protected readonly checkout: CheckoutController = new CheckoutController(this, () => this.checkoutConfig());
  /** The receipt's code (and its "send to my phone"), loaded while the payment is made. */
  private readonly receiptCode = new ReceiptLoader(this, this.checkout);
  readonly #layoutHold = new LayoutHoldController(this);

  /** What the checkout works with, from the attributes. Kiosk mode adds to it. */
  protected checkoutConfig(): CheckoutConfig {
    return {
      gateway: this.gateway,
      publishableKey: this.publishableKey,
      clientSecret: this.clientSecret,
      service: this.service,
      reference: this.reference.slice(0, 64),
      inputs: this.inputs,
      methods: this.methods,
      locale: this.activeLocale,
      appearance: () => this.fieldsAppearance(),
      challengeDisplay: this.challengeDisplay === 'inline' ? 'inline' : 'modal',
      challengeTimeout: Number.isFinite(this.challengeTimeout) && this.challengeTimeout > 0 ? this.challengeTimeout * 1000 : 0,
      bankApproval: this.bankApproval === 'popup' && !this.activeNativeBridge ? 'popup' : 'redirect',
      channel: this.activeNativeBridge ? 'mobile' : 'web',
      kiosk: false,
      deadline: WEB_DEADLINE_MS,
      onActivity: () => {},
      challengeTitle: this.t.challengeFrameTitle,
      threeDsPolicy: Object.fromEntries((['attempted', 'unavailable'] as const).filter((outcome) => this.threeDsDecline.includes(outcome)).map((outcome) => [outcome, 'decline'])),
      mounts: this.mounts,
    };
  }

  /** The agency server's iframe (slot="fields") this checkout took over, while its fields are the ones in use. */
  #adoptedFrame: HTMLIFrameElement | null = null;
  /** A server-rendered frame is looked for once, for the first fields: never used twice, never picked up later. */
  #prerenderLookedFor = false;

  /** The hosted fields' iframe in use: the one the agency's server rendered, or this checkout's own. */
  protected get fieldsFrame(): HTMLIFrameElement | null {
    return this.#adoptedFrame ?? this.renderRoot.querySelector<HTMLIFrameElement>('iframe[part="frame"]');
  }

  /** The places the checkout's frames go, in this element's shadow root. */
  private readonly mounts: CheckoutMounts = {
    fieldsWindow: () => this.fieldsFrame?.contentWindow,
    prerenderedFields: ({ method, payment }) => {
      // Called for each new set of fields: a frame taken over before is done with.
      this.#adoptedFrame?.remove();
      this.#adoptedFrame = null;
      if (this.#prerenderLookedFor) return undefined;
      this.#prerenderLookedFor = true;
      const found = prerenderedFrame(this, { gateway: this.gateway, publishableKey: this.publishableKey, payment, method });
      this.#adoptedFrame = found?.iframe ?? null;
      return found;
    },
    methodMount: () => this.renderRoot.querySelector('[data-method-mount]') ?? undefined,
    challengeMount: () => this.renderRoot.querySelector('[data-challenge-mount]') ?? undefined,
    // The dialog's heading and padding take some of the viewport; inline, the component's width.
    challengeSpace: () =>
      this.challengeDisplay === 'inline' ? { width: this.getBoundingClientRect().width, height: innerHeight - 176 } : { width: innerWidth - 48, height: innerHeight - 176 },
  };

  /** The language in use: `locale`, else the nearest `lang`, else English. */
  get activeLocale(): Locale {
    return localeOf(this, this.locale);
  }

  protected get t(): Translation {
    return translations[this.activeLocale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const event of NATIVE_EVENTS) this.addEventListener(event.type, this.toNative);
    visualViewport?.addEventListener('resize', this.keepFocusVisible);
    this.addEventListener('focusin', this.#onCheckoutFocus);
    document.addEventListener('pointerdown', this.#onPagePointerDown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const event of NATIVE_EVENTS) this.removeEventListener(event.type, this.toNative);
    visualViewport?.removeEventListener('resize', this.keepFocusVisible);
    this.removeEventListener('focusin', this.#onCheckoutFocus);
    document.removeEventListener('pointerdown', this.#onPagePointerDown, true);
  }

  /**
   * What the customer last worked with in the checkout: the control focused or pressed (null once
   * they press anything else: text, the rest of the page). While it is set and focus is nowhere
   * (what had it is gone: a closed dialog, a re-rendered form), the checkout puts focus back (WCAG 2.4.3).
   */
  #lastFocused: Element | null = null;
  /** This page took up a payment the customer started (back from the bank, a reload): where it stands takes focus once. */
  #resumeFocusPending = true;
  readonly #onCheckoutFocus = (event: Event): void => {
    this.#lastFocused = event.composedPath()[0] as Element;
  };
  readonly #onPagePointerDown = (event: Event): void => {
    // A press on a control counts even where it does not focus it (Safari's buttons); a press on text does not.
    const pressed = event.composedPath().includes(this) ? (event.composedPath()[0] as Element) : null;
    this.#lastFocused = pressed?.closest?.('button, input, select, textarea, a[href], iframe, [tabindex]') ?? null;
  };

  /** Focus is nowhere (on the page's body), or was in this checkout on something that is gone. */
  private focusLost(): boolean {
    const active = document.activeElement;
    if (!active || active === document.body) return true;
    return active === this && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement === null;
  }

  /** Each event, as JSON, to the app hosting this page (see native-bridge.ts for the shapes). */
  private toNative = (event: Event): void => {
    const kind = this.activeNativeBridge;
    const type = event.type.slice('dubai-pay-'.length) as NativeMessage['type'];
    if (kind) postToNative(kind, { source: 'dubai-pay', version: 1, type, detail: (event as Event & { detail: unknown }).detail });
  };

  /** When the on-screen keyboard opens (the visual viewport shrinks), the focused field stays in sight. */
  private keepFocusVisible = (): void => {
    const focused = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (focused instanceof HTMLElement) focused.scrollIntoView({ block: 'nearest' });
  };

  /** The custom properties the last `appearance` set: only those are taken back (a page's own inline ones stay). */
  #appearanceSet: string[] = [];

  /** Sets `appearance` as custom properties of this element's inline style, through the CSSOM (CSP allows it). */
  #applyAppearance(): void {
    for (const name of this.#appearanceSet) this.style.removeProperty(name);
    const { properties, refused } = appearanceStyle(this.appearance);
    for (const [name, value] of properties) this.style.setProperty(name, value);
    this.#appearanceSet = properties.map(([name]) => name);
    for (const path of refused) warnOnce(`appearance.${path}`, `appearance.${path} is left out: not a setting, or out of its bounds (hex colours, sizes in px).`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A question or a hint about the payment form belongs to that form only: not after a decline, a hand-off, a reset.
    if (this.checkout.step !== 'ready') Object.assign(this, { askingToCancel: false, missingBank: false });
    const identity = ['gateway', 'publishableKey', 'clientSecret', 'service', 'inputs'] as const;
    if (identity.some((name) => changed.has(name))) void this.checkout.start();
    if (changed.has('appearance')) this.#applyAppearance();
    if (changed.has('locale') || changed.has('appearance')) this.checkout.configureFields();
    if ((['methods', 'challengeDisplay', 'bankApproval', 'threeDsDecline', 'nativeBridge'] as const).some((name) => changed.has(name)))
      checkAttributeValues({
        methods: this.methods,
        'challenge-display': this.challengeDisplay,
        'bank-approval': this.bankApproval,
        'three-ds-decline': this.threeDsDecline,
        'native-bridge': this.nativeBridge,
      });
  }

  protected override updated(): void {
    // The frame's height is set through the CSSOM, not a style attribute: agency pages run with
    // `style-src 'self'`, which blocks inline style attributes (and lit's styleMap writes one on first render).
    // While a finger or the mouse is down on the checkout, the frame keeps its size (layout-hold.ts).
    // A server-rendered frame whose fields are gone (paid, reset) goes too; one in use gets this checkout's words.
    if (this.#adoptedFrame && !this.checkout.fields?.prerendered) {
      this.#adoptedFrame.remove();
      this.#adoptedFrame = null;
    }
    if (this.#adoptedFrame) this.#adoptedFrame.title = this.checkout.method === 'edirham' ? this.t.edirhamFrameTitle : this.t.cardFrameTitle;
    const frame = this.fieldsFrame;
    if (frame && !this.#layoutHold.held) frame.style.blockSize = `${Math.max(this.checkout.frameHeight, 120)}px`;
    this.#bringErrorIntoView();
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog[part="challenge-dialog"]');
    // Modal: the rest of the page is inert and focus stays in the dialog (and the bank's frame in it).
    if (dialog && !dialog.open) dialog.showModal();
    this.moveFocus();
  }

  /** The error last brought into view: each one is, once. */
  #errorInView: unknown = null;

  /**
   * A new error comes into view when it appears (on a phone it can be below the fold, under Pay):
   * the alert region reads it out, focus stays where it was (Pay, to try again).
   */
  #bringErrorIntoView(): void {
    const error = this.checkout.error;
    if (error === this.#errorInView) return;
    this.#errorInView = error;
    if (error) this.renderRoot.querySelector('[part="error"]')?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * Focus follows what the checkout shows (WCAG 2.4.3). What must be read at once (a receipt, a
   * failure, a question) takes focus when it appears. Otherwise, when focus was in the checkout
   * and what had it is gone (a closed dialog, a re-rendered form) or this page resumed a payment,
   * the most relevant thing shown takes it: the error, else the step's own place to go on from.
   */
  private moveFocus(): void {
    const resuming = this.checkout.resumed && this.#resumeFocusPending;
    const lost = (this.#lastFocused !== null || resuming) && this.focusLost();
    // Never something behind a modal dialog: it cannot take focus.
    const reachable = (selector: string) => [...this.renderRoot.querySelectorAll<HTMLElement>(selector)].find((element) => !element.closest('[inert]'));
    const target = reachable('[data-focus-target]') ?? (lost ? (reachable('[part=error]') ?? reachable('[data-focus-fallback]')) : undefined);
    if (!target || (target.dataset.focused === 'true' && !lost)) return;
    target.dataset.focused = 'true';
    target.focus();
    if (resuming && this.checkout.step !== 'loading') this.#resumeFocusPending = false;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const c = this.checkout;
    // A modal challenge: what is behind it cannot be reached (the card fields' frame included).
    const behindModal = Boolean(c.authentication?.window) && this.challengeDisplay !== 'inline';
    // The card fields load while the payment is still being read: out of sight and reach, in the
    // place they will be shown (an iframe moved elsewhere in the page would load again).
    const preloading = c.step === 'loading' && c.fields !== null;
    const showPayment = (c.step === 'ready' || c.step === 'paying') && !this.paymentReplaced();
    return html`<div part="base" lang=${t.$lang} dir=${t.$dir}>
      ${this.renderTop()}
      <slot name="header"></slot>
      ${c.entity ? html`<p part="entity">${c.entity.name[t.$lang]}</p>` : nothing}
      ${c.service ? html`<h2>${c.service.name[t.$lang]}</h2>` : nothing}
      ${c.step === 'inputs' ? this.renderInputs() : nothing}
      ${['ready', 'paying', 'checking', 'failed'].includes(c.step) && c.items.length ? this.renderSummary() : nothing}
      <div class="payment ${preloading ? 'preloading' : ''} ${showPayment || preloading || c.step === 'ready' ? '' : 'silent'}" ?inert=${behindModal || preloading}>
        ${showPayment ? this.renderMethods() : nothing}
        ${(showPayment || preloading) && (c.method === 'card' || c.method === 'edirham') ? this.renderFrame(c.method) : nothing}
        ${showPayment ? this.renderPayment() : nothing}
        ${c.step === 'ready' ? html`<div class=${c.awaitingFields ? 'awaiting-fields' : ''}>${this.renderPaymentExtras()}</div>` : nothing}
      </div>
      ${c.step === 'paying' ? this.renderAuthentication() : nothing}
      ${this.renderStatus()}
      ${this.renderError()}
      ${c.step === 'receipt' ? this.renderReceipt() : nothing}
      ${c.step === 'canceled' ? html`<p part="canceled" data-focus-target tabindex="-1">${t.canceled}</p>` : nothing}
      ${c.canStartAgain ? html`<div class="actions"><button part="start-again-button" type="button" @click=${() => void c.startAgain()}>${t.startAgain}</button></div>` : nothing}
      <slot name="footer"></slot>
    </div>`;
  }

  /**
   * What the checkout is doing, in one live region that is always there (a region inserted with
   * its text is not announced): loading, paying, retrying, waiting for the bank, checking.
   * A challenge dialog has its own, since everything outside a modal dialog is silent.
   */
  private renderStatus(): TemplateResult {
    const { t, checkout: c } = this;
    const state = c.state;
    let text = '';
    if (state.step === 'loading') text = t.loading;
    else if (state.step === 'checking') text = t.checkingPayment;
    else if (state.step === 'ready' && c.awaitingFields) text = t.loadingFields;
    else if (state.step === 'paying' && !c.authentication?.window) text = this.payingProgress();
    else if (state.step === 'receipt' && !this.receiptCode.view) text = this.receiptCode.failed ? t.receiptNotLoaded : t.receiptLoading;
    return html`<p role="status" part="status" class="muted ${text ? '' : 'silent'}" tabindex="-1" ?data-focus-fallback=${state.step === 'paying' || state.step === 'checking'}>${text}</p>`;
  }

  /** What a payment under way is doing, in words. */
  private payingProgress(): string {
    const { t, checkout: c } = this;
    const state = c.state;
    if (state.step !== 'paying') return '';
    const a = c.authentication;
    if (a) return a.progress === 'checking' ? t.checking : a.progress === 'challenge' ? t.challengeIntro : t.verifying;
    if (state.retrying) return t.stillTrying;
    if (state.phase.kind === 'bank') return state.phase.popup ? t.bankPopupWaiting : t.paying;
    return t.paying;
  }

  /** Above the checkout: nothing here; kiosk mode shows its language switch and idle countdown. */
  protected renderTop(): unknown {
    return nothing;
  }

  /** Whether something else stands in for the payment form (kiosk: the hand-off to the customer's phone). */
  protected paymentReplaced(): boolean {
    return false;
  }

  /** After the payment form: nothing here; kiosk mode offers paying on the customer's phone. */
  protected renderPaymentExtras(): unknown {
    return nothing;
  }

  /** Inside the inputs form, before its button: nothing here; kiosk mode shows its keypad. */
  protected renderInputsExtras(_service: Service): unknown {
    return nothing;
  }

  /** In a 3-D Secure challenge, under its progress text: nothing here; kiosk mode offers finishing on the phone. */
  protected renderChallengeExtras(): unknown {
    return nothing;
  }

  /** How numeric inputs ask for a keyboard: `numeric` here; `none` on a kiosk (it has its keypad). */
  protected numericInputMode: 'numeric' | 'none' = 'numeric';

  private renderSummary(): TemplateResult {
    const { t, checkout: c } = this;
    return html`<section part="summary" aria-labelledby="owed">
      <h3 id="owed" tabindex="-1" ?data-focus-fallback=${c.step === 'ready'}>${t.owed}</h3>
      <ul>
        ${c.items.map(
          (item) => html`<li part="line-item">
            <span>${item.description[t.$lang]}${item.quantity > 1 ? html` <span class="ltr">${format(t.quantity, { quantity: item.quantity })}</span>` : nothing}</span>
            <span class="ltr">${formatAmount(item.amount, t.$lang)}</span>
          </li>`,
        )}
      </ul>
      <p part="total"><span>${t.total}</span><span class="ltr">${formatAmount(c.total, t.$lang)}</span></p>
    </section>`;
  }

  private renderInputs(): TemplateResult {
    const { t, checkout: c } = this;
    const service = c.service!;
    return html`<form part="inputs-form" novalidate @submit=${this.onSubmitInputs}>
      <h3 tabindex="-1" data-focus-fallback>${t.inputsTitle}</h3>
      ${service.inputs.map((input) => {
        const id = `input-${input.name}`;
        const problem = c.inputProblems[input.name];
        const label = input.label[t.$lang];
        return html`<div part="field">
          <label for=${id}>${label}</label>
          <input
            id=${id}
            name=${input.name}
            .value=${c.inputValues[input.name] ?? ''}
            inputmode=${input.kind === 'integer' || input.kind === 'digits' ? this.numericInputMode : 'text'}
            ?data-numeric=${input.kind === 'integer' || input.kind === 'digits'}
            autocomplete="off"
            dir="ltr"
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${[input.hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing}
            @input=${(event: Event) => c.setInput(input.name, (event.target as HTMLInputElement).value)}
          />
          ${input.hint ? html`<small id="${id}-hint" class="muted">${input.hint[t.$lang]}</small>` : nothing}
          ${problem ? html`<small id="${id}-error" class="field-error">${this.problemText(problem, label)}</small>` : nothing}
        </div>`;
      })}
      ${this.renderInputsExtras(service)}
      <button part="submit-button" type="submit">${t.showFees}</button>
    </form>`;
  }

  private renderMethods(): TemplateResult {
    const { t, checkout: c } = this;
    return html`<fieldset part="methods" ?disabled=${c.step === 'paying'}>
        <legend>${t.methodLegend}</legend>
        ${c.allowedMethods.map(
          (method) => html`<label part="method">
            <input type="radio" name="method" value=${method} .checked=${c.method === method} aria-describedby=${method === 'card' ? SCHEMES_ID : nothing} @change=${() => {
              this.missingBank = false;
              c.chooseMethod(method);
            }} />
            <span>${t[METHOD_LABEL[method]]}</span>${method === 'card' ? schemeMarks(t.$lang) : nothing}
          </label>`,
        )}
      </fieldset>`;
  }

  /** Under the methods and the card fields (rendered on their own: the frame must stay where it is). */
  private renderPayment(): TemplateResult {
    const { t, checkout: c } = this;
    const paying = c.step === 'paying';
    return html`${c.method === 'direct_debit' ? this.renderBanks() : nothing}
      ${this.missingBank ? html`<p id="missing" class="field-error">${t.chooseBank}</p>` : nothing}
      <div class="actions ${c.awaitingFields ? 'awaiting-fields' : ''}">
        <slot name="pay-button" @click=${this.onOwnPayButton}>
          <button part="pay-button" type="button" ?disabled=${c.awaitingFields} aria-disabled=${paying ? 'true' : nothing} aria-busy=${paying ? 'true' : 'false'} @click=${this.onPay}>
            ${paying ? t.paying : format(t.pay, { amount: formatAmount(c.total, t.$lang) })}
          </button>
        </slot>
        <button part="cancel-button" type="button" ?disabled=${paying} aria-expanded=${this.askingToCancel ? 'true' : 'false'} @click=${() => (this.askingToCancel = true)}>${t.cancel}</button>
      </div>
      ${this.askingToCancel && !paying ? this.renderCancelQuestion() : nothing}`;
  }

  /** Cancel asks first: a press by mistake must not end a payment the customer cannot start again. */
  private renderCancelQuestion(): TemplateResult {
    const { t, checkout: c } = this;
    return html`<div part="cancel-confirm" role="group" aria-labelledby="cancel-question">
      <p id="cancel-question">${t.cancelQuestion}</p>
      <div class="actions">
        <button part="cancel-confirm-button" type="button" @click=${() => void c.cancel().then(() => (this.askingToCancel = false))}>${t.cancelYes}</button>
        <button part="cancel-keep-button" type="button" data-focus-target @click=${this.keepPaying}>${t.cancelNo}</button>
      </div>
    </div>`;
  }

  /** Back from the cancel question: focus returns to the button that asked it. */
  private keepPaying = (): void => {
    this.askingToCancel = false;
    this.renderRoot.querySelector<HTMLElement>('[part=cancel-button]')?.focus();
  };

  /** Direct debit was chosen and Pay pressed with no bank chosen: said under the banks, not by a disabled button. */
  declare protected missingBank: boolean;

  /**
   * Pay is never disabled for what is missing (a disabled button explains nothing and Tab skips it):
   * pressed too early, it says what is missing and takes the customer there (WCAG 3.3.1).
   */
  private onPay = (): void => {
    const c = this.checkout;
    this.askingToCancel = false;
    if (c.step !== 'ready' || c.canPay) return void c.pay();
    if (c.method === 'direct_debit') {
      this.missingBank = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('[part~=bank] input')?.focus());
      return;
    }
    // The frame can only focus its field once it has focus itself.
    this.fieldsFrame?.focus();
    c.fields?.showProblems();
  };

  /** A click on a button the agency put in the `pay-button` slot (its own Pay button) pays, as `submit()` does. */
  private onOwnPayButton = (event: Event): void => {
    const slot = event.currentTarget as HTMLSlotElement;
    const own = slot.assignedElements({ flatten: true });
    const button = (event.target as Element).closest?.('button, [role="button"]');
    if (button && own.some((element) => element.contains(button))) void this.submit();
  };

  private renderFrame(method: 'card' | 'edirham'): TemplateResult {
    const { t, checkout: c } = this;
    const fields = c.fields;
    if (!fields) return html``;
    const label = method === 'card' ? t.cardDetails : t.edirhamDetails;
    return html`<div class="fields">
      <span class="details-label" id="details-label" @click=${this.onDetailsLabelClick}>${label}</span>
      ${c.awaitingFields ? html`<p class="muted fields-loading" aria-hidden="true">${t.loadingFields}</p>` : nothing}
      ${
        fields.prerendered
          ? html`<slot name="fields"></slot>`
          : html`<iframe
              part="frame"
              src=${fields.url}
              title=${method === 'card' ? t.cardFrameTitle : t.edirhamFrameTitle}
              aria-labelledby="details-label"
              sandbox="allow-scripts allow-same-origin allow-forms"
              referrerpolicy="no-referrer"
              loading="eager"
            ></iframe>`
      }
      <p class="secure ${c.awaitingFields ? 'awaiting-fields' : ''}">${t.secureNote}</p>
    </div>`;
  }

  private renderBanks(): TemplateResult {
    const { t, checkout: c } = this;
    return html`<fieldset part="banks" ?disabled=${c.step === 'paying'} aria-describedby=${this.missingBank ? 'missing' : nothing}>
      <legend>${t.bankLegend}</legend>
      ${(Object.keys(BANKS) as BankId[]).map(
        (bank) => html`<label part="method bank">
          <input type="radio" name="bank" value=${bank} .checked=${c.bank === bank} aria-invalid=${this.missingBank ? 'true' : nothing} @change=${() => {
            this.missingBank = false;
            c.chooseBank(bank);
          }} />
          <span>${BANKS[bank][t.$lang]}</span>
        </label>`,
      )}
      <p class="muted">${t.bankRedirectNote}</p>
    </fieldset>`;
  }

  /**
   * 3-D Secure: progress text, the invisible 3DS Method's place, and the challenge: the bank's page
   * in the gateway's frame, in a modal dialog (Escape asks before stopping) or inline.
   */
  private renderAuthentication(): TemplateResult {
    const { t, checkout: c } = this;
    const a = c.authentication;
    if (!a?.window) return html`<div data-method-mount></div>`;
    const status = html`<p role="status" class="muted">${this.payingProgress()}</p>`;
    const body = html`<div class="challenge-head">
        <h3 id="challenge-title">${t.challengeTitle}</h3>
        <button part="challenge-cancel-button" type="button" ?disabled=${a.confirmingCancel} @click=${() => c.askToStopAuthentication()}>${t.challengeCancel}</button>
      </div>
      ${
        a.confirmingCancel
          ? html`<div part="challenge-confirm" role="group" aria-labelledby="stop-question">
            <p id="stop-question">${t.challengeCancelQuestion}</p>
            <div class="actions">
              <button part="challenge-stop-button" type="button" data-focus-target @click=${() => c.stopAuthentication()}>${t.challengeStop}</button>
              <button part="challenge-keep-button" type="button" @click=${this.keepAuthenticating}>${t.challengeKeep}</button>
            </div>
          </div>`
          : nothing
      }
      <div role="alert">${
        a.timeoutWarning !== null
          ? html`<div part="challenge-timeout">
            <p>${plural(t.$lang, a.timeoutWarning, t.challengeTimeoutWarning)}</p>
            <button part="challenge-more-time-button" type="button" @click=${this.moreTime}>${t.moreTime}</button>
          </div>`
          : nothing
      }</div>
      ${status}
      ${this.renderChallengeExtras()}
      <div class="challenge-mount" data-size=${a.window.size} data-challenge-mount></div>`;
    if (this.challengeDisplay === 'inline') return html`<section part="challenge" aria-labelledby="challenge-title">${body}</section>`;
    return html`<dialog part="challenge-dialog" data-size=${a.window.size} aria-labelledby="challenge-title" @cancel=${this.onDialogCancel}>${body}</dialog>`;
  }

  /** Going on with the challenge: focus back into the bank's page (the container passes it on), not to nowhere. */
  private keepAuthenticating = (): void => {
    this.checkout.keepAuthenticating();
    this.renderRoot.querySelector<HTMLElement>('[part=three-ds-frame]')?.focus();
  };

  /** More time to answer the bank: focus back into its page (the button goes), as after "continue". */
  private moreTime = (): void => {
    this.checkout.moreTime();
    this.renderRoot.querySelector<HTMLElement>('[part=three-ds-frame]')?.focus();
  };

  /** Escape on the dialog: never closes it at once; asks first (and a second Escape means "continue"). */
  private onDialogCancel = (event: Event): void => {
    event.preventDefault();
    if (this.checkout.authentication?.confirmingCancel) this.keepAuthenticating();
    else this.checkout.askToStopAuthentication();
  };

  private renderError(): TemplateResult {
    const { t, checkout: c } = this;
    // A declined attempt's reason is not about the payment that replaced the form (the kiosk's hand-off to a phone).
    const error = c.step === 'ready' && this.paymentReplaced() ? null : c.error;
    // Always in the DOM, so that screen readers announce what is put in it.
    return html`<div role="alert" aria-live="assertive" class=${error ? '' : 'silent'}>
      ${
        error
          ? html`<div part="error" tabindex="-1" ?data-focus-target=${c.step === 'failed'}>
            ${c.step === 'failed' ? html`<h3>${t.errorTitle}</h3>` : nothing}
            <p>${error.messages[t.$lang]}</p>
            ${error.issuerMessage ? html`<p part="issuer-message">${t.issuerMessage} <bdi dir="auto">${error.issuerMessage}</bdi></p>` : nothing}
          </div>`
          : nothing
      }
    </div>`;
  }

  private renderReceipt(): TemplateResult {
    const c = this.checkout;
    const { view, link, failed, retry } = this.receiptCode;
    if (!view || !link) return receiptPending(this.t, c.receipt!, failed, retry);
    return view(this.t, { receipt: c.receipt!, entity: c.entity, service: c.service, link });
  }

  private problemText(problem: InputProblem, label: string): string {
    return problemText(problem, label, this.t);
  }

  /** A label click focuses the first field inside the frame (the iframe first: browsers only let a focused frame focus its fields). */
  private onDetailsLabelClick = (): void => {
    this.fieldsFrame?.focus();
    this.checkout.fields?.focus('number'); // the frame maps it to the e-Dirham number too
  };

  private onSubmitInputs = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.checkout.submitInputs().then(() => {
      const invalid = this.renderRoot.querySelector<HTMLInputElement>('[part="inputs-form"] input[aria-invalid="true"]');
      invalid?.focus();
    });
  };

  /** The hosted fields' appearance, from this element's custom properties (hex colours only). */
  protected fieldsAppearance(): FrameAppearance {
    const style = getComputedStyle(this);
    return appearanceFromCss((property) => style.getPropertyValue(property));
  }
}
