import { isErrorCode, type ErrorCode, type LocalizedText, type ServerOnlyCode } from '@dubai-pay/contract';

/**
 * What a citizen reads for each error code, in both languages. Written for the person paying:
 * what happened and what to do next. Codes the gateway adds later fall back to `unknown`.
 */
export const ERROR_MESSAGES = {
  invalid_request: { en: 'Some details are missing or not valid. Check them and try again.', ar: 'بعض البيانات ناقصة أو غير صحيحة. تحقق منها وحاول مرة أخرى.' },
  malformed_json: { en: 'The payment could not be sent. Please try again.', ar: 'تعذّر إرسال الدفعة. يرجى المحاولة مرة أخرى.' },
  unauthorized: { en: 'This payment page is not set up correctly. Please contact the entity.', ar: 'صفحة الدفع هذه غير مهيأة بشكل صحيح. يرجى التواصل مع الجهة.' },
  forbidden: { en: 'This payment page is not set up correctly. Please contact the entity.', ar: 'صفحة الدفع هذه غير مهيأة بشكل صحيح. يرجى التواصل مع الجهة.' },
  origin_not_allowed: { en: 'This website is not allowed to take payments. Please contact the entity.', ar: 'هذا الموقع غير مصرّح له بتحصيل المدفوعات. يرجى التواصل مع الجهة.' },
  not_found: { en: 'We could not find this payment. Please start again.', ar: 'لم نعثر على هذه الدفعة. يرجى البدء من جديد.' },
  rate_limited: { en: 'Too many attempts. Wait a moment and try again.', ar: 'محاولات كثيرة. انتظر قليلًا ثم حاول مرة أخرى.' },
  server_error: { en: 'The payment service is having a problem. Try again shortly.', ar: 'تواجه خدمة الدفع مشكلة. حاول مرة أخرى بعد قليل.' },
  idempotency_conflict: { en: 'This payment was already sent with different details. Please start again.', ar: 'أُرسلت هذه الدفعة من قبل ببيانات مختلفة. يرجى البدء من جديد.' },
  service_not_found: { en: 'This service is not available for payment.', ar: 'هذه الخدمة غير متاحة للدفع.' },
  reference_not_found: { en: 'No record was found for this number. Check it and try again.', ar: 'لم يُعثر على سجل لهذا الرقم. تحقق منه وحاول مرة أخرى.' },
  nothing_due: { en: 'Nothing is due for this number.', ar: 'لا توجد مبالغ مستحقة على هذا الرقم.' },
  quote_used: { en: 'These fees have already been paid.', ar: 'سُدّدت هذه الرسوم بالفعل.' },
  quote_expired: { en: 'The fees shown have expired. Review the updated amount to continue.', ar: 'انتهت صلاحية الرسوم المعروضة. راجع المبلغ المحدّث للمتابعة.' },
  quote_too_old: { en: 'The fees shown are too old to update. Please start again.', ar: 'الرسوم المعروضة قديمة ولا يمكن تحديثها. يرجى البدء من جديد.' },
  session_expired: { en: 'This payment has expired. Please start again.', ar: 'انتهت مهلة هذه الدفعة. يرجى البدء من جديد.' },
  session_canceled: { en: 'This payment was canceled.', ar: 'أُلغيت هذه الدفعة.' },
  session_failed: {
    en: 'This payment was stopped after too many unsuccessful attempts. Please start a new payment.',
    ar: 'أُوقفت هذه الدفعة بعد محاولات كثيرة غير ناجحة. يرجى بدء دفعة جديدة.',
  },
  session_completed: { en: 'This payment is already complete.', ar: 'اكتملت هذه الدفعة بالفعل.' },
  session_busy: { en: 'This payment is already being processed. Please wait.', ar: 'تجري معالجة هذه الدفعة حاليًا. يرجى الانتظار.' },
  method_not_allowed: { en: 'This payment method cannot be used here. Choose another.', ar: 'لا يمكن استخدام طريقة الدفع هذه هنا. اختر طريقة أخرى.' },
  payment_method_used: { en: 'Please enter your card details again.', ar: 'يرجى إدخال بيانات البطاقة مرة أخرى.' },
  payment_method_expired: { en: 'Your card details timed out. Please enter them again.', ar: 'انتهت مهلة بيانات البطاقة. يرجى إدخالها مرة أخرى.' },
  invalid_card_number: { en: 'The card number is not valid.', ar: 'رقم البطاقة غير صحيح.' },
  invalid_expiry: { en: 'The expiry date is not valid.', ar: 'تاريخ الانتهاء غير صحيح.' },
  invalid_cvc: { en: 'The security code is not valid.', ar: 'رمز الأمان غير صحيح.' },
  invalid_pin: { en: 'The PIN must be 4 digits.', ar: 'يجب أن يتكون الرقم السري من 4 أرقام.' },
  payment_method_mismatch: { en: 'Your card details were entered for another payment. Please enter them again.', ar: 'أُدخلت بيانات بطاقتك لدفعة أخرى. يرجى إدخالها مرة أخرى.' },
  three_ds_required: { en: 'This card payment must be verified with your bank in your browser.', ar: 'يجب التحقق من دفعة البطاقة هذه مع البنك في متصفحك.' },
  pin_blocked: {
    en: 'Too many wrong PINs: this e-Dirham card is blocked for 30 minutes. Use another payment method.',
    ar: 'أُدخل رقم سري خاطئ مرات كثيرة: أُوقفت بطاقة الدرهم الإلكتروني هذه لمدة 30 دقيقة. استخدم طريقة دفع أخرى.',
  },
  amount_too_large: { en: 'The amount is too large to pay in one payment. Please contact the entity.', ar: 'المبلغ أكبر من أن يُدفع في دفعة واحدة. يرجى التواصل مع الجهة.' },
  card_declined: { en: 'Your card was declined. Try another card or payment method.', ar: 'رُفضت بطاقتك. جرّب بطاقة أو طريقة دفع أخرى.' },
  insufficient_funds: { en: 'Your card has insufficient funds. Try another card or payment method.', ar: 'الرصيد غير كافٍ في بطاقتك. جرّب بطاقة أو طريقة دفع أخرى.' },
  lost_card: { en: 'Your card was declined. Contact your bank or use another card.', ar: 'رُفضت بطاقتك. تواصل مع البنك أو استخدم بطاقة أخرى.' },
  stolen_card: { en: 'Your card was declined. Contact your bank or use another card.', ar: 'رُفضت بطاقتك. تواصل مع البنك أو استخدم بطاقة أخرى.' },
  expired_card: { en: 'Your card has expired. Use another card.', ar: 'انتهت صلاحية بطاقتك. استخدم بطاقة أخرى.' },
  incorrect_cvc: { en: 'The security code is incorrect. Check it and try again.', ar: 'رمز الأمان غير صحيح. تحقق منه وحاول مرة أخرى.' },
  incorrect_pin: { en: 'The PIN is incorrect. Check it and try again.', ar: 'الرقم السري غير صحيح. تحقق منه وحاول مرة أخرى.' },
  processing_error: { en: 'Your bank could not process the payment. Try again.', ar: 'تعذّر على البنك معالجة الدفعة. حاول مرة أخرى.' },
  authentication_canceled: { en: 'You canceled the verification with your bank. Try again or use another card.', ar: 'ألغيت التحقق مع البنك. حاول مرة أخرى أو استخدم بطاقة أخرى.' },
  authentication_timed_out: { en: 'The verification with your bank took too long. Try again.', ar: 'استغرق التحقق مع البنك وقتًا طويلًا. حاول مرة أخرى.' },
  authentication_failed: {
    en: 'Your bank could not verify this payment. Try again or use another card.',
    ar: 'تعذّر على البنك التحقق من هذه الدفعة. حاول مرة أخرى أو استخدم بطاقة أخرى.',
  },
  authentication_rejected: { en: 'Your bank refused this payment. Contact your bank or use another card.', ar: 'رفض البنك هذه الدفعة. تواصل مع البنك أو استخدم بطاقة أخرى.' },
  authentication_unavailable: {
    en: 'Your bank could not verify your card right now, and this payment needs it verified. Try again later or use another card.',
    ar: 'تعذّر على البنك التحقق من بطاقتك الآن، وهذه الدفعة تتطلب التحقق. حاول لاحقًا أو استخدم بطاقة أخرى.',
  },
  authentication_attempted: {
    en: 'Your card is not set up for verification with your bank, and this payment needs it verified. Use another card.',
    ar: 'بطاقتك غير مسجّلة للتحقق لدى البنك، وهذه الدفعة تتطلب التحقق. استخدم بطاقة أخرى.',
  },
  authentication_error: { en: 'The verification with your bank did not work. Try again or use another card.', ar: 'لم ينجح التحقق مع البنك. حاول مرة أخرى أو استخدم بطاقة أخرى.' },
  bank_rejected: { en: 'Your bank did not approve the payment. Try again or choose another method.', ar: 'لم يوافق البنك على الدفعة. حاول مرة أخرى أو اختر طريقة أخرى.' },
  bank_abandoned: { en: 'The bank approval was not completed. Try again or choose another method.', ar: 'لم تكتمل الموافقة من البنك. حاول مرة أخرى أو اختر طريقة أخرى.' },
  network_error: { en: 'We could not reach the payment service. Check your connection and try again.', ar: 'تعذّر الاتصال بخدمة الدفع. تحقق من اتصالك وحاول مرة أخرى.' },
  timeout: { en: 'The payment service took too long to answer. Please try again.', ar: 'استغرقت خدمة الدفع وقتًا طويلًا للرد. يرجى المحاولة مرة أخرى.' },
  invalid_response: { en: 'The payment service sent an unexpected answer. Please try again later.', ar: 'أرسلت خدمة الدفع ردًا غير متوقع. يرجى المحاولة لاحقًا.' },
  // The client's own: after a lost answer, the gateway could not be read in time either.
  outcome_unknown: {
    en: 'We could not confirm whether your payment went through. Do not pay again: we are still checking, and this will update as soon as we know.',
    ar: 'لم نتمكن من التأكد مما إذا تمت دفعتك. لا تدفع مرة أخرى: ما زلنا نتحقق، وسيتحدّث هذا حالما نعرف.',
  },
  // The client's own: read back after a lost answer, the session shows no new attempt.
  attempt_not_received: { en: 'Your payment did not reach the payment service. Please try again.', ar: 'لم تصل دفعتك إلى خدمة الدفع. يرجى المحاولة مرة أخرى.' },
  // The client's own, on an agency's server checking a webhook delivery (its developers read these, in logs).
  unknown: { en: 'Something went wrong. Please try again.', ar: 'حدث خطأ ما. يرجى المحاولة مرة أخرى.' },
} as const satisfies Record<Exclude<ErrorCode, ServerOnlyCode>, LocalizedText>;

export type { ErrorCode };

/** Said only when the gateway's own state shows the session was not paid (rule 7). */
export const NOT_CHARGED: LocalizedText = { en: 'You have not been charged.', ar: 'لم يُخصم أي مبلغ.' };

/** Messages added by `@dubai-pay/core/server` for the codes only a server meets. */
const added = new Map<string, LocalizedText>();

/** Adds the messages of codes a browser never meets (the server entry does, when it is used). */
export function addMessages(messages: Readonly<Record<ServerOnlyCode, LocalizedText>>): void {
  for (const [code, message] of Object.entries(messages)) added.set(code, message);
}

export function messageFor(code: string, notCharged = false): LocalizedText {
  const message =
    (Object.hasOwn(ERROR_MESSAGES, code) ? ERROR_MESSAGES[code as keyof typeof ERROR_MESSAGES] : isErrorCode(code) ? added.get(code) : undefined) ?? ERROR_MESSAGES.unknown;
  return notCharged ? { en: `${message.en} ${NOT_CHARGED.en}`, ar: `${message.ar} ${NOT_CHARGED.ar}` } : message;
}
