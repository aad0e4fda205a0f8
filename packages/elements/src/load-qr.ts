import { loadChunk } from '@dubai-pay/contract';

/** The QR encoder (uqr, about 4 KB gzip): a chunk of its own, loaded only when a code is shown (a kiosk's hand-off, a receipt sent to a phone). */
export const loadQr = () => loadChunk('qr', () => import('./kiosk/qr.ts'));

/**
 * A link the gateway makes (hand-off, receipt), asked for while the encoder loads, with its QR
 * code: `qr` is null when there is no link or the encoder could not be loaded (the link still works).
 */
export async function withQr<Answer>(request: Promise<Answer>, urlOf: (answer: Answer) => string | undefined) {
  const [answer, encoder] = await Promise.all([request, loadQr().catch(() => null)]);
  const url = urlOf(answer);
  return { answer, qr: (url && encoder?.qrPath(url)) || null };
}
