/** Random ids with a readable type prefix, e.g. `ps_3k9…`. */
export function randomId(prefix: string, bytes = 12): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  let text = '';
  for (const byte of raw) text += byte.toString(36).padStart(2, '0');
  return `${prefix}_${text}`;
}

/** base64url without padding, as EMV 3DS uses for threeDSMethodData, CReq and CRes. */
export function base64url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): unknown {
  const padded = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** A base64url JSON object as EMV 3DS sends them (threeDSMethodData, CReq, CRes), or null if it is not one. */
export function decodeBase64urlObject(text: string | null): Record<string, unknown> | null {
  if (!text || !/^[\w-]+$/.test(text)) return null;
  try {
    const value = fromBase64url(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
