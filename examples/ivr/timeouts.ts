/** How long the line waits for the caller, and how often it asks again. Injectable for tests. */
export interface Timeouts {
  /** ms after a prompt before "I didn't hear anything" (first-digit timeout). */
  firstDigit: number;
  /** ms between two keys of a number before the entry is taken as ended (inter-digit timeout). */
  interDigit: number;
  /** How many times a question is asked again after silence before a polite goodbye. */
  noInputRetries: number;
  /** How many wrong answers to one question before the call ends. */
  maxInvalid: number;
  /** ms the line keeps checking a payment whose outcome was lost before giving the caller the reference. */
  outcomeCheck: number;
}

// Common values for DTMF collection on voice platforms (e.g. VoiceXML's `timeout` and `interdigittimeout`).
export const DEFAULT_TIMEOUTS: Timeouts = { firstDigit: 6000, interDigit: 4000, noInputRetries: 2, maxInvalid: 3, outcomeCheck: 30_000 };
