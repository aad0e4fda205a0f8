import type { Clock } from './clock.ts';
import { Keypad } from './keypad.ts';
import { type PhoneLine, speakable, type TransferData } from './phone-line.ts';

/** Another line a call can be transferred to: runs with the caller, then hands them back. */
export type Destination = { name: string; answer(leg: PhoneLine, data: TransferData): Promise<void> };

/** Who said what on the call: `speaker` is the line speaking, or `Caller`, or '' for a note. */
export type CallLog = (speaker: string, text: string) => void;

export interface SimulatedCaller {
  /** Keys pressed on the phone: they reach whichever line the caller is connected to now. */
  press(keys: string): void;
  hangUp(): void;
  /** Resolves when the line the caller is on waits for a key and none is queued. */
  whenWaiting(): Promise<void>;
}

/**
 * The telephony around the IVR, simulated in one process: a caller, the agency's line and the
 * lines it can transfer to. `agencyReceived` is every key the agency's line was sent: with a
 * transfer to the gateway's line, card digits never appear in it.
 */
export function simulatedTelephony(options: { clock: Clock; log: CallLog; name?: string; destinations?: Record<string, Destination> }): {
  line: PhoneLine;
  caller: SimulatedCaller;
  agencyReceived: string[];
} {
  const { clock, log } = options;
  const agency = new Keypad(clock);
  const legs: Keypad[] = [agency];
  const agencyReceived: string[] = [];
  const active = () => legs[legs.length - 1] ?? agency;
  let hungUp = false;
  // Settled whenever the caller moves to another line (a transfer starts or ends).
  const signal = () => {
    let resolve = () => {};
    const promise = new Promise<void>((done) => (resolve = done));
    return { promise, resolve };
  };
  let moved = signal();
  const move = () => {
    moved.resolve();
    moved = signal();
  };

  function lineFor(keypad: Keypad, speaker: string): PhoneLine {
    return {
      clock,
      say: (text) => log(speaker, speakable(text)),
      next: (ms) => keypad.next(ms),
      note: (text) => log('', text),
      connected: () => !hungUp,
      hangUp() {
        if (!hungUp) log('', `(${speaker} hangs up)`);
        hungUp = true;
        agency.hangUp();
        keypad.hangUp();
      },
      async transfer(destination, data) {
        const target = options.destinations?.[destination];
        if (!target) return false;
        log('', `(transferred to ${target.name}; call data: session ${data.session}, language ${data.language})`);
        const leg = new Keypad(clock);
        legs.push(leg);
        move();
        try {
          await target.answer(lineFor(leg, target.name), data);
        } finally {
          legs.pop();
          move();
        }
        if (!hungUp) log('', `(back on ${speaker})`);
        return true;
      },
    };
  }

  return {
    line: lineFor(agency, options.name ?? 'IVR'),
    agencyReceived,
    caller: {
      press(keys) {
        if (hungUp) return;
        if (active() === agency) agencyReceived.push(keys);
        active().press(keys);
      },
      hangUp() {
        if (hungUp) return;
        hungUp = true;
        log('', '(the caller hangs up)');
        for (const leg of legs) leg.hangUp();
      },
      async whenWaiting() {
        for (;;) {
          const leg = active();
          await Promise.race([leg.whenWaiting(), moved.promise]);
          if (active() === leg && leg.waiting) return;
        }
      },
    },
  };
}
