/**
 * The one mapping between the wire (snake_case) and the TypeScript API (camelCase).
 *
 * Keys are converted recursively. Where a key in `OPAQUE_KEYS` holds a record (not an array),
 * the record is keyed by data, not by field names (a quote's input values by input name, an
 * agency's metadata, a report's totals by line kind and by beneficiary), so it crosses unchanged
 * in both directions. (A service's `inputs` is an
 * array of input descriptions and is converted like any other value.)
 */
export const OPAQUE_KEYS = ['inputs', 'metadata', 'by_kind', 'by_beneficiary'] as const;
type OpaqueKey = (typeof OPAQUE_KEYS)[number];
const opaque: ReadonlySet<string> = new Set(OPAQUE_KEYS);

export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

export type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? Head extends Lowercase<Head>
    ? `${Head}${SnakeCase<Tail>}`
    : `_${Lowercase<Head>}${SnakeCase<Tail>}`
  : S;

export type Camelize<T> = T extends readonly (infer Item)[]
  ? Camelize<Item>[]
  : T extends object
    ? { [K in keyof T as K extends string ? CamelCase<K> : K]: K extends OpaqueKey ? (T[K] extends readonly unknown[] ? Camelize<T[K]> : T[K]) : Camelize<T[K]> }
    : T;

export type Snakeize<T> = T extends readonly (infer Item)[]
  ? Snakeize<Item>[]
  : T extends object
    ? { [K in keyof T as K extends string ? SnakeCase<K> : K]: K extends OpaqueKey ? (T[K] extends readonly unknown[] ? Snakeize<T[K]> : T[K]) : Snakeize<T[K]> }
    : T;

export function camelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

export function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function mapKeys(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapKeys(item, rename));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[rename(key)] = opaque.has(key) && !Array.isArray(item) ? item : mapKeys(item, rename);
  }
  return out;
}

/** Wire object → TypeScript object. */
export function camelize<T>(value: T): Camelize<T> {
  return mapKeys(value, camelCase) as Camelize<T>;
}

/** TypeScript object → wire object. */
export function snakeize<T>(value: T): Snakeize<T> {
  return mapKeys(value, snakeCase) as Snakeize<T>;
}
