// `registered<'tag', Class>()` compiles only where HTMLElementTagNameMap['tag'] is exactly Class
// (not a base class, not a subclass). No imports: a fixture imports one entry first.
type Exactly<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export function registered<Tag extends keyof HTMLElementTagNameMap, Class>(..._exact: Exactly<HTMLElementTagNameMap[Tag], Class> extends true ? [] : [never]): void {}
