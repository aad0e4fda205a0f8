/** What kiosk mode adds to the checkout's strings, in both languages. */
export const KIOSK_STRINGS = {
  en: {
    languageName: 'English',
    idleQuestion: 'Are you still there? Starting over in {seconds} s.',
    idleContinue: 'I am still here',
    keypad: 'Number keypad',
    backspace: 'Delete',
    clear: 'Clear',
  },
  ar: {
    languageName: 'العربية',
    idleQuestion: 'هل ما زلت هنا؟ ستبدأ العملية من جديد خلال {seconds} ثانية.',
    idleContinue: 'ما زلت هنا',
    keypad: 'لوحة الأرقام',
    backspace: 'حذف',
    clear: 'مسح',
  },
} as const;
