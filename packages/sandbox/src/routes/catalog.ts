import { endpoints, SearchIndex } from '@dubai-pay/contract';
import type { Catalog } from '../catalog/catalog.ts';
import { GatewayProblem } from '../problems.ts';
import { route, type Route } from '../router.ts';

export function catalogRoutes(catalog: Catalog): Route[] {
  // Indexed once: search runs on every keystroke of a kiosk user.
  const index = new SearchIndex(catalog.services.map((s) => [s.name.en, s.name.ar, s.description?.en ?? '', s.description?.ar ?? '', ...s.keywords].join(' ')));
  return [
    route(endpoints.listEntities, () => ({ data: catalog.entities })),
    route(endpoints.listServices, ({ query }) => {
      const { entity } = query;
      const data = index
        .search(query.q ?? '')
        .map((i) => catalog.services[i]!)
        .filter((s) => !entity || s.entity_id === entity);
      return { data };
    }),
    route(endpoints.retrieveService, ({ params }) => {
      const service = catalog.services.find((s) => s.id === params.id);
      const entity = catalog.entities.find((e) => e.id === service?.entity_id);
      if (!service || !entity) throw new GatewayProblem(404, 'service_not_found', `No service ${params.id ?? ''}.`);
      return { ...service, entity };
    }),
  ];
}
