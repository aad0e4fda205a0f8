import { snakeize } from '@dubai-pay/contract';

/**
 * Filters as the gateway's query: names on the wire's snake_case through the contract's one
 * mapping, values as text (a `Date` as RFC 3339), absent ones left out.
 */
export function wireQuery(filters: object): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null) values[name] = value instanceof Date ? value.toISOString() : String(value);
  }
  return snakeize(values);
}
