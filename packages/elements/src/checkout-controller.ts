import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  collectBrowserInfo,
  createClient,
  DubaiPayError,
  HostedFields,
  isDubaiPayError,
  isTerminal,
  sessionIdOf,
  type AuthenticationProgress,
  type ChallengeWindow,
  type ConfirmResult,
  type DubaiPayClient,
  type Entity,
  type BankId,
  type Handoff,
  type Channel,
  type FrameAppearance,
  type InputValues,
  type LineItem,
  type PaymentMethodType,
  type PaymentSession,
  type Quote,
  type Receipt,
  type Service,
} from '@dubai-pay/core';
import { DubaiPayCancelEvent, DubaiPayChangeEvent, DubaiPayErrorEvent, DubaiPayIdleResetEvent, DubaiPayReadyEvent, DubaiPaySuccessEvent } from './events.ts';
import { checkInput, normalizeInput, type InputProblem } from './input-rules.ts';

/** How long the hosted fields may take to draw before what sits below them is shown anyway. */
const FIELDS_READY_TIMEOUT_MS = 10_000;

/** The query parameter the gateway's bank redirect comes back with. */
const RETURN_PARAM = 'dubai_pay_session';

export type CheckoutStep = 'loading' | 'inputs' | 'ready' | 'paying' | 'receipt' | 'failed' | 'canceled';

/** What the component is given: a session made by the agency's server, or a service to quote. */
export interface CheckoutConfig {
  gateway: string;
  publishableKey: string;
  clientSecret: string;
  service: string;
  inputs: InputValues;
  methods: PaymentMethodType[];
  locale: 'en' | 'ar';
  appearance: () => FrameAppearance;
  /** Where a 3-D Secure challenge is shown. */
  challengeDisplay: 'modal' | 'inline';
  /** ms before a challenge is given up (`authentication_timed_out`); 0: the default, 10 minutes. */
  challengeTimeout: number;
  /** How the customer reaches their bank: a full-page redirect (works everywhere) or a popup. */
  bankApproval: 'redirect' | 'popup';
  /** The challenge frame's accessible name, in the component's language. */
  challengeTitle: string;
  /** Where the payment is made, recorded on the session and shown on the receipt. */
  channel: Channel;
  /** Kiosk mode: a keypad in the hosted fields, full-screen 3-D Secure, nothing kept in storage. */
  kiosk: boolean;
  /** The customer did something (the hosted fields changed): a kiosk's idle timer starts over. */
  onActivity: () => void;
}

/** 3-D Secure under way: what it is doing, the challenge window once one is shown, a cancel being asked. */
export interface Authentication {
  progress: AuthenticationProgress;
  window: ChallengeWindow | null;
  confirmingCancel: boolean;
}

interface Host extends ReactiveControllerHost, EventTarget {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  getBoundingClientRect(): DOMRect;
}

/**
 * The checkout's logic, over `@dubai-pay/core`: load what is owed, take the inputs a service
 * needs, pay once, end on a receipt or a named error. The component only renders this state.
 */
export class CheckoutController implements ReactiveController {
  step: CheckoutStep = 'loading';
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
  #awaitingTimer: ReturnType<typeof setTimeout> | undefined;
  inputValues: Record<string, string> = {};
  inputProblems: Record<string, InputProblem> = {};
  /** The error being shown, if any; `terminal` when the payment cannot go on. */
  error: DubaiPayError | null = null;
  receipt: Receipt | null = null;
  fields: HostedFields | null = null;
  /** 3-D Secure in progress, or null. */
  authentication: Authentication | null = null;
  /** A bank approval open in a popup. */
  waitingForBankWindow = false;
  /** The payment handed to the customer's phone (kiosk): the link and code to show, while waiting. */
  handoff: Handoff | null = null;
  #handoffWatch: AbortController | null = null;

  readonly #host: Host;
  readonly #config: () => CheckoutConfig;
  #client: DubaiPayClient | null = null;
  /** Increases on every (re)start, so that answers for an older configuration are dropped. */
  #run = 0;
  #terminalSent = false;
  /** The client secret of a payment this tab left at 3-D Secure or a bank, read once per page (null: none). */
  #resuming: string | null | undefined;
  #stopAuthentication: AbortController | null = null;

  constructor(host: Host, config: () => CheckoutConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#awaitingTimer);
    this.fields?.destroy();
    this.fields = null;
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

  chooseBank(bank: BankId): void {
    this.bank = bank;
    this.#changed();
  }

  /** Loads the session or the service. Called when the inputs that identify the payment change. */
  async start(): Promise<void> {
    const run = ++this.#run;
    const config = this.#config();
    Object.assign(this, { step: 'loading', entity: null, service: null, quote: null, session: null, error: null, receipt: null });
    this.#terminalSent = false;
    this.#host.requestUpdate();
    if (!config.gateway || !config.publishableKey || (!config.clientSecret && !config.service)) return;
    this.#client = createClient({ gateway: config.gateway, publishableKey: config.publishableKey });
    try {
      // Read once per page: later restarts (attributes set one by one) keep showing that payment.
      this.#resuming ??= this.#paymentToResume(config);
      if (this.#resuming) await this.#loadSession(this.#resuming, run);
      else if (config.clientSecret) await this.#loadSession(config.clientSecret, run);
      else await this.#loadService(config.service, config.inputs, run);
    } catch (error) {
      if (run === this.#run) this.#fail(error);
    }
  }

  setInput(name: string, value: string): void {
    this.inputValues = { ...this.inputValues, [name]: value };
    if (this.inputProblems[name]) {
      const { [name]: _, ...rest } = this.inputProblems;
      this.inputProblems = rest;
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
    this.inputProblems = problems;
    this.error = null;
    this.#host.requestUpdate();
    if (Object.keys(problems).length === 0) await this.#quote(service, this.#run);
  }

  chooseMethod(method: PaymentMethodType): void {
    if (this.method === method || (this.step !== 'ready' && this.step !== 'inputs')) return;
    this.method = method;
    this.detailsComplete = false;
    this.error = null;
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
    const run = this.#run;
    this.step = 'paying';
    this.error = null;
    this.#changed();
    try {
      const token = await this.fields.tokenize();
      if (run !== this.#run) return;
      if (token.error) return this.#declined(token.error);
      const session = this.session ?? (await this.#openSession(run));
      if (!session) return;
      const result = await this.#client.sessions.confirm(session.clientSecret, { paymentMethod: token.paymentMethod.id, browserInfo: this.#browserInfo() });
      if (run === this.#run) await this.#settle(result, run);
    } catch (error) {
      if (run === this.#run) this.#payFailed(error);
    }
  }

  /** Ends an attempt: 3-D Secure first if the gateway asks for it, then the receipt, the reason, or the failure. */
  async #settle(result: ConfirmResult, run: number): Promise<void> {
    let { session, error } = result;
    this.session = session;
    const action = session.nextAction?.type;
    if (session.status === 'requires_action' && (action === 'three_ds_method' || action === 'three_ds_challenge')) {
      ({ session, error } = await this.#authenticate(session));
      if (run !== this.#run) return;
      this.session = session;
    }
    if (session.status === 'succeeded' && session.receipt) return this.#succeeded(session.receipt);
    if (isTerminal(session)) return this.#fail(error ?? new DubaiPayError(session.status === 'expired' ? 'session_expired' : 'session_canceled'));
    return this.#declined(error ?? new DubaiPayError('unknown'));
  }

  /**
   * 3-D Secure through core: the 3DS Method hidden, then a challenge in the dialog (or inline).
   * The outcome comes from the gateway, whatever the frames said.
   */
  async #authenticate(session: PaymentSession): Promise<ConfirmResult> {
    const config = this.#config();
    const stop = new AbortController();
    this.#stopAuthentication = stop;
    this.authentication = { progress: 'method', window: null, confirmingCancel: false };
    this.#changed();
    await this.#host.updateComplete;
    const inline = config.challengeDisplay === 'inline';
    try {
      return await this.#client!.actions.authenticate(session.clientSecret, session, {
        methodMount: this.#host.renderRoot.querySelector('[data-method-mount]') ?? undefined,
        challengeMount: async (window) => {
          this.authentication = { ...this.authentication!, window };
          this.#host.requestUpdate();
          await this.#host.updateComplete;
          return this.#host.renderRoot.querySelector('[data-challenge-mount]')!;
        },
        // The dialog's heading and padding take some of the viewport; inline, the component's width.
        space: { width: inline ? this.#host.getBoundingClientRect().width : innerWidth - 48, height: innerHeight - 176 },
        challengeTitle: config.challengeTitle,
        fullScreen: config.kiosk,
        remember: !config.kiosk,
        ...(config.challengeTimeout > 0 ? { challengeTimeout: config.challengeTimeout } : {}),
        signal: stop.signal,
        onProgress: (progress) => {
          if (this.authentication) this.authentication = { ...this.authentication, progress };
          this.#host.requestUpdate();
        },
      });
    } finally {
      this.#stopAuthentication = null;
      this.authentication = null;
      this.#host.requestUpdate();
    }
  }

  /** Escape or the dialog's cancel button: ask first, since the bank's page may be half filled. */
  askToStopAuthentication(): void {
    if (!this.authentication) return;
    this.authentication = { ...this.authentication, confirmingCancel: true };
    this.#host.requestUpdate();
  }

  keepAuthenticating(): void {
    if (!this.authentication) return;
    this.authentication = { ...this.authentication, confirmingCancel: false };
    this.#host.requestUpdate();
  }

  /** The customer gave up the verification: the attempt ends (`authentication_canceled`), the session stays open. */
  stopAuthentication(): void {
    this.#stopAuthentication?.abort();
  }

  /** EMV's browser data, with the checkout's language so the bank's pages speak it too. */
  #browserInfo() {
    const locale = this.#config().locale;
    const info = collectBrowserInfo();
    return info.language.toLowerCase().startsWith(locale) ? info : { ...info, language: locale === 'ar' ? 'ar-AE' : 'en-AE' };
  }

  /**
   * Direct debit: the customer approves at their bank, in a popup opened inside this click where
   * the page asks for one (and the browser allows it), otherwise by a full-page redirect (which
   * works in webviews and kiosks) and back to this page, which resumes from sessionStorage.
   */
  async #payByBank(): Promise<void> {
    if (!this.canPay || !this.bank || !this.#client) return;
    const run = this.#run;
    // Synchronously, inside the click: a popup opened after an await would be blocked.
    const popup = this.#config().bankApproval === 'popup' ? this.#client.actions.openBankWindow() : null;
    this.step = 'paying';
    this.error = null;
    this.#changed();
    try {
      const session = this.session ?? (await this.#openSession(run));
      if (!session || run !== this.#run) return popup?.close();
      const back = new URL(location.href);
      back.searchParams.delete(RETURN_PARAM);
      const confirmed = await this.#client.sessions.confirm(session.clientSecret, { directDebit: { bank: this.bank }, ...(popup ? {} : { returnUrl: back.href }) });
      if (run !== this.#run) return popup?.close();
      this.session = confirmed.session;
      if (confirmed.session.nextAction?.type !== 'bank_redirect') {
        popup?.close();
        return await this.#settle(confirmed, run);
      }
      this.waitingForBankWindow = popup !== null;
      this.#host.requestUpdate();
      const outcome = await this.#client.actions.approveAtBank(confirmed.session.clientSecret, confirmed.session, { popup });
      this.waitingForBankWindow = false;
      // null: the page is going to the bank and will resume on return.
      if (outcome && run === this.#run) await this.#settle(outcome, run);
    } catch (error) {
      this.waitingForBankWindow = false;
      popup?.close();
      if (run === this.#run) this.#payFailed(error);
    }
  }

  /**
   * A payment this tab left at 3-D Secure or a bank (a reload, the bank's redirect back), if it
   * belongs to this checkout: the session given, or (quoting a service) checked once loaded.
   */
  #paymentToResume(config: CheckoutConfig): string | null {
    const url = new URL(location.href);
    if (url.searchParams.has(RETURN_PARAM)) {
      url.searchParams.delete(RETURN_PARAM);
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

  /**
   * Hands the payment to the customer's phone: a single-use link (for a QR code) and code, then
   * waits for the session to be paid there (a decline on the phone leaves it open: it waits on).
   */
  async handOff(): Promise<void> {
    if (this.step !== 'ready' || !this.#client || this.handoff) return;
    const run = this.#run;
    this.error = null;
    const session = this.session ?? (await this.#openSession(run));
    if (!session || run !== this.#run) return;
    const { handoff, error } = await this.#client.sessions.createHandoff(session.clientSecret);
    if (run !== this.#run) return;
    if (!handoff) return this.#declined(error);
    this.handoff = handoff;
    this.#changed();
    const watch = (this.#handoffWatch = new AbortController());
    try {
      const after = await this.#client.sessions.waitForOutcome(session.clientSecret, {
        interval: 2000,
        maxInterval: 3000,
        signal: watch.signal,
        timeout: Date.parse(handoff.expiresAt) - Date.now(),
      });
      this.handoff = null;
      if (run === this.#run) await this.#settle({ session: after }, run);
    } catch (error) {
      if (watch.signal.aborted || run !== this.#run) return;
      this.handoff = null;
      this.#declined(isDubaiPayError(error) ? error : new DubaiPayError('unknown', { cause: error }));
    }
  }

  /** Back from the phone to paying here; the phone's link stops working once this session is paid. */
  stopHandoff(): void {
    this.#handoffWatch?.abort();
    this.#handoffWatch = null;
    this.handoff = null;
    this.#changed();
  }

  /**
   * A kiosk left idle: the unpaid session is canceled, every field is wiped (the hosted fields
   * too), and the checkout starts over for the next customer, with `dubai-pay-idle-reset`.
   */
  async resetForIdle(): Promise<void> {
    const session = this.session;
    this.#stopAuthentication?.abort();
    this.#handoffWatch?.abort();
    this.handoff = null;
    this.fields?.clear();
    this.#client?.actions.forgetInProgress();
    if (session && this.#client && (session.status === 'open' || session.status === 'requires_action')) await this.#client.sessions.cancel(session.clientSecret);
    Object.assign(this, { inputValues: {}, inputProblems: {}, method: null, bank: null, detailsComplete: false });
    this.#resuming = null;
    this.#host.dispatchEvent(new DubaiPayIdleResetEvent({ sessionId: session?.id ?? null }));
    await this.start();
  }

  async cancel(): Promise<void> {
    if (this.step === 'paying' || this.step === 'receipt' || this.#terminalSent) return;
    this.#client?.actions.forgetInProgress();
    const session = this.session;
    if (session && this.#client) {
      const { error } = await this.#client.sessions.cancel(session.clientSecret);
      // Paid meanwhile (another tab): the payment stands; show it rather than a cancel.
      if (error?.code === 'session_completed') return this.start();
    }
    this.fields?.clear();
    this.step = 'canceled';
    this.#terminal(new DubaiPayCancelEvent({ sessionId: session?.id ?? null }));
  }

  async #loadSession(clientSecret: string, run: number): Promise<void> {
    const config = this.#config();
    const session = await this.#client!.sessions.retrieve(clientSecret);
    if (run !== this.#run) return;
    if (clientSecret === this.#resuming) {
      if (session.status !== 'requires_action') this.#client!.actions.forgetInProgress();
      // Saved by a checkout for another service: not this one's to show.
      if (!config.clientSecret && session.serviceId !== config.service) {
        this.#client!.actions.forgetInProgress();
        this.#resuming = null;
        return config.clientSecret ? this.#loadSession(config.clientSecret, run) : this.#loadService(config.service, config.inputs, run);
      }
    }
    this.session = session;
    await this.#loadNames(session.entityId, session.serviceId, run);
    if (session.status === 'succeeded' && session.receipt) return this.#succeeded(session.receipt);
    if (isTerminal(session)) return this.#fail(new DubaiPayError(session.status === 'expired' ? 'session_expired' : session.status === 'canceled' ? 'session_canceled' : 'session_completed'));
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
      this.step = 'paying';
      this.#changed();
      try {
        return await this.#settle({ session }, run);
      } catch (error) {
        if (run === this.#run) this.#payFailed(error);
        return;
      }
    }
    // Came back from the bank without an answer (the back button): say so; paying again replaces that attempt.
    if (action === 'bank_redirect') return this.#declined(new DubaiPayError('bank_abandoned'));
    // Back from a bank that did not approve: say why, and let the customer choose again.
    if (session.lastError) this.#declined(new DubaiPayError(session.lastError.code, { retryable: session.lastError.retryable }));
  }

  async #loadService(serviceId: string, given: InputValues, run: number): Promise<void> {
    const services = await this.#client!.fees.services();
    if (run !== this.#run) return;
    const service = services.find((s) => s.id === serviceId);
    if (!service) throw new DubaiPayError('service_not_found');
    this.service = service;
    this.entity = (await this.#client!.fees.entities()).find((e) => e.id === service.entityId) ?? null;
    this.inputValues = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, String(v)]));
    const complete = service.inputs.every((input) => checkInput(input, this.inputValues[input.name] ?? '') === null);
    if (service.inputs.length > 0 && !complete) {
      this.step = 'inputs';
      this.#changed();
      return;
    }
    await this.#quote(service, run);
  }

  async #loadNames(entityId: string | null, serviceId: string | null, run: number): Promise<void> {
    if (!entityId) return;
    const [entities, services] = await Promise.all([this.#client!.fees.entities(), serviceId ? this.#client!.fees.services() : []]);
    if (run !== this.#run) return;
    this.entity = entities.find((e) => e.id === entityId) ?? null;
    this.service = services.find((s) => s.id === serviceId) ?? null;
  }

  async #quote(service: Service, run: number): Promise<void> {
    const inputs = Object.fromEntries(service.inputs.map((input) => [input.name, normalizeInput(this.inputValues[input.name] ?? '')]));
    const { quote, error } = await this.#client!.fees.quote({ service: service.id, inputs });
    if (run !== this.#run) return;
    if (error) {
      // Field errors go to their fields; others (nothing due, unknown reference) are shown above them.
      const fieldIssues = error.issues.filter((issue) => issue.path.startsWith('inputs.'));
      if (fieldIssues.length > 0) {
        this.inputProblems = Object.fromEntries(fieldIssues.map((issue) => [issue.path.slice('inputs.'.length), { key: 'wrongFormat' } as const]));
      } else {
        this.error = error;
      }
      this.step = 'inputs';
      this.#changed();
      return;
    }
    this.quote = quote;
    this.#ready();
  }

  async #openSession(run: number): Promise<PaymentSession | null> {
    const { session, error } = await this.#client!.sessions.createFromQuote(this.quote!.id, { channel: this.#config().channel });
    if (run !== this.#run) return null;
    if (error) {
      // An expired quote is priced again so the customer sees the current amount before paying.
      if (error.code === 'quote_expired' && this.service) {
        this.step = 'inputs';
        await this.#quote(this.service, run);
      }
      this.#declined(error);
      return null;
    }
    this.session = session;
    return session;
  }

  #ready(): void {
    this.step = 'ready';
    const methods = this.allowedMethods;
    if (!this.method || !methods.includes(this.method)) this.method = methods[0] ?? null;
    this.#mountFields();
    this.#host.dispatchEvent(new DubaiPayReadyEvent({ sessionId: this.session?.id ?? '', amount: this.total, currency: 'AED' }));
    this.#changed();
  }

  #mountFields(): void {
    const config = this.#config();
    const wanted = this.method === 'card' || this.method === 'edirham' ? this.method : null;
    this.fields?.destroy();
    this.fields = null;
    this.frameHeight = 0;
    clearTimeout(this.#awaitingTimer);
    this.awaitingFields = wanted !== null;
    if (!wanted) return;
    // A frame that never says it is ready (the gateway is unreachable) must not hide Cancel for good.
    this.#awaitingTimer = setTimeout(() => this.#fieldsSettled(), FIELDS_READY_TIMEOUT_MS);
    const fields: HostedFields = new HostedFields({
      gateway: config.gateway,
      publishableKey: config.publishableKey,
      method: wanted,
      locale: config.locale,
      keypad: config.kiosk,
      appearance: config.appearance(),
      frameWindow: () => (this.#host.renderRoot.querySelector('iframe[part="frame"]') as HTMLIFrameElement | null)?.contentWindow,
      onReady: (height) => {
        if (fields !== this.fields) return;
        if (height) this.frameHeight = height;
        this.#fieldsSettled();
        this.configureFields();
      },
      onResize: (height) => {
        this.frameHeight = height;
        this.#host.requestUpdate();
      },
      onChange: ({ complete }) => {
        if (fields !== this.fields) return;
        config.onActivity();
        this.detailsComplete = complete;
        this.#changed();
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

  /** Transport failures are not terminal: the same payment may be tried again (same key). */
  #payFailed(error: unknown): void {
    if (isDubaiPayError(error) && (error.code === 'network_error' || error.code === 'timeout' || error.code === 'server_error')) this.#declined(error);
    else this.#fail(error);
  }

  #declined(error: DubaiPayError): void {
    this.error = error;
    if (this.step === 'paying') this.step = 'ready';
    this.#changed();
  }

  #succeeded(receipt: Receipt): void {
    this.receipt = receipt;
    this.step = 'receipt';
    this.error = null;
    this.fields?.clear();
    this.fields?.destroy();
    this.fields = null;
    this.#terminal(new DubaiPaySuccessEvent({ sessionId: this.session?.id ?? '', receipt }));
  }

  #fail(error: unknown): void {
    const failure = isDubaiPayError(error) ? error : new DubaiPayError('unknown', { cause: error });
    this.error = failure;
    this.step = 'failed';
    this.fields?.destroy();
    this.fields = null;
    this.#terminal(new DubaiPayErrorEvent({ code: failure.code, message: failure.messages, sessionId: this.session?.id ?? null }));
  }

  /** Exactly one terminal event per payment, whatever the path. */
  #terminal(event: Event): void {
    this.#changed();
    if (this.#terminalSent) return;
    this.#terminalSent = true;
    this.#host.dispatchEvent(event);
  }

  #changed(): void {
    this.#host.requestUpdate();
    this.#host.dispatchEvent(
      new DubaiPayChangeEvent({ step: this.step, method: this.method, complete: this.detailsComplete, error: this.error ? { code: this.error.code } : null }),
    );
  }
}
