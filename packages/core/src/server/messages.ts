import type { LocalizedText, ServerOnlyCode } from '@dubai-pay/contract';
import { addMessages } from '../errors/messages.ts';

/** What an agency's staff read for the codes only a server meets, in both languages. */
export const SERVER_ERROR_MESSAGES = {
  session_not_paid: { en: 'Only a paid payment can be refunded.', ar: 'لا يمكن استرداد إلا دفعة مكتملة.' },
  refund_exceeds_balance: {
    en: 'The refund is more than what is left of this payment after its other refunds.',
    ar: 'مبلغ الاسترداد أكبر من المتبقي من هذه الدفعة بعد عمليات الاسترداد الأخرى.',
  },
  currency_mismatch: { en: 'The refund must be in the currency of the payment (AED).', ar: 'يجب أن يكون الاسترداد بعملة الدفعة (درهم إماراتي).' },
  webhook_header_malformed: {
    en: 'The webhook has no valid dubai-pay-signature header. It was not handled.',
    ar: 'لا يحمل إشعار الويب هوك ترويسة dubai-pay-signature صالحة. لم تتم معالجته.',
  },
  webhook_signature_invalid: {
    en: 'The webhook signature does not match any of your endpoint secrets. It was not handled.',
    ar: 'توقيع إشعار الويب هوك لا يطابق أيًا من الرموز السرية لنقطة الاستقبال. لم تتم معالجته.',
  },
  webhook_timestamp_out_of_range: {
    en: "The webhook was signed too long ago or too far ahead of this server's clock. It was not handled; check the server's clock.",
    ar: 'وُقّع إشعار الويب هوك منذ وقت طويل أو في وقت يسبق ساعة هذا الخادم كثيرًا. لم تتم معالجته؛ تحقق من ساعة الخادم.',
  },
  webhook_payload_invalid: {
    en: 'The webhook is signed but its body is not a dubai-pay event. It was not handled.',
    ar: 'إشعار الويب هوك موقّع لكن محتواه ليس حدثًا من dubai-pay. لم تتم معالجته.',
  },
} as const satisfies Record<ServerOnlyCode, LocalizedText>;

/** Makes these messages known to every `DubaiPayError` (idempotent; the server client and `verifyWebhook` call it). */
export function useServerMessages(): void {
  addMessages(SERVER_ERROR_MESSAGES);
}
