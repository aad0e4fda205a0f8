import type { LocalizedText } from '@dubai-pay/contract';
import type { ThreeDsPolicy } from './sessions.ts';

/** An agency's keys and the origins its pages are served from. */
export interface Agency {
  id: string;
  name: string;
  /** How customers read the agency's name where a payment names no entity (bank and ACS pages), in both languages; else `name`. */
  displayName?: LocalizedText;
  publishableKey: string;
  secretKey: string;
  /** Exact origins (`scheme://host:port`) allowed to use the publishable key and client secrets. */
  allowedOrigins: string[];
  /** May take card-not-present payments without 3-D Secure (MOTO) on sessions made for the phone. */
  moto: boolean;
  /** What 3-D Secure `A` and `U` do for this agency (default: pay). A browser may only make it stricter. */
  threeDsPolicy?: ThreeDsPolicy;
}

/** The agency the demo, the examples and the tests use. Its keys are documented in the README. */
export function demoAgency(allowedOrigins: string[]): Agency {
  return {
    id: 'agency_demo',
    name: 'Demo agency',
    displayName: { en: 'Demo agency', ar: 'الجهة التجريبية' },
    publishableKey: 'pk_test_demo',
    secretKey: 'sk_test_demo',
    allowedOrigins,
    moto: true,
  };
}
