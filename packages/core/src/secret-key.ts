import type { OperationOptions } from './sessions.ts';

/**
 * The secret key, for calls only an agency's server may make (rule 2). Without one it is a
 * programming mistake, not an outcome: a TypeError, thrown before anything is sent.
 */
export function secretKeyOf(keys: { secret?: string | undefined }): string {
  if (!keys.secret) throw new TypeError('This call needs the secretKey and is for agency servers only.');
  return keys.secret;
}

/** What a call of the agency's server API sends besides its own parameters: the secret key, and the caller's signal, deadline and progress. */
export function serverCall(keys: { secret?: string | undefined }, options: OperationOptions) {
  return { credential: secretKeyOf(keys), signal: options.signal, deadline: options.deadline, onProgress: options.onProgress };
}
