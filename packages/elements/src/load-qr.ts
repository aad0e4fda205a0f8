import { loadChunk } from '@dubai-pay/contract';

/** The QR encoder (uqr, about 4 KB gzip): a chunk of its own, loaded only when a code is shown (a kiosk's hand-off, a receipt sent to a phone). */
export const loadQr = () => loadChunk('qr', () => import('./kiosk/qr.ts'));
