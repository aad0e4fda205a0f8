/**
 * JSON as EMV 3-D Secure carries it in forms (threeDSMethodData, CReq, CRes): UTF-8, base64url
 * without padding. One encoder and one decoder for the client that sends a CReq and the gateway
 * and ACS that read and write the others.
 */
export function encodeBase64urlJson(value: unknown): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(value))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A base64url JSON object, or `null` for anything else (not base64url, not JSON, not an object). */
export function decodeBase64urlObject(text: string | null | undefined): Record<string, unknown> | null {
  if (!text || !/^[\w-]+$/.test(text)) return null;
  try {
    const binary = atob(
      text
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(text.length / 4) * 4, '='),
    );
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
