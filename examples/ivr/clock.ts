/**
 * Where the call's timers come from. The real clock in a call; tests and the transcript script
 * use a virtual one, so a five-second silence is a step, not five seconds of waiting.
 */
export interface Clock {
  /** Calls `fire` after `ms`; the returned function cancels it. */
  after(ms: number, fire: () => void): () => void;
}

export const realClock: Clock = {
  after(ms, fire) {
    const timer = setTimeout(fire, ms);
    return () => clearTimeout(timer);
  },
};
