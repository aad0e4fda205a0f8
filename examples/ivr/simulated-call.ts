import type { DubaiPayClient } from '@dubai-pay/core';
import { type CallOptions, type CallOutcome, GATEWAY_PAYMENT_LINE, runCall } from './call.ts';
import { collectWords } from './prompts.ts';
import { gatewayPaymentLine } from './gateway-line.ts';
import { simulatedTelephony, type SimulatedCaller } from './telephony.ts';
import { DEFAULT_TIMEOUTS } from './timeouts.ts';
import { logLine } from './transcript.ts';
import { VirtualClock } from './virtual-clock.ts';

/**
 * What the caller does, in order, each when the line waits for a key: press keys, stay silent
 * (the pending timeout fires on the virtual clock), hang up; or anything else (`act`).
 */
export type Step = string | { silence: true } | { hangUp: true } | { act: (call: CallControl) => Promise<void> };

export interface CallControl {
  caller: SimulatedCaller;
  clock: VirtualClock;
  transcript: () => string;
  /** Resolves when a line of the call's log matches (at once if one already did). */
  heard: (pattern: RegExp) => Promise<void>;
}

export const SILENCE: Step = { silence: true };
export const HANG_UP: Step = { hangUp: true };

export interface SimulatedCall {
  result: CallOutcome;
  /** The call as heard and keyed, one line per utterance (card digits masked). */
  transcript: string;
  /** Every key the agency's IVR received (with a transfer, none of the card's). */
  agencyReceived: string[];
  /** Virtual ms the call took (timeouts included). */
  elapsed: number;
}

/**
 * A whole call against a real gateway (the sandbox): the agency's IVR, the gateway's payment line
 * for transfers, a scripted caller, on a virtual clock. When the script is done and the line
 * still waits, the caller hangs up.
 */
export async function simulateCall(client: DubaiPayClient, steps: readonly Step[], options: CallOptions = {}): Promise<SimulatedCall> {
  const clock = new VirtualClock();
  const lines: string[] = [];
  const listeners: { pattern: RegExp; resolve: () => void }[] = [];
  const heard = (pattern: RegExp) => (lines.some((l) => pattern.test(l)) ? Promise.resolve() : new Promise<void>((resolve) => listeners.push({ pattern, resolve })));
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  const { line, caller, agencyReceived } = simulatedTelephony({
    clock,
    log: (speaker, text) => {
      const line = logLine(speaker, text);
      lines.push(line);
      for (const listener of listeners.filter((l) => l.pattern.test(line))) listener.resolve();
    },
    destinations: { [GATEWAY_PAYMENT_LINE]: gatewayPaymentLine({ client, timeouts, words: collectWords }) },
  });
  const running = runCall(line, client, { ...options, timeouts });
  const ended = running.then(() => 'ended' as const);
  const transcript = () => lines.join('\n');
  for (const [index, step] of steps.entries()) {
    if (typeof step === 'object' && 'act' in step) {
      await step.act({ caller, clock, transcript, heard });
      continue;
    }
    const state = await Promise.race([caller.whenWaiting().then(() => 'waiting' as const), ended]);
    if (state === 'ended') throw new Error(`The call ended before step ${index} (${JSON.stringify(step)}):\n${transcript()}`);
    if (typeof step === 'string') caller.press(step);
    else if ('silence' in step) clock.fireNext();
    else caller.hangUp();
  }
  if ((await Promise.race([caller.whenWaiting().then(() => 'waiting' as const), ended])) === 'waiting') caller.hangUp();
  const result = await running;
  return { result, transcript: transcript(), agencyReceived, elapsed: clock.now };
}
