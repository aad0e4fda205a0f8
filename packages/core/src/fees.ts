import { endpointRoutes, loadChunk, snakeize, type Entity, type InputValues, type Quote, type Service, type ServiceDetail } from '@dubai-pay/contract';
import type { DubaiPayError } from './errors/dubai-pay-error.ts';
import { asResult } from './results.ts';
import type { ServiceSearch } from './service-search.ts';
import type { GatewayHttp } from './http/gateway-http.ts';

export interface QuoteRequestOptions {
  /** The service id from the catalog. */
  service: string;
  /** Values of the service's inputs (plate number, account number, years…). */
  inputs?: InputValues;
  /**
   * A re-quote: the id of the quote (expired or about to) this one replaces, priced again at the
   * current fees for the same service and inputs. Card details typed in a hosted fields frame
   * opened for that quote can pay the new one, so the frame need not be remounted.
   */
  replaces?: string;
  signal?: AbortSignal;
}

export type QuoteResult = { quote: Quote; error?: undefined } | { quote?: undefined; error: DubaiPayError };

/** Search is loaded on the first search only: a checkout for one service never needs it. */
const loadServiceSearch = () => loadChunk('service-search', () => import('./service-search.ts'));

/**
 * The catalog, loaded once: the entities and the services (a failure is not kept: the next call
 * asks again), and the search index over the services, built on the first search only (a checkout
 * for one service never needs it). A load is nobody's in particular: a caller's signal ends that
 * caller's wait, never the load others wait for too.
 */
class Catalog {
  readonly #http: GatewayHttp;
  readonly #credential: () => string;
  #entities: Promise<Entity[]> | undefined;
  #services: Promise<Service[]> | undefined;
  /** The lists once loaded (a service asked for alone is then read from them). */
  #loaded: { entities?: Entity[]; services?: Service[] } = {};
  /** Services asked for one by one, with their entities. */
  readonly #details = new Map<string, Promise<ServiceDetail>>();
  #search: { services: Service[]; ready: Promise<ServiceSearch> } | undefined;

  constructor(http: GatewayHttp, credential: () => string) {
    this.#http = http;
    this.#credential = credential;
  }

  entities(signal: AbortSignal | undefined): Promise<Entity[]> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.#entities ??= this.#http
      .call(endpointRoutes.listEntities, { credential: this.#credential() })
      .then((list) => (this.#loaded.entities = list.data))
      .catch((error: unknown) => {
        this.#entities = undefined; // do not cache a failure
        throw error;
      });
    return whileWanted(this.#entities, signal);
  }

  services(signal: AbortSignal | undefined): Promise<Service[]> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.#services ??= this.#http
      .call(endpointRoutes.listServices, { credential: this.#credential() })
      .then((list) => (this.#loaded.services = list.data))
      .catch((error: unknown) => {
        this.#services = undefined;
        throw error;
      });
    return whileWanted(this.#services, signal);
  }

  /** One service with its entity: from the lists if they are loaded, else asked for alone (one small answer). Kept, but not a failure. */
  service(id: string, signal: AbortSignal | undefined): Promise<ServiceDetail> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let detail = this.#details.get(id);
    if (!detail) {
      const service = this.#loaded.services?.find((s) => s.id === id);
      const entity = service && this.#loaded.entities?.find((e) => e.id === service.entityId);
      detail =
        service && entity
          ? Promise.resolve({ ...service, entity })
          : this.#http.call(endpointRoutes.retrieveService, { credential: this.#credential(), params: { id } }).catch((error: unknown) => {
              this.#details.delete(id);
              throw error;
            });
      this.#details.set(id, detail);
    }
    return whileWanted(detail, signal);
  }

  /** Search over the services (the list loaded), indexed the first time it is asked for. A failed load is not kept. */
  async search(signal: AbortSignal | undefined): Promise<ServiceSearch> {
    const services = await this.services(signal);
    if (this.#search?.services !== services) {
      const search = { services, ready: loadServiceSearch().then(({ ServiceSearch }) => new ServiceSearch(services)) };
      this.#search = search;
      search.ready.catch(() => {
        if (this.#search === search) this.#search = undefined;
      });
    }
    return whileWanted(this.#search.ready, signal);
  }
}

/** Fee lookup: the catalog of entities and services, search, and quotes. */
export class Fees {
  readonly #http: GatewayHttp;
  readonly #credential: () => string;
  #catalog: Catalog;

  constructor(http: GatewayHttp, credential: () => string) {
    this.#http = http;
    this.#credential = credential;
    this.#catalog = new Catalog(http, credential);
  }

  /**
   * These fees reading the catalog of `other` (loaded once for both, through `other`'s client)
   * and quoting through this client: a page's checkouts share one catalog so, and nothing else.
   */
  withCatalogOf(other: Fees): Fees {
    const fees = new Fees(this.#http, this.#credential);
    fees.#catalog = other.#catalog;
    return fees;
  }

  /** The participating entities. Loaded once per client (the catalog changes rarely). */
  entities(options: { signal?: AbortSignal } = {}): Promise<Entity[]> {
    return this.#catalog.entities(options.signal);
  }

  /** Services, all or one entity's. Loaded once per client. */
  async services(options: { entity?: string; signal?: AbortSignal } = {}): Promise<Service[]> {
    const all = await this.#catalog.services(options.signal);
    return options.entity ? all.filter((s) => s.entityId === options.entity) : all;
  }

  /**
   * One service with its entity, for a checkout of that service: read from the catalog if this
   * client has loaded it, else asked for alone (not the whole catalog). Loaded once per client;
   * an unknown id fails with `service_not_found`.
   */
  service(id: string, options: { signal?: AbortSignal } = {}): Promise<ServiceDetail> {
    return this.#catalog.service(id, options.signal);
  }

  /**
   * Services matching a query in Arabic or English, best first: diacritics, tatweel, hamza and
   * taa marbuta forms, case and word order are ignored. Runs locally over the loaded catalog
   * (indexed on the first search).
   */
  async search(query: string, options: { entity?: string; limit?: number; signal?: AbortSignal } = {}): Promise<Service[]> {
    const search = await this.#catalog.search(options.signal);
    return search.find(query, options);
  }

  /**
   * What a service costs for these inputs. Wrong inputs, nothing due, unknown reference → `{ error }`;
   * with `replaces`: an unknown quote (`not_found`), one too old (`quote_too_old`), other service or inputs (`invalid_request`).
   */
  async quote(request: QuoteRequestOptions): Promise<QuoteResult> {
    const body = snakeize({ service: request.service, ...(request.inputs ? { inputs: request.inputs } : {}), ...(request.replaces ? { replaces: request.replaces } : {}) });
    const result = await asResult(() => this.#http.call(endpointRoutes.createQuote, { credential: this.#credential(), body, signal: request.signal }));
    return result.error ? { error: result.error } : { quote: result.value };
  }
}

/** The promise, or the caller's signal's reason once it aborts (the promise itself goes on for others). */
function whileWanted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}
