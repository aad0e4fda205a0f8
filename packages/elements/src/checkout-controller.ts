import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  collectBrowserInfo,
  DubaiPayError,
  endedUnpaid,
  HostedFields,
  isDubaiPayError,
  outcomeOf,
  sessionIdOf,
  type BankId,
  type Channel,
  type ChallengeWindow,
  type ConfirmResult,
  type DubaiPayClient,
  type Entity,
  type FrameAppearance,
  type InputValues,
  type LineItem,
  type Locale,
  type OperationOptions,
  type PaymentMethodType,
  type PaymentSession,
  type Quote,
  type QuoteResult,
  type Receipt,
  type Service,
  type ThreeDsPolicy,
} from '@dubai-pay/core';
import { BANK_RETURN_PARAM, DECLINED_FIELD_PARAMS, errorRule, type DeclinedFieldCode } from '@dubai-pay/contract';
import { authenticationOf, errorOf, transition, TERMINAL_STEPS, type Authentication, type CheckoutEvent, type CheckoutState, type CheckoutStep } from './checkout-state.ts';
import { pageClient } from './shared-client.ts';
import { explainRefusal, setupMistake } from './diagnostics.ts';
import { DubaiPayCancelEvent, DubaiPayChangeEvent, DubaiPayErrorEvent, DubaiPayIdleResetEvent, DubaiPayReadyEvent, DubaiPaySuccessEvent } from './events.ts';
import { checkInput, normalizeInput, type InputProblem } from './input-rules.ts';
import { whenIdle } from './when-idle.ts';

export type { Authentication, CheckoutStep } from './checkout-state.ts';

/** How long the hosted fields may take to draw before what sits below them is shown anyway. */
const FIELDS_READY_TIMEOUT_MS = 10_000;
/** While the outcome of a payment is unknown, how often the gateway is asked (growing to the second value). */
const CHECKING_INTERVAL_MS = [2000, 15_000] as const;

/** The query parameter the gateway's bank redirect comes back with. */

/** Where the controller's frames go: the host renders them and hands them over (the controller never queries the host's DOM). */
export interface CheckoutMounts {
  /** The hosted fields iframe's window, once it is rendered. */
  fieldsWindow(): Window | null | undefined;
  /** The agency server's iframe for these fields, already in the page (`prerenderedFields`), if there is one that fits. */
  prerenderedFields?(wanted: { method: 'card' | 'edirham'; payment: string }): { url: string; channel: string } | undefined;
  /** Where the invisible 3DS Method frame goes. */
  methodMount(): Element | undefined;
  /** Where a challenge frame goes, once the host has rendered the place for it. */
  challengeMount(): Element | undefined;
  /** The space a challenge window may take. */
  challengeSpace(): { width: number; height: number };
}

/** What the component is given: a session made by the agency's server, or a service to quote. */
export interface CheckoutConfig {
  gateway: string;
  publishableKey: string;
  clientSecret: string;
  service: string;
  /** The agency's reference for the payment, for a session made here from a quote ('' for none). */
  reference: string;
  inputs: InputValues;
  methods: PaymentMethodType[];
  locale: Locale;
  appearance: () => FrameAppearance;
  /** Where a 3-D Secure challenge is shown. */
  challengeDisplay: 'modal' | 'inline';
  /** ms before a challenge is given up (`authentication_timed_out`); 0: the default, 10 minutes. */
  challengeTimeout: number;
  /** How the customer reaches their bank: a full-page redirect (works everywhere) or a popup. */
  bankApproval: 'redirect' | 'popup';
  /** The challenge frame's accessible name, in the component's language. */
  challengeTitle: string;
  /** 3-D Secure `A` and `U`: `decline` makes the gateway's policy stricter for this checkout. */
  threeDsPolicy: ThreeDsPolicy;
  /** Where the payment is made, recorded on the session and shown on the receipt. */
  channel: Channel;
  /** Kiosk mode: a keypad in the hosted fields, full-screen 3-D Secure, nothing kept in storage. */
  kiosk: boolean;
  /** The longest one step may take before the customer is told something definite (ms). */
  deadline: number;
  /** The customer did something (the hosted fields changed): a kiosk's idle timer starts over. */
  onActivity: () => void;
  mounts: CheckoutMounts;
}

interface Host extends ReactiveControllerHost, EventTarget {
  readonly updateComplete: Promise<boolean>;
}

/**
 * The checkout's logic, over `@dubai-pay/core`: load what is owed, take the inputs a service
 * needs, pay once, end on a receipt or a named error. Its state is one `CheckoutState` at a time
 * (checkout-state.ts holds every transition); this class does the work between them. Each load
 * is a run with its own `AbortController`: the next load, a reset and disconnecting abort it, so
 * nothing from an older run lands. The component only renders this.
 */
export class CheckoutController implements ReactiveController {
  state: CheckoutState = { step: 'loading' };
  entity: Entity | null = null;
  service: Service | null = null;
  quote: Quote | null = null;
  session: PaymentSession | null = null;
  method: PaymentMethodType | null = null;
  /** For direct debit: the customer's bank. */
  bank: BankId | null = null;
  /** The details in the hosted fields are all valid. */
  detailsComplete = false;
  frameHeight = 0;
  /**
   * The hosted fields are mounted but have not drawn their settled layout yet: what sits below
   * them is kept out of sight (and out of reach) until then, so it cannot move under a finger.
   */
  awaitingFields = false;
  inputValues: Record<string, string> = {};
  fields: HostedFields | null = null;

  readonly #host: Host;
  readonly #config: () => CheckoutConfig;
  #client: DubaiPayClient | null = null;
  #run = new AbortController();
  #awaitingTimer: ReturnType<typeof setTimeout> | undefined;
  #terminalSent = false;
  /** The client secret of a payment this tab left at 3-D Secure or a bank, read once per page (null: none). */
  #resuming: string | null | undefined;
  #stopAuthentication: AbortController | null = null;
  #moreTime: (() => void) | null = null;
  /** Inputs typed before "start again", kept for the new payment. */
  #typedInputs: Record<string, string> = {};
  /** "Start again": the quote the next one replaces (the same fee). */
  #replacing: string | null = null;
  /** What the mounted fields are for (`method payment`): fields already loading for the same are kept. */
  #fieldsFor = '';
  /** The method was chosen before the session said which it allows (to load the fields early). */
  #methodGuessed = false;

  constructor(host: Host, config: () => CheckoutConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  /** Put back in a page after being taken out: the payment is loaded again (the run was stopped). */
  hostConnected(): void {
    if (this.#run.signal.aborted && this.#client) void this.start();
  }

  hostDisconnected(): void {
    this.#run.abort();
    clearTimeout(this.#awaitingTimer);
    this.fields?.destroy();
    this.fields = null;
  }

  get step(): CheckoutStep {
    return this.state.step;
  }

  /** The language the customer is paying in (for the pages a payment leads to: bank, ACS, phone). */
  get locale(): Locale {
    return this.#config().locale;
  }

  /** The error being shown, if any. */
  get error(): DubaiPayError | null {
    return errorOf(this.state);
  }

  /** 3-D Secure in progress, or null. */
  get authentication(): Authentication | null {
    return authenticationOf(this.state);
  }

  get receipt(): Receipt | null {
    return this.state.step === 'receipt' ? this.state.receipt : null;
  }

  get inputProblems(): Record<string, InputProblem> {
    return this.state.step === 'inputs' ? this.state.problems : {};
  }

  get items(): LineItem[] {
    return this.session?.items ?? this.quote?.items ?? [];
  }

  get total(): number {
    return this.session?.amount ?? this.quote?.total ?? 0;
  }

  get allowedMethods(): PaymentMethodType[] {
    const offered = this.session?.allowedMethods ?? ['card', 'edirham', 'direct_debit'];
    const wanted = this.#config().methods;
    // In the order the agency listed them: the first is chosen by default.
    return wanted.length ? wanted.filter((m) => offered.includes(m)) : offered;
  }

  get canPay(): boolean {
    if (this.step !== 'ready') return false;
    if (this.method === 'direct_debit') return this.bank !== null;
    return (this.method === 'card' || this.method === 'edirham') && this.detailsComplete;
  }

  /** This page took up a payment left at 3-D Secure or a bank (a reload, the bank's redirect back). */
  get resumed(): boolean {
    return Boolean(this.#resuming);
  }

  /**
   * After a cancel or an end without paying, a quoted service can be paid again from the start
   * (a new quote, a new session). A session made by the agency's server cannot: only it can make another.
   */
  get canStartAgain(): boolean {
    const config = this.#config();
    if (config.clientSecret || !config.service) return false;
    // Only when the gateway said the payment ended unpaid: never after an outcome nobody could read.
    const error = this.error;
    return this.step === 'canceled' || (this.step === 'failed' && error !== null && !error.outcomeUnknown && errorRule(error.code).kind === 'session_over');
  }

  /**
   * Starts a new payment for the same service; what the customer typed is kept (WCAG 3.3.7). It
   * re-quotes the last quote (`replaces`): the gateway then knows it is the same fee, so a session
   * of it still open (a cancel that did not get through) is superseded rather than left payable.
   */
  async startAgain(): Promise<void> {
    if (!this.canStartAgain) return;
    this.#client?.actions.forgetInProgress();
    this.#resuming = null;
    this.#typedInputs = this.inputValues;
    this.#replacing = this.quote?.id ?? null;
    await this.start();
  }

  /**
   * Back to the start of this payment (the page's `reset()`): the card fields wiped, the first
   * method chosen, no bank, no error. A service's inputs stay, their problems go. After a cancel
   * or an unpaid end, a quoted service starts again. False, and nothing changed, while paying,
   * checking, loading, or once paid.
   */
  reset(): boolean {
    if (this.canStartAgain) {
      void this.startAgain();
      return true;
    }
    if (this.step !== 'ready' && this.step !== 'inputs') return false;
    this.fields?.clear();
    Object.assign(this, { bank: null, detailsComplete: false });
    if (this.step === 'inputs') this.#dispatch({ type: 'askInputs' });
    else {
      this.#dispatch({ type: 'ready' });
      const first = this.allowedMethods[0];
      if (first && first !== this.method) this.chooseMethod(first);
    }
    this.#changed();
    return true;
  }

  /** The client the checkout pays with (for parts that add to it, such as the kiosk's hand-off). */
  get client(): DubaiPayClient | null {
    return this.#client;
  }

  /** Loads the session or the service. Called when the inputs that identify the payment change. */
  async start(): Promise<void> {
    this.#run.abort();
    const run = new AbortController();
    this.#run = run;
    const config = this.#config();
    Object.assign(this, { entity: null, service: null, quote: null, session: null });
    this.#terminalSent = false;
    this.#dispatch({ type: 'load' });
    if (!config.gateway || !config.publishableKey || (!config.clientSecret && !config.service)) return;
    const mistake = setupMistake(config);
    if (mistake) return this.#failed(mistake);
    this.#client = pageClient({ gateway: config.gateway, publishableKey: config.publishableKey, deadline: config.deadline });
    try {
      // Read once per page: later restarts (attributes set one by one) keep showing that payment.
      this.#resuming ??= this.#paymentToResume(config);
      if (this.#resuming) await this.#loadSession(this.#resuming, run.signal);
      else if (config.clientSecret) await this.#loadSession(config.clientSecret, run.signal);
      else await this.#loadService(config.service, config.inputs, run.signal);
    } catch (error) {
      if (!run.signal.aborted) this.#failed(error);
    }
  }

  setInput(name: string, value: string): void {
    this.inputValues = { ...this.inputValues, [name]: value };
    if (this.state.step === 'inputs' && this.state.problems[name]) {
      const { [name]: _, ...rest } = this.state.problems;
      this.#dispatch({ type: 'askInputs', problems: rest, error: this.state.error });
    }
    this.#host.requestUpdate();
  }

  /** Checks the service's inputs, then asks the gateway for the fees. */
  async submitInputs(): Promise<void> {
    const service = this.service;
    if (!service || this.step !== 'inputs') return;
    const problems: Record<string, InputProblem> = {};
    for (const input of service.inputs) {
      const problem = checkInput(input, this.inputValues[input.name] ?? '');
      if (problem) problems[input.name] = problem;
    }
    this.#dispatch({ type: 'askInputs', problems });
    if (Object.keys(problems).length === 0) await this.#quote(service, this.#run.signal).catch((error: unknown) => this.#failedUnlessAborted(error, this.#run.signal));
  }

  chooseBank(bank: BankId): void {
    this.bank = bank;
    this.#changed();
  }

  chooseMethod(method: PaymentMethodType): void {
    if (this.method === method || (this.step !== 'ready' && this.step !== 'inputs')) return;
    this.method = method;
    this.detailsComplete = false;
    if (this.state.step === 'ready') this.#dispatch({ type: 'ready' });
    this.#mountFields();
    this.#changed();
  }

  /** The frame's language and looks follow the component's. */
  configureFields(): void {
    const config = this.#config();
    this.fields?.configure(config.locale, config.appearance());
  }

  /** Pays once: a second click while paying does nothing. */
  async pay(): Promise<void> {
    if (this.method === 'direct_debit') return this.#payByBank();
    if (!this.canPay || !this.fields || !this.#client) return;
    const signal = this.#run.signal;
    this.#dispatch({ type: 'pay', phase: { kind: 'tokenizing' } });
    try {
      const token = await this.fields.tokenize();
      if (signal.aborted) return;
      if (token.error) return this.#declined(token.error);
      const session = this.session ?? (await this.#openSession(signal));
      if (!session || signal.aborted) return;
      this.#dispatch({ type: 'phase', phase: { kind: 'confirming' } });
      const result = await this.#client.sessions.confirm(session.clientSecret, {
        paymentMethod: token.paymentMethod.id,
        // The device's own data for the issuer; the checkout's language for the bank's pages.
        browserInfo: collectBrowserInfo(),
        locale: this.#config().locale,
        threeDsPolicy: this.#config().threeDsPolicy,
        ...this.#operation(signal),
      });
      if (!signal.aborted) await this.#settle(result, signal);
    } catch (error) {
      if (!signal.aborted) this.#payFailed(error);
    }
  }

  /** Ends an attempt: 3-D Secure first if the gateway asks for it, then the receipt, the reason, or the failure. */
  async #settle(result: ConfirmResult, signal: AbortSignal): Promise<void> {
    let { session, error } = result;
    this.session = session;
    const action = session.nextAction?.type;
    if (session.status === 'requires_action' && (action === 'three_ds_method' || action === 'three_ds_challenge')) {
      ({ session, error } = await this.#authenticate(session, signal));
      if (signal.aborted) return;
      this.session = session;
    }
    if (session.status === 'succeeded' && session.receipt) return this.#succeeded(session.receipt);
    const ended = endedUnpaid(session);
    if (ended) return this.#failed(error ?? ended);
    // Still being processed at the gateway: keep asking it.
    if (session.status === 'processing') return this.#outcomeUnknown(new DubaiPayError('outcome_unknown', { outcomeUnknown: true }), signal);
    // Waiting at the bank, which this attempt did not open: paying again replaces that attempt.
    if (session.status === 'requires_action') return this.#declined(new DubaiPayError('bank_abandoned'));
    return this.#declined(error ?? new DubaiPayError('attempt_not_received', { notCharged: true }));
  }

  /**
   * 3-D Secure through core: the 3DS Method hidden, then a challenge in the dialog (or inline).
   * The outcome comes from the gateway, whatever the frames said.
   */
  async #authenticate(session: PaymentSession, signal: AbortSignal): Promise<ConfirmResult> {
    const config = this.#config();
    const stop = new AbortController();
    this.#stopAuthentication = stop;
    const authenticating = (authentication: Authentication) => this.#dispatch({ type: 'phase', phase: { kind: 'authenticating', authentication } });
    authenticating({ progress: 'method', window: null, confirmingCancel: false, timeoutWarning: null });
    await this.#host.updateComplete;
    try {
      return await this.#client!.actions.authenticate(session.clientSecret, session, {
        methodMount: config.mounts.methodMount(),
        challengeMount: async (window: ChallengeWindow) => {
          const current = this.authentication;
          if (current) authenticating({ ...current, window });
          await this.#host.updateComplete;
          const mount = config.mounts.challengeMount();
          if (!mount) throw new DubaiPayError('unknown', { detail: 'The challenge has no place to go.' });
          return mount;
        },
        space: config.mounts.challengeSpace(),
        challengeTitle: config.challengeTitle,
        lang: config.locale,
        fullScreen: config.kiosk,
        remember: !config.kiosk,
        ...(config.challengeTimeout > 0 ? { challengeTimeout: config.challengeTimeout } : {}),
        signal: AbortSignal.any([stop.signal, signal]),
        onProgress: (progress) => {
          const current = this.authentication;
          if (current) authenticating({ ...current, progress });
        },
        onTimeoutWarning: ({ remainingMs, extend }) => {
          const current = this.authentication;
          this.#moreTime = extend;
          if (current) authenticating({ ...current, timeoutWarning: Math.round(remainingMs / 1000) });
        },
      });
    } finally {
      this.#stopAuthentication = null;
      this.#moreTime = null;
    }
  }

  /** The customer asked for more time to answer the bank: the challenge's whole time starts again. */
  moreTime(): void {
    this.#moreTime?.();
    this.#moreTime = null;
    const current = this.authentication;
    if (current) this.#dispatch({ type: 'phase', phase: { kind: 'authenticating', authentication: { ...current, timeoutWarning: null } } });
  }

  /** Escape or the dialog's cancel button: ask first, since the bank's page may be half filled. */
  askToStopAuthentication(): void {
    const current = this.authentication;
    if (current) this.#dispatch({ type: 'phase', phase: { kind: 'authenticating', authentication: { ...current, confirmingCancel: true } } });
  }

  keepAuthenticating(): void {
    const current = this.authentication;
    if (current) this.#dispatch({ type: 'phase', phase: { kind: 'authenticating', authentication: { ...current, confirmingCancel: false } } });
  }

  /** The customer gave up the verification: the attempt ends (`authentication_canceled`), the session stays open. */
  stopAuthentication(): void {
    this.#stopAuthentication?.abort();
  }

  /**
   * Direct debit: the customer approves at their bank, in a popup opened inside this click where
   * the page asks for one (and the browser allows it), otherwise by a full-page redirect (which
   * works in webviews and kiosks) and back to this page, which resumes from sessionStorage.
   */
  async #payByBank(): Promise<void> {
    if (!this.canPay || !this.bank || !this.#client) return;
    const signal = this.#run.signal;
    // Synchronously, inside the click: a popup opened after an await would be blocked.
    const popup = this.#config().bankApproval === 'popup' ? this.#client.actions.openBankWindow() : null;
    this.#dispatch({ type: 'pay', phase: { kind: 'confirming' } });
    try {
      const session = this.session ?? (await this.#openSession(signal));
      if (!session || signal.aborted) return popup?.close();
      const back = new URL(location.href);
      back.searchParams.delete(BANK_RETURN_PARAM);
      const confirmed = await this.#client.sessions.confirm(session.clientSecret, {
        directDebit: { bank: this.bank },
        locale: this.#config().locale,
        ...(popup ? {} : { returnUrl: back.href }),
        ...this.#operation(signal),
      });
      if (signal.aborted) return popup?.close();
      this.session = confirmed.session;
      if (confirmed.session.nextAction?.type !== 'bank_redirect') {
        popup?.close();
        return await this.#settle(confirmed, signal);
      }
      this.#dispatch({ type: 'phase', phase: { kind: 'bank', popup: popup !== null } });
      const outcome = await this.#client.actions.approveAtBank(confirmed.session.clientSecret, confirmed.session, { popup, signal });
      // null: the page is going to the bank and will resume on return.
      if (outcome && !signal.aborted) await this.#settle(outcome, signal);
    } catch (error) {
      popup?.close();
      if (!signal.aborted) this.#payFailed(error);
    }
  }

  /**
   * A payment this tab left at 3-D Secure or a bank (a reload, the bank's redirect back), if it
   * belongs to this checkout: the session given, or (quoting a service) checked once loaded.
   */
  #paymentToResume(config: CheckoutConfig): string | null {
    const url = new URL(location.href);
    if (url.searchParams.has(BANK_RETURN_PARAM)) {
      url.searchParams.delete(BANK_RETURN_PARAM);
      history.replaceState(history.state, '', url);
    }
    const inProgress = this.#client!.actions.inProgress();
    if (!inProgress) return null;
    if (config.clientSecret && sessionIdOf(config.clientSecret) !== sessionIdOf(inProgress)) {
      this.#client!.actions.forgetInProgress();
      return null;
    }
    return inProgress;
  }

  /** Opens the session for the quote shown, for a part that needs one before paying (the kiosk's hand-off). */
  async openSession(): Promise<PaymentSession | null> {
    if (this.session) return this.session;
    if (this.step !== 'ready' || !this.quote) return null;
    return this.#openSession(this.#run.signal);
  }

  /** A session seen elsewhere (the customer's phone, after a hand-off): shown as the gateway says it is. */
  showSession(session: PaymentSession): void {
    this.session = session;
    const ended = endedUnpaid(session);
    if (session.status === 'succeeded' && session.receipt) this.#succeeded(session.receipt);
    else if (ended) this.#failed(ended);
    else if (session.lastError) this.#declined(outcomeOf(session).error!);
  }

  /**
   * A kiosk left idle: everything on screen is wiped first (the hosted fields too) and the
   * checkout starts over for the next customer, with `dubai-pay-idle-reset`. The unpaid session
   * is then canceled at the gateway in the background: a failure there is logged, never shown
   * to the next customer.
   */
  async resetForIdle(): Promise<void> {
    const session = this.session;
    const client = this.#client;
    this.#stopAuthentication?.abort();
    // The next customer gets a frame of their own, never the last one's (even for the same payment).
    this.fields?.clear();
    this.fields?.destroy();
    this.fields = null;
    client?.actions.forgetInProgress();
    Object.assign(this, { inputValues: {}, method: null, bank: null, detailsComplete: false });
    this.#resuming = null;
    this.#host.dispatchEvent(new DubaiPayIdleResetEvent({ sessionId: session?.id ?? null }));
    const restarted = this.start();
    if (session && client && (session.status === 'open' || session.status === 'requires_action')) void cancelQuietly(client, session);
    await restarted;
  }

  async cancel(): Promise<void> {
    if (this.step === 'paying' || this.step === 'checking' || TERMINAL_STEPS.includes(this.step)) return;
    const signal = this.#run.signal;
    this.#client?.actions.forgetInProgress();
    const session = this.session;
    if (session && this.#client) {
      const { error } = await this.#client.sessions.cancel(session.clientSecret, this.#operation(signal)).catch((error: unknown) => ({ error: toError(error) }));
      if (signal.aborted) return;
      // Paid meanwhile (another tab, the customer's phone): the payment stands; show it rather than a cancel.
      if (error?.code === 'session_completed') return this.start();
      // A cancel that did not get through leaves the session open and unpaid; it expires unpaid.
      if (error) console.warn('[dubai-pay] the session could not be canceled at the gateway; it stays unpaid and expires.', error);
    }
    this.fields?.clear();
    this.#dispatch({ type: 'cancel' });
    this.#terminal(new DubaiPayCancelEvent({ sessionId: session?.id ?? null }));
  }

  async #loadSession(clientSecret: string, signal: AbortSignal): Promise<void> {
    const config = this.#config();
    // The frame needs only the session's id: it loads while the session is read, not after.
    if (clientSecret === config.clientSecret && !this.session) this.#mountEarly(sessionIdOf(clientSecret));
    const session = await this.#client!.sessions.retrieve(clientSecret, { signal });
    if (signal.aborted) return;
    if (clientSecret === this.#resuming) {
      if (session.status !== 'requires_action') this.#client!.actions.forgetInProgress();
      // Saved by a checkout for another service: not this one's to show.
      if (!config.clientSecret && session.serviceId !== config.service) {
        this.#client!.actions.forgetInProgress();
        this.#resuming = null;
        return config.clientSecret ? this.#loadSession(config.clientSecret, signal) : this.#loadService(config.service, config.inputs, signal);
      }
    }
    this.session = session;
    await this.#loadNames(session.entityId, session.serviceId, signal);
    if (signal.aborted) return;
    if (session.status === 'succeeded' && session.receipt) return this.#succeeded(session.receipt);
    const ended = endedUnpaid(session);
    if (ended) return this.#failed(ended);
    // Back from the bank: the same method and bank stay chosen.
    if (session.paymentMethod?.type === 'direct_debit') {
      this.method = 'direct_debit';
      this.bank = session.paymentMethod.bank as BankId;
    }
    if (session.paymentMethod?.type === 'card') this.method = 'card';
    this.#ready();
    const action = session.status === 'requires_action' ? session.nextAction?.type : undefined;
    // Reloaded during 3-D Secure: take it up again (the ACS still waits for this transaction).
    if (action === 'three_ds_method' || action === 'three_ds_challenge') {
      this.#dispatch({ type: 'pay', phase: { kind: 'confirming' } });
      try {
        return await this.#settle({ session }, signal);
      } catch (error) {
        if (!signal.aborted) this.#payFailed(error);
        return;
      }
    }
    // Came back from the bank without an answer (the back button): say so; paying again replaces that attempt.
    if (action === 'bank_redirect') return this.#declined(new DubaiPayError('bank_abandoned'));
    // Still being processed (a reload mid-payment): watch it rather than offer to pay again.
    if (session.status === 'processing') {
      this.#dispatch({ type: 'pay', phase: { kind: 'confirming' } });
      return this.#outcomeUnknown(new DubaiPayError('outcome_unknown', { outcomeUnknown: true }), signal);
    }
    // Back from a bank that did not approve: say why, and let the customer choose again.
    if (session.lastError) this.#declined(outcomeOf(session).error!);
  }

  /**
   * The service (with its entity, one small answer) and its quote are asked for at once: the
   * quote with the inputs the page gave, used if they turn out to be all the service needs.
   */
  async #loadService(serviceId: string, given: InputValues, signal: AbortSignal): Promise<void> {
    this.inputValues = { ...Object.fromEntries(Object.entries(given).map(([k, v]) => [k, String(v)])), ...this.#typedInputs };
    this.#typedInputs = {};
    // Only with inputs given: a page that gave none (a kiosk's service browser) asks the customer first.
    const early = this.#replacing || Object.keys(this.inputValues).length === 0 ? undefined : this.#askQuote(serviceId, this.inputValues, signal);
    // The fields need only the quote's id: they load as soon as it is known, while the service is
    // still read and drawn. Replaced by `#ready` if the quote it pays is another one.
    void early?.result.then(
      ({ quote }) => {
        if (!quote || signal.aborted || this.step !== 'loading' || this.fields) return;
        this.#mountEarly(quote.id);
        this.#host.requestUpdate();
      },
      () => undefined, // said by `#quote`, which awaits the same answer
    );
    const { entity, ...service } = await this.#client!.fees.service(serviceId, { signal });
    if (signal.aborted) return;
    this.service = service;
    this.entity = entity;
    const complete = service.inputs.every((input) => checkInput(input, this.inputValues[input.name] ?? '') === null);
    if (service.inputs.length > 0 && !complete) return this.#dispatch({ type: 'askInputs' });
    await this.#quote(service, signal, early);
  }

  /** The entity and service of a session, for its heading. */
  async #loadNames(entityId: string | null, serviceId: string | null, signal: AbortSignal): Promise<void> {
    if (!entityId) return;
    if (serviceId) {
      const { entity, ...service } = await this.#client!.fees.service(serviceId, { signal });
      if (signal.aborted) return;
      this.service = service;
      this.entity = entity.id === entityId ? entity : null;
      if (this.entity) return;
    }
    const entities = await this.#client!.fees.entities({ signal });
    if (signal.aborted) return;
    this.entity = entities.find((e) => e.id === entityId) ?? null;
  }

  /** The inputs a quote is asked with: the service's own, normalized (all given ones before the service is known). */
  #quoteInputs(names: readonly string[], values: Record<string, string>): Record<string, string> {
    return Object.fromEntries(names.map((name) => [name, normalizeInput(values[name] ?? '')]));
  }

  /** A quote asked for ahead of the service: its answer is kept with the inputs it was asked with. */
  #askQuote(serviceId: string, values: Record<string, string>, signal: AbortSignal): { inputs: Record<string, string>; result: Promise<QuoteResult> } {
    const inputs = this.#quoteInputs(Object.keys(values), values);
    const result = this.#client!.fees.quote({ service: serviceId, inputs, signal });
    result.catch(() => undefined); // not awaited when the service needs other inputs
    return { inputs, result };
  }

  async #quote(service: Service, signal: AbortSignal, early?: { inputs: Record<string, string>; result: Promise<QuoteResult> }): Promise<void> {
    const inputs = this.#quoteInputs(
      service.inputs.map((input) => input.name),
      this.inputValues,
    );
    const replaces = this.#replacing;
    this.#replacing = null;
    const askedAlready = early && !replaces && sameInputs(early.inputs, inputs);
    let result = await (askedAlready ? early.result : this.#client!.fees.quote({ service: service.id, inputs, signal, ...(replaces ? { replaces } : {}) }));
    if (signal.aborted) return;
    // Too old to replace (its sessions long over), or other inputs typed: a quote of its own.
    if (replaces && result.error && (result.error.code === 'quote_too_old' || result.error.code === 'invalid_request')) {
      result = await this.#client!.fees.quote({ service: service.id, inputs, signal });
      if (signal.aborted) return;
    }
    const { quote, error } = result;
    if (error) {
      // Field errors go to their fields; a refusal about one input (no record for that number,
      // nothing due) marks that field too, and is said in the alert; others are only said.
      const fieldIssues = error.issues.filter((issue) => issue.path.startsWith('inputs.'));
      if (fieldIssues.length > 0) {
        const problems = Object.fromEntries(fieldIssues.map((issue) => [issue.path.slice('inputs.'.length), { key: 'wrongFormat' } as const]));
        return this.#dispatch({ type: 'askInputs', problems });
      }
      const field = error.param?.startsWith('inputs.') ? error.param.slice('inputs.'.length) : null;
      const problems: Record<string, InputProblem> = field && service.inputs.some((input) => input.name === field) ? { [field]: { key: 'refused', messages: error.messages } } : {};
      return this.#dispatch({ type: 'askInputs', problems, error });
    }
    this.quote = quote;
    this.#ready();
  }

  async #openSession(signal: AbortSignal): Promise<PaymentSession | null> {
    const { session, error } = await this.#client!.sessions.createFromQuote(this.quote!.id, {
      channel: this.#config().channel,
      ...(this.#config().reference ? { reference: this.#config().reference } : {}),
      ...this.#operation(signal),
    });
    if (signal.aborted) return null;
    if (error) {
      // An expired quote is priced again so the customer sees the current amount before paying.
      if (error.code === 'quote_expired' && this.service) await this.#requote(this.service, signal);
      if (!signal.aborted) this.#declined(error);
      return null;
    }
    this.session = session;
    return session;
  }

  /**
   * The quote expired: the same service and inputs priced again as a replacement of it, so the
   * card fields stay as typed (the gateway lets their token pay the new quote; WCAG 3.3.7).
   * A new amount brings the fields again: their own line says what the gateway wrote into them
   * ("Paying AED … to …"), which must not be an old amount. So does a quote that could not be replaced.
   */
  async #requote(service: Service, signal: AbortSignal): Promise<void> {
    const old = this.quote!;
    const { quote } = await this.#client!.fees.quote({ service: service.id, replaces: old.id, signal });
    if (signal.aborted) return;
    if (quote) {
      this.quote = quote;
      // A new amount: the fields come again, for the new quote.
      if (quote.total !== old.total) this.#ready();
      return;
    }
    // Could not be replaced: quoted afresh; if that fails too, its own reason is what is shown.
    this.#dispatch({ type: 'ready' });
    this.#dispatch({ type: 'askInputs' });
    await this.#quote(service, signal);
  }

  /** What every call of a run gets: the run's signal, and "still trying…" while it retries. */
  #operation(signal: AbortSignal): OperationOptions {
    return {
      signal,
      onProgress: (progress) => this.#dispatch({ type: 'retrying', retrying: progress.type === 'retrying' || progress.type === 'checking' }),
    };
  }

  #ready(): void {
    // Quietly: `ready` comes before the `change` that reports the step.
    this.state = transition(this.state, { type: 'ready' });
    const methods = this.allowedMethods;
    if (!this.method || !methods.includes(this.method) || this.#methodGuessed) this.method = methods[0] ?? null;
    this.#methodGuessed = false;
    this.#mountFields();
    this.#host.dispatchEvent(new DubaiPayReadyEvent({ sessionId: this.session?.id ?? '', amount: this.total, currency: 'AED' }));
    this.#changed();
  }

  /**
   * While the session is still being read: the fields for the method the checkout would choose
   * first, so that the frame loads beside the API calls. Kept by `#ready` if that is what it chooses.
   */
  #mountEarly(payment: string): void {
    const method = this.allowedMethods[0];
    if (method !== 'card' && method !== 'edirham') return;
    this.method = method;
    this.#methodGuessed = true;
    this.#mountFields(payment);
  }

  #mountFields(early?: string): void {
    const config = this.#config();
    const wanted = this.method === 'card' || this.method === 'edirham' ? this.method : null;
    const payment = early ?? this.session?.id ?? this.quote?.id;
    const mountFor = `${wanted} ${payment}`;
    if (this.fields && mountFor === this.#fieldsFor) return;
    this.#fieldsFor = mountFor;
    this.fields?.destroy();
    this.fields = null;
    this.frameHeight = 0;
    clearTimeout(this.#awaitingTimer);
    this.awaitingFields = wanted !== null && payment !== undefined;
    if (!wanted || !payment) return;
    // A frame that never says it is ready (the gateway is unreachable) must not hide Cancel for good.
    this.#awaitingTimer = setTimeout(() => this.#fieldsSettled(), FIELDS_READY_TIMEOUT_MS);
    const fields: HostedFields = new HostedFields({
      gateway: config.gateway,
      publishableKey: config.publishableKey,
      method: wanted,
      payment,
      locale: config.locale,
      keypad: config.kiosk,
      appearance: config.appearance(),
      frameWindow: config.mounts.fieldsWindow,
      prerendered: config.mounts.prerenderedFields?.({ method: wanted, payment }),
      onReady: (height) => {
        if (fields !== this.fields) return;
        if (height) this.frameHeight = height;
        this.#fieldsSettled();
        this.configureFields();
        // Usable now: what a card payment may need next (3-D Secure, its own chunk) loads while the
        // customer types, once the page is idle (not in the middle of the checkout's first render).
        if (wanted === 'card') whenIdle(() => void this.#client?.actions.prepare());
      },
      onResize: (height) => {
        this.frameHeight = height;
        this.#host.requestUpdate();
      },
      onActivity: () => config.onActivity(),
      onChange: ({ complete }) => {
        if (fields !== this.fields) return;
        config.onActivity();
        this.detailsComplete = complete;
        // A frame mounted early can report before the session is read: `ready`'s change carries it.
        if (this.step === 'loading') this.#host.requestUpdate();
        else this.#changed();
      },
    });
    this.fields = fields;
  }

  #fieldsSettled(): void {
    clearTimeout(this.#awaitingTimer);
    if (!this.awaitingFields) return;
    this.awaitingFields = false;
    this.#host.requestUpdate();
  }

  /**
   * A failure while paying. Nothing about money is said unless the gateway said it: an unknown
   * outcome becomes "checking", which resolves by asking the gateway; a failure that proves
   * nothing was processed (the gateway's typed refusal, a transport failure before any session
   * call) leaves the payment open to try again; anything else ends it.
   */
  #payFailed(error: unknown): void {
    const failure = toError(error);
    if (failure.code === 'outcome_unknown' || (failure.outcomeUnknown && this.session)) void this.#outcomeUnknown(failure, this.#run.signal);
    else if (failure.retryable && errorRule(failure.code).kind === 'transient') this.#declined(failure);
    else this.#failed(failure);
  }

  /**
   * The outcome is unknown: say so honestly, and keep asking the gateway (growing intervals, for
   * as long as the checkout is shown) until it says. Its word then is what the customer sees.
   */
  async #outcomeUnknown(error: DubaiPayError, signal: AbortSignal): Promise<void> {
    const session = this.session;
    if (!session || !this.#client) return this.#failed(error);
    const attemptsBefore = session.attempts;
    this.#dispatch({ type: 'outcomeUnknown', error });
    try {
      const after = await this.#client.sessions.waitForOutcome(session.clientSecret, {
        signal,
        interval: CHECKING_INTERVAL_MS[0],
        maxInterval: CHECKING_INTERVAL_MS[1],
        until: ['open', 'requires_action'],
      });
      if (signal.aborted) return;
      this.session = after;
      if (after.status === 'open') {
        // Nothing was paid. A new attempt on record was declined; none means ours never arrived.
        const declined = after.attempts > attemptsBefore ? outcomeOf(after).error : undefined;
        return this.#declined(declined ?? new DubaiPayError('attempt_not_received', { notCharged: true }));
      }
      this.#dispatch({ type: 'ready' });
      this.#dispatch({ type: 'pay', phase: { kind: 'confirming' } });
      await this.#settle({ session: after }, signal);
    } catch (failure) {
      if (!signal.aborted) this.#failed(failure);
    }
  }

  #declined(error: DubaiPayError): void {
    this.#dispatch({ type: 'declined', error });
    // A decline about one detail typed (a wrong PIN, an incorrect CVC): that field is marked too.
    if (Object.hasOwn(DECLINED_FIELD_PARAMS, error.code)) this.fields?.showProblems(error.code as DeclinedFieldCode);
  }

  #succeeded(receipt: Receipt): void {
    this.fields?.clear();
    this.fields?.destroy();
    this.fields = null;
    this.#dispatch({ type: 'paid', receipt });
    this.#terminal(new DubaiPaySuccessEvent({ sessionId: this.session?.id ?? '', receipt }));
  }

  #failed(error: unknown): void {
    const failure = toError(error);
    explainRefusal(failure, this.#config());
    this.fields?.destroy();
    this.fields = null;
    this.#dispatch({ type: 'fail', error: failure });
    this.#terminal(new DubaiPayErrorEvent({ code: failure.code, message: failure.messages, sessionId: this.session?.id ?? null }));
  }

  #failedUnlessAborted(error: unknown, signal: AbortSignal): void {
    if (!signal.aborted) this.#failed(error);
  }

  /** Exactly one terminal event per payment, whatever the path. */
  #terminal(event: Event): void {
    if (this.#terminalSent) return;
    this.#terminalSent = true;
    this.#host.dispatchEvent(event);
  }

  #dispatch(event: CheckoutEvent): void {
    const next = transition(this.state, event);
    if (next === this.state) return;
    const stepChanged = next.step !== this.state.step || errorOf(next) !== errorOf(this.state);
    this.state = next;
    if (stepChanged) this.#changed();
    else this.#host.requestUpdate();
  }

  /** What the last `change` said (the error by identity: a new decline with the same code is news). */
  #lastChange: { step: CheckoutStep; method: PaymentMethodType | null; complete: boolean; error: DubaiPayError | null } | null = null;

  /** A `change` event, only when it says something the last one did not. */
  #changed(): void {
    this.#host.requestUpdate();
    const error = this.error;
    // Complete: the card or e-Dirham details, or a bank chosen for direct debit.
    const now = { step: this.step, method: this.method, complete: this.method === 'direct_debit' ? this.bank !== null : this.detailsComplete, error };
    const last = this.#lastChange;
    if (last && last.step === now.step && last.method === now.method && last.complete === now.complete && last.error === now.error) return;
    this.#lastChange = now;
    this.#host.dispatchEvent(new DubaiPayChangeEvent({ ...now, error: error ? { code: error.code } : null }));
  }
}

function sameInputs(a: Record<string, string>, b: Record<string, string>): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => a[name] === b[name]);
}

function toError(error: unknown): DubaiPayError {
  return isDubaiPayError(error) ? error : new DubaiPayError('unknown', { cause: error });
}

/** Cancels a session nobody is paying any more, retrying a few times; failures are only logged (it expires unpaid anyway). */
async function cancelQuietly(client: DubaiPayClient, session: PaymentSession): Promise<void> {
  for (const wait of [0, 2000, 10_000]) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    const result = await client.sessions.cancel(session.clientSecret).catch((error: unknown) => ({ error: toError(error) }));
    if (!result.error || errorRule(result.error.code).kind === 'session_over') return;
  }
  console.warn('[dubai-pay] an idle kiosk session could not be canceled; it expires unpaid.', session.id);
}
