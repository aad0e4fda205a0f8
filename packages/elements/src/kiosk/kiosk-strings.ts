import type { ArabicPluralForms, PluralForms } from '@dubai-pay/contract';

interface KioskStrings {
  languageName: string;
  /** Counted (`plural()`, `{count}` the seconds left): shown with the seconds left; read out once, when the warning appears. */
  idleQuestion: PluralForms;
  idleContinue: string;
  /** Counted: read out when ten seconds are left. */
  idleAlertLeft: PluralForms;
  handoff: string;
  handoffTitle: string;
  handoffScan: string;
  handoffCode: string;
  handoffQr: string;
  handoffBack: string;
  challengeHandoff: string;
  /** The receipt's print button: a kiosk prints on its paper printer ("save as PDF" means nothing there). */
  print: string;
}

/** What kiosk mode adds to the checkout's strings, in both languages. */
export const KIOSK_STRINGS: Record<'en', KioskStrings> & Record<'ar', KioskStrings & { idleQuestion: ArabicPluralForms; idleAlertLeft: ArabicPluralForms }> = {
  en: {
    languageName: 'English',
    idleQuestion: { one: 'Are you still there? Starting over in {count} second.', other: 'Are you still there? Starting over in {count} seconds.' },
    idleContinue: 'I am still here',
    idleAlertLeft: { one: '{count} second left.', other: '{count} seconds left.' },
    handoff: 'Pay on your phone instead',
    handoffTitle: 'Pay on your phone',
    handoffScan: 'Scan the code with your phone’s camera and pay there. This screen shows the receipt when you have paid.',
    handoffCode: 'No camera? On your phone, open {url} and enter this code:',
    handoffQr: 'QR code that opens this payment on your phone',
    handoffBack: 'Pay here instead',
    challengeHandoff: 'Can’t type here? Finish on your phone',
    print: 'Print receipt',
  },
  ar: {
    languageName: 'العربية',
    idleQuestion: {
      zero: 'هل ما زلت هنا؟ ستبدأ العملية من جديد الآن.',
      one: 'هل ما زلت هنا؟ ستبدأ العملية من جديد خلال ثانية واحدة.',
      two: 'هل ما زلت هنا؟ ستبدأ العملية من جديد خلال ثانيتين.',
      few: 'هل ما زلت هنا؟ ستبدأ العملية من جديد خلال {count} ثوانٍ.',
      many: 'هل ما زلت هنا؟ ستبدأ العملية من جديد خلال {count} ثانية.',
      other: 'هل ما زلت هنا؟ ستبدأ العملية من جديد خلال {count} ثانية.',
    },
    idleContinue: 'ما زلت هنا',
    idleAlertLeft: {
      zero: 'لم يبقَ وقت.',
      one: 'بقيت ثانية واحدة.',
      two: 'بقيت ثانيتان.',
      few: 'بقيت {count} ثوانٍ.',
      many: 'بقيت {count} ثانية.',
      other: 'بقيت {count} ثانية.',
    },
    handoff: 'ادفع من هاتفك بدلًا من ذلك',
    handoffTitle: 'الدفع من هاتفك',
    handoffScan: 'امسح الرمز بكاميرا هاتفك وادفع من هناك. ستعرض هذه الشاشة الإيصال بعد الدفع.',
    handoffCode: 'لا توجد كاميرا؟ افتح على هاتفك {url} وأدخل هذا الرمز:',
    handoffQr: 'رمز QR يفتح هذه الدفعة على هاتفك',
    handoffBack: 'ادفع هنا بدلًا من ذلك',
    challengeHandoff: 'لا يمكنك الكتابة هنا؟ أكمل الدفع من هاتفك',
    print: 'اطبع الإيصال',
  },
};
