import { SearchIndex, searchWords, type Service } from '@dubai-pay/contract';

/**
 * Search over a loaded list of services: every word of each (names, descriptions, keywords) and
 * their names' alone, indexed once. Its own module so that a page that never searches (a checkout
 * for one service) never loads it (`Fees.search` loads it on the first search).
 */
export class ServiceSearch {
  readonly services: readonly Service[];
  readonly #all: SearchIndex;
  readonly #names: SearchIndex;

  constructor(services: readonly Service[]) {
    const names = services.map((service) => searchWords(`${service.name.en} ${service.name.ar}`));
    const all = services.map((service, i) => [...names[i]!, ...searchWords([service.description?.en ?? '', service.description?.ar ?? '', ...service.keywords].join(' '))]);
    this.services = services;
    this.#all = new SearchIndex(all);
    this.#names = new SearchIndex(names);
  }

  /** The services matching `query`, best first: those whose name matches above those matched only by description or keywords (each group in catalog order). */
  find(query: string, options: { entity?: string; limit?: number }): Service[] {
    const services = this.services;
    const hits = this.#all.search(query).filter((i) => !options.entity || services[i]!.entityId === options.entity);
    const byName = new Set(this.#names.search(query));
    const ranked = byName.size === this.#names.size ? hits : [...hits.filter((i) => byName.has(i)), ...hits.filter((i) => !byName.has(i))];
    return ranked.slice(0, options.limit ?? ranked.length).map((i) => services[i]!);
  }
}
