import * as z from 'zod/mini';
import { bearerOf, type AuthContext } from '../auth.ts';
import { GatewayProblem } from '../problems.ts';
import type { SandboxClock } from '../clock.ts';
import type { RateLimiter } from '../abuse/rate-limiter.ts';
import type { FaultPlan } from '../faults.ts';
import { json, parseBody } from '../http.ts';
import { rawRoute, type Route } from '../router.ts';
import type { SessionBook } from '../sessions.ts';

const faultRequest = z.object({
  method: z.enum(['GET', 'POST']),
  path: z.string().check(z.startsWith('/')),
  action: z.enum(['drop_response', 'delay', 'unavailable']),
  delay_ms: z.optional(z.int().check(z.positive(), z.maximum(120_000))),
  times: z._default(z.int().check(z.positive()), 1),
});

const clockRequest = z.object({ advance_ms: z.int().check(z.positive()) });

/**
 * Sandbox-only controls for tests, under `/_sandbox`, behind the secret key: read how many
 * times a session was charged, move the clock, inject network faults, forget the abuse limits'
 * counts (every browser of a test run is one client to them). Unlike the API, they may
 * be called from a test page in a browser (test plumbing, not a payment path).
 */
export function controlRoutes(sessions: SessionBook, clock: SandboxClock, faults: FaultPlan, limiter: RateLimiter, auth: AuthContext, tick: () => Promise<void>): Route[] {
  const secret = (request: Request) => {
    const token = bearerOf(request);
    const agency = auth.agencies.find((a) => a.secretKey === token);
    if (!agency) throw new GatewayProblem(401, 'unauthorized', 'The sandbox controls need the secret key.');
    return { agency };
  };
  return [
    rawRoute('GET', '/_sandbox/health', async () => json({ ok: true })),
    rawRoute('GET', '/_sandbox/sessions/{id}/charges', async (request, params) => {
      const caller = secret(request);
      const id = params.id ?? '';
      return json({ charges: sessions.charges(id, caller.agency), three_ds_method_completion: sessions.get(id, caller.agency).three_d_secure?.method_completion ?? null });
    }),
    // The 3-D Secure messages the gateway's 3DS Server sent and received for the session (AReq with its browser fields, ARes, RReq, CRes, Erro).
    rawRoute('GET', '/_sandbox/sessions/{id}/three_ds_messages', async (request, params) => {
      const caller = secret(request);
      return json({ messages: sessions.threeDsMessages(params.id ?? '', caller.agency) });
    }),
    rawRoute('POST', '/_sandbox/clock', async (request) => {
      secret(request);
      clock.advance(parseBody(await request.text(), clockRequest).advance_ms);
      // What falls due in the time skipped happens now (expiries, settlements, webhook tries), before the answer.
      await tick();
      return json({ now: clock.iso() });
    }),
    rawRoute('POST', '/_sandbox/faults', async (request) => {
      secret(request);
      faults.add(parseBody(await request.text(), faultRequest));
      return json({ ok: true });
    }),
    rawRoute('POST', '/_sandbox/limits/reset', async (request) => {
      secret(request);
      limiter.reset();
      return json({ ok: true });
    }),
    rawRoute('POST', '/_sandbox/faults/clear', async (request) => {
      secret(request);
      faults.clear();
      return json({ ok: true });
    }),
  ];
}
