/**
 * Failures a test can ask the sandbox to inject, to prove the client never pays twice:
 * - `drop_response`: the request is fully processed (a confirm charges), then the connection is
 *   cut before the response arrives;
 * - `delay`: processed, then answered after `delay_ms` (longer than the client's timeout);
 * - `unavailable`: answered 503 without being processed.
 */
export interface Fault {
  method: string;
  /** Path below the origin, e.g. `/v1/sessions/ps_…/confirm`; `*` in it matches one segment. */
  path: string;
  action: 'drop_response' | 'delay' | 'unavailable';
  delay_ms?: number;
  /** How many matching requests it applies to. */
  times: number;
}

/** Header the app puts on a response the transport must drop (the HTTP server cuts the socket; msw answers a network error). */
export const DROP_RESPONSE_HEADER = 'x-sandbox-drop-response';

export class FaultPlan {
  #faults: Fault[] = [];

  add(fault: Fault): void {
    this.#faults.push({ ...fault });
  }

  clear(): void {
    this.#faults = [];
  }

  /** The fault for this request, if any, counting it down. */
  take(method: string, pathname: string): Fault | undefined {
    const fault = this.#faults.find((f) => f.method === method && f.times > 0 && pathMatches(f.path, pathname));
    if (fault) fault.times -= 1;
    return fault;
  }
}

function pathMatches(pattern: string, pathname: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${source}$`).test(pathname);
}
