import type { DubaiPayClient } from '@dubai-pay/core';
import type { CollectWords } from './collect.ts';
import { payByCard } from './card-payment.ts';
import { amountInWords } from './number-words.ts';
import type { PhoneLine, TransferData } from './phone-line.ts';
import { type Language, say } from './prompts.ts';
import type { Timeouts } from './timeouts.ts';
import type { Destination } from './telephony.ts';

/**
 * SIMULATED: the gateway's own payment line, the PCI DSS-scoped IVR a gateway runs so that an
 * agency's telephony never carries card digits. The agency transfers the caller with the
 * session's id only; this line reads the session from the gateway (amount, payee), takes the card
 * with read-back and confirmation, says the outcome, and hands the caller back.
 *
 * In production this runs inside the gateway. Here it runs in the example's process, with a
 * client of its own standing for the gateway's internal access (the sandbox has no telephony).
 */
export function gatewayPaymentLine(options: { client: DubaiPayClient; timeouts: Timeouts; words: (language: Language) => CollectWords }): Destination {
  return {
    name: 'Gateway payment line',
    async answer(leg: PhoneLine, { session: sessionId, language }: TransferData) {
      const read = await Promise.all([options.client.sessions.retrieve(sessionId), options.client.fees.entities()]).catch(() => undefined);
      if (!read) {
        // Nothing was taken on this line yet, so this much is known; the agency reads the session itself.
        leg.say(say(language, 'gatewayUnavailable'));
        return;
      }
      const [session, entities] = read;
      const payee = entities.find((e) => e.id === session.entityId)?.name[language] ?? '';
      leg.say(say(language, 'gatewayWelcome', { amount: amountInWords(session.amount, language), payee }));
      const outcome = await payByCard({
        line: leg,
        timeouts: options.timeouts,
        words: options.words(language),
        language,
        client: options.client,
        session,
        payee,
        reference: session.reference ?? session.id,
      });
      if (outcome.kind === 'ended' && outcome.how !== 'canceled') return;
      leg.say(say(language, 'gatewayBack', { payee }));
    },
  };
}
