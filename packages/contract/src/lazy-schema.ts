/**
 * A schema built the first time it is used, not when its module loads. A page loads every schema
 * the client may need (about 580 zod objects), but a checkout's first screen parses only the
 * session. Built eagerly, they took about 125 ms of the page's first long task at CPU 4× (CPU
 * profile of the bench's client-secret page); 50 ms now that the others wait. The schema is the
 * same object to every user (a stand-in that forwards to it), so references between schemas,
 * `instanceof` and the OpenAPI document's names keep working. Marked free of side effects for
 * the bundlers: a schema nothing uses is left out, as zod's own calls are.
 */
export /*#__NO_SIDE_EFFECTS__*/ function lazySchema<Schema extends object>(build: () => Schema): Schema {
  let built: Schema | undefined;
  const schema = (): Schema => (built ??= build());
  return new Proxy({} as Schema, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    // Reported configurable: the stand-in has none of the schema's own properties (a proxy rule).
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
