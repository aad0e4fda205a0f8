import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';

/**
 * What 3-D Secure (EMV 3DS 2.x, browser channel) said about a card attempt, kept on the session
 * so an agency can reconcile and defend a chargeback. Names follow the spec's where it has them
 * (transStatus → trans_status, dsTransID → ds_trans_id).
 */

/** Protocol versions this gateway speaks; it uses the highest one the card's range supports too. */
export const THREE_DS_VERSIONS = ['2.1.0', '2.2.0', '2.3.1'] as const;
export type ThreeDsVersion = (typeof THREE_DS_VERSIONS)[number];

/**
 * EMV 3DS `transStatus`: `Y` authenticated, `A` attempted (the issuer stands in), `N` not
 * authenticated, `R` rejected (do not authorise), `U` could not be performed, `I` informational
 * (an exemption acknowledged), `C` a challenge is required (only while it is under way).
 */
export const transStatus = z.enum(['Y', 'A', 'N', 'R', 'U', 'I', 'C']);
export type TransStatus = z.output<typeof transStatus>;

/** What the agency does with an outcome the issuer did not authenticate but did not refuse. */
export const authenticationPolicyChoice = z.enum(['proceed', 'decline']);

/**
 * The agency's policy for `A` (attempts) and `U` (unavailable). A browser may only make the
 * gateway's policy stricter: the gateway takes `decline` from either side.
 */
export const threeDsPolicy = lazySchema(() =>
  z.object({
    attempted: z.optional(authenticationPolicyChoice),
    unavailable: z.optional(authenticationPolicyChoice),
  }),
);

/** An EMV 3DS Erro message the ACS or the gateway's 3DS Server produced (`errorComponent` A: ACS, S: 3DS Server, D: DS). */
export const threeDsError = lazySchema(() =>
  z.object({
    code: z.string(),
    component: z.enum(['A', 'S', 'D', 'C']),
    description: z.string(),
  }),
);

export const threeDSecure = lazySchema(() =>
  z.object({
    /** The protocol version the gateway and the card's range agreed on. */
    version: z.string(),
    flow: z.enum(['frictionless', 'challenge']),
    /** The final status; `C` while the challenge is under way; `null` when the exchange ended in an Erro or was left. */
    trans_status: z.nullable(transStatus),
    /** EMV 3DS `transStatusReason` (two digits) when the issuer gave one. */
    trans_status_reason: z.nullable(z.string()),
    /** The Electronic Commerce Indicator the authorisation carries (brand-specific: Visa 05/06/07, Mastercard 02/01/00). */
    eci: z.nullable(z.string()),
    /** The issuer carries the fraud chargeback risk (`Y` and `A`). */
    liability_shift: z.boolean(),
    /** An authentication value (CAVV/AAV) was given for the authorisation; the value itself is never shown. */
    authentication_value_present: z.boolean(),
    /** The exemption the gateway requested and the issuer acknowledged (`I`), if any. */
    exemption: z.nullable(z.enum(['transaction_risk_analysis'])),
    /** EMV 3DS `threeDSCompInd`: the 3DS Method ran and notified (`Y`), did not in time (`N`), or the card has none (`U`). */
    method_completion: z.enum(['Y', 'N', 'U']),
    three_ds_server_trans_id: z.string(),
    acs_trans_id: z.nullable(z.string()),
    ds_trans_id: z.nullable(z.string()),
    /** Text from the issuer's ACS for the cardholder (EMV `cardholderInfo`, ≤ 128 characters): show it as given. */
    cardholder_info: z.nullable(z.string().check(z.maxLength(128))),
    /** The Erro that ended the exchange, if one did. */
    error: z.nullable(threeDsError),
  }),
);
