import { css, html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { DubaiPayClient, Entity, Locale, Service } from '@dubai-pay/core';
import type { DubaiPayElement } from '../dubai-pay.ts';
import { type DubaiPayChangeEvent, DubaiPayLocaleChangeEvent, DubaiPayServiceSelectEvent } from '../events.ts';
import { plural } from '@dubai-pay/contract';
import { format, localeOf } from '../i18n/translation.ts';
import { focusLost, IdleWarning } from '../kiosk/idle-warning.ts';
import { idleWarningStyles } from '../kiosk/kiosk-styles.ts';
import { KIOSK_STRINGS } from '../kiosk/kiosk-strings.ts';
import { KIOSK_DEADLINE_MS, pageClient, WEB_DEADLINE_MS } from '../shared-client.ts';
import { SERVICE_STRINGS } from './service-strings.ts';
import { whenIdle } from '../when-idle.ts';

/**
 * @tagname dubai-pay-services
 * @summary The service browser: the entities as a grid, services found as you type (Arabic or
 * English, the core's search), then `<dubai-pay>` for the service chosen (its inputs, what is
 * owed, the payment). Usable on its own and in kiosks (`mode="kiosk"` passes through).
 *
 * @event dubai-pay-service-select - A service was chosen. `detail: { serviceId, entityId }`
 * @csspart search - The search field.
 * @csspart entity - One entity of the grid.
 * @csspart service - One service in a list.
 * @csspart back-button - Back to the entities, or to the services.
 * @csspart status - What is loading or how many services were found (a status region, there from the start).
 * @csspart idle-warning - Kiosk: the countdown before a search or an entity left on screen is cleared.
 * @csspart idle-continue-button - Kiosk: "I am still here".
 * @csspart idle-alert - Kiosk: the (visually hidden) alert that reads the warning out.
 * @csspart language-button - Kiosk: switches between Arabic and English.
 */
export class DubaiPayServicesElement extends LitElement {
  static override properties: PropertyDeclarations = {
    gateway: { attribute: 'gateway' },
    publishableKey: { attribute: 'publishable-key' },
    locale: { attribute: 'locale', reflect: true },
    mode: { attribute: 'mode', reflect: true },
    idleTimeout: { attribute: 'idle-timeout', type: Number },
    entities: { state: true },
    services: { state: true },
    entity: { state: true },
    service: { state: true },
    query: { state: true },
    results: { state: true },
    failure: { state: true },
  };

  static override styles = [
    css`
    :host { display: block; font-family: var(--dubai-pay-font-family, system-ui, 'Noto Sans Arabic', sans-serif); color: var(--dubai-pay-color-text, #1b1f23); }
    :host([mode='kiosk']) { font-size: 20px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(14em, 1fr)); gap: 0.75em; list-style: none; margin: 0; padding: 0; }
    button { font: inherit; min-block-size: 48px; border-radius: var(--dubai-pay-radius, 8px); border: 1px solid var(--dubai-pay-color-border, #8c959f); background: var(--dubai-pay-color-background, #fff); color: inherit; cursor: pointer; text-align: start; padding: 0.75em 1em; inline-size: 100%; touch-action: manipulation; }
    :host([mode='kiosk']) button { min-block-size: 64px; }
    [part='entity'] small, [part='service'] small { display: block; color: var(--dubai-pay-color-muted, #57606a); }
    [part='back-button'] { inline-size: auto; color: var(--dubai-pay-color-primary, #00665e); border-color: var(--dubai-pay-color-primary, #00665e); margin-block-end: 1em; }
    label { display: block; font-weight: 600; }
    input { font: inherit; inline-size: 100%; box-sizing: border-box; min-block-size: 48px; padding-inline: 0.75em; border: 1px solid var(--dubai-pay-color-border, #8c959f); border-radius: var(--dubai-pay-radius, 8px); margin-block: 0.25em; }
    .hint, [role='status'] { color: var(--dubai-pay-color-muted, #57606a); margin: 0 0 1em; }
    [role='status']:empty { margin: 0; }
    h2, h3 { margin: 0 0 0.75em; }
    .bar { display: flex; justify-content: flex-end; margin-block-end: 0.5em; }
    [part='language-button'] { inline-size: auto; color: var(--dubai-pay-color-primary, #00665e); border-color: var(--dubai-pay-color-primary, #00665e); }
    :focus-visible { outline: 3px solid var(--dubai-pay-color-focus, #b25e00); outline-offset: 2px; }
    /* Its headings take focus by script only (a new view; on load too): not controls, no ring. */
    :is(h2, h3)[tabindex='-1']:focus { outline: none; }
    /* Arabic: an Arabic face before system-ui (unless the page set its own font). */
    [lang='ar'] { font-family: var(--dubai-pay-font-family, 'Noto Sans Arabic', system-ui, sans-serif); }
    @media print { [part='back-button'], .bar { display: none; } }
  `,
    idleWarningStyles,
  ];

  declare gateway: string;
  declare publishableKey: string;
  /** `ar` or `en`; by default the nearest `lang` attribute's language. */
  declare locale: Locale | '';
  /** `kiosk` passes kiosk mode to the checkout (needs the kiosk bundle) and enlarges targets. */
  declare mode: 'web' | 'kiosk';
  /** Kiosk: seconds without a touch before the browser goes back to the start (and the checkout's own reset). Default 90. */
  declare idleTimeout: number;
  /**
   * Kiosk: a search or an entity left on screen is cleared for the next customer, after the same
   * warning as the checkout's (which has its own while it is shown; the start screen has nothing to clear).
   */
  #idle = new IdleWarning(this, {
    warn: () => !this.service && Boolean(this.entity || this.query),
    onExpire: () => {
      if (!this.service) this.reset();
      this.#idle.activity();
    },
  });
  declare private entities: Entity[] | null;
  declare private services: Service[];
  declare private entity: Entity | null;
  declare private service: Service | null;
  declare private query: string;
  declare private results: Service[] | null;
  /** What could not be loaded: the catalog, or search (loaded on first use); "try again" loads it again. */
  declare private failure: 'catalog' | 'search' | null;
  #client: DubaiPayClient | null = null;
  #searchRun = 0;
  /** A service was just chosen: its checkout's heading takes focus once shown (the button pressed is gone). */
  #focusCheckout = false;

  constructor() {
    super();
    Object.assign(this, {
      gateway: '',
      publishableKey: '',
      locale: '',
      mode: 'web',
      idleTimeout: 90,
      entities: null,
      services: [],
      entity: null,
      service: null,
      query: '',
      results: null,
      failure: null,
    });
  }

  get activeLocale(): Locale {
    return localeOf(this, this.locale);
  }

  /** Back to the entity grid with nothing chosen (a kiosk's next customer). */
  reset(): void {
    Object.assign(this, { entity: null, service: null, query: '', results: null });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener(DubaiPayLocaleChangeEvent.type, this.#onLocaleChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(DubaiPayLocaleChangeEvent.type, this.#onLocaleChange);
  }

  #onLocaleChange = (event: Event): void => {
    this.locale = (event as DubaiPayLocaleChangeEvent).detail.locale;
  };

  protected override willUpdate(changed: Map<string, unknown>): void {
    // The mode picks the deadline, and so which of the page's catalogs (the one the checkouts shown here read too).
    if ((changed.has('gateway') || changed.has('publishableKey') || changed.has('mode')) && this.gateway && this.publishableKey) void this.load();
    if (changed.has('mode') || changed.has('idleTimeout')) this.#idle.configure(this.mode === 'kiosk' ? this.idleTimeout : null);
  }

  protected override updated(changed: Map<string, unknown>): void {
    // A new view: focus its heading, so keyboard and screen-reader users start there.
    if (changed.has('entity') || changed.has('service')) this.renderRoot.querySelector<HTMLElement>('[data-view-heading]')?.focus();
  }

  #switchLanguage(locale: Locale): void {
    this.locale = locale;
    this.dispatchEvent(new DubaiPayLocaleChangeEvent({ locale }));
  }

  /** The catalog, the page's (`<dubai-pay>` reads the same one: a kiosk loads it once, not once per customer). A failure is not kept: "Retry" asks again. */
  private async load(): Promise<void> {
    const client = pageClient({ gateway: this.gateway, publishableKey: this.publishableKey, deadline: this.mode === 'kiosk' ? KIOSK_DEADLINE_MS : WEB_DEADLINE_MS });
    this.#client = client;
    this.failure = null;
    try {
      const [entities, services] = await Promise.all([client.fees.entities(), client.fees.services()]);
      this.entities = entities;
      this.services = services;
    } catch {
      this.failure = 'catalog';
      return;
    }
    // The search index is built while nothing else is going on, not on the first key typed.
    whenIdle(() => void client.fees.search('').catch(() => undefined));
  }

  private async search(query: string): Promise<void> {
    this.query = query;
    const run = ++this.#searchRun;
    if (!query.trim() || !this.#client) {
      this.results = null;
      return;
    }
    try {
      const found = await this.#client.fees.search(query, { limit: 30 });
      if (run !== this.#searchRun) return;
      this.results = found;
      if (this.failure === 'search') this.failure = null;
    } catch {
      if (run === this.#searchRun) this.failure = 'search';
    }
  }

  private choose(service: Service): void {
    this.service = service;
    this.#focusCheckout = true;
    this.dispatchEvent(new DubaiPayServiceSelectEvent({ serviceId: service.id, entityId: service.entityId }));
  }

  /**
   * The checkout was left idle: back to the start for the next customer, and the checkout goes
   * (it is shown for a chosen service only). It starts over right after this event: told first
   * that it has no service, it has nothing to load then (no catalog, no quote for an element
   * about to be taken away). Its unpaid session is still canceled.
   */
  #onCheckoutIdleReset = (event: Event): void => {
    (event.currentTarget as DubaiPayElement).service = '';
    this.reset();
  };

  /** The chosen service's checkout has loaded: focus to its heading, the service's name (an error takes focus itself). */
  #onCheckoutChange = (event: DubaiPayChangeEvent): void => {
    const { step } = event.detail;
    if (!this.#focusCheckout || step === 'loading') return;
    this.#focusCheckout = false;
    const checkout = event.currentTarget as LitElement;
    if (step !== 'inputs' && step !== 'ready') return;
    void checkout.updateComplete.then(() => {
      const heading = checkout.renderRoot.querySelector<HTMLElement>('h2');
      if (!heading || !focusLost()) return;
      heading.tabIndex = -1;
      heading.focus();
    });
  };

  protected override render(): TemplateResult {
    const lang = this.activeLocale;
    const t = SERVICE_STRINGS[lang];
    const dir = lang === 'ar' ? 'rtl' : 'ltr';
    if (this.service) return html`<div lang=${lang} dir=${dir}>${this.renderCheckout(this.service, t)}</div>`;
    const other = lang === 'ar' ? 'en' : 'ar';
    return html`<div lang=${lang} dir=${dir}>
      ${
        this.mode === 'kiosk'
          ? html`<div class="bar"><button part="language-button" type="button" lang=${other} @click=${() => this.#switchLanguage(other)}>${KIOSK_STRINGS[other].languageName}</button></div>
            ${this.#idle.render(lang)}`
          : nothing
      }
      <h2 tabindex="-1" ?data-view-heading=${!this.entity}>${t.title}</h2>
      <label for="search">${t.search}</label>
      <input id="search" part="search" type="search" autocomplete="off" aria-describedby="search-hint" .value=${this.query} @input=${(e: Event) => void this.search((e.target as HTMLInputElement).value)} />
      <p id="search-hint" class="hint">${t.searchHint}</p>
      ${this.failure ? html`<p role="alert">${this.failure === 'search' ? t.searchFailed : t.failed} <button type="button" @click=${() => void (this.failure === 'search' ? this.search(this.query) : this.load())}>${t.retry}</button></p>` : nothing}
      <p part="status" role="status">${this.statusText(t)}</p>
      ${this.results ? this.renderServices(this.results) : this.entity ? this.renderEntity(this.entity, t) : this.renderEntities(t)}
    </div>`;
  }

  /** The status region is there from the start (empty when there is nothing to say), so that what is written in it is read. */
  private statusText(t: (typeof SERVICE_STRINGS)[Locale]): string {
    if (this.results) return this.results.length ? plural(this.activeLocale, this.results.length, t.results) : format(t.noResults, { query: this.query });
    return !this.entities && !this.failure ? t.loading : '';
  }

  private renderEntities(t: (typeof SERVICE_STRINGS)[Locale]): TemplateResult {
    const lang = this.activeLocale;
    return html`<h3>${t.entities}</h3>
      <ul class="grid">
        ${(this.entities ?? []).map(
          (entity) => html`<li>
            <button part="entity" type="button" @click=${() => (this.entity = entity)}>${entity.name[lang]}<small>${plural(lang, entity.serviceCount, t.services)}</small></button>
          </li>`,
        )}
      </ul>`;
  }

  private renderEntity(entity: Entity, t: (typeof SERVICE_STRINGS)[Locale]): TemplateResult {
    const lang = this.activeLocale;
    return html`<button part="back-button" type="button" @click=${() => (this.entity = null)}>${t.back}</button>
      <h3 tabindex="-1" data-view-heading>${entity.name[lang]}</h3>
      ${this.renderServices(this.services.filter((s) => s.entityId === entity.id))}`;
  }

  private renderServices(services: Service[]): TemplateResult {
    const lang = this.activeLocale;
    const entityName = (id: string) => this.entities?.find((e) => e.id === id)?.name[lang] ?? '';
    return html`<ul class="grid">
      ${services.map(
        (service) => html`<li>
          <button part="service" type="button" @click=${() => this.choose(service)}>${service.name[lang]}<small>${entityName(service.entityId)}</small></button>
        </li>`,
      )}
    </ul>`;
  }

  private renderCheckout(service: Service, t: (typeof SERVICE_STRINGS)[Locale]): TemplateResult {
    return html`<button part="back-button" type="button" @click=${() => (this.service = null)}>${t.backToServices}</button>
      <dubai-pay
        gateway=${this.gateway}
        publishable-key=${this.publishableKey}
        service=${service.id}
        locale=${this.activeLocale}
        mode=${this.mode}
        idle-timeout=${this.idleTimeout}
        @dubai-pay-idle-reset=${this.#onCheckoutIdleReset}
        @dubai-pay-change=${this.#onCheckoutChange}
      ></dubai-pay>`;
  }
}
