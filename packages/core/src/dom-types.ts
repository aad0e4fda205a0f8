/**
 * The DOM types core's browser flows take, named through `globalThis`: in a program with the DOM
 * lib they are the DOM's own; in a Node program without it (`lib: ["es2023"]`, `@types/node`)
 * they are `never`, so core's declarations type-check there too. Its server side never uses them.
 */
type DomGlobal<Name extends string> = typeof globalThis extends Record<Name, { prototype: infer Instance }> ? Instance : never;

/** Where a frame is put: an element or a fragment. */
export type MountPoint = DomGlobal<'Element'> | DomGlobal<'DocumentFragment'>;

/** A browser window (a popup, a frame's). */
export type BrowserWindow = DomGlobal<'Window'>;
