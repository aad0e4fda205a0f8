import type { ChallengeWindowSize } from './challenge-window.ts';

/** base64url without padding, as EMV 3DS encodes the CReq. */
export function base64url(value: unknown): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(value))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export interface CReqFields {
  threeDsServerTransId: string;
  acsTransId: string;
  messageVersion: string;
  challengeWindowSize: ChallengeWindowSize;
}

/** The browser challenge request (EMV 3DS 2.2 CReq), form-POSTed to the ACS as `creq`. */
export function encodeCReq(fields: CReqFields): string {
  return base64url({
    threeDSServerTransID: fields.threeDsServerTransId,
    acsTransID: fields.acsTransId,
    messageType: 'CReq',
    messageVersion: fields.messageVersion,
    challengeWindowSize: fields.challengeWindowSize,
  });
}
