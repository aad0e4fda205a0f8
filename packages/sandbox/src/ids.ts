const CODE_CHARACTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** An approval code as issuers give them: six letters and digits, none that reads as another (no O/0, I/1). */
export function authorizationCode(): string {
  return [...crypto.getRandomValues(new Uint8Array(6))].map((byte) => CODE_CHARACTERS[byte % CODE_CHARACTERS.length]).join('');
}

/** Random ids with a readable type prefix, e.g. `ps_3k9…`. */
export function randomId(prefix: string, bytes = 12): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  let text = '';
  for (const byte of raw) text += byte.toString(36).padStart(2, '0');
  return `${prefix}_${text}`;
}
