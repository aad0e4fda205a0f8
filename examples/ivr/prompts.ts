/** What the IVR says, in both languages. `{name}` placeholders are filled in by `fill()`. */
export const PROMPTS = {
  en: {
    welcome: 'Welcome to the Dubai government payments line.',
    entities: 'Choose the government entity. Press its number, then hash.',
    services: 'Choose the service. Press its number, then hash. Press 0 to go back.',
    noPhoneServices: 'This entity has no services payable by phone. Choose another.',
    notAnOption: 'That is not one of the options.',
    enterInput: 'Enter {label}, then hash.',
    notAccepted: 'That was not accepted: {reason}',
    owe: 'You owe:',
    total: 'Total: {amount}',
    payOrCancel: 'To pay by card now press 1. To pay on your phone instead press 2. To end the call press 0.',
    handoff: 'On your phone, open {url} and enter the code {spoken}. That is {code}. The code works once, for ten minutes. Stay on the line to hear the receipt.',
    handoffWaiting: 'Waiting for the payment on your phone…',
    handoffExpired: 'The payment was not made on the phone in time.',
    cardNumber: 'Enter the card number, then hash.',
    expiry: 'Enter the expiry date as four digits, month then year, then hash.',
    cvc: 'Enter the security code on the back of the card, then hash.',
    paying: 'One moment while we take the payment.',
    paid: 'Payment successful. {amount} was paid by card ending {last4}.',
    receipt: 'Your receipt number is {spoken}. That is {number}. Paid by phone.',
    retryOrEnd: 'To try another card press 1. To end the call press 0.',
    tooManyTries: 'Too many attempts. Please call again.',
    canceled: 'The payment was canceled. You have not been charged.',
    goodbye: 'Thank you for calling. Goodbye.',
    spokenDash: 'dash',
  },
  ar: {
    welcome: 'مرحبًا بك في خط المدفوعات الحكومية في دبي.',
    entities: 'اختر الجهة الحكومية. اضغط رقمها ثم المربع.',
    services: 'اختر الخدمة. اضغط رقمها ثم المربع. اضغط 0 للرجوع.',
    noPhoneServices: 'لا توجد لدى هذه الجهة خدمات يمكن دفعها بالهاتف. اختر جهة أخرى.',
    notAnOption: 'هذا ليس من الخيارات المتاحة.',
    enterInput: 'أدخل {label} ثم المربع.',
    notAccepted: 'لم يُقبل الإدخال: {reason}',
    owe: 'المبلغ المستحق:',
    total: 'الإجمالي: {amount}',
    payOrCancel: 'للدفع بالبطاقة الآن اضغط 1. للدفع من هاتفك بدلًا من ذلك اضغط 2. لإنهاء المكالمة اضغط 0.',
    handoff: 'افتح على هاتفك {url} وأدخل الرمز {spoken}. أي {code}. يعمل الرمز مرة واحدة لمدة عشر دقائق. ابقَ على الخط لسماع الإيصال.',
    handoffWaiting: 'بانتظار الدفع من هاتفك…',
    handoffExpired: 'لم تتم الدفعة على الهاتف في الوقت المحدد.',
    cardNumber: 'أدخل رقم البطاقة ثم المربع.',
    expiry: 'أدخل تاريخ الانتهاء بأربعة أرقام، الشهر ثم السنة، ثم المربع.',
    cvc: 'أدخل رمز الأمان الموجود على ظهر البطاقة ثم المربع.',
    paying: 'لحظة من فضلك، جارٍ تنفيذ الدفع.',
    paid: 'تم الدفع بنجاح. دُفع مبلغ {amount} بالبطاقة المنتهية بـ {last4}.',
    receipt: 'رقم الإيصال هو {spoken}. أي {number}. الدفع عبر الهاتف.',
    retryOrEnd: 'لتجربة بطاقة أخرى اضغط 1. لإنهاء المكالمة اضغط 0.',
    tooManyTries: 'محاولات كثيرة. يرجى الاتصال مرة أخرى.',
    canceled: 'أُلغيت الدفعة. لم يُخصم أي مبلغ.',
    goodbye: 'شكرًا لاتصالك. مع السلامة.',
    spokenDash: 'شرطة',
  },
} as const;

export type Language = keyof typeof PROMPTS;
export type PromptKey = keyof (typeof PROMPTS)['en'];

export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** A receipt number read out a character at a time, as a voice would: "D X B dash 2 0 2 6 …". */
export function spell(text: string, language: Language): string {
  return [...text].map((c) => (c === '-' ? PROMPTS[language].spokenDash : c)).join(' ');
}
