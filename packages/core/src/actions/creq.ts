import { encodeBase64urlJson } from '@dubai-pay/contract';
import type { ChallengeWindowSize } from './challenge-window.ts';

export interface CReqFields {
  threeDsServerTransId: string;
  acsTransId: string;
  messageVersion: string;
  challengeWindowSize: ChallengeWindowSize;
}

/** The browser challenge request (EMV 3DS 2.2 CReq), form-POSTed to the ACS as `creq`. */
export function encodeCReq(fields: CReqFields): string {
  return encodeBase64urlJson({
    threeDSServerTransID: fields.threeDsServerTransId,
    acsTransID: fields.acsTransId,
    messageType: 'CReq',
    messageVersion: fields.messageVersion,
    challengeWindowSize: fields.challengeWindowSize,
  });
}
