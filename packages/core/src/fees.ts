import { endpointRoutes, matchesWords, searchWords, snakeize, type Entity, type InputValues, type Quote, type Service } from '@dubai-pay/contract';
import type { DubaiPayError } from './errors/dubai-pay-error.ts';
import { asResult } from './results.ts';
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

interface IndexedService {
  service: Service;
  nameWords: string[];
  allWords: string[];
}

/** Fee lookup: the catalog of entities and services, search, and quotes. */
export class Fees {
  readonly #http: GatewayHttp;
  readonly #credential: () => string;
  #entities: Promise<Entity[]> | undefined;
  #index: Promise<IndexedService[]> | undefined;

  constructor(http: GatewayHttp, credential: () => string) {
    this.#http = http;
    this.#credential = credential;
  }

  /** The participating entities. Loaded once per client (the catalog changes rarely). */
  entities(options: { signal?: AbortSignal } = {}): Promise<Entity[]> {
    this.#entities ??= this.#http
      .call(endpointRoutes.listEntities, { credential: this.#credential(), signal: options.signal })
      .then((list) => list.data)
      .catch((error: unknown) => {
        this.#entities = undefined; // do not cache a failure
        throw error;
      });
    return this.#entities;
  }

  /** Services, all or one entity's. */
  async services(options: { entity?: string; signal?: AbortSignal } = {}): Promise<Service[]> {
    const all = (await this.#loadIndex(options.signal)).map((entry) => entry.service);
    return options.entity ? all.filter((s) => s.entityId === options.entity) : all;
  }

  /**
   * Services matching a query in Arabic or English, best first: diacritics, tatweel, hamza and
   * taa marbuta forms, case and word order are ignored. Runs locally over the loaded catalog.
   */
  async search(query: string, options: { entity?: string; limit?: number; signal?: AbortSignal } = {}): Promise<Service[]> {
    const index = await this.#loadIndex(options.signal);
    const words = searchWords(query);
    const hits = index.filter((entry) => (!options.entity || entry.service.entityId === options.entity) && (words.length === 0 || matchesWords(words, entry.allWords)));
    // Services whose name matches rank above those matched only by description or keywords.
    const ranked = words.length === 0 ? hits : [...hits].sort((a, b) => Number(matchesWords(words, b.nameWords)) - Number(matchesWords(words, a.nameWords)));
    return ranked.slice(0, options.limit ?? ranked.length).map((entry) => entry.service);
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

  #loadIndex(signal: AbortSignal | undefined): Promise<IndexedService[]> {
    this.#index ??= this.#http
      .call(endpointRoutes.listServices, { credential: this.#credential(), signal })
      .then((list) =>
        list.data.map((service) => {
          const nameWords = searchWords(`${service.name.en} ${service.name.ar}`);
          const extra = searchWords([service.description?.en ?? '', service.description?.ar ?? '', ...service.keywords].join(' '));
          return { service, nameWords, allWords: [...nameWords, ...extra] };
        }),
      )
      .catch((error: unknown) => {
        this.#index = undefined;
        throw error;
      });
    return this.#index;
  }
}
