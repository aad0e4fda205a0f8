// Type-level tests: calls the compiler must refuse (checked by `pnpm typecheck`).
import { createClient, type ConfirmRequestOptions } from '@dubai-pay/core';

const client = createClient({ gateway: 'https://gateway.example/v1', publishableKey: 'pk_test' });

// @ts-expect-error a confirm needs a payment method or a bank
const nothing: ConfirmRequestOptions = {};
// @ts-expect-error not both
const both: ConfirmRequestOptions = { paymentMethod: 'pm_x', directDebit: { bank: 'dib' } };
// @ts-expect-error only the five banks
void client.sessions.confirm('ps_1_secret_x', { directDebit: { bank: 'hsbc' } });
// @ts-expect-error amounts are integer minor units named unitAmount, not a bare amount
void client.sessions.create([{ description: { en: 'x', ar: 'س' }, amount: 100 }]);
// @ts-expect-error every text is bilingual
void client.sessions.create([{ description: { en: 'x' }, unitAmount: 100 }]);
// @ts-expect-error the browser never sets an amount on a quote
void client.fees.quote({ service: 'rta-fines', amount: 100 });

void nothing;
void both;
