import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { bankId } from './banks.ts';

/**
 * What the browser must do before the gateway can finish a payment. Field names follow
 * EMV 3-D Secure 2.x where the spec names them (threeDSServerTransID → three_ds_server_trans_id).
 */
export const threeDsMethodAction = lazySchema(() =>
  z.object({
    type: z.literal('three_ds_method'),
    three_ds_method: z.object({
      three_ds_server_trans_id: z.string(),
      /** The ACS's 3DS Method URL, on the ACS origin. */
      method_url: z.url(),
      /** base64url JSON `{threeDSServerTransID, threeDSMethodNotificationURL}`, form-POSTed as `threeDSMethodData`. */
      method_data: z.string(),
      /** Gateway-origin page the ACS posts to when device data collection ends. */
      notification_url: z.url(),
      /** After this, the client reports completion indicator `N`. */
      timeout_ms: z.int(),
      /** Where the client reports the completion indicator. */
      complete_url: z.url(),
    }),
  }),
);

export const threeDsChallengeAction = lazySchema(() =>
  z.object({
    type: z.literal('three_ds_challenge'),
    three_ds_challenge: z.object({
      three_ds_server_trans_id: z.string(),
      acs_trans_id: z.string(),
      /** The ACS URL the CReq is form-POSTed to (as `creq`). */
      acs_url: z.url(),
      message_version: z.string(),
      /** Gateway-origin page the ACS posts the CRes to. */
      notification_url: z.url(),
    }),
  }),
);

export const bankRedirectAction = lazySchema(() =>
  z.object({
    type: z.literal('bank_redirect'),
    bank_redirect: z.object({
      bank: bankId,
      /** The bank's approval page (bank origin). */
      url: z.url(),
      /** Where the bank sends the customer back when they approve, reject or abandon. */
      return_url: z.url(),
    }),
  }),
);

export const nextAction = lazySchema(() => z.discriminatedUnion('type', [threeDsMethodAction, threeDsChallengeAction, bankRedirectAction]));

/**
 * The client's report that its wait for the 3DS Method is over (`Y`: the notification came, `N`:
 * it did not in time). The gateway sends the AReq then, with the indicator it saw itself.
 */
export const threeDsMethodCompletion = lazySchema(() => z.object({ completion_indicator: z.enum(['Y', 'N', 'U']) }));

/**
 * Ends an action the customer left: they canceled the challenge or the bank approval, or the
 * client's challenge timeout ran out. The session stays open for another attempt. An action that
 * has already ended is not changed: the session is returned as it is (the outcome stands).
 */
export const abandonActionRequest = lazySchema(() => z.object({ reason: z.enum(['canceled', 'timed_out']) }));
