import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { createClient, isDubaiPayError, type PaymentSession } from '@dubai-pay/core';
import { startSandboxServer, type SandboxServer } from '@dubai-pay/sandbox/server';
import { FaultingProxy, PROXY_FAULTS, type ProxyFault } from '../faults/faulting-proxy.ts';
import { browserInfo, openSession, pickService } from '../suites/fixtures.ts';

// Every money-moving step × every fault a network or a middlebox can inflict × what the caller
// does next, against the real sandbox behind a faulting proxy. Each cell asserts the two things
// that matter: the gateway charged at most once, and whenever it charged, the caller was told
// "paid" (never "failed" or "not charged"). The table is written to .test-results/fault-matrix.md.

type Step = 'create' | 'confirm' | 'three_ds_method' | 'abandon' | 'cancel';
type FollowUp = 'none' | 'same call again' | 'pay again, new token' | 'reload and pay';
const STEPS: readonly Step[] = ['create', 'confirm', 'three_ds_method', 'abandon', 'cancel'];
const FOLLOW_UPS: readonly FollowUp[] = ['none', 'same call again', 'pay again, new token', 'reload and pay'];

// Generous enough for a loaded CI machine: the rule under test is what the caller is told, not speed.
const ATTEMPT_TIMEOUT_MS = 1000;
const DEADLINE_MS = 8000;

let server: SandboxServer;
let proxy: FaultingProxy;
const rows: string[] = [];

before(async () => {
  server = await startSandboxServer();
  proxy = new FaultingProxy(server.url, { delayMs: ATTEMPT_TIMEOUT_MS * 2.5 });
  await proxy.start();
});

after(async () => {
  await proxy.stop();
  await server.close();
  rows.sort();
  mkdirSync('.test-results', { recursive: true });
  writeFileSync(
    '.test-results/fault-matrix.md',
    `${['| step | fault | times | follow-up | charges | told after the step | told after the follow-up |', '|---|---|---|---|---:|---|---|', ...rows].join('\n')}\n`,
  );
});

/** A client that reaches the gateway through the faulting proxy. */
const throughProxy = () => createClient({ gateway: `${proxy.url}/v1`, publishableKey: 'pk_test_demo', timeout: ATTEMPT_TIMEOUT_MS, deadline: DEADLINE_MS });

async function charges(id: string): Promise<number> {
  const response = await fetch(`${server.url}/_sandbox/sessions/${id}/charges`, { headers: { authorization: 'Bearer sk_test_demo' } });
  return ((await response.json()) as { charges: number }).charges;
}

/** What a caller would show: the session's state (and the attempt's error), or the error thrown. */
interface Told {
  text: string;
  session?: PaymentSession;
  /** The error said "You have not been charged". */
  saidNotCharged: boolean;
}

async function tell(call: () => Promise<{ session?: PaymentSession | undefined; error?: { code: string; notCharged: boolean } | undefined } | PaymentSession>): Promise<Told> {
  try {
    const result = await call();
    const { session, error } = 'object' in result ? { session: result, error: undefined } : result;
    const text = error ? `${session?.status ?? 'error'}: ${error.code}` : (session?.status ?? 'nothing');
    return { text, ...(session ? { session } : {}), saidNotCharged: error?.notCharged === true };
  } catch (error) {
    if (!isDubaiPayError(error)) return { text: `untyped: ${String(error)}`, saidNotCharged: false };
    return { text: `thrown: ${error.code}`, saidNotCharged: error.notCharged };
  }
}

interface Cell {
  step: Step;
  fault: ProxyFault;
  times: number;
  followUp: FollowUp;
}

async function runCell({ step, fault, times, followUp }: Cell): Promise<void> {
  const client = throughProxy();
  // A client of its own per cell: identical concurrent quotes from one client share an idempotency
  // key (by design: one operation), which would put cells on the same session.
  const setup = createClient({ gateway: server.apiUrl, publishableKey: 'pk_test_demo' });
  const session = await openSession(setup);
  const secret = session.clientSecret;
  const id = session.id;
  let stepCall: () => Promise<Told>;
  let path = `/v1/sessions/${id}/${step === 'create' ? '' : step === 'abandon' ? 'abandon_action' : step}`;
  let bodyContains: string | undefined;
  if (step === 'create') {
    const { service, inputs } = await pickService(setup, (s) => s.id === session.serviceId);
    const { quote } = await setup.fees.quote({ service: service.id, inputs });
    const quoteId = quote!.id;
    path = '/v1/sessions';
    bodyContains = quoteId;
    stepCall = () => tell(() => client.sessions.createFromQuote(quoteId));
  } else if (step === 'confirm') {
    stepCall = () => tell(() => client.sessions.confirm(secret, { paymentMethod: 'pm_card_visa', browserInfo }));
  } else if (step === 'three_ds_method') {
    await setup.sessions.confirm(secret, { paymentMethod: 'pm_card_mastercard', browserInfo });
    stepCall = () => tell(() => client.sessions.completeThreeDsMethod(secret, 'Y'));
  } else if (step === 'abandon') {
    await setup.sessions.confirm(secret, { paymentMethod: 'pm_card_challenge_no_method', browserInfo });
    stepCall = () => tell(() => client.sessions.abandonAction(secret, 'canceled'));
  } else {
    stepCall = () => tell(() => client.sessions.cancel(secret));
  }
  proxy.fault('POST', path, fault, { times, ...(bodyContains ? { bodyContains } : {}) });
  const afterStep = await stepCall();
  proxy.clear(path, bodyContains);
  const paidId = step === 'create' ? afterStep.session?.id : id;
  const chargedAfterStep = paidId ? await charges(paidId) : 0;

  let afterFollowUp: Told | undefined;
  if (followUp === 'same call again') afterFollowUp = await stepCall();
  if (followUp === 'pay again, new token' && step !== 'create') afterFollowUp = await tell(() => client.sessions.confirm(secret, { paymentMethod: 'pm_card_amex', browserInfo }));
  if (followUp === 'reload and pay' && step !== 'create') {
    const fresh = throughProxy();
    afterFollowUp = await tell(async () => {
      const now = await fresh.sessions.retrieve(secret);
      return now.status === 'open' ? fresh.sessions.confirm(secret, { paymentMethod: 'pm_card_visa', browserInfo }) : now;
    });
  }
  const charged = paidId ? await charges(paidId) : 0;
  rows.push(`| ${step} | ${fault} | ${times === Infinity ? 'every try' : 'once'} | ${followUp} | ${charged} | ${afterStep.text} | ${afterFollowUp?.text ?? ''} |`);

  assert.ok(charged <= 1, `charged ${charged} times`);
  assert.doesNotMatch(afterStep.text, /untyped/);
  if (chargedAfterStep === 1) {
    assert.equal(afterStep.text, 'succeeded', 'the gateway charged: the caller must be told it is paid');
  }
  assert.ok(!(chargedAfterStep === 1 && afterStep.saidNotCharged), 'never "not charged" for a charged session');
  if (afterFollowUp) {
    if (charged === 1) assert.equal(afterFollowUp.text, 'succeeded', 'charged: the follow-up shows it paid');
    assert.ok(!(charged === 1 && afterFollowUp.saidNotCharged), 'never "not charged" for a charged session');
  }
  if (step === 'create' && followUp === 'same call again' && afterStep.session && afterFollowUp?.session) {
    assert.equal(afterFollowUp.session.id, afterStep.session.id, 'the same quote, the same key: the same session');
  }
}

const cells: Cell[] = [];
for (const step of STEPS) {
  for (const fault of PROXY_FAULTS) {
    for (const followUp of FOLLOW_UPS) {
      if (step === 'create' && (followUp === 'pay again, new token' || followUp === 'reload and pay')) continue;
      cells.push({ step, fault, times: 1, followUp });
    }
    cells.push({ step, fault, times: Infinity, followUp: 'none' });
  }
}

describe('fault matrix: steps × faults × follow-ups', { concurrency: 8 }, () => {
  for (const cell of cells) {
    it(`${cell.step} · ${cell.fault} ${cell.times === Infinity ? 'on every try' : 'once'} · ${cell.followUp}`, () => runCell(cell));
  }
});
