/**
 * The client secret of a payment waiting for 3-D Secure or a bank, kept in sessionStorage (this
 * tab only, gone when it closes) so that a page reloaded or returning from the bank resumes it.
 * Storage can be unavailable (private modes, sandboxed webviews): then there is nothing to resume.
 */
const KEY = 'dubai-pay:payment-in-progress';

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export const paymentInProgress = {
  save(clientSecret: string): void {
    try {
      storage()?.setItem(KEY, clientSecret);
    } catch {
      // Full or refused: the payment goes on, it just cannot resume after a reload.
    }
  },
  read(): string | null {
    try {
      return storage()?.getItem(KEY) ?? null;
    } catch {
      return null;
    }
  },
  clear(): void {
    try {
      storage()?.removeItem(KEY);
    } catch {
      // Nothing to clear.
    }
  },
};
