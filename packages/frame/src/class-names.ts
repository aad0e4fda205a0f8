/** The class of the number inputs (card, e-Dirham, expiry, CVC, PIN): digits left to right, and the kiosk keypad's targets. */
export const DIGITS_CLASS = 'dp-digits';
