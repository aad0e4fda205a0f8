import type { CollectWords } from './collect.ts';

/**
 * Everything the IVR says, in English and Arabic, written for the ear: amounts and codes come in
 * as words (number-words.ts), keys are named ("star", "hash"). `{name}` is filled by `fill()`.
 */
export type Language = 'en' | 'ar';

export const PROMPTS = {
  en: {
    welcome: 'Welcome to the Dubai government payments line.',
    choice: '{name}, press {key}.',
    more: 'For more choices, press 9.',
    back: 'To go back, press 0.',
    repeat: 'To hear this again, press star.',
    sectors: 'What is your payment for?',
    entities: 'Choose the government entity.',
    services: 'Choose the service.',
    enterInput: 'Enter your {label}.',
    enterInputHash: 'Enter your {label}, then press hash.',
    noInput: 'Sorry, I did not hear anything.',
    noInputGoodbye: 'We have not heard from you, so we will end the call now. Please call again when you are ready. Thank you, goodbye.',
    incomplete: 'That number seems to be incomplete.',
    notAnOption: 'That is not one of the options.',
    notValid: 'That entry is not valid.',
    notAccepted: 'That was not accepted. {reason}',
    tooManyTries: 'Sorry, that was not accepted several times. Please call again. Goodbye.',
    item: '{amount} for {item}',
    quote: 'For {service} with {payee}, the total is {total}: {items}.',
    quoteTotal: 'For {service} with {payee}, the total is {total}.',
    payOptions: 'To pay by card now, press 1. To pay on your own phone with a code, press 2. To end the call, press 0.',
    handoff: 'On your phone, open {url} and enter the code {spoken}. The code works once, for ten minutes. Stay on the line to hear the receipt.',
    handoffWaiting: 'Waiting for the payment on your phone.',
    handoffExpired: 'The payment was not made on your phone in time.',
    transfer: 'To keep your card details safe, we are transferring you to the secure payment line of the Dubai payment gateway. Your payment reference is {reference}.',
    gatewayWelcome: 'This is the secure payment line of the Dubai payment gateway. You are paying {amount} to {payee}.',
    gatewayBack: 'Returning you to {payee}.',
    gatewayUnavailable: 'Sorry, the secure payment line cannot take your payment now. Nothing has been charged on this line. Returning you.',
    cardNumber: 'Enter your card number, then press hash.',
    cardNumberInvalid: 'That card number is not valid.',
    expiry: 'Enter the expiry date as four digits: two for the month, then two for the year.',
    expiryInvalid: 'That expiry date is not valid.',
    cvc: 'Enter the security code from the back of your card, then press hash.',
    cvcInvalid: 'That security code is not valid.',
    readBack:
      'You are paying {amount} to {payee} with the card ending in {last4}. To pay now, press 1. To change the card number, press 2. To change the expiry date, press 3. To change the security code, press 4.',
    paying: 'Please hold while we take the payment.',
    paid: 'Your payment of {amount} to {payee} was successful.',
    receipt: 'Your receipt number is {spoken}. I repeat: {spoken}.',
    gatewaySays: '{reason}',
    retryOrEnd: 'To try another card, press 1. To end the call, press 0.',
    checking:
      'We could not confirm whether your payment went through. Please do not pay again. We are checking with the payment gateway now. Your payment reference is {reference}.',
    stillUnknown: 'We still cannot confirm the payment. Please do not pay again. Your payment reference is {reference}; quote it to {payee} to check the payment.',
    canceled: 'The payment was canceled. You have not been charged.',
    notPaidEnded: 'This payment can no longer be made: {reason}',
    goodbye: 'Thank you for calling. Goodbye.',
  },
  ar: {
    welcome: 'مرحبًا بك في خط المدفوعات الحكومية في دبي.',
    choice: '{name}، اضغط {key}.',
    more: 'لمزيد من الخيارات، اضغط 9.',
    back: 'للرجوع، اضغط 0.',
    repeat: 'لإعادة الاستماع، اضغط النجمة.',
    sectors: 'ما الذي تريد الدفع له؟',
    entities: 'اختر الجهة الحكومية.',
    services: 'اختر الخدمة.',
    enterInput: 'أدخل {label}.',
    enterInputHash: 'أدخل {label} ثم اضغط المربع.',
    noInput: 'عذرًا، لم نسمع أي إدخال.',
    noInputGoodbye: 'لم نتلقَّ منك أي إدخال، لذا سننهي المكالمة الآن. يُرجى الاتصال مرة أخرى عندما تكون مستعدًا. شكرًا لك، مع السلامة.',
    incomplete: 'يبدو أن الرقم غير مكتمل.',
    notAnOption: 'هذا ليس من الخيارات المتاحة.',
    notValid: 'هذا الإدخال غير صحيح.',
    notAccepted: 'لم يُقبل الإدخال. {reason}',
    tooManyTries: 'عذرًا، لم يُقبل الإدخال عدة مرات. يُرجى الاتصال مرة أخرى. مع السلامة.',
    item: '{amount} مقابل {item}',
    quote: 'رسوم {service} لدى {payee} مجموعها {total}: {items}.',
    quoteTotal: 'رسوم {service} لدى {payee} مجموعها {total}.',
    payOptions: 'للدفع بالبطاقة الآن، اضغط 1. للدفع من هاتفك برمز، اضغط 2. لإنهاء المكالمة، اضغط 0.',
    handoff: 'افتح على هاتفك {url} وأدخل الرمز {spoken}. يعمل الرمز مرة واحدة لمدة عشر دقائق. ابقَ على الخط لسماع الإيصال.',
    handoffWaiting: 'بانتظار الدفع من هاتفك.',
    handoffExpired: 'لم تتم الدفعة من هاتفك في الوقت المحدد.',
    transfer: 'حفاظًا على بيانات بطاقتك، سنحوّلك الآن إلى خط الدفع الآمن لبوابة الدفع في دبي. الرقم المرجعي لدفعتك هو {reference}.',
    gatewayWelcome: 'معك خط الدفع الآمن لبوابة الدفع في دبي. المبلغ المطلوب دفعه إلى {payee} هو {amount}.',
    gatewayBack: 'نعيدك الآن إلى {payee}.',
    gatewayUnavailable: 'عذرًا، لا يستطيع خط الدفع الآمن استلام دفعتك الآن. لم يُخصم أي مبلغ على هذا الخط. نعيدك الآن.',
    cardNumber: 'أدخل رقم بطاقتك ثم اضغط المربع.',
    cardNumberInvalid: 'رقم البطاقة غير صحيح.',
    expiry: 'أدخل تاريخ الانتهاء بأربعة أرقام: رقمان للشهر ثم رقمان للسنة.',
    expiryInvalid: 'تاريخ الانتهاء غير صحيح.',
    cvc: 'أدخل رمز الأمان الموجود على ظهر بطاقتك ثم اضغط المربع.',
    cvcInvalid: 'رمز الأمان غير صحيح.',
    readBack:
      'المبلغ {amount}، والمستفيد {payee}، والبطاقة تنتهي بالأرقام {last4}. للدفع الآن، اضغط 1. لتغيير رقم البطاقة، اضغط 2. لتغيير تاريخ الانتهاء، اضغط 3. لتغيير رمز الأمان، اضغط 4.',
    paying: 'يُرجى الانتظار، جارٍ تنفيذ الدفع.',
    paid: 'تمت دفعتك بنجاح. المبلغ المدفوع إلى {payee} هو {amount}.',
    receipt: 'رقم إيصالك هو {spoken}. أكرر: {spoken}.',
    gatewaySays: '{reason}',
    retryOrEnd: 'لتجربة بطاقة أخرى، اضغط 1. لإنهاء المكالمة، اضغط 0.',
    checking: 'لم نتمكن من التأكد مما إذا تمت دفعتك. يُرجى عدم الدفع مرة أخرى. نتحقق الآن من بوابة الدفع. الرقم المرجعي لدفعتك هو {reference}.',
    stillUnknown: 'ما زلنا غير قادرين على تأكيد الدفعة. يُرجى عدم الدفع مرة أخرى. الرقم المرجعي لدفعتك هو {reference}؛ اذكره لدى {payee} للتحقق من الدفعة.',
    canceled: 'أُلغيت الدفعة. لم يُخصم أي مبلغ.',
    notPaidEnded: 'لم يعد بالإمكان إتمام هذه الدفعة: {reason}',
    goodbye: 'شكرًا لاتصالك. مع السلامة.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type PromptKey = keyof (typeof PROMPTS)['en'];

/** The language choice, said before a language is chosen: both languages, each in its own voice. */
export const LANGUAGE_CHOICE = 'For English, press 1. للعربية، اضغط 2.';

export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

// Arabic prompts put the amount where it is nominative (after هو, as a subject or a predicate), the
// case number-words.ts writes, so no case ending is wrong: "المبلغ ثلاثمئة وعشرون درهمًا".

/** A prompt in the caller's language with its placeholders filled. */
export function say(language: Language, key: PromptKey, values?: Record<string, string | number>): string {
  return fill(PROMPTS[language][key], values);
}

/** What a question says after a silence or a wrong answer; `both` before a language is chosen. */
export function collectWords(language: Language | 'both'): CollectWords {
  const pick = (key: keyof CollectWords) => (language === 'both' ? `${PROMPTS.en[key]} ${PROMPTS.ar[key]}` : PROMPTS[language][key]);
  return { noInput: pick('noInput'), noInputGoodbye: pick('noInputGoodbye'), incomplete: pick('incomplete'), notAnOption: pick('notAnOption'), tooManyTries: pick('tooManyTries') };
}
