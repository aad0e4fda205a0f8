/** What kiosk mode adds to the checkout's strings, in both languages. */
export const KIOSK_STRINGS = {
  en: {
    languageName: 'English',
    /** Shown with the seconds left; read out once, when the warning appears (with the seconds then). */
    idleQuestion: 'Are you still there? Starting over in {seconds} seconds.',
    idleContinue: 'I am still here',
    /** Read out at ten seconds left. */
    idleAlertTen: '10 seconds left.',
    handoff: 'Pay on your phone instead',
    handoffTitle: 'Pay on your phone',
    handoffScan: 'Scan the code with your phone’s camera and pay there. This screen shows the receipt when you have paid.',
    handoffCode: 'No camera? On your phone, open {url} and enter this code:',
    handoffQr: 'QR code that opens this payment on your phone',
    handoffBack: 'Pay here instead',
    challengeHandoff: 'Can’t type here? Finish on your phone',
  },
  ar: {
    languageName: 'العربية',
    idleQuestion: 'هل ما زلت هنا؟ ستبدأ العملية من جديد خلال {seconds} ثانية.',
    idleContinue: 'ما زلت هنا',
    idleAlertTen: 'بقيت 10 ثوانٍ.',
    handoff: 'ادفع من هاتفك بدلًا من ذلك',
    handoffTitle: 'الدفع من هاتفك',
    handoffScan: 'امسح الرمز بكاميرا هاتفك وادفع من هناك. ستعرض هذه الشاشة الإيصال بعد الدفع.',
    handoffCode: 'لا توجد كاميرا؟ افتح على هاتفك {url} وأدخل هذا الرمز:',
    handoffQr: 'رمز QR يفتح هذه الدفعة على هاتفك',
    handoffBack: 'ادفع هنا بدلًا من ذلك',
    challengeHandoff: 'لا يمكنك الكتابة هنا؟ أكمل الدفع من هاتفك',
  },
} as const;
