import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/**
 * A phone line in a terminal: what the caller hears is printed; what they key in is read a line
 * at a time (the keys pressed, ended by Enter for the hash key: `12345678#` and `12345678` are
 * the same). When the input ends, the caller has hung up.
 */
export interface PhoneLine {
  say(text: string): void;
  /** The digits keyed in after the prompt, or null when the caller hung up. `secret`: not echoed (card details). */
  ask(prompt: string, options?: { secret?: boolean }): Promise<string | null>;
}

export function phoneLine(input: Readable, output: Writable): PhoneLine {
  const lines = createInterface({ input, terminal: false })[Symbol.asyncIterator]();
  return {
    say: (text) => void output.write(`🔊 ${text}\n`),
    async ask(prompt, options = {}) {
      output.write(`🔊 ${prompt}\n☎  `);
      const next = await lines.next();
      if (next.done) return null;
      const keys = String(next.value).replace(/[\s#]/g, '');
      // The transcript shows what was keyed, except card details (PCI DSS: never written out).
      output.write(`${options.secret ? '•'.repeat(keys.length) : keys}\n`);
      return keys;
    },
  };
}
