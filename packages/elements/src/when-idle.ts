/**
 * Runs work that can wait (loading a chunk the customer may need later, building an index) once
 * the page has nothing else to do, so that it never lands in the middle of the first render. At
 * the latest after `timeout` ms; engines without `requestIdleCallback` wait a short while instead.
 */
export function whenIdle(work: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout });
  else setTimeout(work, 200);
}
